package dev.newsdiff.report;

import dev.newsdiff.Comparison;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Statement;
import java.util.Locale;

/**
 * What the search for conflicts covered: figures are compared within shared statements, and across
 * sentences that matched nothing only where each outlet gives one count or time of a kind
 * (internal.facts.UnalignedFigures), so a report says how many it checked and how many sentences
 * matched nothing, rather than that no outlet contradicts another.
 *
 * @param conflicts the facts that disagree (approximations aside)
 * @param statements the statements shared by two outlets or more
 * @param withFigures the shared statements where two outlets or more give a figure, date or time
 * @param unmatched the sentences that matched nothing in another outlet
 */
record ConflictCheck(long conflicts, int statements, int withFigures, int unmatched) {

  static ConflictCheck of(Comparison c) {
    long conflicts = c.conflicts().stream().filter(x -> !x.approximation()).count();
    int withFigures =
        (int) c.statements().stream().filter(s -> outletsWithFigures(c, s) >= 2).count();
    return new ConflictCheck(conflicts, c.statements().size(), withFigures, c.exclusives().size());
  }

  private static long outletsWithFigures(Comparison c, Statement s) {
    return s.members().stream()
        .filter(m -> hasFigure(c, m))
        .map(Member::article)
        .distinct()
        .count();
  }

  private static boolean hasFigure(Comparison c, Member m) {
    return c.article(m.article()).factsIn(c.sentence(m)).stream()
        .map(Fact::kind)
        .anyMatch(k -> !k.isName());
  }

  /**
   * One sentence for a reader: "No conflicts among the figures, dates and times of 30 shared
   * statements (12 with figures on two sides); 19 sentences matched nothing in another outlet, so
   * their figures were compared only where each outlet gives one count or time of a kind."
   */
  String sentence() {
    String found =
        conflicts == 0 ? "No conflicts" : conflicts + (conflicts == 1 ? " conflict" : " conflicts");
    String unmatchedPart =
        unmatched == 0
            ? "every sentence matched one in another outlet."
            : plural(unmatched, "sentence")
                + " matched nothing in another outlet, so "
                + (unmatched == 1 ? "its figures were" : "their figures were")
                + " compared only where each outlet gives one count or time of a kind.";
    return String.format(
        Locale.ROOT,
        "%s among the figures, dates and times of %s (%d with figures on two sides); %s",
        found,
        plural(statements, "shared statement"),
        withFigures,
        unmatchedPart);
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
