package dev.newsdiff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdiff.model.Article;
import dev.newsdiff.report.Findings;
import dev.newsdiff.report.Report;
import dev.newsdiff.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Copies of one text are compared once and are quiet against one another (issues 15 and 17). */
class CopiesComparisonTest {

  private static final Path SAMPLES = Path.of("..", "samples", "turkiye-defence-briefing");

  private static String sample(String name) throws Exception {
    return Files.readString(SAMPLES.resolve(name + ".txt"));
  }

  private static void assertQuiet(Comparison c) {
    assertThat(c.statements()).isEmpty();
    assertThat(c.exclusives()).isEmpty();
    assertThat(c.conflicts()).isEmpty();
    assertThat(c.quoteVariants()).isEmpty();
    assertThat(c.derivation()).isEmpty();
    assertThat(Findings.of(c)).isEmpty();
  }

  /** Two copies of the agency text gave a direct-vs-reported quote variant and a wording diff. */
  @ParameterizedTest
  @ValueSource(strings = {"anadolu-agency", "daily-sabah", "trt-world"})
  void twoCopiesOfOneArticleGiveNoFindings(String name) throws Exception {
    String text = sample(name);
    Comparison c = NewsDiff.compare(List.of(NewsDiff.parse("b", text), NewsDiff.parse("a", text)));
    assertQuiet(c);
    assertThat(c.copies()).isEqualTo(List.of(List.of("a", "b")));
    assertThat(c.reorderedCopies()).isEmpty();
    assertThat(Report.render(c, ReportFormat.TEXT))
        .contains("a and b carry the same text: there is nothing else to compare.");
  }

  /** A shuffled copy gave an attribution variant: "they" stood after other paragraphs. */
  @ParameterizedTest
  @ValueSource(strings = {"anadolu-agency", "daily-sabah", "trt-world"})
  void aCopyWithItsParagraphsShuffledGivesNoFindings(String name) throws Exception {
    String text = sample(name);
    assertThat(ShuffledCopy.of(text)).isNotEqualTo(text);
    Comparison c =
        NewsDiff.compare(
            List.of(NewsDiff.parse("a", text), NewsDiff.parse("b", ShuffledCopy.of(text))));
    assertQuiet(c);
    assertThat(c.copies()).isEqualTo(List.of(List.of("a", "b")));
    assertThat(c.reorderedCopies()).containsExactly("b");
  }

  /**
   * Copies beside other outlets: the findings are those of the distinct texts alone, naming the
   * first copy of each group, and the JSON groups the copies.
   */
  @Test
  void copiesBesideOtherOutletsAddNothingButTheirGroup() throws Exception {
    List<Article> distinct =
        List.of(
            NewsDiff.parse("anadolu-agency", sample("anadolu-agency")),
            NewsDiff.parse("daily-sabah", sample("daily-sabah")),
            NewsDiff.parse("trt-world", sample("trt-world")));
    List<Article> withCopies = new ArrayList<>(distinct);
    withCopies.add(NewsDiff.parse("trt-world-copy", sample("trt-world")));
    withCopies.add(NewsDiff.parse("trt-world-shuffled", ShuffledCopy.of(sample("trt-world"))));
    withCopies.add(NewsDiff.parse("anadolu-agency-copy", sample("anadolu-agency")));

    Comparison alone = NewsDiff.compare(distinct);
    Comparison c = NewsDiff.compare(withCopies);
    assertThat(Findings.of(c)).isEqualTo(Findings.of(alone));
    assertThat(c.exclusives()).isEqualTo(alone.exclusives());
    assertThat(c.copies())
        .isEqualTo(
            List.of(
                List.of("anadolu-agency", "anadolu-agency-copy"),
                List.of("trt-world", "trt-world-copy", "trt-world-shuffled")));
    assertThat(c.copiesOf("trt-world-copy")).containsExactly("trt-world", "trt-world-shuffled");
    assertThat(c.copiesOf("daily-sabah")).isEmpty();

    JsonNode copies =
        new ObjectMapper().readTree(Report.render(c, ReportFormat.JSON)).path("copies");
    assertThat(copies.toString())
        .isEqualTo(
            "[{\"articles\":[\"anadolu-agency\",\"anadolu-agency-copy\"],\"reordered\":[]},"
                + "{\"articles\":[\"trt-world\",\"trt-world-copy\",\"trt-world-shuffled\"],"
                + "\"reordered\":[\"trt-world-shuffled\"]}]");

    List<Article> reversed = new ArrayList<>(withCopies);
    Collections.reverse(reversed);
    assertThat(Report.render(NewsDiff.compare(reversed), ReportFormat.JSON))
        .isEqualTo(Report.render(c, ReportFormat.JSON));
  }
}
