package dev.newsdiff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.newsdiff.Comparison;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Attribution;
import dev.newsdiff.model.Change;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Copying;
import dev.newsdiff.model.Dateline;
import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.PairScore;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.QuoteVariant;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.Statement;
import dev.newsdiff.model.WordDiff;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The JSON report, schema version 1 (documented in {@code docs/json.md}). Later versions add
 * fields; fields are never renamed. All offsets are Java {@code String} indices into the article
 * text as decoded from its file, end exclusive.
 */
final class JsonReport {

  static final int SCHEMA_VERSION = 1;

  private JsonReport() {}

  /** {@code {"schemaVersion":1,"articles":[…]}} for {@code newsdiff inspect}. */
  static String inspect(List<Article> articles) {
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

  /** The comparison: articles, shared statements with their word diffs, exclusives. */
  static String compare(Comparison c) {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("schemaVersion", SCHEMA_VERSION);
          g.writeArrayFieldStart("articles");
          for (Article article : c.articles()) {
            writeArticle(g, article);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("statements");
          for (Statement s : c.statements()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeArrayFieldStart("members");
            for (Member m : s.members()) {
              writeMember(g, c, m);
            }
            g.writeEndArray();
            g.writeNumberField("similarity", round(s.similarity()));
            writeDiffs(g, c, s.diffs());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("exclusives");
          for (Exclusive e : c.exclusives()) {
            g.writeStartObject();
            g.writeStringField("article", e.article());
            g.writeStringField("sentence", e.sentence());
            g.writeEndObject();
          }
          g.writeEndArray();
          writeConflicts(
              g, "conflicts", c.conflicts().stream().filter(x -> !x.approximation()).toList());
          writeConflicts(
              g, "approximations", c.conflicts().stream().filter(Conflict::approximation).toList());
          ConflictCheck check = ConflictCheck.of(c);
          g.writeObjectFieldStart("conflictCheck");
          g.writeNumberField("sharedStatements", check.statements());
          g.writeNumberField("statementsWithFigures", check.withFigures());
          g.writeNumberField("unmatchedSentences", check.unmatched());
          g.writeEndObject();
          g.writeArrayFieldStart("quoteVariants");
          for (QuoteVariant v : c.quoteVariants()) {
            g.writeStartObject();
            g.writeStringField("id", v.id());
            g.writeStringField("statement", v.statement());
            g.writeStringField("kind", v.kind().label());
            g.writeArrayFieldStart("kinds");
            for (QuoteVariant.Kind kind : v.kinds()) {
              g.writeString(kind.label());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("members");
            for (QuoteVariant.Member m : v.members()) {
              g.writeStartObject();
              g.writeStringField("article", m.article());
              g.writeStringField("quote", m.quote());
              g.writeStringField("sentence", m.sentence());
              g.writeEndObject();
            }
            g.writeEndArray();
            writeDiffs(g, c, v.diffs());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("derivation");
          for (Derivation d : c.derivation()) {
            g.writeStartObject();
            g.writeStringField("from", d.from());
            g.writeStringField("to", d.to());
            g.writeNumberField("share", round(d.share()));
            g.writeNumberField("longestPassage", d.longestPassage());
            g.writeNumberField("orderKept", round(d.orderKept()));
            g.writeBooleanField("likelySource", d.likelySource());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("copies");
          for (List<String> group : c.copies()) {
            g.writeStartObject();
            writeStrings(g, "articles", group);
            writeStrings(
                g, "reordered", group.stream().filter(c.reorderedCopies()::contains).toList());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("copying");
          for (Copying v : c.copying()) {
            g.writeStartObject();
            g.writeStringField("a", v.first());
            g.writeStringField("b", v.second());
            g.writeStringField("verdict", v.verdict().label());
            g.writeStringField("direction", v.direction());
            g.writeNumberField("aContained", round(v.firstContained()));
            g.writeNumberField("bContained", round(v.secondContained()));
            g.writeNumberField("longestPassage", v.longestPassage());
            g.writeNumberField("orderKept", round(v.orderKept()));
            g.writeStringField("evidence", v.directionEvidence());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeBooleanField("differentStories", Story.matched(c).differentStories());
          g.writeEndObject();
        });
  }

  /** One object per sentence pair, in input order: {@code [{"score": 0.73, "same": true}, …]}. */
  static String pairs(List<PairScore> results) {
    return Json.write(
        g -> {
          g.writeStartArray();
          for (PairScore r : results) {
            g.writeStartObject();
            g.writeNumberField("score", round(r.score()));
            g.writeBooleanField("same", r.same());
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  private static void writeStrings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void writeConflicts(JsonGenerator g, String name, List<Conflict> conflicts)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Conflict x : conflicts) {
      g.writeStartObject();
      g.writeStringField("id", x.id());
      g.writeStringField("statement", x.statement());
      g.writeStringField("kind", x.kind().label());
      g.writeArrayFieldStart("members");
      for (Conflict.Member m : x.members()) {
        g.writeStartObject();
        g.writeStringField("article", m.article());
        g.writeStringField("sentence", m.sentence());
        g.writeStringField("value", m.fact().value());
        writeSpan(g, m.fact().span());
        g.writeStringField("text", m.fact().text());
        g.writeBooleanField("approximate", m.fact().approximate());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeFact(JsonGenerator g, Fact f) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", f.kind().label());
    writeSpan(g, f.span());
    g.writeStringField("text", f.text());
    g.writeStringField("value", f.value());
    if (f.about() != null) {
      g.writeStringField("about", f.about());
    }
    g.writeBooleanField("approximate", f.approximate());
    g.writeEndObject();
  }

  private static void writeMember(JsonGenerator g, Comparison c, Member m) throws IOException {
    g.writeStartObject();
    g.writeStringField("article", m.article());
    g.writeStringField("sentence", m.sentence());
    writeSpan(g, m.span());
    g.writeStringField("text", c.text(m));
    g.writeEndObject();
  }

  /** A "diffs" array: the word diffs of a statement or of a quote variant. */
  private static void writeDiffs(JsonGenerator g, Comparison c, List<WordDiff> diffs)
      throws IOException {
    g.writeArrayFieldStart("diffs");
    for (WordDiff d : diffs) {
      writeDiff(g, c, d);
    }
    g.writeEndArray();
  }

  private static void writeDiff(JsonGenerator g, Comparison c, WordDiff d) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("from");
    g.writeStringField("article", d.from().article());
    g.writeStringField("sentence", d.from().sentence());
    g.writeEndObject();
    g.writeObjectFieldStart("to");
    g.writeStringField("article", d.to().article());
    g.writeStringField("sentence", d.to().sentence());
    g.writeEndObject();
    g.writeArrayFieldStart("changes");
    for (Change ch : d.changes()) {
      g.writeStartObject();
      g.writeStringField("type", ch.type().label());
      writeSide(g, "before", ch.before(), ch.beforeText());
      writeSide(g, "after", ch.after(), ch.afterText());
      g.writeBooleanField("cosmetic", ch.cosmetic());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeSide(JsonGenerator g, String name, Span span, String text)
      throws IOException {
    g.writeObjectFieldStart(name);
    writeSpan(g, span);
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  /** Three decimals: enough to calibrate, and stable across platforms. */
  private static BigDecimal round(double v) {
    return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
  }

  static void writeArticle(JsonGenerator g, Article a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("outlet", a.outlet());
    g.writeStringField("source", a.source());
    g.writeArrayFieldStart("credits");
    for (String credit : a.credits()) {
      g.writeString(credit);
    }
    g.writeEndArray();
    g.writeStringField("headline", a.headline());
    g.writeArrayFieldStart("sentences");
    for (Sentence s : a.sentences()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      writeSpan(g, s.span());
      g.writeStringField("text", s.text());
      g.writeStringField("role", s.role().label());
      g.writeArrayFieldStart("facts");
      for (Fact f : a.factsIn(s)) {
        writeFact(g, f);
      }
      g.writeEndArray();
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
    g.writeStringField("speakerName", q.speakerName());
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
