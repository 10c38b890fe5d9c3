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
