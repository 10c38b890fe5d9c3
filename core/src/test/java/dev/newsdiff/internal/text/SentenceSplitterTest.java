package dev.newsdiff.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

  private static List<String> split(String text) {
    return SentenceSplitter.english().split(text).stream().map(s -> s.in(text)).toList();
  }

  /** One sentence each: the abbreviation is followed by more of the same sentence. */
  @ParameterizedTest(name = "no break: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          following the Aug. 13, signing of a memorandum.
          Rear Adm. Zeki Akturk told reporters on Thursday.
          Gen. Mark Milley and Dr. Jane Smith met at St. Mary's hospital.
          She lives at No. 10 Downing Street with Mr. Smith.
          The U.S. Government said it was ready.
          I have lived in the U.S. for 20 years.
          At 5 a.m. Mr. Smith went to the bank.
          Please turn to p. 55 of the report.
          They closed the deal with Pitt, Briggs & Co. at noon.
          President George W. Bush spoke first.
          The talks, e.g. on trade, went on.
          Ankara was 2.5 km away and cost $100.00 to reach.
          She works at Yahoo! in the accounting department.
          He teaches science (He worked as an engineer.) at the university.
          "This is great." she said quietly.
          Sen. Warren and Gov. Newsom spoke on Sept. 4 in Washington.
          The meeting starts at 5 p.m. Friday in the main hall.
          The polls close at 8 p.m. GMT on Thursday.
          """)
  void keepsAbbreviationsInsideSentences(String sentence) {
    assertThat(split(sentence)).containsExactly(sentence);
  }

  /** Two sentences: the abbreviation or number ends the first one. */
  @ParameterizedTest(name = "break: {0} || {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I live in the U.S.                           | How about you?
          He left the bank at 6 P.M.                   | Mr. Smith then went to the store.
          They closed the deal with Pitt, Briggs & Co. | It closed yesterday.
          Let's ask Jane and co.                       | They should know.
          We make a good team, you and I.              | Did you see Albert I. Jones yesterday?
          The treaty was signed in Aug.                | The talks began in September.
          She has $100.00.                             | It is in her bag.
          Her email is Jane.Doe@example.com.           | I sent her an email.
          "On the claim, it would not be sound."       | They said so.
          What is your name?                           | My name is Jonas.
          I never meant that....                       | She left the store.
          The tug's master raised the alarm at 11:52 p.m. | Police had sealed the bridge within 20 minutes.
          Türkiye met Japan’s minister.                | İstanbul hosted the talks.
          """)
  void breaksWhereANewSentenceStarts(String first, String second) {
    assertThat(split(first + " " + second)).containsExactly(first, second);
  }

  /** A company's legal form ends the sentence when a new one starts, whatever its first word. */
  @ParameterizedTest(name = "company form ends: {0} || {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The loan was arranged by banks led by Northfield Bancorp Inc. | Analysts expect more deals this year.
          Shares were sold to a unit of Halvorsen Shipping Ltd.         | Halvorsen said the sale closed on Monday.
          The report was prepared by consultants at Brightwater & Co.   | Critics called its figures optimistic.
          The bonds were placed through Tamsin Securities Corp.         | Proceeds will repay bank debt.
          """)
  void companyFormBeforeACapitalEndsTheSentence(String first, String second) {
    assertThat(split(first + " " + second)).containsExactly(first, second);
  }

  /** Names that go on after an abbreviation, an initial or a bracketed place. */
  @ParameterizedTest(name = "name goes on: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The suit was filed against Harlow Mills Corp. Chairman Dana Reyes in March.
          Its subsidiary Reiss & Co. B.V. of Rotterdam filed for protection last week.
          The deal with Pemberton Foods Inc. (Canada) was signed in the spring.
          Investors sued Carrow Brothers Ltd. Holdings over the merger last year.
          The shop was opened by Wm. H. Carver and his brother in 1902.
          Most stores, like Jos. A. Bank and its rivals, cut prices in the spring.
          She earned her Ph. D. at a small college in the north.
          A copy of the Newport (Ore.) Herald arrived in a plain envelope.
          The office moved to 410 W. 34th St. in the autumn.
          The board, led by Peter W. May, rejected the offer on Friday.
          The buy-out of Harlow Mills Corp. Oct. 13 collapsed within a week.
          The yen rose to 120 billion yen (U.S. $857 million) in the quarter.
          """)
  void namesGoOnAfterAbbreviations(String sentence) {
    assertThat(split(sentence)).containsExactly(sentence);
  }

  /** A dash after a question or an abbreviation continues the sentence; after a plain word not. */
  @ParameterizedTest(name = "dash: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "Is that the plan?" -- the chairman asked the board.
          Shares were offered through Ledger & Co. -- a small broker -- on Monday.
          The vote was delayed (Salem, Ore.) — a rare step for the council.
          """)
  void dashAfterAbbreviationOrQuestionContinues(String sentence) {
    assertThat(split(sentence)).containsExactly(sentence);
  }

  @ParameterizedTest(name = "new item: {0} || {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Winter came early and the harbour froze.  | -- Maria Olsen, a reader in Bergen.
          Prices are in dollars.                    | a - Estimated by the agency.
          The court ordered a new trial.            | -- Upheld a fine against the city.
          He heard about it in the U.S..            | Then he went home.
          The flights resumed in Oct.               | Passengers were told to check in early.
          """)
  void breaksBeforeAttributionsFootnotesAndDoubledPeriods(String first, String second) {
    assertThat(split(first + " " + second)).containsExactly(first, second);
  }

  /**
   * Pages that lost a paragraph break or a full stop: a sentence adverb with its comma, or a word
   * glued to a sentence's first word, starts a sentence; a label glued to a paragraph's first
   * sentence is no part of it.
   */
  @ParameterizedTest(name = "lost stop: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The pier stays shut, according to the port authorityMeanwhile, ferries use the north quay. | The pier stays shut, according to the port authority | Meanwhile, ferries use the north quay.
          The pier stays shut, according to the port authority However, ferries use the north quay.  | The pier stays shut, according to the port authority | However, ferries use the north quay.
          The pier stays shut until 2031 Notably, ferries use the north quay.                         | The pier stays shut until 2031                      | Notably, ferries use the north quay.
          floodingRivers rose again overnight in the valley.                                          | flooding                                            | Rivers rose again overnight in the valley.
          The pier stays shut, the port reportedThe ferries use the north quay.                       | The pier stays shut, the port reported              | The ferries use the north quay.
          """)
  void sentencesWithoutAStopBetweenThem(String text, String first, String second) {
    assertThat(split(text)).containsExactly(first, second);
  }

  /** What stays one sentence: names glued by design, a typo's glued words, an aside in brackets. */
  @ParameterizedTest(name = "one sentence: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          She paid for an iPhone with an eBay voucher at McDonald's on Friday.
          The guide on wikiHow was read by thousands of people in the valley.
          The ferries sailed from the quay for Kallo on Friday, and the pier stayed shut.
          The quake struck at 6:10 a.m. (2210 GMT Sunday) and shook the whole valley.
          Ferries resume at 5 p.m. (local time) on Friday, the port said.
          “A third of the crew were taken to hospital.” – Dr. Ada Okafor, port health officer.
          """)
  void staysOneSentence(String sentence) {
    assertThat(split(sentence)).containsExactly(sentence);
  }

  /** A bullet marks a list item: it is no part of the item's sentence. */
  @Test
  void bulletIsNoPartOfTheSentence() {
    assertThat(split("• 24 passengers were close contacts"))
        .containsExactly("24 passengers were close contacts");
    assertThat(split("▪ Nine were taken to hospital."))
        .containsExactly("Nine were taken to hospital.");
  }

  /** Turkish ordinals, titles and abbreviations do not end the sentence. */
  @ParameterizedTest(name = "Turkish, one sentence: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Takım geçen sezon 1. Lig'e yükseldi ve şimdi kadrosunu güçlendiriyor.
          Dava İstanbul 14. Ağır Ceza Mahkemesi'nde görülmeye başlandı.
          Açıklamayı hastanenin başhekimi Doç. Dr. Ayşe Kılıç yaptı.
          Toplantıya Prof. Dr. Mehmet Yıldırım ve Yrd. Doç. Dr. Elif Şahin katıldı.
          Şirketin adı Deniz Gıda San. ve Tic. Ltd. Şti. olarak değişti.
          """)
  void turkishOrdinalsAndTitlesStayInside(String sentence) {
    assertThat(split(sentence)).containsExactly(sentence);
  }

  /** Turkish ends sentences with "..." and with amounts before a capital. */
  @ParameterizedTest(name = "Turkish, two sentences: {0} || {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Günlerdir aynı soruyu soruyorum kendime...      | Yanıtı bir türlü bulamıyorum.
          Maçın ardından taraftarlar sessizce dağıldı...  | Kulüp yönetimi açıklama yapmadı.
          Yeni zam oranı ise yüzde 5.                     | Sendika bu oranı kabul etmedi.
          Bu yıl işe alınan personel sayısı 12 bin 450.   | Geçen yıl bu sayı daha düşüktü.
          """)
  void turkishEllipsisAndAmountsEndSentences(String first, String second) {
    assertThat(split(first + " " + second)).containsExactly(first, second);
  }

  /** In English an ellipsis before a name, and a number before a capital, keep their old rules. */
  @ParameterizedTest(name = "English unchanged: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The minister said the plan would ... Brussels would decide.
          """)
  void englishEllipsisBeforeANameStaysInside(String sentence) {
    assertThat(split(sentence)).containsExactly(sentence);
  }

  @Test
  void englishNumberBeforeACapitalStillEnds() {
    assertThat(split("The index closed at 2. Analysts had expected more."))
        .containsExactly("The index closed at 2.", "Analysts had expected more.");
  }

  @Test
  void spansPointIntoTheOriginalTextAcrossTurkishCapitals() {
    String text = "xx İSTANBUL'DA İ. TEST. İkinci cümle burada.";
    List<Span> spans = SentenceSplitter.english().split(text, Span.of(3, text.length()));
    assertThat(spans).isNotEmpty();
    assertThat(spans.get(0).start()).isEqualTo(3);
    assertThat(spans.get(spans.size() - 1).end()).isEqualTo(text.length());
    assertThat(spans.get(spans.size() - 1).in(text)).isEqualTo("İkinci cümle burada.");
  }

  @Test
  void noSpaceBetweenSentences() {
    assertThat(
            split(
                "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot."))
        .containsExactly(
            "Hello world.",
            "Today is Tuesday.",
            "Mr. Smith went to the store and bought 1,000.",
            "That is a lot.");
  }

  @Test
  void runInListsSplitPerItem() {
    assertThat(split("1. The first item 2. The second item"))
        .containsExactly("1. The first item", "2. The second item");
    assertThat(split("In 2. The figure rose.")).hasSize(2);
  }

  @Test
  void trimsWhiteSpaceAndSkipsBlankText() {
    assertThat(split("   ")).isEmpty();
    assertThat(split("  One.  Two.  ")).containsExactly("One.", "Two.");
  }

  /** Preloading is optional and repeatable; readers on other threads wait for the one model. */
  @Test
  void preloadingChangesNothingButWhenTheModelLoads() throws Exception {
    String text = "The talks ended on Aug. 13. Officials said more would follow.";
    Thread loader = new Thread(SentenceSplitter::preload);
    loader.start();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<String>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(() -> split(text)));
      }
      for (java.util.concurrent.Future<List<String>> r : results) {
        assertThat(r.get())
            .containsExactly("The talks ended on Aug. 13.", "Officials said more would follow.");
      }
    } finally {
      pool.shutdown();
    }
    loader.join();
    SentenceSplitter.preload(); // loaded: nothing left to do
  }
}
