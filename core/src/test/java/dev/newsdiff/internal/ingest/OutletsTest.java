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
          blog-42,        null,       Blog 42
          x,              TRT World,  TRT World
          """)
  void displayNameFromTheSiteTheListOrTheId(String id, String site, String expected) {
    assertThat(Outlets.displayName(id, site)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource(
      textBlock =
          """
          deutsche-welle,          Deutsche Welle
          the-morning-star,        The Morning Star
          bank_of_the_north,       Bank of the North
          the-nation,              The Nation
          kgb-radio,               KGB Radio
          pbs-newshour,            PBS Newshour
          kanal-7,                 Kanal 7
          channel42,               Channel42
          the,                     The
          x,                       X
          kyiv.post,               Kyiv Post
          iNFOnews,                iNFOnews
          çukurova-haber,          Çukurova Haber
          """)
  void anIdWithoutMetadataReadsAsAName(String id, String expected) {
    assertThat(Outlets.displayName(id, null)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} with SOURCE: {1}")
  @CsvSource(
      textBlock =
          """
          meridian-times,  Meridian Wire,          Meridian Times
          lakeside-post,   Associated Press,       Lakeside Post
          the,             The Harbour Gazette,    The
          coast-radio,     Coast Radio News,       Coast Radio News
          harbour-gazette, Harbour Gazette,        Harbour Gazette
          """)
  void aSourceLineNamesTheOutletOnlyWhenItNamesItself(String id, String source, String expected) {
    assertThat(Outlets.displayName(id, null, source)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is {1}: {3}")
  @CsvSource(
      textBlock =
          """
          AP,               associated-press, Associated Press, true
          Associated Press, ap,               Associated Press, true
          AA,               anadolu-agency,   Anadolu Agency,   true
          Harbor Wire,      harbor-wire,      harbor-wire,      true
          The,              the,              the,              true
          the mayor,        the,              the,              false
          Reuters,          afp,              AFP,              false
          Wire,             harbor-wire,      harbor-wire,      false
          """)
  void sameOutletOnlyAsAWholeName(String name, String id, String display, boolean same) {
    assertThat(Outlets.sameOutlet(name, id, display)).isEqualTo(same);
  }
}
