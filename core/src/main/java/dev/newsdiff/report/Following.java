package dev.newsdiff.report;

import dev.newsdiff.Comparison;
import dev.newsdiff.model.Derivation;
import java.util.ArrayList;
import java.util.List;

/** Which "who follows whom" rows the reports for people show (the HTML table shows them all). */
final class Following {

  private Following() {}

  /** Only ordered pairs of outlets where the second repeats something of the first. */
  static List<Derivation> worthShowing(Comparison c) {
    List<Derivation> out = new ArrayList<>();
    for (Derivation d : c.derivation()) {
      if (d.share() > 0) {
        out.add(d);
      }
    }
    return out;
  }
}
