package dev.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.corpus.CorpusSummary;
import dev.newsdiff.corpus.CorpusSummary.OutletSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusReportTest {

  /** An outlet named "zimbabwe-bay-horse-mine-collapse-2023" pushed its figures out of line. */
  @Test
  void aLongOutletNameKeepsEveryFigureUnderItsHeading() {
    CorpusSummary summary =
        CorpusSummary.of(
            List.of(
                new OutletSummary("zimbabwe-bay-horse-mine-collapse-2023", 5, 1, 6, 9, 24, 2, 0, 0),
                new OutletSummary("ferry", 4, 1, 16, 8, 38, 2, 0, 0)),
            9,
            2,
            2);

    List<String> table =
        CorpusReport.text(summary).lines().filter(l -> !l.isBlank()).skip(1).toList();

    assertThat(table).hasSize(3);
    int end = table.get(0).length();
    assertThat(table).allSatisfy(row -> assertThat(row).hasSize(end));
    // Rows in outlet order: ferry (4 articles), then the long name (5 articles).
    assertThat(table.get(0).indexOf("articles") + "articles".length())
        .isEqualTo(table.get(1).indexOf(" 4 ") + 2)
        .isEqualTo(table.get(2).indexOf(" 5 ") + 2);
  }
}
