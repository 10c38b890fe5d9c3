package dev.newsdiff.report;

import dev.newsdiff.Comparison;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.QuoteVariant;
import dev.newsdiff.model.Statement;
import dev.newsdiff.model.WordDiff;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison as a journalist reads it in a terminal: a summary, what only one outlet says,
 * facts that disagree, quotes rendered differently, how shared statements are worded differently,
 * and who follows whom. Deleted words show as {@code [-…-]}, inserted ones as <code>{+…+}</code>;
 * cosmetic differences are counted, not marked.
 */
final class CompareText {

  private final Comparison c;
  private final StringBuilder out = new StringBuilder();

  private CompareText(Comparison c) {
    this.c = c;
  }

  static String render(Comparison c) {
    return new CompareText(c).render();
  }

  private String render() {
    summary();
    exclusives();
    conflicts();
    quoteVariants();
    differences();
    derivation();
    return out.toString();
  }

  /** Facts that disagree first, then approximations, each with where the values stand. */
  private void conflicts() {
    for (boolean approximation : new boolean[] {false, true}) {
      List<Conflict> list =
          c.conflicts().stream().filter(x -> x.approximation() == approximation).toList();
      if (list.isEmpty()) {
        continue;
      }
      line("");
      line(approximation ? "== Approximations ==" : "== Facts that disagree ==");
      for (Conflict x : list) {
        line("");
        line(x.id() + "  " + x.kind().label() + " in " + x.statement());
        for (Conflict.Member m : x.members()) {
          line(
              "  "
                  + pad(m.article() + " " + shortId(m.sentence()) + ":", 22)
                  + " "
                  + pad("\"" + m.fact().text() + "\"", 16)
                  + " "
                  + flat(c.article(m.article()).sentence(m.sentence()).text()));
        }
      }
    }
  }

  private void quoteVariants() {
    if (c.quoteVariants().isEmpty()) {
      return;
    }
    line("");
    line("== Quotes rendered differently ==");
    for (QuoteVariant v : c.quoteVariants()) {
      line("");
      line(v.id() + "  " + v.kind().label() + " in " + v.statement());
      for (QuoteVariant.Member m : v.members()) {
        Article a = c.article(m.article());
        String what;
        if (m.quote() == null) {
          what = "(reported) " + flat(a.sentence(m.sentence()).text());
        } else {
          Quote q =
              a.quotes().stream().filter(x -> x.id().equals(m.quote())).findFirst().orElseThrow();
          what =
              "“" + flat(q.text()) + "” — " + (q.speaker() == null ? "unattributed" : q.speaker());
        }
        line("  " + pad(m.article() + " " + shortId(m.sentence()) + ":", 22) + " " + what);
      }
      for (WordDiff d : v.diffs()) {
        line("  " + pad("changes in " + d.to().article() + ":", 22) + " " + inline(d, false));
      }
    }
  }

  /** Which outlet follows which: only pairs with something repeated, likely sources marked. */
  private void derivation() {
    List<Derivation> shown = Following.worthShowing(c);
    if (shown.isEmpty()) {
      return;
    }
    line("");
    line("== Who follows whom ==");
    for (Derivation d : shown) {
      line(
          "  "
              + pad(d.to() + " follows " + d.from() + ":", 40)
              + " repeats "
              + padLeft(Long.toString(Math.round(100 * d.share())), 3)
              + "% of its sentences nearly word for word; longest shared run "
              + d.longestPassage()
              + " words"
              + (d.likelySource() ? "  [likely source: " + d.from() + "]" : ""));
    }
  }

  private void summary() {
    List<String> names = new ArrayList<>();
    for (Article a : c.articles()) {
      names.add(a.outlet() + " [" + a.id() + "]");
    }
    int n = c.articles().size();
    long byAll = c.statements().stream().filter(s -> s.articles().size() == n).count();
    line("Comparing " + n + " outlets: " + String.join(", ", names));
    if (c.statements().isEmpty()) {
      line("No statements shared.");
    } else if (n == 2) {
      line(c.statements().size() + " statements shared by both outlets.");
    } else {
      line(
          c.statements().size()
              + " statements shared: "
              + byAll
              + " by all "
              + n
              + " outlets, "
              + (c.statements().size() - byAll)
              + " by some.");
    }
    Map<String, Integer> perOutlet = exclusiveCounts();
    List<String> parts = new ArrayList<>();
    perOutlet.forEach((id, count) -> parts.add(c.article(id).outlet() + " " + count));
    line(
        c.exclusives().size()
            + " sentences carried by one outlet only"
            + (parts.isEmpty() ? "." : ": " + String.join(", ", parts) + "."));
  }

  private Map<String, Integer> exclusiveCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Exclusive e : c.exclusives()) {
      counts.merge(e.article(), 1, Integer::sum);
    }
    return counts;
  }

  private void exclusives() {
    if (c.exclusives().isEmpty()) {
      return;
    }
    line("");
    line("== Only in one outlet ==");
    String current = null;
    for (Exclusive e : c.exclusives()) {
      if (!e.article().equals(current)) {
        current = e.article();
        line("");
        line(c.article(current).outlet() + " (" + exclusiveCounts().get(current) + ")");
      }
      line(
          "  "
              + pad(shortId(e.sentence()), 5)
              + " "
              + c.article(e.article()).sentence(e.sentence()).text());
    }
  }

  private void differences() {
    List<String> alike = new ArrayList<>();
    boolean header = false;
    for (Statement s : c.statements()) {
      boolean substantive = s.diffs().stream().anyMatch(d -> !d.substantive().isEmpty());
      if (!substantive) {
        alike.add(s.id());
        continue;
      }
      if (!header) {
        line("");
        line("== Wording differences ==");
        header = true;
      }
      line("");
      line(
          s.id()
              + "  "
              + String.join(", ", s.articles())
              + " (similarity "
              + twoDecimals(s.similarity())
              + ")");
      Member ref = s.members().get(0);
      line(
          "  "
              + pad(ref.article() + " " + shortId(ref.sentence()) + ":", 22)
              + " "
              + Segments.cutBefore(c, ref)
              + text(ref)
              + Segments.cutAfter(c, ref));
      for (WordDiff d : s.diffs()) {
        line(
            "  "
                + pad(d.to().article() + " " + shortId(d.to().sentence()) + ":", 22)
                + " "
                + inline(d, true));
      }
    }
    if (!alike.isEmpty()) {
      line("");
      line("Worded alike (at most cosmetic differences): " + String.join(", ", alike));
    }
  }

  /**
   * The member's text with deletions and insertions marked, or "(reworded)" and its text; with
   * {@code clip}, "…" where a statement's member is only part of its sentence.
   */
  private String inline(WordDiff d, boolean clip) {
    String fromText = c.article(d.from().article()).text();
    String toText = c.article(d.to().article()).text();
    String before = clip ? Segments.cutBefore(c, d.to()) : "";
    String after = clip ? Segments.cutAfter(c, d.to()) : "";
    if (Segments.isRewording(d, fromText, toText)) {
      return "(reworded) " + before + text(d.to()) + after;
    }
    StringBuilder sb = new StringBuilder();
    for (Segments.Segment s : Segments.of(d, fromText, toText)) {
      switch (s.type()) {
        case SAME -> sb.append(s.text());
        case DELETED -> sb.append("[-").append(s.text()).append("-]");
        case INSERTED -> sb.append("{+").append(s.text()).append("+}");
      }
    }
    sb.insert(0, before).append(after);
    long cosmetic = Segments.cosmeticCount(d);
    if (cosmetic > 0) {
      sb.append("  (+").append(cosmetic).append(" cosmetic)");
    }
    return sb.toString();
  }

  private String text(Member m) {
    return flat(m.span().in(c.article(m.article()).text()));
  }

  private static String flat(String s) {
    return Segments.flat(s);
  }

  private static String shortId(String id) {
    return id.substring(id.lastIndexOf('/') + 1);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  // Plain concatenation and padding rather than String.format: a report formats a hundred
  // lines, and in a cold JVM the formatter's parsing is a third of the report's time.

  /** {@code s} followed by spaces up to {@code width} characters; what "%-Ns" gives. */
  static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /** Spaces up to {@code width} characters, then {@code s}; what "%Ns" gives. */
  static String padLeft(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  /** What "%.2f" gives for a number: two decimals, halves rounded up, a full stop. */
  static String twoDecimals(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
