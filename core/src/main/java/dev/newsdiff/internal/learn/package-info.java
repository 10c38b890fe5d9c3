/**
 * Decisions learned from hand-labelled examples rather than written as rules: a logistic regression
 * over named features, its trainer, and leave-one-group-out evaluation. A stage that learns a
 * decision (is this line furniture, is this candidate the speaker, do these two figures count the
 * same thing) computes its features, ships its weights as a small readable resource, and keeps the
 * table it was trained on beside its tests so that anyone can train it again.
 *
 * <p>Depends on nothing else of newsdiff. Internal: not API; it may change in any release.
 */
@NullMarked
package dev.newsdiff.internal.learn;

import org.jspecify.annotations.NullMarked;
