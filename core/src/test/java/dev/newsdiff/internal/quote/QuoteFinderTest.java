package dev.newsdiff.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteFinderTest {

  private static Article read(String text) {
    return NewsDiff.parse("t", text.replace("\\n", "\n"));
  }

  /** Quote styles and attributions: the n-th quote's words, speaker and cue. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          "We will continue," Minister Ayse Kaya said.                             | 0 | We will continue                | Minister Ayse Kaya           | said
          “We will continue,” the ministry said.                                   | 0 | We will continue                | the ministry                 | said
          "We will continue,” the officials stressed.                              | 0 | We will continue                | the officials                | stressed
          “We will continue," they said.                                           | 0 | We will continue                | they                         | said
          «We will continue», the minister said.                                   | 0 | We will continue                | the minister                 | said
          "We will continue," said Defence Minister Yasar Guler.                   | 0 | We will continue                | Defence Minister Yasar Guler | said
          "We will," she said, "continue."                                         | 0 | We will continue.               | she                          | said
          The minister issued a warning: "We will not wait."                       | 0 | We will not wait.               | The minister                 | issued
          The minister gave a warning: "We will not wait."                         | 0 | We will not wait.               | The minister                 | gave
          The ministry said the talks were held in a "sincere and constructive atmosphere."   | 0 | sincere and constructive atmosphere. | The ministry     | said
          "First part of the quote.\\n"Second part," the sources said.            | 0 | First part of the quote. Second part | the sources          | said
          "First," Akturk said.\\n"Second thing," he added.                        | 1 | Second thing                    | Akturk                       | added
          "First," the officials said.\\n"Second thing," they added.               | 1 | Second thing                    | the officials                | added
          The ministry also said the deal was signed.\\nIt added that "training has begun."  | 0 | training has begun.       | The ministry                 | added
          The bridge will reopen "within a few weeks," according to the harbour master.      | 0 | within a few weeks        | the harbour master           | according to
          "First thing," the sources said. "Second thing."                         | 1 | Second thing.                   | the sources                  | said
          "We support the 'One State, One Army' principle," the sources said.      | 0 | We support the 'One State, One Army' principle | the sources   | said
          Ankara sees stability as "vital for the region" and backs the principle of "One Nation, One Flag," the sources said. | 0 | vital for the region | the sources | said
          "No," he said.                                                           | 0 | No                              | he                           | said
          """)
  void findsQuoteAndSpeaker(String text, int index, String words, String speaker, String cue) {
    List<Quote> quotes = read(text).quotes();
    assertThat(quotes).hasSizeGreaterThan(index);
    Quote q = quotes.get(index);
    assertThat(q.text()).isEqualTo(words);
    assertThat(q.speaker()).isEqualTo(speaker);
    assertThat(q.cue()).isEqualTo(cue);
  }

  /** Quote marks that are not speech, and apostrophes that are not quote marks. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The so-called "reforms" were delayed again.
          Officials called the plan "premature" on Monday.
          Ankara supports the principle of "One State, One Army."
          The "Safe Harbour" plan was approved by the council.
          The troops' deployment and Syria’s needs were discussed, officials said.
          He said the '90s were different.
          """)
  void findsNoSpeech(String text) {
    assertThat(read(text).quotes()).isEmpty();
  }

  @Test
  void headlineQuotesAreCitationsWithoutSpeaker() {
    Article a =
        read(
            "Türkiye 'produces peace and stability'\\nThe ministry spoke on Thursday.\\nIt was brief.");
    assertThat(a.quotes())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("produces peace and stability");
              assertThat(q.speaker()).isNull();
            });
  }

  @Test
  void partsAndSpanPointIntoTheText() {
    String text =
        "“İstanbul will host,” she said, “the next round.”\n\"Then we go to Ankara.\n\"And then to İzmir,\" he said.";
    Article a = NewsDiff.parse("t", text);
    assertThat(a.quotes()).hasSize(2);
    Quote first = a.quotes().get(0);
    assertThat(first.parts())
        .extracting(p -> p.in(text))
        .containsExactly("İstanbul will host,", "the next round.");
    assertThat(first.span().in(text)).startsWith("“").endsWith("”");
    Quote second = a.quotes().get(1);
    assertThat(second.parts())
        .extracting(p -> p.in(text))
        .containsExactly("Then we go to Ankara.", "And then to İzmir,");
    assertThat(second.text()).isEqualTo("Then we go to Ankara. And then to İzmir");
    for (Quote q : a.quotes()) {
      for (Span p : q.parts()) {
        assertThat(q.span().contains(p)).isTrue();
      }
    }
  }

  @Test
  void unclosedQuoteEndsWithItsParagraph() {
    Article a = read("\"We will never stop, the minister said.\\nThe talks ended on Friday.");
    assertThat(a.quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("We will never stop, the minister said."));
  }
}
