package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One line of page furniture, kept out of the story but reported with where it stood. Immutable.
 */
public record Furniture(Span span, String text, FurnitureKind kind) {

  public Furniture {
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    checkNotNull(kind, "kind");
  }
}
