package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditsTest {

  private static final String STORY =
      "Harbour fire closes the pier\nThe fire started on Monday night, firefighters said.\n";

  /** Each row: a line added after a short story, and the credits it gives (';'-separated). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          SOURCE: Meridian Wire                                     | Meridian Wire
          (AFP)                                                     | AFP
          — Reuters                                                 | Reuters
          The pier stays shut until Friday. / Lakeland Agency       | Lakeland Agency
          Press Trust of India                                      | Press Trust of India
          By Reuters Staff                                          | Reuters
          By Jane Doe, Associated Press                             | Associated Press
          By DPA, IANSTuesday, April 6, 2010                        | dpa;IANS
          By Ani Rao and Pa Lee                                     | -
          Carielle Doe and Alphonso TowehReuters                    | Reuters
          Carielle Doe and Alphonso Reuters                         | -
          By Monday, the pier had reopened, AFP said.               | -
          (With inputs from PTI)                                    | Press Trust of India
          With inputs from agencies                                 | agencies
          With files from Coastal Wire                              | Coastal Wire
          Based on reporting by AP, Reuters and dpa                 | Associated Press;Reuters;dpa
          kd/ab (AFP, dpa)                                          | AFP;dpa
          Associated Press contributed to this report.              | Associated Press
          via voanews                                               | Voice of America
          The pier stays shut until Friday, the port said. (BBC)    | BBC News
          The pier stays shut until Friday, Xinhua reported.        | Xinhua
          According to the Kyodo news agency, the pier stays shut.  | Kyodo News
          PORTVILLE, Ruritania, May 3 (ANI): The pier stays shut.   | ANI
          Portville (Ruritania), May 3 (IANS) The pier stays shut.  | IANS
          Portville/Interfax: The pier stays shut.                  | Interfax
          Portville/Harbour District: The pier stays shut.          | -
          The pier stays shut until Friday. — via voa               | Voice of America
          (Reporting by Ann Lee; Editing by Tom Ray)                | -
          The pier stays shut until Friday, the mayor said.         | -
          Photo: Dan Kerr / Harbour Times / AFP                     | AFP
          The Wire Act passed in 1961, the press office said.       | -
          The pier stays shut, the Straits Times reported.          | The Straits Times
          The pier stays shut, the Belfast Telegraph reported.      | -
          The National Guard reported no damage at the pier.        | -
          Independent experts reported no damage at the pier.       | -
          The local police reported no damage at the pier.          | -
          With IANS                                                 | IANS
          (With PTI inputs)                                         | Press Trust of India
          With agency inputs                                        | agencies
          With thanks to the harbour master                         | -
          With Harbour Wire                                         | -
          """)
  void readsTheCreditFormsOfRealPages(String line, String expected) {
    List<String> want = expected == null ? List.of() : Splitter.on(';').splitToList(expected);
    assertThat(Credits.in(STORY + line + "\n", "lakeside-post", "lakeside-post"))
        .containsExactlyElementsOf(want);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          voice-of-america | Voice of America | VOA News
          reuters          | Reuters          | LONDON (Reuters) - The pier stays shut.
          anadolu-agency   | Anadolu Agency   | The pier stays shut. / AA
          coast-radio      | Coast Radio News | SOURCE: Coast Radio News
          straitstimes     | The Straits Times | The Straits Times
          bstandard        | Bstandard        | Business Standard
          """)
  void anOutletDoesNotCreditItself(String id, String outlet, String line) {
    assertThat(Credits.in(STORY + line + "\n", id, outlet)).isEmpty();
  }

  /**
   * A known outlet that is no agency, standing alone above the headline, is the page's masthead; an
   * agency there is the byline of the copy the page carries.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          The Straits Times  | -
          Close\\nThe Straits Times | -
          AFP                | AFP
          By\\nReuters         | Reuters
          By The Straits Times | The Straits Times
          """)
  void anOutletStandingAloneAboveTheHeadlineIsTheMasthead(String top, String expected) {
    String text = top.replace("\\n", "\n") + "\n" + STORY;
    assertThat(Credits.in(text, "harbour-gazette", "Harbour Gazette"))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
  }

  /**
   * A letter carrying 500,000 combining marks in a line of story text: the cue search ("reported",
   * "according to") read back over the marks at each of them, and took minutes. The timeout is a
   * hang guard; the line is read in milliseconds.
   */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aLongRunOfCombiningMarksIsReadInTime() {
    String line = "The pier, Xinhua reported, stays shut. Caf" + "\u0301".repeat(500_000) + " e.";
    assertThat(Credits.in(STORY + line + "\n", "lakeside-post", "lakeside-post"))
        .containsExactly("Xinhua");
  }
}
