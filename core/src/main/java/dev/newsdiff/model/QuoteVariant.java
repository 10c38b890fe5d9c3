package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The same utterance rendered differently by different outlets: reworded, trimmed, attributed to
 * someone else, or given as reported speech instead of a quote. One utterance is one variant, with
 * every way its renderings differ in {@code kinds}, the most substantive first. For reworded and
 * trimmed quotes, {@code diffs} gives the word diff of each quoted rendering against the first.
 * Immutable.
 *
 * @param kinds how the renderings differ, at least one, each once, in {@link Kind}'s order: the
 *     most substantive first
 */
public record QuoteVariant(
    String id, String statement, List<Kind> kinds, List<Member> members, List<WordDiff> diffs) {

  /**
   * How renderings of one utterance differ, declared most substantive first: words changed inside
   * the quote marks ahead of who they are credited to, and that ahead of quote marks dropped.
   */
  public enum Kind {
    REWORDED,
    TRIMMED,
    ATTRIBUTION,
    DIRECT_VS_REPORTED;

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
    kinds = ImmutableList.copyOf(kinds);
    members = ImmutableList.copyOf(members);
    diffs = ImmutableList.copyOf(diffs);
    checkArgument(!kinds.isEmpty(), "a quote variant needs a kind: %s", id);
    checkArgument(
        Comparators.isInStrictOrder(kinds, Comparator.naturalOrder()),
        "a quote variant's kinds are each given once, the most substantive first: %s %s",
        id,
        kinds);
    checkArgument(members.size() >= 2, "a quote variant needs two renderings: %s", id);
  }

  /** A variant of one kind. */
  public QuoteVariant(
      String id, String statement, Kind kind, List<Member> members, List<WordDiff> diffs) {
    this(id, statement, List.of(checkNotNull(kind, "kind")), members, diffs);
  }

  /** The main kind: the most substantive of {@link #kinds}. */
  public Kind kind() {
    return kinds.get(0);
  }

  /** The kinds' names as reports show them, most substantive first: "reworded, attribution". */
  public String label() {
    return kinds.stream().map(Kind::label).collect(Collectors.joining(", "));
  }
}
