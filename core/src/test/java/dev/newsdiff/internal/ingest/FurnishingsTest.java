package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.model.FurnitureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FurnishingsTest {

  /**
   * The rules' words that may stand anywhere in a line are searched behind a look-ahead for their
   * first letters: it must let them through after other words and in any case.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The Harbour Gazette. ALL RIGHTS RESERVED         | CREDIT
          Ana Ruiz Contributed To This Report.             | CREDIT
          Readers who Have A News Tip can reach the desk   | CONTACT
          A boat leaves the pier In This Undated Photo     | CAPTION
          Pier at dawn 1200x800 image                      | CAPTION
          Firefighters at the pier (@harbourfire)          | SOCIAL
          Crowds at the quay PIC.TWITTER.COM/xyz           | SOCIAL
          Comments Loading...                              | WIDGET
          Prices {{price.value}}                           | WIDGET
          Our morning briefing: SUBSCRIBE TO the bulletin  | PROMO
          Get the latest headlines in our E-PAPER          | PROMO
          The weekly Harbour Newsletter                    | PROMO
          Questions? Click Here                            | PROMO
          """)
  void findsFurnitureWordsAfterOtherWordsInAnyCase(String line, FurnitureKind kind) {
    assertThat(Furnishings.kindOf(line)).contains(kind);
  }
}
