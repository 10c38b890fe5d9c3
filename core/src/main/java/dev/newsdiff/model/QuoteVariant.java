package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The same utterance rendered differently by different outlets: reworded, trimmed, given as
 * reported speech instead of a quote, or attributed to someone else. For reworded and trimmed
 * quotes, {@code diffs} gives the word diff of each rendering against the first. Immutable.
 */
public record QuoteVariant(
    String id, String statement, Kind kind, List<Member> members, List<WordDiff> diffs) {

  public enum Kind {
    REWORDED,
    TRIMMED,
    DIRECT_VS_REPORTED,
    ATTRIBUTION;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** One outlet's rendering: its quote, or for reported speech the sentence without one. */
  public record Member(String article, @Nullable String quote, String sentence) {
    public Member {
      checkNotNull(article, "article");
      checkNotNull(sentence, "sentence");
    }
  }

  public QuoteVariant {
    checkNotNull(id, "id");
    checkNotNull(statement, "statement");
    checkNotNull(kind, "kind");
    members = ImmutableList.copyOf(members);
    diffs = ImmutableList.copyOf(diffs);
    checkArgument(members.size() >= 2, "a quote variant needs two renderings: %s", id);
  }
}
