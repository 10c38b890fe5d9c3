package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletsTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      textBlock =
          """
          trt-world,      null,       TRT World
          AA,             null,       Anadolu Agency
          daily_sabah,    null,       Daily Sabah
          blog-42,        null,       blog-42
          x,              TRT World,  TRT World
          """)
  void displayName(String id, String source, String expected) {
    assertThat(Outlets.displayName(id, source)).isEqualTo(expected);
  }
}
