package dev.newsdiff.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdiff.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The 52 English "Golden Rules" of sentence boundary detection (Pragmatic Segmenter's benchmark of
 * edge cases). A case passes when the sentences match exactly, white space normalised. The best
 * rule-based splitter solves 98%; OpenNLP's model alone far fewer.
 */
class GoldenRulesTest {

  /** The share of cases newsdiff must solve; README.md quotes the measured figure. */
  private static final double REQUIRED = 0.94;

  record Case(int id, String title, String input, List<String> expected) {}

  static List<Case> cases() throws IOException {
    try (InputStream in = GoldenRulesTest.class.getResourceAsStream("golden-rules-en.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<Case> cases = new ArrayList<>();
      for (JsonNode c : root.path("cases")) {
        List<String> expected = new ArrayList<>();
        c.path("expected").forEach(e -> expected.add(e.asText()));
        cases.add(
            new Case(
                c.path("id").asInt(),
                c.path("title").asText(),
                c.path("input").asText(),
                expected));
      }
      return cases;
    }
  }

  private static double solved(
      List<Case> cases, Function<String, List<String>> splitter, List<String> failures) {
    int ok = 0;
    for (Case c : cases) {
      List<String> got = splitter.apply(c.input()).stream().map(GoldenRulesTest::norm).toList();
      List<String> want = c.expected().stream().map(GoldenRulesTest::norm).toList();
      if (got.equals(want)) {
        ok++;
      } else {
        failures.add(c.id() + " " + c.title() + ": got " + got);
      }
    }
    return (double) ok / cases.size();
  }

  private static List<String> newsdiff(String text) {
    return SentenceSplitter.english().split(text).stream().map(s -> s.in(text)).toList();
  }

  private static List<String> openNlpAlone(String text) {
    Set<Integer> ends = new TreeSet<>(OpenNlpSentencesTest.wholeTextEnds(text));
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int end : ends) {
      out.add(text.substring(from, end).trim());
      from = end;
    }
    if (from < text.length() && !text.substring(from).isBlank()) {
      out.add(text.substring(from).trim());
    }
    return out.stream().filter(s -> !s.isEmpty()).toList();
  }

  private static String norm(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  @Test
  void solvesTheGoldenRules() throws IOException {
    List<Case> cases = cases();
    assertThat(cases).hasSize(52);
    List<String> failures = new ArrayList<>();
    double ours = solved(cases, GoldenRulesTest::newsdiff, failures);
    double baseline = solved(cases, GoldenRulesTest::openNlpAlone, new ArrayList<>());
    System.out.printf(
        Locale.ROOT,
        "Golden Rules (English, %d cases): newsdiff %.1f%%, OpenNLP model alone %.1f%%%n",
        cases.size(),
        100 * ours,
        100 * baseline);
    failures.forEach(f -> System.out.println("  not solved: " + f));
    assertThat(ours)
        .as("share of Golden Rules solved; failures: %s", failures)
        .isGreaterThanOrEqualTo(REQUIRED);
    assertThat(ours).isGreaterThan(baseline);
  }

  @Test
  void everySentenceIsASubstringAtItsOffsets() throws IOException {
    for (Case c : cases()) {
      for (Span s : SentenceSplitter.english().split(c.input())) {
        assertThat(s.end()).isLessThanOrEqualTo(c.input().length());
        assertThat(s.in(c.input())).isEqualTo(c.input().substring(s.start(), s.end())).isNotBlank();
      }
    }
  }
}
