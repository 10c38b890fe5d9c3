package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.internal.learn.LogisticModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The learned figure-pair decision on sentences written for this test (none is from the samples or
 * the table it was trained on): the cases issue 17 names, in classes of English news writing.
 */
class FigureDecisionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          two tolls of one kind | At least 18 people were killed when the roof gave way. | At least 25 people were killed when the roof gave way. | conflict
          killed against injured | Eleven people died in the blaze on Friday. | Forty people were injured in the blaze on Friday. | none
          one toll, two counts | The storm killed 31 people across the island. | The storm killed 34 people across the island. | conflict
          on board, two counts | The boat was carrying 62 passengers when it capsized. | The boat was carrying 68 passengers when it capsized. | conflict
          a length, two values | The crack in the dam wall is 3.2 metres long, engineers said. | The crack in the dam wall is 2.3 metres long, engineers said. | conflict
          a round figure | Rescuers moved about 200 residents to a school overnight. | Rescuers moved 197 residents to a school overnight. | approximation
          the same figure | The plane landed with 140 people on board. | The plane landed with 140 people on board. | none
          """)
  void decidesAsAJournalistWould(String what, String a, String b, String expected) {
    RealFigurePairsTest.Row row = new RealFigurePairsTest.Row("t", "T", "t", a, "", b, "", "");
    assertThat(RealFigurePairsTest.found(row)).as(what).isEqualTo(expected);
  }

  @Test
  void theShippedModelReadsEveryFeatureItIsGiven() {
    LogisticModel model = LogisticModel.resource(FigureDecision.class, FigureDecision.MODEL);
    assertThat(model.weights()).isNotEmpty();
    assertThat(model.weights().keySet()).contains("rule.selected", "counted.same", "ratio.log");
  }
}
