package dev.newsdiff.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.Comparison;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.Statement;

/**
 * What every result must keep, whatever the input: each span is its text at its offsets, in the
 * article's own text. A report quotes an article through these spans, so one that slips shows a
 * reader words the outlet never wrote.
 */
final class SpanChecks {

  private SpanChecks() {}

  static void check(Article a) {
    String text = a.text();
    Span previous = Span.of(0, 0);
    for (Sentence s : a.sentences()) {
      assertThat(s.span().in(text)).as("sentence %s", s.id()).isEqualTo(s.text());
      assertThat(s.span().start())
          .as("sentence %s starts after the last", s.id())
          .isGreaterThanOrEqualTo(previous.end());
      previous = s.span();
    }
    for (Furniture f : a.furniture()) {
      assertThat(f.span().in(text)).as("furniture at %s", f.span()).isEqualTo(f.text());
      assertThat(a.sentences()).noneMatch(s -> s.span().overlaps(f.span()));
    }
    if (a.dateline() != null) {
      assertThat(a.dateline().span().in(text)).as("dateline").isEqualTo(a.dateline().text());
    }
    for (Fact f : a.facts()) {
      assertThat(f.span().in(text)).as("%s fact at %s", f.kind(), f.span()).isEqualTo(f.text());
    }
    for (Quote q : a.quotes()) {
      assertThat(q.span().end()).as("quote %s", q.id()).isLessThanOrEqualTo(text.length());
      assertThat(q.parts()).as("quote %s's parts", q.id()).allMatch(p -> q.span().contains(p));
      assertThat(q.text()).as("quote %s", q.id()).isEqualTo(wordsOf(q, text));
      if (q.attribution() != null) {
        assertThat(q.attribution().mention().in(text))
            .as("speaker of quote %s", q.id())
            .isEqualTo(q.attribution().mentionText());
      }
    }
  }

  static void check(Comparison c) {
    c.articles().forEach(SpanChecks::check);
    for (Statement statement : c.statements()) {
      for (Member m : statement.members()) {
        Sentence s = c.sentence(m);
        assertThat(s.span().contains(m.span())).as("member %s in its sentence", m).isTrue();
      }
    }
  }

  /**
   * A quote's words are its parts' text joined by one space, a part's trailing comma dropped where
   * the sentence goes on outside the quote ("We will," she said, "continue.").
   */
  private static String wordsOf(Quote q, String text) {
    StringBuilder words = new StringBuilder();
    String rest = q.text();
    for (Span part : q.parts()) {
      assertThat(q.span().contains(part)).as("part %s inside quote %s", part, q.id()).isTrue();
      String raw = part.in(text);
      String withoutComma = raw.endsWith(",") ? raw.substring(0, raw.length() - 1).trim() : raw;
      String taken = startsAPart(rest, raw) ? raw : withoutComma;
      words.append(words.length() > 0 ? " " : "").append(taken);
      rest = rest.substring(Math.min(rest.length(), taken.length() + 1));
    }
    return words.toString();
  }

  private static boolean startsAPart(String rest, String part) {
    return rest.startsWith(part)
        && (rest.length() == part.length() || rest.charAt(part.length()) == ' ');
  }
}
