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

  /** Classes of line real pages share, each in words of our own (round 23). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
          .                                                                      # WIDGET
          * * *                                                                  # WIDGET
          Tuesday, March 4, 2031 | 09:12 AM GMTLire en français                  # TIMESTAMP
          Filed: 2031-03-04 09:12:45Revised: 2031-03-04 10:01:02                 # TIMESTAMP
          Fire crews at the quay on Tuesday.|                                    # CAPTION
          This post was first published on the Harbour Wire site                 # CREDIT
          (This article has not been edited by our staff and is auto-generated from a feed.) # CREDIT
          This story was corrected at 0915 GMT to give the pier's right name.    # CREDIT
          Comments on this story are closed.                                     # WIDGET
          We are not accepting comments on this article at the moment.           # WIDGET
          UPI KL                                                                 # BYLINE
          Written by Ada Okafor for Harbour Wire ->                              # BYLINE
          Ada Okafor and Tom BrandReuters                                        # BYLINE
          Ada Okafor, AFP                                                        # BYLINE
          Kallo - Harbour News                                                   # BYLINE
          Crews at the burnt pier on Tuesday. (AP Photo/Ada Okafor)              # CAPTION
          Crews at the burnt pier on Tuesday. (AP PHOTO) Credit: AP              # CAPTION
          Smoke rises over the harbour Photo: AFP                                # CAPTION
          """)
  void readsTheClassesOfRealPageFurniture(String line, FurnitureKind kind) {
    assertThat(Furnishings.kindOf(line)).contains(kind);
  }

  /** Round 26's classes, from real pages no rule had seen, each in words of our own. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
          By Ada Okafor — Tuesday, Sept. 20, 2031                                # BYLINE
          By Ada Okafor | March 4, 2031 4 min read                               # BYLINE
          By Tom Brand on 4 March 2031                                           # BYLINE
          Video report by Harbour News Reporter Ada Okafor                       # BYLINE
          Please attribute to Sergeant Tom Brand, Harbour Police                 # CREDIT
          Mayor Ada Okafor at the pier / Photo by Tom B. Brand, Harbour Wire via Flickr # CAPTION
          The minister at the quay on Tuesday. — Picture by Tom Brand            # CAPTION
          image © Harbourphotos/Tom Brand                                        # CREDIT
          Stockpix/Harbour                                                       # CREDIT
          • Save to favorites                                                    # WIDGET
          Save for later                                                         # WIDGET
          Home Archive Page 214                                                  # WIDGET
          Learn more                                                             # RELATED
          Find out more »                                                        # RELATED
          READ  Ferry operator names new chief                                   # RELATED
          The latest harbour news to your inbox.                                 # PROMO
          I'd like to hear about offers from our partners                        # PROMO
          I accept the Harbour Wire Terms and Conditions and Privacy Policy      # PROMO
          Advertisment                                                           # PROMO
          Local ❯ Harbour ❯ Ferries                                              # SECTION
          """)
  void readsTheClassesOfRound26(String line, FurnitureKind kind) {
    assertThat(Furnishings.kindOf(line)).contains(kind);
  }

  /** Story lines near those classes stay story. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
          The ferry left at 09:12 on March 4, 2031, the port said.
          This report was published by the port authority on Monday.
          Readers sent comments on the plan to the council before May.
          Ada Okafor and Tom Brand signed the deal on Friday
          Kallo - the harbour town mourns its ferry
          The photo showed the pier on fire, the agency said.
          By Sunday, the council had voted 5-2 on March 4, 2031.
          Read the report the council published on page 4 before the vote.
          I accept that the ferry was late, the captain said on Tuesday.
          Learn more about the pier from the museum, the council said.
          The crew moved the ferry from berth 3/berth 4 on Tuesday.
          """)
  void leavesStoryLinesAlone(String line) {
    assertThat(Furnishings.kindOf(line)).isEmpty();
  }

  /** A wire's sign-off of agency and desk initials, or a link, closing the last sentence. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
          The search resumes on Friday, it added. PTI AB CD # 40
          The search resumes on Friday, it added. AFP  # -1
          The search resumes on Friday, the PTI said.  # -1
          The search resumes on Friday, it added. (T/RE1) # 40
          The search resumes on Friday, it added. (KK/AA) # 40
          The search resumes on Friday, it added. (see map) # -1
          The search resumes on Friday, it added. (A/b) # -1
          """)
  void findsASignOffOfAgencyAndInitials(String line, int start) {
    assertThat(Furnishings.trailingCredit(line)).isEqualTo(start);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
          The watchdog had fined the firm in July. read more # 41
          The watchdog had fined the firm in July. Continue reading… # 41
          Read more about the fine the watchdog imposed in July # -1
          """)
  void findsALinkClosingTheLastSentence(String line, int start) {
    assertThat(Furnishings.trailingLink(line)).isEqualTo(start);
  }
}
