package dev.newsdiff.model;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(Spans.indexAt(SENTENCES, offset)).isEqualTo(expected);
    assertThat(Spans.indexAt(SENTENCES, offset))
        .as("the same as with an explicit span function")
        .isEqualTo(Spans.indexAt(SENTENCES, (Span s) -> s, offset));
  }
}
