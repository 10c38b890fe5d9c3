package dev.newsdiff.report;

import dev.newsdiff.Comparison;
import dev.newsdiff.model.Derivation;
import java.util.List;

/** Which "who follows whom" rows the reports for people show (the HTML table shows them all). */
final class Following {

  private Following() {}

  /** Only ordered pairs of outlets where the second repeats something of the first. */
  static List<Derivation> worthShowing(Comparison c) {
    return c.derivation().stream().filter(d -> d.share() > 0).toList();
  }
}
