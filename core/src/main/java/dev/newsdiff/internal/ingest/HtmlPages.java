package dev.newsdiff.internal.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

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
          // The look-ahead keeps \b from being tried inside a run of combining marks, where it
          // looks back over every mark.
          "(?i)(?=[a-z])\\b(?:nav|navbar|menu|breadcrumbs?|related|recommended|more-stories|read-more|share|sharing|social|promo"
              + "|advert\\w*|ads?|ad-\\w+|sponsor\\w*|newsletter|subscribe|subscription|comments?|footer|sidebar|cookie\\w*"
              + "|popup|modal|paywall|tags?|byline-share|toolbar|widget)\\b");

  /** Elements that hold the story itself, never removed as furniture whatever their class. */
  private static final String STORY = "article, main, [itemprop=articleBody]";

  /** The elements that hold the article's text, each read as one paragraph. */
  private static final Set<String> BLOCKS = Set.of("h2", "h3", "p", "blockquote", "li");

  /** The elements that may hold the story when there is no <article>. */
  private static final Set<String> CANDIDATES = Set.of("div", "section", "main");

  private HtmlPages() {}

  static boolean looksLikeHtml(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return true;
    }
    String head = text.substring(0, Math.min(text.length(), 1024)).trim().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html ");
  }

  /**
   * A page's article text, the outlet's name from its metadata (og:site_name), or null, and when
   * its metadata says it was published ({@link PublishedTime#in}), or null.
   */
  record Page(String text, @Nullable String site, @Nullable Instant published) {}

  static String toText(String html) {
    return read(html).text();
  }

  static Page read(String html) {
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
    // Read before the scripts (JSON-LD) and the article's header (its <time>) are dropped.
    Instant publishedAt = PublishedTime.in(doc);

    doc.select(
            "script, style, noscript, template, iframe, svg, form, button, nav, aside, header, footer, figure")
        .remove();
    // A class that merely mentions a tag or a sidebar ("tag-ferries" on a WordPress <article>,
    // "has-sidebar" on its wrapper) must not take the story with it.
    Set<Element> story = new HashSet<>();
    doc.select(STORY).forEach(e -> story.addAll(withParents(e)));
    for (Element e : new ArrayList<>(doc.getAllElements())) {
      String marks = e.className() + " " + e.id() + " " + e.attr("role");
      if (e.parent() != null
          && e != doc.body()
          && !story.contains(e)
          && NOT_STORY.matcher(marks).find()) {
        e.remove();
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (String t : blockTexts(storyContainer(doc))) {
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
    return new Page(
        out.toString(), site == null || site.isBlank() ? null : site.trim(), publishedAt);
  }

  /**
   * The <article> element, else the div, section or main with the most text in the paragraphs two
   * levels below it (the first such in the page on a tie), else the body.
   */
  private static Element storyContainer(Document doc) {
    Element article = doc.selectFirst("article, [itemprop=articleBody], main");
    if (article != null && article.select("p").size() >= 2) {
      return article;
    }
    // Each paragraph is measured once and credited to the one element it can count for. Asking
    // each candidate for its paragraphs instead walks every subtree again: quadratic in the
    // nesting depth, which hung on 100,000 nested divs.
    Map<Element, Integer> paragraphText = new IdentityHashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      Element candidate = parent == null ? null : parent.parent();
      if (candidate != null && CANDIDATES.contains(candidate.normalName())) {
        paragraphText.merge(candidate, p.text().length(), Integer::sum);
      }
    }
    return doc.select("div, section, main").stream()
        .filter(e -> paragraphText.getOrDefault(e, 0) > 0)
        .max(Comparator.comparingInt(paragraphText::get))
        .orElse(doc.body());
  }

  /**
   * The text of each block in {@code container}, in page order: a heading, paragraph, quote block
   * or list item, with a block inside another taken as part of it (a paragraph in a quote block, a
   * nested list in its item). Each node is visited once, so any nesting depth reads in linear time;
   * asking every block for its own text repeated a nested list once per level (10,000 nested list
   * items made 4.6 GB of text).
   */
  private static List<String> blockTexts(Element container) {
    List<String> texts = new ArrayList<>();
    NodeTraversor.filter(
        (node, depth) -> {
          if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            texts.add(e.text().trim());
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
          }
          return NodeFilter.FilterResult.CONTINUE;
        },
        container);
    return texts;
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

  /** The element and every element it lies in. */
  private static List<Element> withParents(Element e) {
    List<Element> chain = new ArrayList<>(e.parents());
    chain.add(e);
    return chain;
  }
}
