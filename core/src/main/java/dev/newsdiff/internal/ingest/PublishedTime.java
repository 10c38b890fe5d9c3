package dev.newsdiff.internal.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * When an article was published, as pages and scraped-news exports write it: an ISO 8601 time with
 * or without seconds, fraction and offset ({@code Z}, {@code +02:00}, {@code +0200}, {@code +02}),
 * a time with a space for the {@code T} as databases write it, or a date alone; a time without an
 * offset is taken as UTC, a date as its midnight UTC.
 */
public final class PublishedTime {

  /** "+0200" or "+02" at the end of a time: offsets that java.time's ISO forms want as "+02:00". */
  private static final Pattern SHORT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})?$");

  /**
   * The page's {@code <meta>} names for the publication time, most trusted first: Open Graph's
   * article time, then the names news sites and their analytics use. Names are matched in lower
   * case ("DC.date.issued" as "dc.date.issued").
   */
  private static final List<String> META_NAMES =
      List.of(
          "article:published_time",
          "pubdate",
          "publishdate",
          "date",
          "dc.date",
          "dc.date.issued",
          "parsely-pub-date",
          "sailthru.date");

  /** The marks of an update's time, not the first publication's. */
  private static final Pattern UPDATE = Pattern.compile("(?i)updated?|modified");

  /** Pages' JSON-LD is often not strict JSON: raw line breaks in strings, trailing commas. */
  private static final ObjectMapper LENIENT_JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  private PublishedTime() {}

  /**
   * {@code value} read as a publication time, or null when it is none of the forms above (a page's
   * "0000-00-00", "yesterday" or "10/09/2015" is no time anyone can order).
   */
  public static @Nullable Instant parse(String value) {
    String v = value.trim();
    // The time after the date's ten characters, after a "T" or, as databases write it, a space.
    if (v.length() > 10 && "Tt ".indexOf(v.charAt(10)) >= 0) {
      String time = v.substring(11).trim();
      if (time.endsWith(" UTC") || time.endsWith(" GMT")) {
        time = time.substring(0, time.length() - 4) + "Z";
      }
      // An offset may follow the time after a space ("14:30:00 +0200").
      time = time.replace(" ", "");
      v = v.substring(0, 10) + "T" + SHORT_OFFSET.matcher(time).replaceFirst(PublishedTime::offset);
    }
    try {
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              v, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof ZonedDateTime z) {
        return z.toInstant();
      }
      if (parsed instanceof OffsetDateTime o) {
        return o.toInstant();
      }
      return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      // not a time: a date alone, or nothing
    }
    try {
      return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String offset(MatchResult m) {
    return m.group(1) + ":" + (m.group(2) == null ? "00" : m.group(2));
  }

  /**
   * The publication time a saved page's metadata gives, or null. Read before the page's scripts and
   * headers are dropped. Sources in the order they are trusted, the first that parses wins:
   *
   * <ol>
   *   <li>{@code <meta property="article:published_time">};
   *   <li>{@code itemprop="datePublished"} (a {@code <meta content>} or a {@code <time datetime>});
   *   <li>JSON-LD's {@code datePublished}, on the page's article object before any other, at the
   *       top level or inside {@code @graph};
   *   <li>the other {@code <meta>} names of {@link #META_NAMES};
   *   <li>the first {@code <time datetime>} inside the {@code <article>}, least trusted: it may be
   *       a time the story mentions, or when it was updated, so one marked as an update is passed
   *       over.
   * </ol>
   */
  static @Nullable Instant in(Document page) {
    Map<String, List<String>> meta = metaValues(page);
    // Suppliers, so that a page whose first source parses has its JSON-LD left unread.
    List<Supplier<Stream<String>>> sources =
        List.of(
            () -> meta.getOrDefault(META_NAMES.get(0), List.of()).stream(),
            () -> page.select("[itemprop=datePublished]").stream().map(PublishedTime::itemValue),
            () -> jsonLd(page),
            () ->
                META_NAMES.stream()
                    .skip(1)
                    .flatMap(name -> meta.getOrDefault(name, List.of()).stream()),
            () -> articleTimes(page));
    return sources.stream()
        .flatMap(Supplier::get)
        .filter(s -> !s.isBlank())
        .map(PublishedTime::parse)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /**
   * A microdata item's value: a meta's content, a time's datetime, else (a span around the page's
   * {@code <time>}) the datetime of a time inside it, else its text.
   */
  private static String itemValue(Element e) {
    if (e.hasAttr("content")) {
      return e.attr("content");
    }
    Element time = e.hasAttr("datetime") ? e : e.selectFirst("time[datetime]");
    return time != null ? time.attr("datetime") : e.text();
  }

  /** The page's {@code <meta>} contents by lower-case property or name, in page order. */
  private static Map<String, List<String>> metaValues(Document page) {
    Map<String, List<String>> out = new HashMap<>();
    for (Element m : page.select("meta[content]")) {
      for (String key : List.of("property", "name")) {
        String name = m.attr(key).trim().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          out.computeIfAbsent(name, k -> new ArrayList<>()).add(m.attr("content"));
        }
      }
    }
    return out;
  }

  /**
   * The {@code datePublished} values of the page's JSON-LD objects, the article's first: an object
   * whose {@code @type} names an article or a posting ("NewsArticle", "ReportageNewsArticle",
   * "BlogPosting") before a WebPage's or a video's. Blocks that do not parse are passed over.
   */
  private static Stream<String> jsonLd(Document page) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = LENIENT_JSON.readTree(script.data());
        if (root != null) {
          collect(root, objects);
        }
      } catch (JsonProcessingException e) {
        // a broken block says nothing
      }
    }
    Stream<JsonNode> articlesFirst =
        Stream.concat(
            objects.stream().filter(PublishedTime::isArticle),
            objects.stream().filter(o -> !isArticle(o)));
    return articlesFirst
        .map(o -> o.get("datePublished"))
        .flatMap(d -> d != null && d.isArray() && !d.isEmpty() ? Stream.of(d.get(0)) : Stream.of(d))
        .filter(d -> d != null && d.isTextual())
        .map(JsonNode::asText);
  }

  /** The objects of a JSON-LD block: itself, an array's items, an {@code @graph}'s items. */
  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    } else if (node.isObject()) {
      out.add(node);
      Optional.ofNullable(node.get("@graph")).ifPresent(g -> collect(g, out));
    }
  }

  private static boolean isArticle(JsonNode object) {
    JsonNode type = object.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type != null) {
      types.add(type.asText());
    }
    return types.stream().anyMatch(t -> t.endsWith("Article") || t.endsWith("Posting"));
  }

  /** The {@code <time datetime>} values inside the article, updates left out. */
  private static Stream<String> articleTimes(Document page) {
    return page.select("article time[datetime]").stream()
        .filter(e -> !isUpdate(e))
        .map(e -> e.attr("datetime"));
  }

  private static boolean isUpdate(Element time) {
    return Stream.concat(Stream.of(time), time.parents().stream().limit(2))
        .anyMatch(e -> UPDATE.matcher(e.className() + " " + e.attr("itemprop")).find());
  }
}
