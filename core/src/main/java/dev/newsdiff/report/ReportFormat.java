package dev.newsdiff.report;

/**
 * The formats newsdiff writes reports in. A comparison renders in all four; the other reports (what
 * was read, pair scores, a corpus summary) in {@link #TEXT} and {@link #JSON}.
 */
public enum ReportFormat {
  /** Plain text for reading in a terminal; no colour, no wrapping. */
  TEXT,
  /** JSON with a {@code schemaVersion}, described in {@code docs/json.md}. */
  JSON,
  /** GitHub-flavoured Markdown. */
  MARKDOWN,
  /** One self-contained HTML page: no network, CSS and a small optional script inline. */
  HTML
}
