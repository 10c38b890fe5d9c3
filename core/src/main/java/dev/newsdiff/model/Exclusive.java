package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkNotNull;

/** A sentence that only one outlet carries: no other outlet states any claim of it. Immutable. */
public record Exclusive(String article, String sentence) {

  public Exclusive {
    checkNotNull(article, "article");
    checkNotNull(sentence, "sentence");
  }
}
