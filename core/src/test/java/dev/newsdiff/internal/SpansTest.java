package dev.newsdiff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.model.Span;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpansTest {

  private static final List<Span> SENTENCES =
      List.of(Span.of(0, 10), Span.of(11, 20), Span.of(25, 30));

  @ParameterizedTest
  @CsvSource({
    "0, 0", "9, 0", "10, -1", "11, 1", "19, 1", "20, -1", "22, -1", "25, 2", "29, 2", "30, -1",
    "99, -1"
  })
  void indexAtFindsTheSpanThatContainsAnOffset(int offset, int expected) {
    assertThat(Spans.indexAt(SENTENCES, Span::start, Span::end, offset)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0, 0",
    "0, 10, 0",
    "0, 11, 0",
    "0, 12, 0 1",
    "5, 26, 0 1 2",
    "20, 25, ''",
    "10, 10, ''",
    "9, 9, 0",
    "29, 99, 2"
  })
  void overlappingFindsTheSpansThatShareACharacterWithARange(int from, int to, String expected) {
    assertThat(Spans.overlapping(SENTENCES, Span::start, Span::end, from, to))
        .containsExactlyElementsOf(indexes(expected));
  }

  @ParameterizedTest
  @CsvSource({"0, 30, 0 1 2", "0, 19, 0", "1, 30, 1 2", "11, 20, 1", "12, 20, ''"})
  void insideFindsTheSpansARangeHoldsWhole(int from, int to, String expected) {
    assertThat(Spans.inside(SENTENCES, Span::start, Span::end, from, to))
        .containsExactlyElementsOf(indexes(expected));
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 1", "11, 1", "12, 2", "25, 2", "26, 3"})
  void firstStartingAtIsTheFirstSpanNotBeforeAnOffset(int offset, int expected) {
    assertThat(Spans.firstStartingAt(SENTENCES, Span::start, offset)).isEqualTo(expected);
  }

  private static List<Span> indexes(String spaced) {
    return spaced.isEmpty()
        ? List.of()
        : Arrays.stream(spaced.split(" ")).map(i -> SENTENCES.get(Integer.parseInt(i))).toList();
  }
}
