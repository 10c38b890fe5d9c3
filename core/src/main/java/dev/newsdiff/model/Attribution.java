package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * Who a quotation is attributed to. {@code speaker} is the name as written in the article, with
 * pronouns ("he", "they") resolved to the last named speaker they refer to; {@code mention} is what
 * stands next to the quote ("he"), and {@code cue} the reporting verb ("said"), or null when the
 * speaker was inherited from an earlier quote. {@code speakerName} names the same speaker the same
 * way wherever the article quotes them: the fullest name the article gives ("Ada Okafor" for
 * "Okafor", "Ms Okafor", "the police chief" and "district police chief Ada Okafor"), or {@code
 * speaker} when the article gives no fuller one. Immutable.
 */
public record Attribution(
    String speaker, Span mention, String mentionText, @Nullable String cue, String speakerName) {

  public Attribution {
    checkNotNull(speaker, "speaker");
    checkNotNull(mention, "mention");
    checkNotNull(mentionText, "mentionText");
    checkNotNull(speakerName, "speakerName");
  }

  /** An attribution whose speaker has no fuller name in the article. */
  public Attribution(String speaker, Span mention, String mentionText, @Nullable String cue) {
    this(speaker, mention, mentionText, cue, speaker);
  }

  /** True when the mention is a pronoun that was resolved to an earlier speaker. */
  public boolean resolved() {
    return !speaker.equals(mentionText);
  }
}
