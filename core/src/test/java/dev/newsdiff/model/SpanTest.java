package dev.newsdiff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpanTest {

  /** Span writes out equals and hashCode: they must still be a value's, start and end alike. */
  @Test
  void spansWithTheSameEndsAreEqualAndFindEachOtherInMaps() {
    assertThat(Span.of(3, 9)).isEqualTo(Span.of(3, 9)).hasSameHashCodeAs(Span.of(3, 9));
    assertThat(Span.of(3, 9)).isNotEqualTo(Span.of(3, 8)).isNotEqualTo(Span.of(2, 9));
    assertThat(Span.of(0, 0)).isNotEqualTo(null).isNotEqualTo("[0, 0)");
    assertThat(Map.of(Span.of(3, 9), "x")).containsKey(Span.of(3, 9));
  }
}
