package dev.newsdiff.report;

import dev.newsdiff.internal.Controls;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.PairScore;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.Sentence;
import java.util.List;

/**
 * Plain-text reports for reading in a terminal. Text from the articles has its control characters
 * made visible ({@link Controls}): a report printed raw cannot retitle, clear or rewrite a
 * terminal.
 */
final class TextReport {

  private TextReport() {}

  /** The comparison: summary, exclusives, then wording differences of shared statements. */
  static String compare(dev.newsdiff.Comparison comparison) {
    return CompareText.render(comparison);
  }

  /** One line per sentence pair: the score and "same" or "different". */
  static String pairs(List<PairScore> results) {
    StringBuilder out = new StringBuilder();
    for (PairScore r : results) {
      out.append(
          String.format(
              java.util.Locale.ROOT, "%.3f\t%s%n", r.score(), r.same() ? "same" : "different"));
    }
    return out.toString().replace("\r\n", "\n");
  }

  /** What newsdiff read in each article: furniture, headline, sentences, quotes. */
  static String inspect(List<Article> articles) {
    StringBuilder out = new StringBuilder();
    for (Article a : articles) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append("== ").append(a.id()).append(" (").append(a.outlet()).append(")\n");
      out.append("headline: ").append(a.headline() == null ? "(none)" : a.headline()).append('\n');
      out.append("dateline: ")
          .append(a.dateline() == null ? "(none)" : a.dateline().text())
          .append('\n');
      out.append("\npage furniture (").append(a.furniture().size()).append(")\n");
      for (Furniture f : a.furniture()) {
        out.append(String.format("  %-14s %s%n", f.kind().label(), f.text()));
      }
      out.append("\nsentences (").append(a.sentences().size()).append(")\n");
      for (Sentence s : a.sentences()) {
        String id = s.id().substring(s.id().lastIndexOf('/') + 1);
        out.append(String.format("  %-4s %-10s %s%n", id, s.role().label(), s.text()));
      }
      out.append("\nquotes (").append(a.quotes().size()).append(")\n");
      for (Quote q : a.quotes()) {
        String id = q.id().substring(q.id().lastIndexOf('/') + 1);
        String who = q.speaker() == null ? "(unknown speaker)" : q.speaker();
        if (q.attribution() != null && q.attribution().resolved()) {
          who += " [\"" + q.attribution().mentionText() + "\"]";
        }
        if (q.cue() != null) {
          who += ", " + q.cue();
        }
        out.append(String.format("  %-4s %s:%n       “%s”%n", id, who, q.text()));
      }
    }
    return Controls.visible(out.toString().replace("\r\n", "\n"));
  }
}
