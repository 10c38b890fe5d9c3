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
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The comparison in Markdown, for notes, tickets and pull requests: summary, exclusives, facts that
 * disagree, quote variants, wording differences (~~deleted~~ and **inserted** words) and who
 * follows whom. Article text is escaped so it cannot turn into markup, and its control characters
 * shown as {@link Controls} writes them, since Markdown is read in terminals as often as rendered.
 */
final class MarkdownReport {

  /** Compiled once: String.replaceAll compiles its pattern on every call. */
  private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]{}<>#|~])");

  private final Comparison c;
  private final StringBuilder out = new StringBuilder();

  private MarkdownReport(Comparison c) {
    this.c = c;
  }

  static String compare(Comparison c) {
    return new MarkdownReport(c).render();
  }

  private String render() {
    int n = SameText.texts(c);
    long byAll = c.statements().stream().filter(s -> s.articles().size() == n).count();
    List<String> names = new ArrayList<>();
    c.articles().forEach(a -> names.add("**" + md(a.outlet()) + "**"));
    line("# " + md(Story.title(c)));
    line("");
    line(
        String.join(", ", names)
            + ": "
            + c.statements().size()
            + " statements shared ("
            + byAll
            + " by all), "
            + c.exclusives().size()
            + " carried by one outlet only, "
            + c.conflicts().stream().filter(x -> !x.approximation()).count()
            + " facts that disagree, "
            + c.quoteVariants().size()
            + " quotes rendered differently.");
    for (List<String> group : c.copies()) {
      line("");
      line(SameText.sentence(c, group, id -> "`" + md(id) + "`", h -> "“" + md(h) + "”"));
    }
    String notice = Story.differentStoriesNotice(c);
    if (notice != null) {
      line("");
      line("> **" + md(notice) + "**");
    }
    exclusives();
    conflicts();
    quoteVariants();
    differences();
    derivation();
    // As in the text report: one pass, since our own words hold no control characters.
    return Controls.visible(out.toString());
  }

  private void exclusives() {
    section("Only in one outlet");
    if (c.exclusives().isEmpty()) {
      line("Every statement is carried by at least two outlets.");
    }
    String current = null;
    for (Exclusive x : c.exclusives()) {
      if (!x.article().equals(current)) {
        current = x.article();
        line("");
        line("### " + md(c.article(current).outlet()));
        line("");
      }
      line("- " + md(Segments.flat(c.sentence(x).text())) + " *(" + shortId(x.sentence()) + ")*");
    }
  }

  private void conflicts() {
    section("Facts that disagree");
    line(md(ConflictCheck.of(c).sentence()));
    if (c.conflicts().isEmpty()) {
      return;
    }
    line("");
    line("| | statement | kind | outlet | value | sentence |");
    line("| --- | --- | --- | --- | --- | --- |");
    for (Conflict x : c.conflicts()) {
      for (Conflict.Member m : x.members()) {
        line(
            "| "
                + (x.approximation() ? "approximation" : "**conflict**")
                + " | "
                + x.statement()
                + " | "
                + x.kind().label()
                + " | "
                + cell(c.article(m.article()).outlet())
                + " | "
                + cell(m.fact().text())
                + " | "
                + cell(c.sentence(m).text())
                + " |");
      }
    }
  }

  private void quoteVariants() {
    if (c.quoteVariants().isEmpty()) {
      return;
    }
    section("Quotes rendered differently");
    for (QuoteVariant v : c.quoteVariants()) {
      line("");
      line("**" + v.label() + "** (" + v.statement() + ")");
      line("");
      for (QuoteVariant.Member m : v.members()) {
        Article a = c.article(m.article());
        if (m.quote() == null) {
          line("- " + md(a.outlet()) + ": *(reported)* " + md(Segments.flat(c.sentence(m).text())));
        } else {
          Quote q = c.quote(m).orElseThrow();
          line(
              "- "
                  + md(a.outlet())
                  + ": “"
                  + md(Segments.flat(q.text()))
                  + "” — "
                  + md(q.speaker() == null ? "unattributed" : q.speaker()));
        }
      }
    }
  }

  private void differences() {
    section("Wording differences");
    line(
        "Against the outlet the others follow where newsdiff finds one, else the first outlet of each statement (listed first): ~~deleted~~ and **inserted** words; spelling and punctuation variants are not marked.");
    for (Statement s : c.statements()) {
      if (s.diffs().stream().allMatch(d -> d.substantive().isEmpty())) {
        continue;
      }
      Member ref = Segments.reference(s);
      line("");
      line(
          "**"
              + s.id()
              + "** (similarity "
              + String.format(Locale.ROOT, "%.2f", s.similarity())
              + ")");
      line("");
      line(
          "- "
              + md(c.article(ref.article()).outlet())
              + ": "
              + md(
                  Segments.cutBefore(c, ref)
                      + Segments.flat(c.text(ref))
                      + Segments.cutAfter(c, ref)));
      for (WordDiff d : s.diffs()) {
        line("- " + md(c.article(d.to().article()).outlet()) + ": " + inline(d));
      }
    }
  }

  private void derivation() {
    if (!Following.worthShowing(c)) {
      return;
    }
    section("Who follows whom");
    List<Copying> shown = Following.shown(c);
    if (!shown.isEmpty()) {
      line("| outlets | verdict | direction | evidence |");
      line("| --- | --- | --- | --- |");
      Function<String, String> name = id -> c.article(id).outlet();
      for (Copying v : shown) {
        line(
            "| "
                + cell(name.apply(v.first()) + " / " + name.apply(v.second()))
                + " | "
                + v.verdict().label()
                + " | "
                + cell(Following.direction(v, name))
                + " | "
                + cell(Following.evidence(v, name))
                + " |");
      }
    }
    String independent = Following.independent(c);
    if (!independent.isEmpty()) {
      line("");
      line(md(independent));
    }
  }

  private String inline(WordDiff d) {
    String fromText = c.article(d.from().article()).text();
    String toText = c.article(d.to().article()).text();
    if (Segments.isRewording(d, fromText, toText)) {
      return "*(reworded)* "
          + md(
              Segments.cutBefore(c, d.to())
                  + Segments.flat(d.to().span().in(toText))
                  + Segments.cutAfter(c, d.to()));
    }
    return md(Segments.cutBefore(c, d.to()))
        + changes(d, fromText, toText)
        + md(Segments.cutAfter(c, d.to()));
  }

  private String changes(WordDiff d, String fromText, String toText) {
    StringBuilder sb = new StringBuilder();
    for (Segments.Segment seg : Segments.of(d, fromText, toText)) {
      String t = md(seg.text().trim());
      String space = seg.text().startsWith(" ") ? " " : "";
      String tail = seg.text().endsWith(" ") ? " " : "";
      switch (seg.type()) {
        case SAME -> sb.append(md(seg.text()));
        case DELETED -> sb.append(space).append("~~").append(t).append("~~").append(tail);
        case INSERTED -> sb.append(space).append("**").append(t).append("**").append(tail);
      }
    }
    return sb.toString();
  }

  private void section(String title) {
    line("");
    line("## " + title);
    line("");
  }

  /** Backslash-escapes what Markdown would read as markup. */
  static String md(String s) {
    return MARKDOWN_SPECIAL.matcher(s).replaceAll("\\\\$1");
  }

  private static String cell(String s) {
    return md(Segments.flat(s));
  }

  private static String shortId(String id) {
    return id.substring(id.lastIndexOf('/') + 1);
  }

  private void line(String s) {
    if (s.isEmpty() && (out.length() == 0 || out.toString().endsWith("\n\n"))) {
      return; // one blank line between blocks is enough
    }
    out.append(s).append('\n');
  }
}
