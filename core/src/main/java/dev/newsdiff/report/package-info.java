/**
 * Reports of a comparison in text, JSON, Markdown and HTML, and of what was read, pair scores and
 * corpus summaries: {@link dev.newsdiff.report.Report} renders them in a {@link
 * dev.newsdiff.report.ReportFormat}; {@link dev.newsdiff.report.Findings} is the
 * one-line-per-finding form {@code newsdiff check} keeps beside fixtures.
 */
@NullMarked
package dev.newsdiff.report;

import org.jspecify.annotations.NullMarked;
