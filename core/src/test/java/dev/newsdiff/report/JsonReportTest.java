package dev.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  private static List<Article> samples() throws Exception {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "samples", "turkiye-defence-briefing"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(NewsDiff.read(p));
      }
    }
    return out;
  }

  @Test
  void sameInputGivesByteIdenticalJson() throws Exception {
    assertThat(JsonReport.inspect(samples())).isEqualTo(JsonReport.inspect(samples()));
  }

  @Test
  void everyOffsetPointsAtItsTextInTheArticle() throws Exception {
    List<Article> articles = samples();
    JsonNode root = new ObjectMapper().readTree(JsonReport.inspect(articles));
    assertThat(root.path("schemaVersion").asInt()).isEqualTo(1);
    for (int i = 0; i < articles.size(); i++) {
      String text = articles.get(i).text();
      JsonNode a = root.path("articles").get(i);
      for (String field :
          List.of(
              "id",
              "outlet",
              "source",
              "headline",
              "sentences",
              "quotes",
              "boilerplate",
              "dateline")) {
        assertThat(a.has(field)).as("field %s", field).isTrue();
      }
      for (JsonNode s : a.path("sentences")) {
        assertThat(text.substring(s.path("start").asInt(), s.path("end").asInt()))
            .isEqualTo(s.path("text").asText());
        assertThat(s.path("id").asText()).startsWith(a.path("id").asText() + "/s");
      }
      for (JsonNode b : a.path("boilerplate")) {
        assertThat(text.substring(b.path("start").asInt(), b.path("end").asInt()))
            .isEqualTo(b.path("text").asText());
      }
      for (JsonNode q : a.path("quotes")) {
        String span = text.substring(q.path("start").asInt(), q.path("end").asInt());
        assertThat(span).contains(q.path("text").asText().split(" ")[0]);
        for (JsonNode part : q.path("parts")) {
          assertThat(part.path("start").asInt()).isGreaterThanOrEqualTo(q.path("start").asInt());
          assertThat(part.path("end").asInt()).isLessThanOrEqualTo(q.path("end").asInt());
        }
      }
    }
  }

  @Test
  void storyTextIsCoveredBySentencesAndFurnitureIsNot() throws Exception {
    for (Article a : samples()) {
      StringBuilder covered = new StringBuilder(a.text());
      a.sentences().forEach(s -> fill(covered, s.span().start(), s.span().end()));
      a.furniture()
          .forEach(
              f -> {
                for (var s : a.sentences()) {
                  assertThat(s.span().overlaps(f.span()))
                      .as("%s overlaps furniture %s", s.id(), f.text())
                      .isFalse();
                }
                fill(covered, f.span().start(), f.span().end());
              });
      if (a.dateline() != null) {
        fill(covered, a.dateline().span().start(), a.dateline().span().end());
      }
      assertThat(covered.toString().replaceAll("[\\s\u0000]", ""))
          .as("uncovered text in %s", a.id())
          .isEmpty();
    }
  }

  private static void fill(StringBuilder sb, int start, int end) {
    for (int i = start; i < end; i++) {
      sb.setCharAt(i, '\u0000');
    }
  }
}
