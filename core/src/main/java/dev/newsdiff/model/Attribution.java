package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * Who a quotation is attributed to. {@code speaker} is the name as written in the article, with
 * pronouns ("he", "they") resolved to the last named speaker they refer to; {@code mention} is what
 * stands next to the quote ("he"), and {@code cue} the reporting verb ("said"), or null when the
 * speaker was inherited from an earlier quote. Immutable.
 */
public record Attribution(String speaker, Span mention, String mentionText, @Nullable String cue) {

  public Attribution {
    checkNotNull(speaker, "speaker");
    checkNotNull(mention, "mention");
    checkNotNull(mentionText, "mentionText");
  }

  /** True when the mention is a pronoun that was resolved to an earlier speaker. */
  public boolean resolved() {
    return !speaker.equals(mentionText);
  }
}
