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
          wsj,            null,       The Wall Street Journal
          huffpost,       null,       HuffPost
          times-of-india, null,       The Times of India
          smh,            null,       The Sydney Morning Herald
          scmp,           null,       South China Morning Post
          theage,         null,       The Age
          yahoo-rfi,      null,       Yahoo News
          the-hindu-pti,  null,       The Hindu
          harbour-pti,    null,       Harbour Pti
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
          kbs-newshour,            KBS Newshour
          kanal-7,                 Kanal 7
          channel42,               Channel42
          the,                     The
          x,                       X
          kyiv.post,               Kyiv Post
          iNFOnews,                iNFOnews
          çukurova-haber,          Çukurova Haber
          us-harbour-online,       US Harbour Online
          harbourtimes,            Harbour Times
          timesofruritania,        Times of Ruritania
          thevalleystar,           The Valley Star
          kbcnews,                 KBC News
          therapynews,             Therapy News
          quietharbour,            Quietharbour
          lakeworld,               Lakeworld
          newsday,                 Newsday
          newser,                  Newser
          harbour24news,           Harbour24news
          straitstimes,            The Straits Times
          gulfnews,                Gulf News
          informing,               Informing
          liverpoolnews,           Liverpool News
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

  /**
   * The page's own spelling of its outlet's name, from its copyright line, a line that is only the
   * name, or a closing credit naming the outlet itself; never from a name that spells another
   * outlet, and never a logo's glued words for an id of several. A final sigma is one however the
   * line around it lower-cases it ("ΛΙΜΑΝΙΑΣ.gr").
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          harbour-echo-live | Fire on the quay.\\n© 2031 Harbour Echo LIVE                              | Harbour Echo LIVE
          the-valley-post   | Fire on the quay.\\nCopyright © 2031 PT Lembah Media / The Valley Post. All rights reserved. | The Valley Post
          quaynews          | Fire on the quay. (QuayNews.am)                                            | QuayNews.am
          valley-times      | The Valley Times\\nFire on the quay\\n\\nA fire broke out on the quay.     | The Valley Times
          quaynews          | Fire on the quay.\\nSource: QuayNews                                       | QuayNews
          harbour-post      | HarbourPost\\nFire on the quay.                                             | Harbour Post
          harbour-post      | Fire on the quay.\\nSOURCE: Meridian Wire\\n© 2031 Meridian Wire           | Harbour Post
          valley-times      | Fire on the quay, The Valley Times reported on Monday, citing police.     | Valley Times
          the               | The\\nFire on the quay.                                                     | The
          reuters           | Fire on the quay.\\n© 2031 REUTERS                                          | Reuters
          λιμανιας          | Fire on the quay.\\n© 2031 ΛΙΜΑΝΙΑΣ.gr                                     | ΛΙΜΑΝΙΑΣ.gr
          harbourdaily      | Welcome to The Harbour Daily. Read on.\\nFire on the quay.              | The Harbour Daily
          quaynews          | Sign up for the QuayNEWS newsletter today!\\nFire on the quay.          | QuayNEWS
          valley-times      | Fire on the quay closes the pier — The Valley Times\\nA fire broke out.  | The Valley Times
          valleytimes       | Valley Times / News Desk\\nFire on the quay.                              | Valley Times
          valleytimes       | Fire on the quay.\\n© 2031 VALLEYTIMES.COM                                | VALLEYTIMES.COM
          hstandard         | Harbour Standard\\nFire on the quay closes the pier.                      | Harbour Standard
          srmp              | South Ruritania Morning Post\\nFire on the quay closes the pier.          | South Ruritania Morning Post
          hstandard         | Harbour Times\\nFire on the quay closes the pier.                         | Hstandard
          quaynews          | Follow Meridian Wire on Twitter\\nFire on the quay.                       | Quay News
          quaydaily         | Get the latest stories at QuayDaily. A fire broke out on the quay on Monday and closed the pier for the whole of the day, the harbour master said, and ferries were sent to the north pier, where passengers waited for hours. | QuayDaily
          harbourecho       | Fire on the quay.\\nHarbour Echo would like to show you notifications.  | Harbour Echo
          quayside          | Port Town- Quayside News\\nFire on the quay.                            | Quayside News
          quayside          | Fire on the quay.\\n© 2031 Quayside. News partners welcome.             | Quayside
          quayside          | Fire on the quay.\\nLatest from Quayside Stories                        | Quayside
          quayside          | 7 Quayside News\\nFire on the quay.\\n7 Quayside News                 | 7 Quayside News
          quayside          | Fire on the quay.\\n© 2031 Quayside News                                | Quayside News
          quayside          | Fire on the quay.\\n12 Quayside                                         | Quayside
          """)
  void thePageSpellsItsOwnName(String id, String text, String expected) {
    assertThat(Outlets.displayName(id, null, null, text.replace("\\n", "\n"))).isEqualTo(expected);
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
          Harbour News,     harbournews,      Harbour News,     true
          Harbour Standard, hstandard,        Hstandard,        true
          Press Trust of Ruritania, ptr,      PTR,              true
          Harbour Times,    hstandard,        Hstandard,        false
          News Desk,        valleybulletin,   Valley Bulletin,  false
          Associated Press, ap-news-desk,     Ap News Desk,     false
          """)
  void sameOutletOnlyAsAWholeName(String name, String id, String display, boolean same) {
    assertThat(Outlets.sameOutlet(name, id, display)).isEqualTo(same);
  }
}
