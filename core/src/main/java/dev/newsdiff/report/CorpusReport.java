package dev.newsdiff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.newsdiff.corpus.CorpusStory;
import dev.newsdiff.corpus.CorpusSummary;
import dev.newsdiff.corpus.CorpusSummary.OutletSummary;
import dev.newsdiff.internal.Controls;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A corpus as a table for people and as JSON (schema version 1) for programs: the per-outlet
 * summary, and the stories, one JSON object each (a whole document, or one line each in JSON
 * Lines).
 */
final class CorpusReport {

  /** How many stories the text report lists: the rest are in the JSON outputs. */
  static final int LISTED = 50;

  /** The stories a reader wants to look at first: the most outlets, then the most conflicts. */
  private static final Comparator<CorpusStory> MOST_OUTLETS_AND_CONFLICTS =
      Comparator.comparingInt(CorpusStory::outletCount)
          .thenComparingInt(CorpusStory::conflicts)
          .thenComparingInt(s -> s.articles().size())
          .reversed()
          .thenComparing(CorpusStory::id);

  private static final int HEADLINE = 72;

  private CorpusReport() {}

  /** One line of totals, then one row per outlet. */
  static String text(CorpusSummary s) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%d articles from %d outlets in %d stories; %d stories carried by two or more articles compared.%n%n",
            s.articles(),
            s.outlets().size(),
            s.stories(),
            s.compared()));
    // The outlet column is as wide as the longest name, so that a long one does not push its
    // row's figures out from under their headings.
    int names =
        Math.max(24, s.outlets().stream().mapToInt(o -> o.outlet().length()).max().orElse(0));
    String row = "%-" + names + "s %9s %8s %7s %11s %9s %10s %8s %12s%n";
    out.append(
        String.format(
            Locale.ROOT,
            row,
            "outlet",
            "articles",
            "stories",
            "shared",
            "exclusives",
            "original",
            "conflicts",
            "follows",
            "followed by"));
    for (OutletSummary o : s.outlets()) {
      out.append(
          String.format(
              Locale.ROOT,
              row,
              o.outlet(),
              o.articles(),
              o.stories(),
              o.shared(),
              o.exclusives(),
              share(o.original()),
              o.conflicts(),
              o.follows(),
              o.followedBy()));
    }
    return visible(out);
  }

  /** The summary, then the stories with the most outlets and conflicts, one line each. */
  static String text(CorpusSummary s, List<CorpusStory> stories) {
    StringBuilder out = new StringBuilder(text(s));
    List<CorpusStory> first =
        stories.stream().sorted(MOST_OUTLETS_AND_CONFLICTS).limit(LISTED).toList();
    out.append(
        String.format(
            Locale.ROOT,
            "%nStories, the most outlets and conflicts first (%d of %d%s):%n%n",
            first.size(),
            stories.size(),
            first.size() < stories.size() ? "; --format jsonl lists them all" : ""));
    for (CorpusStory story : first) {
      out.append(
          String.format(
              Locale.ROOT,
              "%s  %2d outlets %3d articles %3d conflicts  %s%n",
              story.id(),
              story.outletCount(),
              story.articles().size(),
              story.conflicts(),
              headline(story)));
    }
    return visible(out);
  }

  /** The first headline in article order, cut at a word near {@value #HEADLINE} characters. */
  private static String headline(CorpusStory story) {
    String h =
        story.articles().stream()
            .map(CorpusStory.Member::headline)
            .filter(Objects::nonNull)
            .map(x -> x.strip().replaceAll("\\s+", " "))
            .filter(x -> !x.isEmpty())
            .findFirst()
            .orElse("(no headline)");
    if (h.length() <= HEADLINE) {
      return h;
    }
    int cut = h.lastIndexOf(' ', HEADLINE);
    return h.substring(0, cut > HEADLINE / 2 ? cut : HEADLINE) + "…";
  }

  /**
   * A sum of shares of credit to two decimals, whole numbers without them ("12", "6.5", "3.33"):
   * fixed, so that the output is the same on every machine.
   */
  static String share(double value) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }

  private static String visible(StringBuilder out) {
    // Outlet names and headlines are the user's: no control character reaches the terminal.
    return Controls.visible(out.toString().replace("\r\n", "\n"));
  }

  /** {@code {"schemaVersion":1,"corpus":{"articles":…,"stories":…,"compared":…,"outlets":[…]}}}. */
  static String json(CorpusSummary s) {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("schemaVersion", JsonReport.SCHEMA_VERSION);
          corpus(g, s);
          g.writeEndObject();
        });
  }

  /** As {@link #json(CorpusSummary)}, and {@code "stories":[…]} in story order. */
  static String json(CorpusSummary s, List<CorpusStory> stories) {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("schemaVersion", JsonReport.SCHEMA_VERSION);
          corpus(g, s);
          g.writeArrayFieldStart("stories");
          for (CorpusStory story : stories) {
            story(g, story);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /** {@code {"schemaVersion":1,"story":{…}}} on one line. */
  static String line(CorpusStory story) {
    return Json.line(
        g -> {
          g.writeStartObject();
          g.writeNumberField("schemaVersion", JsonReport.SCHEMA_VERSION);
          g.writeFieldName("story");
          story(g, story);
          g.writeEndObject();
        });
  }

  /** {@code {"schemaVersion":1,"corpus":{…}}} on one line. */
  static String line(CorpusSummary s) {
    return Json.line(
        g -> {
          g.writeStartObject();
          g.writeNumberField("schemaVersion", JsonReport.SCHEMA_VERSION);
          corpus(g, s);
          g.writeEndObject();
        });
  }

  private static void corpus(JsonGenerator g, CorpusSummary s) throws IOException {
    g.writeObjectFieldStart("corpus");
    g.writeNumberField("articles", s.articles());
    g.writeNumberField("stories", s.stories());
    g.writeNumberField("compared", s.compared());
    g.writeArrayFieldStart("outlets");
    for (OutletSummary o : s.outlets()) {
      outlet(g, o);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void outlet(JsonGenerator g, OutletSummary o) throws IOException {
    g.writeStartObject();
    g.writeStringField("outlet", o.outlet());
    g.writeNumberField("articles", o.articles());
    g.writeNumberField("stories", o.stories());
    g.writeNumberField("exclusives", o.exclusives());
    g.writeNumberField("conflicts", o.conflicts());
    g.writeNumberField("follows", o.follows());
    g.writeNumberField("followedBy", o.followedBy());
    g.writeNumberField("shared", o.shared());
    g.writeFieldName("original");
    g.writeNumber(share(o.original()));
    g.writeEndObject();
  }

  private static void story(JsonGenerator g, CorpusStory s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeNumberField("statements", s.statements());
    g.writeNumberField("conflicts", s.conflicts());
    g.writeArrayFieldStart("articles");
    for (CorpusStory.Member m : s.articles()) {
      g.writeStartObject();
      g.writeStringField("id", m.id());
      g.writeStringField("outlet", m.outlet());
      g.writeStringField("path", m.path());
      nullable(g, "headline", m.headline());
      nullable(g, "published", m.published() == null ? null : m.published().toString());
      nullable(g, "url", m.url());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("outlets");
    for (CorpusStory.Outlet o : s.outlets()) {
      g.writeStartObject();
      g.writeStringField("outlet", o.outlet());
      g.writeNumberField("articles", o.articles());
      g.writeNumberField("shared", o.shared());
      g.writeNumberField("exclusives", o.exclusives());
      g.writeFieldName("original");
      g.writeNumber(share(o.original()));
      g.writeNumberField("conflicts", o.conflicts());
      g.writeNumberField("follows", o.follows());
      g.writeNumberField("followedBy", o.followedBy());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("copying");
    for (CorpusStory.Copy c : s.copying()) {
      g.writeStartObject();
      g.writeStringField("first", c.first());
      g.writeStringField("second", c.second());
      g.writeStringField("verdict", c.verdict());
      nullable(g, "source", c.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void nullable(JsonGenerator g, String field, @Nullable String value)
      throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }
}
