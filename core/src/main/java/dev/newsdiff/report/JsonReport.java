package dev.newsdiff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Attribution;
import dev.newsdiff.model.Dateline;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import java.io.IOException;
import java.util.List;

/**
 * The JSON report, schema version 1 (documented in {@code docs/json.md}). Later versions add
 * fields; fields are never renamed. All offsets are Java {@code String} indices into the
 * article text as decoded from its file, end exclusive.
 */
public final class JsonReport {

  public static final int SCHEMA_VERSION = 1;

  private JsonReport() {}

  /** {@code {"schemaVersion":1,"articles":[…]}} for {@code newsdiff inspect}. */
  public static String inspect(List<Article> articles) {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("schemaVersion", SCHEMA_VERSION);
          g.writeArrayFieldStart("articles");
          for (Article article : articles) {
            writeArticle(g, article);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  static void writeArticle(JsonGenerator g, Article a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("outlet", a.outlet());
    g.writeStringField("source", a.source());
    g.writeStringField("headline", a.headline());
    g.writeArrayFieldStart("sentences");
    for (Sentence s : a.sentences()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      writeSpan(g, s.span());
      g.writeStringField("text", s.text());
      g.writeStringField("role", s.role().label());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : a.quotes()) {
      writeQuote(g, q);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("boilerplate");
    for (Furniture f : a.furniture()) {
      g.writeStartObject();
      writeSpan(g, f.span());
      g.writeStringField("text", f.text());
      g.writeStringField("kind", f.kind().label());
      g.writeEndObject();
    }
    g.writeEndArray();
    Dateline d = a.dateline();
    if (d == null) {
      g.writeNullField("dateline");
    } else {
      g.writeObjectFieldStart("dateline");
      writeSpan(g, d.span());
      g.writeStringField("text", d.text());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeQuote(JsonGenerator g, Quote q) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", q.id());
    writeSpan(g, q.span());
    g.writeStringField("text", q.text());
    g.writeStringField("speaker", q.speaker());
    g.writeStringField("cue", q.cue());
    Attribution at = q.attribution();
    if (at == null) {
      g.writeNullField("mention");
    } else {
      g.writeObjectFieldStart("mention");
      writeSpan(g, at.mention());
      g.writeStringField("text", at.mentionText());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("parts");
    for (Span part : q.parts()) {
      g.writeStartObject();
      writeSpan(g, part);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeSpan(JsonGenerator g, Span span) throws IOException {
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
  }
}
