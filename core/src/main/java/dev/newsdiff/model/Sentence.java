package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One sentence of story text. {@code text} is exactly the original text under {@code span}. Ids are
 * stable for the same input: {@code "<article id>/s<n>"}, numbered from 1 in reading order.
 * Immutable.
 */
public record Sentence(String id, Span span, String text, Role role) {

  public Sentence {
    checkNotNull(id, "id");
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    checkNotNull(role, "role");
    checkArgument(text.length() == span.length(), "text %s does not fit span %s", text, span);
  }
}
