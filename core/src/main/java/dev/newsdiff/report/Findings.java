package dev.newsdiff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.newsdiff.Comparison;
import dev.newsdiff.internal.Controls;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.QuoteVariant;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The findings of a comparison as sorted one-line statements, for CI checks on fixtures:
 * exclusives, conflicts, approximations, quote variants and likely sources. One line each, so a
 * change of findings reads as a line diff; no offsets or ids, so edits elsewhere in an article do
 * not count as changes. Control characters and bidirectional formatting characters show as {@link
 * Controls} writes them: {@code check} prints findings to a terminal, and people read the findings
 * file in a terminal through {@code git diff}.
 */
public final class Findings {

  public static final String FILE_NAME = "expected-findings.json";

  private Findings() {}

  public static ImmutableList<String> of(Comparison c) {
    TreeSet<String> out = new TreeSet<>();
    for (Exclusive e : c.exclusives()) {
      out.add("exclusive " + e.article() + ": " + Segments.flat(c.sentence(e).text()));
    }
    for (Conflict x : c.conflicts()) {
      List<String> sides = new ArrayList<>();
      for (Conflict.Member m : x.members()) {
        sides.add(m.article() + " \"" + m.fact().text() + "\"");
      }
      out.add(
          (x.approximation() ? "approximation " : "conflict ")
              + x.kind().label()
              + ": "
              + String.join(" | ", new TreeSet<>(sides)));
    }
    for (QuoteVariant v : c.quoteVariants()) {
      TreeSet<String> members = new TreeSet<>();
      for (QuoteVariant.Member m : v.members()) {
        String quote = c.quote(m).map(Quote::text).orElse("(reported)");
        members.add(m.article() + " \"" + abbreviate(Segments.flat(quote)) + "\"");
      }
      out.add("quote " + v.label() + ": " + String.join(" | ", members));
    }
    for (Derivation d : c.derivation()) {
      if (d.likelySource()) {
        out.add("source " + d.to() + " follows " + d.from());
      }
    }
    return out.stream()
        .map(Controls::visible)
        .distinct()
        .sorted()
        .collect(ImmutableList.toImmutableList());
  }

  /** {@code {"schemaVersion": 1, "findings": [...]}}. */
  public static String toJson(List<String> findings) {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("schemaVersion", JsonReport.SCHEMA_VERSION);
          writeList(g, findings);
          g.writeEndObject();
        });
  }

  public static ImmutableList<String> fromJson(String json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    if (root == null || !root.path("findings").isArray()) {
      throw new IOException("no \"findings\" array");
    }
    ImmutableList.Builder<String> out = ImmutableList.builder();
    root.path("findings").forEach(n -> out.add(n.asText()));
    return out.build();
  }

  private static void writeList(JsonGenerator g, List<String> findings) throws IOException {
    g.writeArrayFieldStart("findings");
    for (String f : findings) {
      g.writeString(f);
    }
    g.writeEndArray();
  }

  private static String abbreviate(String s) {
    return Shortening.shorten(s, 80, 77, "...");
  }
}
