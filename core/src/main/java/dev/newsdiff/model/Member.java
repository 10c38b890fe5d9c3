package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One outlet's part in a statement: a sentence, or the clause of it that carries the claim.
 * Immutable.
 *
 * @param article the article id
 * @param sentence the sentence id, e.g. {@code "aa/s4"}
 * @param span the sentence's span, or the clause's when only part of the sentence matched
 */
public record Member(String article, String sentence, Span span) {

  public Member {
    checkNotNull(article, "article");
    checkNotNull(sentence, "sentence");
    checkNotNull(span, "span");
  }
}
