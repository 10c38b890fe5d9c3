package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkNotNull;

/** The place (and sometimes agency) line that opens a story, e.g. {@code ISTANBUL}. Immutable. */
public record Dateline(Span span, String text) {

  public Dateline {
    checkNotNull(span, "span");
    checkNotNull(text, "text");
  }
}
