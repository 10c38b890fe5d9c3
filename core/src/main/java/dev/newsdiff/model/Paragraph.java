package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkNotNull;

/** One line of story text (a paragraph), trimmed, with its role in the story. Immutable. */
public record Paragraph(Span span, Role role) {

  public Paragraph {
    checkNotNull(span, "span");
    checkNotNull(role, "role");
  }
}
