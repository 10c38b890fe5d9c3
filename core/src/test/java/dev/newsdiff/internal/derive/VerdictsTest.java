package dev.newsdiff.internal.derive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictsTest {

  @Test
  void creditsByNameIdOrInitials() {
    Article aa =
        NewsDiff.parse("anadolu-agency", "The ministry said the talks went well.\nIt added more.");
    Article trt =
        NewsDiff.parse(
            "trt", "Talks went well\nThe officials said the talks went well. / AA\nMore followed.");
    Article other =
        NewsDiff.parse("other", "The officials said the talks went well.\nMore followed.");
    assertThat(Verdicts.credits(trt, aa)).isTrue();
    assertThat(Verdicts.credits(other, aa)).isFalse();
    Article shortId = NewsDiff.parse("a", "The ministry said the talks went well.\nIt added more.");
    assertThat(Verdicts.credits(other, shortId)).as("an id of one letter is no credit").isFalse();
    assertThat(Verdicts.isAgency(aa)).isTrue();
  }

  @Test
  void theWordTheIsNoCreditToAnOutletNamedThe() {
    Article the = NewsDiff.parse("the", "The council met on Monday.\nIt voted on the budget.");
    Article a =
        NewsDiff.parse("a", "The council met on Monday, the mayor said.\nIt voted on the budget.");
    assertThat(Verdicts.credits(a, the)).isFalse();
    assertThat(Verdicts.credits(the, a)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          meridian-wire       | false
          free-press-journal  | false
          metro-business-wire | false
          reuters             | true
          afp                 | true
          press-trust-of-india| true
          """)
  void noOutletIsAnAgencyByItsNameAlone(String id, boolean agency) {
    Article article = NewsDiff.parse(id, "The council met on Monday.\nIt voted on the budget.");
    assertThat(Verdicts.isAgency(article)).isEqualTo(agency);
  }
}
