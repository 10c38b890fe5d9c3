package dev.newsdiff.report;

import dev.newsdiff.Comparison;
import dev.newsdiff.internal.Controls;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Copying;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.QuoteVariant;
import dev.newsdiff.model.Statement;
import dev.newsdiff.model.WordDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison as a journalist reads it in a terminal: the story's headline, a summary (with a
 * notice when the articles look like different stories), what only one outlet says, facts that
 * disagree, quotes rendered differently, how shared statements are worded differently, and who
 * follows whom. Deleted words show as {@code [-…-]}, inserted ones as <code>{+…+}</code>; cosmetic
 * differences are counted, not marked. Control characters and bidirectional formatting characters
 * from the articles show as {@link Controls} writes them, so the report cannot steer the terminal
 * it is printed in.
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
    // Our own words hold no control characters: one pass makes visible every one an article,
    // outlet name or file name brought, wherever in the report it stands.
    return Controls.visible(out.toString());
  }

  /** Facts that disagree first, then approximations, each with where the values stand. */
  private void conflicts() {
    if (SameText.texts(c) < 2) {
      return; // copies of one text: the summary has said there is nothing else to compare
    }
    for (boolean approximation : new boolean[] {false, true}) {
      List<Conflict> list =
          c.conflicts().stream().filter(x -> x.approximation() == approximation).toList();
      if (list.isEmpty() && approximation) {
        continue;
      }
      line("");
      line(approximation ? "== Approximations ==" : "== Facts that disagree ==");
      if (!approximation) {
        line(ConflictCheck.of(c).sentence());
      }
      for (Conflict x : list) {
        line("");
        line(x.id() + "  " + x.kind().label() + " in " + x.statement());
        for (Conflict.Member m : x.members()) {
          line(
              String.format(
                  Locale.ROOT,
                  "  %-22s %-16s %s",
                  m.article() + " " + shortId(m.sentence()) + ":",
                  "\"" + m.fact().text() + "\"",
                  flat(c.article(m.article()).sentence(m.sentence()).text())));
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
      line(v.id() + "  " + v.label() + " in " + v.statement());
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
        line(
            String.format(
                Locale.ROOT, "  %-22s %s", m.article() + " " + shortId(m.sentence()) + ":", what));
      }
      for (WordDiff d : v.diffs()) {
        line(
            String.format(
                Locale.ROOT,
                "  %-22s %s",
                "changes in " + d.to().article() + ":",
                inline(d, false)));
      }
    }
  }

  /**
   * One line per pair of outlets that share wording: verdict, direction and evidence; the
   * independent pairs in one line.
   */
  private void derivation() {
    if (!Following.worthShowing(c)) {
      return;
    }
    line("");
    line("== Who follows whom ==");
    for (Copying v : Following.shown(c)) {
      line(
          "  "
              + v.first()
              + " / "
              + v.second()
              + ": "
              + v.verdict().label()
              + "; "
              + Following.direction(v, id -> id)
              + "; "
              + Following.evidence(v, id -> id));
    }
    String independent = Following.independent(c);
    if (!independent.isEmpty()) {
      line("  " + independent);
    }
  }

  private void summary() {
    List<String> names = new ArrayList<>();
    for (Article a : c.articles()) {
      names.add(a.outlet() + " [" + a.id() + "]");
    }
    int n = SameText.texts(c);
    long byAll = c.statements().stream().filter(s -> s.articles().size() == n).count();
    String headline = Story.headline(c);
    if (headline != null) {
      line(headline);
    }
    line("Comparing " + c.articles().size() + " outlets: " + String.join(", ", names));
    for (List<String> group : c.copies()) {
      line(SameText.sentence(c, group, id -> id, h -> "“" + flat(h) + "”"));
    }
    if (n < 2) {
      return;
    }
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
    String notice = Story.differentStoriesNotice(c);
    if (notice != null) {
      line(notice);
    }
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
    Map<String, Integer> counts = exclusiveCounts();
    String current = null;
    Article article = null;
    for (Exclusive e : c.exclusives()) {
      if (!e.article().equals(current)) {
        current = e.article();
        article = c.article(current);
        line("");
        line(article.outlet() + " (" + counts.get(current) + ")");
      }
      // what "  %-5s %s" gives, without a formatter for each of thousands of lines
      String id = shortId(e.sentence());
      line(
          "  "
              + id
              + " ".repeat(Math.max(0, 5 - id.length()))
              + " "
              + article.sentence(e.sentence()).text());
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
              + String.format(Locale.ROOT, " (similarity %.2f)", s.similarity()));
      Member ref = Segments.reference(s);
      line(
          String.format(
              Locale.ROOT,
              "  %-22s %s",
              ref.article() + " " + shortId(ref.sentence()) + ":",
              Segments.cutBefore(c, ref) + text(ref) + Segments.cutAfter(c, ref)));
      for (WordDiff d : s.diffs()) {
        line(
            String.format(
                Locale.ROOT,
                "  %-22s %s",
                d.to().article() + " " + shortId(d.to().sentence()) + ":",
                inline(d, true)));
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
}
