package dev.newsdiff.report;

import dev.newsdiff.Comparison;
import dev.newsdiff.internal.Controls;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Copying;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.QuoteVariant;
import dev.newsdiff.model.Statement;
import dev.newsdiff.model.WordDiff;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The comparison as one self-contained HTML page: outlets side by side with shared statements on
 * one row and changed words marked, a coverage matrix, exclusives, facts that disagree and quote
 * variants linked to where they stand, page furniture folded away. CSS and the small script are
 * inline, nothing is fetched; the page reads fully without the script, which only adds filters. All
 * article text is escaped.
 */
final class HtmlReport {

  private final Comparison c;
  private final StringBuilder out = new StringBuilder();

  private HtmlReport(Comparison c) {
    this.c = c;
  }

  static String compare(Comparison c) {
    return new HtmlReport(c).render();
  }

  private String render() {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"newsdiff\">\n")
        .append("<title>newsdiff: ")
        .append(plain(title()))
        .append("</title>\n<style>\n")
        .append(resource("report.css"))
        .append("</style>\n</head>\n<body>\n");
    header();
    exclusives();
    conflicts();
    quoteVariants();
    sideBySide();
    coverage();
    derivation();
    furniture();
    out.append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
    // The page itself has no control characters, so one pass over it makes visible every one an
    // article brought, in text and attributes alike: a report printed to a terminal cannot steer
    // it.
    return Controls.visibleKeepingBidi(out.toString());
  }

  private String title() {
    return Story.title(c);
  }

  private void header() {
    int n = SameText.texts(c);
    long byAll = c.statements().stream().filter(s -> s.articles().size() == n).count();
    out.append("<header>\n<h1>")
        .append(u(title()))
        .append("</h1>\n<p class=\"summary\">Comparing ")
        .append(c.articles().size())
        .append(" outlets: ");
    for (int i = 0; i < c.articles().size(); i++) {
      Article a = c.articles().get(i);
      out.append(i > 0 ? ", " : "").append("<b>").append(u(a.outlet())).append("</b>");
    }
    out.append(". ")
        .append(c.statements().size())
        .append(" statements shared (")
        .append(byAll)
        .append(" by all), <a href=\"#exclusives\">")
        .append(c.exclusives().size())
        .append(" carried by one outlet only</a>, <a href=\"#conflicts\">")
        .append(c.conflicts().stream().filter(x -> !x.approximation()).count())
        .append(" facts that disagree</a>, <a href=\"#quotes\">")
        .append(c.quoteVariants().size())
        .append(" quotes rendered differently</a>.</p>\n");
    String notice = Story.differentStoriesNotice(c);
    if (notice != null) {
      out.append("<p class=\"notice\" role=\"note\">").append(e(notice)).append("</p>\n");
    }
    for (List<String> group : c.copies()) {
      out.append("<p class=\"copies\">")
          .append(SameText.sentence(c, group, id -> "<b>" + u(id) + "</b>", h -> "“" + u(h) + "”"))
          .append("</p>\n");
    }
    out.append(
            "<nav><a href=\"#exclusives\">Only in one outlet</a> · "
                + "<a href=\"#conflicts\">Facts that disagree</a> · <a href=\"#quotes\">Quotes</a> · "
                + "<a href=\"#side-by-side\">Side by side</a> · <a href=\"#coverage\">Coverage</a> · "
                + "<a href=\"#derivation\">Who follows whom</a> · <a href=\"#furniture\">Page furniture</a></nav>\n")
        .append(
            "<form id=\"filters\" hidden>\n<label><input type=\"checkbox\" id=\"only-diff\"> only differences</label>\n")
        .append("<label><input type=\"checkbox\" id=\"only-quotes\"> only quotes</label>\n")
        .append("<label>outlet <select id=\"outlet\"><option value=\"\">all</option>");
    for (Article a : c.articles()) {
      out.append("<option value=\"")
          .append(plain(a.id()))
          .append("\">")
          .append(plain(a.outlet()))
          .append("</option>");
    }
    out.append("</select></label>\n</form>\n</header>\n");
  }

  private void exclusives() {
    out.append("<section id=\"exclusives\">\n<h2>Only in one outlet</h2>\n");
    if (c.exclusives().isEmpty()) {
      out.append("<p class=\"none\">Every statement is carried by at least two outlets.</p>\n");
    }
    String current = null;
    for (Exclusive x : c.exclusives()) {
      if (!x.article().equals(current)) {
        out.append(current == null ? "" : "</ol>\n");
        current = x.article();
        out.append("<h3>")
            .append(u(c.article(current).outlet()))
            .append("</h3>\n<ol class=\"exclusives\">\n");
      }
      String text = c.sentence(x).text();
      out.append("<li class=\"exclusive")
          .append(hasQuote(x.article(), x.sentence()) ? " quote" : "")
          .append("\" data-outlets=\"")
          .append(plain(x.article()))
          .append("\"><a href=\"#")
          .append(rowId(x.sentence()))
          .append("\">")
          .append(e(shortId(x.sentence())))
          .append("</a> ")
          .append(u(Segments.flat(text)))
          .append("</li>\n");
    }
    out.append(current == null ? "" : "</ol>\n").append("</section>\n");
  }

  private void conflicts() {
    out.append("<section id=\"conflicts\">\n<h2>Facts that disagree</h2>\n");
    List<Conflict> real = c.conflicts().stream().filter(x -> !x.approximation()).toList();
    List<Conflict> approximate = c.conflicts().stream().filter(Conflict::approximation).toList();
    out.append(real.isEmpty() ? "<p class=\"none\">" : "<p class=\"checked\">")
        .append(e(ConflictCheck.of(c).sentence()))
        .append("</p>\n");
    conflictTable(real, "conflicts");
    if (!approximate.isEmpty()) {
      out.append("<h3>Approximations</h3>\n");
      conflictTable(approximate, "approximations");
    }
    out.append("</section>\n");
  }

  private void conflictTable(List<Conflict> list, String cls) {
    if (list.isEmpty()) {
      return;
    }
    out.append("<table class=\"")
        .append(cls)
        .append(
            "\">\n<thead><tr><th>statement</th><th>kind</th><th>outlet</th><th>value</th><th>sentence</th></tr></thead>\n<tbody>\n");
    for (Conflict x : list) {
      boolean first = true;
      for (Conflict.Member m : x.members()) {
        out.append("<tr>");
        if (first) {
          out.append("<td rowspan=\"")
              .append(x.members().size())
              .append("\"><a href=\"#")
              .append(x.statement())
              .append("\">")
              .append(x.statement())
              .append("</a></td><td rowspan=\"")
              .append(x.members().size())
              .append("\">")
              .append(x.kind().label())
              .append("</td>");
          first = false;
        }
        String sentence = c.sentence(m).text();
        out.append("<td>")
            .append(u(c.article(m.article()).outlet()))
            .append("</td><td><mark>")
            .append(u(m.fact().text()))
            .append("</mark></td><td>")
            .append(bdi(highlight(sentence, m.fact().text())))
            .append("</td></tr>\n");
      }
    }
    out.append("</tbody>\n</table>\n");
  }

  private void quoteVariants() {
    out.append("<section id=\"quotes\">\n<h2>Quotes rendered differently</h2>\n");
    if (c.quoteVariants().isEmpty()) {
      out.append(
          "<p class=\"none\">Every quote shared by outlets is worded and attributed alike.</p>\n");
    }
    for (QuoteVariant v : c.quoteVariants()) {
      out.append("<div class=\"variant\"><h3>")
          .append(e(v.label()))
          .append(" in <a href=\"#")
          .append(v.statement())
          .append("\">")
          .append(v.statement())
          .append("</a></h3>\n<ul>\n");
      for (QuoteVariant.Member m : v.members()) {
        Article a = c.article(m.article());
        out.append("<li><b>").append(u(a.outlet())).append("</b>: ");
        if (m.quote() == null) {
          out.append("<span class=\"reported\">(reported) ")
              .append(u(Segments.flat(c.sentence(m).text())))
              .append("</span>");
        } else {
          Quote q = c.quote(m).orElseThrow();
          out.append("<q>")
              .append(u(Segments.flat(q.text())))
              .append("</q> — ")
              .append(q.speaker() == null ? "unattributed" : u(q.speaker()));
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n");
      for (WordDiff d : v.diffs()) {
        out.append("<p class=\"diff\">")
            .append(u(c.article(d.to().article()).outlet()))
            .append(": ")
            .append(bdi(changes(d)))
            .append("</p>\n");
      }
      out.append("</div>\n");
    }
    out.append("</section>\n");
  }

  /** One row per shared statement, one column per outlet; then each outlet's exclusives. */
  private void sideBySide() {
    out.append(
        "<section id=\"side-by-side\">\n<h2>Side by side</h2>\n<p class=\"legend\"><del>deleted</del> and "
            + "<ins>inserted</ins> words are against the outlet the others follow where newsdiff finds one (its text has a bar beside it), else the first outlet in the row; spelling and punctuation variants are not marked.</p>\n"
            + "<div class=\"scroll\"><table class=\"side\">\n<thead><tr><th></th>");
    for (Article a : c.articles()) {
      out.append("<th data-outlet=\"")
          .append(plain(a.id()))
          .append("\">")
          .append(u(a.outlet()))
          .append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Statement s : c.statements()) {
      boolean diff = s.diffs().stream().anyMatch(d -> !d.substantive().isEmpty());
      boolean quote = s.members().stream().anyMatch(m -> hasQuote(m.article(), m.sentence()));
      out.append("<tr id=\"")
          .append(s.id())
          .append("\" class=\"statement")
          .append(diff ? " diff" : "")
          .append(quote ? " quote" : "")
          .append("\" data-outlets=\"")
          .append(plain(String.join(" ", s.articles())))
          .append("\"><th><a href=\"#")
          .append(s.id())
          .append("\">")
          .append(s.id())
          .append("</a><br><small>")
          .append(String.format(Locale.ROOT, "%.2f", s.similarity()))
          .append("</small></th>");
      for (Article a : c.articles()) {
        out.append("<td data-outlet=\"").append(plain(a.id())).append("\">");
        for (Member m : s.members()) {
          if (m.article().equals(a.id())) {
            boolean reference = !s.diffs().isEmpty() && m.equals(Segments.reference(s));
            out.append(reference ? "<p class=\"reference\">" : "<p>")
                .append(bdi(memberHtml(s, m)))
                .append("</p>");
          }
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    for (Exclusive x : c.exclusives()) {
      out.append("<tr id=\"")
          .append(rowId(x.sentence()))
          .append("\" class=\"exclusive")
          .append(hasQuote(x.article(), x.sentence()) ? " quote" : "")
          .append(" diff\" data-outlets=\"")
          .append(plain(x.article()))
          .append("\"><th>only</th>");
      for (Article a : c.articles()) {
        out.append("<td data-outlet=\"").append(plain(a.id())).append("\">");
        if (a.id().equals(x.article())) {
          out.append("<p>").append(u(Segments.flat(c.sentence(x).text()))).append("</p>");
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  private String memberHtml(Statement s, Member m) {
    for (WordDiff d : s.diffs()) {
      if (d.to().equals(m)) {
        return inline(d);
      }
    }
    return e(Segments.cutBefore(c, m) + Segments.flat(c.text(m)) + Segments.cutAfter(c, m));
  }

  /** A statement member's changes, with "…" where the member is only part of its sentence. */
  private String inline(WordDiff d) {
    return e(Segments.cutBefore(c, d.to())) + changes(d) + e(Segments.cutAfter(c, d.to()));
  }

  private String changes(WordDiff d) {
    String fromText = c.article(d.from().article()).text();
    String toText = c.article(d.to().article()).text();
    if (Segments.isRewording(d, fromText, toText)) {
      return "<span class=\"reworded\" title=\"worded independently\">"
          + e(Segments.flat(d.to().span().in(toText)))
          + "</span>";
    }
    StringBuilder sb = new StringBuilder();
    for (Segments.Segment seg : Segments.of(d, fromText, toText)) {
      switch (seg.type()) {
        case SAME -> sb.append(e(seg.text()));
        case DELETED -> sb.append("<del>").append(e(seg.text())).append("</del>");
        case INSERTED -> sb.append("<ins>").append(e(seg.text())).append("</ins>");
      }
    }
    return sb.toString();
  }

  private void coverage() {
    out.append(
        "<section id=\"coverage\">\n<h2>Coverage</h2>\n<div class=\"scroll\"><table class=\"coverage\">\n<thead><tr><th>statement</th>");
    for (Article a : c.articles()) {
      out.append("<th>").append(u(a.outlet())).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    // A copy carries what the article compared for it carries.
    Map<String, String> comparedFor = SameText.comparedFor(c);
    for (Statement s : c.statements()) {
      Member first = s.members().get(0);
      String text = Segments.flat(c.text(first));
      out.append("<tr><th><a href=\"#")
          .append(s.id())
          .append("\">")
          .append(s.id())
          .append("</a> ")
          .append(u(Shortening.shorten(text, 90, 87, "…")))
          .append("</th>");
      for (Article a : c.articles()) {
        boolean has = s.articles().contains(comparedFor.getOrDefault(a.id(), a.id()));
        out.append(
            has
                ? "<td class=\"yes\" title=\"carried\">●</td>"
                : "<td class=\"no\" title=\"not carried\">–</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  private void derivation() {
    // Always there: the navigation links to it.
    out.append("<section id=\"derivation\">\n<h2>Who follows whom</h2>\n");
    List<Copying> shown = Following.shown(c);
    Function<String, String> name = id -> c.article(id).outlet();
    if (!shown.isEmpty()) {
      out.append(
          "<table class=\"derivation\">\n<thead><tr><th>outlets</th><th>verdict</th>"
              + "<th>direction</th><th>evidence</th></tr></thead>\n<tbody>\n");
      for (Copying v : shown) {
        out.append("<tr")
            .append(v.source() != null ? " class=\"source\"" : "")
            .append("><td>")
            .append(u(name.apply(v.first())))
            .append(" / ")
            .append(u(name.apply(v.second())))
            .append("</td><td>")
            .append(u(v.verdict().label()))
            .append("</td><td>")
            .append(u(Following.direction(v, name)))
            .append("</td><td>")
            .append(u(Following.evidence(v, name)))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    String independent = Following.independent(c);
    if (!independent.isEmpty()) {
      out.append("<p>").append(u(independent)).append("</p>\n");
    }
    out.append("</section>\n");
  }

  private void furniture() {
    out.append(
        "<details id=\"furniture\">\n<summary>Page furniture kept out of the comparison</summary>\n");
    for (Article a : c.articles()) {
      out.append("<h3>").append(u(a.outlet())).append("</h3>\n<ul>\n");
      for (Furniture f : a.furniture()) {
        out.append("<li><span class=\"kind\">")
            .append(f.kind().label())
            .append("</span> ")
            .append(u(f.text()))
            .append("</li>\n");
      }
      if (a.dateline() != null) {
        out.append("<li><span class=\"kind\">dateline</span> ")
            .append(u(a.dateline().text()))
            .append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</details>\n");
  }

  private boolean hasQuote(String article, String sentence) {
    Article a = c.article(article);
    return a.quotes().stream().anyMatch(q -> q.span().overlaps(a.sentence(sentence).span()));
  }

  private static String highlight(String sentence, String fact) {
    String flat = Segments.flat(sentence);
    int at = flat.indexOf(fact);
    if (at < 0) {
      return e(flat);
    }
    return e(flat.substring(0, at))
        + "<mark>"
        + e(fact)
        + "</mark>"
        + e(flat.substring(at + fact.length()));
  }

  private static String rowId(String sentence) {
    return "x-" + Html.id(sentence);
  }

  private static String shortId(String id) {
    return id.substring(id.lastIndexOf('/') + 1);
  }

  /** Our own words, or an id fragment of letters, digits and '-'. */
  private static String e(String s) {
    return Html.escape(s);
  }

  /** Text from an article or an outlet name, isolated from the words around it. */
  private static String u(String s) {
    return bdi(e(s));
  }

  /**
   * HTML made of article text (escaped, perhaps with marked changes) in one {@code <bdi>}: right to
   * left text keeps its order inside, and a right-to-left override that is never closed ends there
   * instead of reversing the rest of the line.
   */
  private static String bdi(String html) {
    return "<bdi>" + html + "</bdi>";
  }

  /**
   * Text from an article or an outlet name where no element can isolate it (the page title, the
   * outlet menu, attribute values): bidirectional controls show as escapes, as in the text report.
   */
  private static String plain(String s) {
    return e(Controls.visible(s));
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
