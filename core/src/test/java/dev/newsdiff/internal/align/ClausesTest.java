package dev.newsdiff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.model.Span;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClausesTest {

  private static List<String> clauses(String s) {
    return Clauses.of(s, Span.of(0, s.length())).stream().map(c -> c.in(s)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Türkiye is planning visits to Syria to assess its needs, sources said, also pushing back on claims about Ukraine troops. | 2
          The process has gained momentum; training and technical support have been initiated by both sides. | 2
          Responding to media reports about a deployment to Ukraine, ministry sources urged caution against early judgements. | 2
          The bridge will stay closed for at least a week, the harbour authority said on Monday. | 1
          Drivers face long queues, officials said. | 1
          The talks were held during the visit, according to the ministry in Ankara. | 1
          The ferry was towed back to port, where forty firefighters brought the blaze under control. | 2
          The minister flew to Brussels, where he met his counterparts from the alliance. | 2
          Officials did not say where the convoy was heading after it left the border town. | 1
          Police did not say which of the roads would reopen first, the statement added. | 1
          "It was a long night, but the pumps kept the cellars dry," the mayor said. | 1
          """)
  void splitsClaimsNotAttributions(String sentence, int count) {
    List<String> parts = clauses(sentence);
    assertThat(parts).hasSize(count);
    assertThat(String.join(" ", parts).replaceAll("[,;]", "").replaceAll("\\s+", " "))
        .isEqualTo(sentence.replaceAll("[,;]", "").replaceAll("\\s+", " "));
  }

  /** A split before "while" was tried at each space, reading the rest of the run each time. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aMillionSpacesAreReadOnce() {
    String sentence =
        "The ferry burned in the harbour" + " ".repeat(1_000_000) + "while sailing home to Izmir.";
    assertThat(clauses(sentence)).hasSize(2);
  }

  /** A clause long enough was counted again each time a short one joined it: quadratic. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void manyShortClausesAreCountedOnce() {
    String sentence = "The ferry burned in the harbour" + "; it sank".repeat(200_000) + ".";
    assertThat(clauses(sentence)).hasSize(1);
  }

  /** A credit or a bracketed aside alone states nothing, so it is no outlet's exclusive. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          - Reuters                                  | false
          (AP)                                       | false
          (Additional reporting by a staff writer)   | false
          Not everyone agreed.                       | true
          The mayor resigned on Friday.              | true
          """)
  void creditsStateNothing(String sentence, boolean states) {
    assertThat(Clauses.statesAnything(sentence)).isEqualTo(states);
  }
}
