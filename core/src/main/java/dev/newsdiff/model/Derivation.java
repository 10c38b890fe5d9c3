package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How much one outlet's article follows another's. Immutable.
 *
 * @param from the outlet followed
 * @param to the outlet that follows it
 * @param share the share (0 to 1) of {@code to}'s body sentences that repeat a sentence of {@code
 *     from} nearly word for word
 * @param longestPassage the longest run of words {@code to} shares with {@code from}, in words
 * @param orderKept the share (0 to 1) of those repeated sentences that keep {@code from}'s order
 * @param likelySource true when the evidence is clear that {@code from} is {@code to}'s source:
 *     {@code to} repeats much of it and credits it, or {@code from} is a news agency that {@code
 *     to} is not
 */
public record Derivation(
    String from,
    String to,
    double share,
    int longestPassage,
    double orderKept,
    boolean likelySource) {

  public Derivation {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(share >= 0 && share <= 1, "share must be in [0, 1]: %s", share);
  }
}
