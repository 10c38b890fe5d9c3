package dev.newsdiff.report;

import dev.newsdiff.Comparison;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.Statement;
import dev.newsdiff.model.WordDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What every report looks up or counts in a comparison. Plain loops: these run in every comparison,
 * where each lambda's first call costs more than the loop (docs/performance.md).
 */
final class Lookups {

  private Lookups() {}

  /**
   * The conflicts that are approximations ({@code true}) or facts that disagree ({@code false}), in
   * order.
   */
  static List<Conflict> conflicts(Comparison c, boolean approximations) {
    List<Conflict> out = new ArrayList<>();
    for (Conflict x : c.conflicts()) {
      if (x.approximation() == approximations) {
        out.add(x);
      }
    }
    return out;
  }

  /** How many statements every outlet carries. */
  static int sharedByAll(Comparison c) {
    int n = c.articles().size();
    int count = 0;
    for (Statement s : c.statements()) {
      if (s.articles().size() == n) {
        count++;
      }
    }
    return count;
  }

  /**
   * True when some member of the statement is worded differently, not just spelt or punctuated so.
   */
  static boolean differsInWording(Statement s) {
    for (WordDiff d : s.diffs()) {
      if (!d.substantive().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The article's quote with this id; a quote variant names only quotes of its own articles. */
  static Quote quote(Article a, String quoteId) {
    for (Quote q : a.quotes()) {
      if (q.id().equals(quoteId)) {
        return q;
      }
    }
    throw new NoSuchElementException("No value present"); // as Optional.orElseThrow() says
  }
}
