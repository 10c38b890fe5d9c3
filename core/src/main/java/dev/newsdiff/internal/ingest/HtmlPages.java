package dev.newsdiff.internal.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article in a saved web page: the headline, the publication date and the outlet from the
 * page's metadata where present, and the paragraphs of the article body, with navigation, ads,
 * scripts, share buttons and related-story lists left out. The result is plain text in the form
 * newsdiff reads (metadata lines first, which the layout reports as page furniture).
 */
final class HtmlPages {

  /** Containers whose class or id says they are not the story. */
  private static final Pattern NOT_STORY =
      Pattern.compile(
          "(?i)\\b(?:nav|navbar|menu|breadcrumbs?|related|recommended|more-stories|read-more|share|sharing|social|promo"
              + "|advert\\w*|ads?|ad-\\w+|sponsor\\w*|newsletter|subscribe|subscription|comments?|footer|sidebar|cookie\\w*"
              + "|popup|modal|paywall|tags?|byline-share|toolbar|widget)\\b");

  private HtmlPages() {}

  static boolean looksLikeHtml(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return true;
    }
    String head = text.substring(0, Math.min(text.length(), 1024)).trim().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html ");
  }

  static String toText(String html) {
    Document doc = Jsoup.parse(html);
    String headline =
        first(
            meta(doc, "og:title"),
            text(doc.selectFirst("article h1")),
            text(doc.selectFirst("h1")),
            doc.title());
    String published =
        first(
            meta(doc, "article:published_time"),
            attr(doc.selectFirst("time[datetime]"), "datetime"),
            meta(doc, "date"),
            meta(doc, "pubdate"));
    String site = first(meta(doc, "og:site_name"), meta(doc, "application-name"));

    doc.select(
            "script, style, noscript, template, iframe, svg, form, button, nav, aside, header, footer, figure")
        .remove();
    for (Element e : new ArrayList<>(doc.getAllElements())) {
      String marks = e.className() + " " + e.id() + " " + e.attr("role");
      if (e.parent() != null && e != doc.body() && NOT_STORY.matcher(marks).find()) {
        e.remove();
      }
    }
    Element body = storyContainer(doc);
    List<String> paragraphs = new ArrayList<>();
    for (Element block : body.select("h2, h3, p, blockquote, li")) {
      if (block.parents().stream()
              .anyMatch(p -> p.tagName().equals("blockquote") || p.tagName().equals("li"))
          && !block.tagName().equals("li")) {
        continue; // a paragraph inside a quote block or list item is part of it
      }
      String t = block.text().trim();
      if (!t.isEmpty() && !(headline != null && t.equals(headline.trim()))) {
        paragraphs.add(t);
      }
    }
    StringBuilder out = new StringBuilder();
    if (site != null) {
      out.append("SOURCE: ").append(site.trim()).append('\n');
    }
    if (headline != null) {
      out.append(headline.trim()).append('\n');
    }
    if (published != null) {
      out.append("Published ").append(published.trim()).append('\n');
    }
    out.append('\n');
    for (String p : paragraphs) {
      out.append(p).append("\n\n");
    }
    return out.toString();
  }

  /** The <article> element, else the element holding the most paragraph text. */
  private static Element storyContainer(Document doc) {
    Element article = doc.selectFirst("article, [itemprop=articleBody], main");
    if (article != null && article.select("p").size() >= 2) {
      return article;
    }
    Element best = doc.body();
    int bestLength = 0;
    for (Element candidate : doc.select("div, section, main")) {
      int length = 0;
      for (Element p : candidate.children().select("> p")) {
        length += p.text().length();
      }
      if (length > bestLength) {
        bestLength = length;
        best = candidate;
      }
    }
    return best == null ? doc.body() : best;
  }

  private static String meta(Document doc, String name) {
    Element m =
        doc.selectFirst(
            "meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return m == null ? null : m.attr("content");
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
