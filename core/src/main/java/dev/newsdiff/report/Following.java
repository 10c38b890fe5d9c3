package dev.newsdiff.report;

import dev.newsdiff.Comparison;
import dev.newsdiff.model.Copying;
import dev.newsdiff.model.Copying.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The "who follows whom" section every report gives the same way: one line per pair of outlets that
 * share wording (identical, copy or rewrite) with its verdict, direction and evidence, and the
 * independent pairs counted in one line.
 */
final class Following {

  private Following() {}

  /** Whether the section has anything to say: there are two different texts at least. */
  static boolean worthShowing(Comparison c) {
    return SameText.texts(c) >= 2;
  }

  /** The pairs shown one per line: all but the independent ones, in id order of the pairs. */
  static List<Copying> shown(Comparison c) {
    return c.copying().stream().filter(v -> v.verdict() != Verdict.INDEPENDENT).toList();
  }

  /** "The other 5 pairs are independent: …", or "" when no pair is. */
  static String independent(Comparison c) {
    long n = c.copying().stream().filter(v -> v.verdict() == Verdict.INDEPENDENT).count();
    if (n == 0) {
      return "";
    }
    String pairs =
        n == 1
            ? (shown(c).isEmpty() ? "The pair is" : "The other pair is")
            : (shown(c).isEmpty() ? "All " + n + " pairs are" : "The other " + n + " pairs are");
    return pairs + " independent: no passage in common beyond what reports of one event share.";
  }

  /**
   * Which follows which and why ("trt-world follows anadolu-agency: trt-world credits Anadolu
   * Agency"), or "direction unknown"; outlets named by {@code name}.
   */
  static String direction(Copying v, Function<String, String> name) {
    String follower = v.follower();
    String source = v.source();
    if (follower == null || source == null) {
      return "direction unknown";
    }
    return name.apply(follower) + " follows " + name.apply(source) + ": " + v.directionEvidence();
  }

  /**
   * The wording evidence: "shared wording 25% of a, 28% of b; longest passage 8 words (quotes and
   * names aside); order kept 100%".
   */
  static String evidence(Copying v, Function<String, String> name) {
    return String.format(
        Locale.ROOT,
        "shared wording %.0f%% of %s, %.0f%% of %s; longest passage %d words (quotes and names"
            + " aside); order kept %.0f%%",
        100 * v.firstContained(),
        name.apply(v.first()),
        100 * v.secondContained(),
        name.apply(v.second()),
        v.longestPassage(),
        100 * v.orderKept());
  }
}
