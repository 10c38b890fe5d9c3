package dev.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdiff.CompareOptions;
import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.internal.Controls;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.PairScore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportTest {

  private static final List<Article> ARTICLES =
      List.of(
          NewsDiff.parse(
              "wire", "The ferry caught fire off Izmir on Monday. All 212 were rescued."),
          NewsDiff.parse(
              "paper", "A ferry caught fire off Izmir on Monday. The captain was hurt."));

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void everyFormatRendersAComparisonEndingInALineFeed(ReportFormat format) {
    String report = Report.render(NewsDiff.compare(ARTICLES), format);
    assertThat(report).endsWith("\n").doesNotContain("\r").contains("captain was hurt");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void noFormatLetsAControlCharacterFromAnArticleThrough(ReportFormat format) {
    String report = Report.render(HostileText.comparison(), format);
    assertThat(report.chars().filter(c -> c != '\n' && Character.getType(c) == Character.CONTROL))
        .isEmpty();
    if (format != ReportFormat.HTML) { // HTML keeps them, each in its <bdi> (HtmlReportTest)
      assertThat(report.chars().filter(Controls::isBidiFormatting)).isEmpty();
    }
  }

  @Test
  void jsonEscapesControlsAndBidiFormattingYetReadsBackTheSameText() throws Exception {
    Comparison c = HostileText.comparison();
    String json = Report.render(c, ReportFormat.JSON);
    assertThat(json).contains("\\u001B]0;pwned\\u0007", "\\u202Ewas\\u009B");
    assertThat(new ObjectMapper().readTree(json).findValuesAsText("text"))
        .anyMatch(text -> text.contains("room \u202ewas\u009b clearly"));
  }

  @Test
  void eachFormatIsItsOwnReport() {
    Comparison c = NewsDiff.compare(ARTICLES);
    assertThat(Report.render(c, ReportFormat.JSON)).startsWith("{");
    assertThat(Report.render(c, ReportFormat.HTML)).startsWith("<!DOCTYPE html>");
    assertThat(Report.render(c, ReportFormat.MARKDOWN)).startsWith("#");
  }

  @Test
  void textOrJsonOnlyReportsNameTheFormatTheyRefuse() {
    assertThat(Report.inspect(ARTICLES, ReportFormat.JSON)).startsWith("{");
    assertThatThrownBy(() -> Report.inspect(ARTICLES, ReportFormat.HTML))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("this report comes in TEXT or JSON, not HTML");
  }

  @Test
  void pairScoresComeFromTheFacadeAndRenderOneALine() {
    List<PairScore> scores =
        NewsDiff.scorePairs(
            List.of(
                Map.entry("The ferry caught fire.", "A ferry caught fire."),
                Map.entry("The ferry caught fire.", "Markets closed higher.")),
            CompareOptions.defaults());
    assertThat(scores).extracting(PairScore::same).containsExactly(true, false);
    assertThat(Report.pairs(scores, ReportFormat.TEXT).lines()).hasSize(2);
  }
}
