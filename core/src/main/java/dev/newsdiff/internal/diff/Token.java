package dev.newsdiff.internal.diff;

import dev.newsdiff.model.Span;

/**
 * A word, number or punctuation mark of a statement, with its span in the article. Words keep
 * apostrophes and hyphens ("Syria’s", "Claw-Lock"), numbers their separators ("27,000", "2.5").
 * Equality is by text: the diff is of what was written.
 */
record Token(String text, Span span) {}
