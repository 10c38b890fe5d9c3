package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What one pair of outlets' texts say about copying: whether one is based on the other, and which
 * way where the evidence tells. Immutable.
 *
 * @param first the first article of the pair, in id order
 * @param second the second
 * @param verdict identical, copy, rewrite or independent
 * @param source the article the other is based on ({@code first} or {@code second}), or null when
 *     the evidence gives no direction ("direction unknown")
 * @param firstContained the share (0 to 1) of {@code first}'s body words, quotes and names aside,
 *     that stand in runs of wording shared with {@code second} in the sentences aligned with it
 * @param secondContained the same for {@code second} in {@code first}
 * @param longestPassage the longest run of words the two share outside quotes and names
 * @param orderKept the share (0 to 1) of the sentences sharing wording that keep the other's order
 * @param directionEvidence why {@code source} is the source ("x credits y", "x's text is 93% inside
 *     y's"); empty when there is none
 */
public record Copying(
    String first,
    String second,
    Verdict verdict,
    @Nullable String source,
    double firstContained,
    double secondContained,
    int longestPassage,
    double orderKept,
    String directionEvidence) {

  /** How one text of a pair came from the other, or from what they both reproduce. */
  public enum Verdict {
    /** The same body text, white space aside. */
    IDENTICAL,
    /** One text stands nearly word for word in the other. */
    COPY,
    /** The two share passages of wording: one reworded the other, or both the same text. */
    REWRITE,
    /** No shared passage beyond what any two reports of the event share. */
    INDEPENDENT;

    /** The name used in reports and JSON, e.g. {@code "rewrite"}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Copying {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    checkNotNull(verdict, "verdict");
    checkNotNull(directionEvidence, "directionEvidence");
    checkArgument(first.compareTo(second) < 0, "a pair in id order: %s, %s", first, second);
    checkArgument(
        source == null || source.equals(first) || source.equals(second),
        "the source %s is neither %s nor %s",
        source,
        first,
        second);
    checkArgument(
        firstContained >= 0 && firstContained <= 1,
        "firstContained must be in [0, 1]: %s",
        firstContained);
    checkArgument(
        secondContained >= 0 && secondContained <= 1,
        "secondContained must be in [0, 1]: %s",
        secondContained);
  }

  /**
   * The direction as annotations write it: {@code "a>b"} when {@code first} is the source, {@code
   * "b>a"} when {@code second} is, else {@code "unknown"}.
   */
  public String direction() {
    return source == null ? "unknown" : source.equals(first) ? "a>b" : "b>a";
  }

  /** The article based on {@link #source()}, or null when the direction is unknown. */
  @Nullable
  public String follower() {
    return source == null ? null : source.equals(first) ? second : first;
  }
}
