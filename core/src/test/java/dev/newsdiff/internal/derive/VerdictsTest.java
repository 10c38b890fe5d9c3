package dev.newsdiff.internal.derive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Copying;
import dev.newsdiff.model.Copying.Verdict;
import java.util.List;
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

  /** A wire story of eight sentences, in its agency's words. */
  private static final String WIRE =
      """
      The regional ferry Northern Light ran aground off Carrow Point late on Tuesday evening.
      All forty passengers were taken off by lifeboat crews within two hours of the grounding.
      The vessel had left the harbour at six o'clock on its usual crossing to the islands.
      Coastguard officers said the tide was unusually low when the ship struck the sandbank.
      A tug is expected to refloat the ferry at high water on Wednesday afternoon.
      The operator has cancelled all crossings on the route until further notice.
      An inquiry into the grounding will be opened by the marine accident board.
      The same ferry was withdrawn from service for engine repairs last winter.
      """;

  private static Copying verdict(Article... articles) {
    return NewsDiff.compare(List.of(articles)).copying().get(0);
  }

  @Test
  void aTrimmedReproductionIsACopyOfTheFullerText() {
    Article wire = NewsDiff.parse("coast-wire", WIRE);
    String trimmed = WIRE.substring(0, WIRE.indexOf("An inquiry"));
    Article paper = NewsDiff.parse("island-post", trimmed.replace("late on Tuesday", "on Tuesday"));
    Copying v = verdict(wire, paper);
    assertThat(v.verdict()).isEqualTo(Verdict.COPY);
    assertThat(v.source()).as(v.directionEvidence()).isEqualTo("coast-wire");
    assertThat(v.secondContained()).isGreaterThan(v.firstContained());
  }

  @Test
  void twoIdenticalTextsGetNoSourceWithoutEvidence() {
    Copying v = verdict(NewsDiff.parse("first", WIRE), NewsDiff.parse("second", WIRE));
    assertThat(v.verdict()).isEqualTo(Verdict.IDENTICAL);
    assertThat(v.source()).isNull();
    assertThat(v.direction()).isEqualTo("unknown");
  }

  @Test
  void anIdenticalTextCreditingTheOtherFollowsIt() {
    Copying v =
        verdict(
            NewsDiff.parse("coast-wire", WIRE),
            NewsDiff.parse("island-post", WIRE + "\n(Coast Wire)\n"));
    assertThat(v.verdict()).isEqualTo(Verdict.IDENTICAL);
    assertThat(v.source()).isEqualTo("coast-wire");
  }

  @Test
  void reportsInTheirOwnWordsAreIndependent() {
    Article other =
        NewsDiff.parse(
            "bay-radio",
            """
            Forty people had to be rescued when a ferry hit a sandbank near Carrow Point.
            Lifeboats brought everyone ashore, and nobody was hurt, according to the coastguard.
            Crossings to the islands are suspended while the ship waits for the next high tide.
            """);
    Copying v = verdict(other, NewsDiff.parse("coast-wire", WIRE));
    assertThat(v.verdict()).isEqualTo(Verdict.INDEPENDENT);
    assertThat(v.direction()).isEqualTo("unknown");
  }

  @Test
  void anAgencyAmongARewritingPairIsNoDirection() {
    // Both rework one text (a release, say): the agency wrote one of them, not the other's source.
    Article agency = NewsDiff.parse("reuters", WIRE);
    Article rewrite =
        NewsDiff.parse(
            "island-post",
            """
            Lifeboat crews needed under two hours to bring all forty passengers to safety.
            The vessel had left the harbour at six o'clock on its usual crossing to the islands.
            Nobody knows yet when crossings will resume.
            """);
    Copying v = verdict(agency, rewrite);
    assertThat(v.verdict()).isEqualTo(Verdict.REWRITE);
    assertThat(v.source()).isNull();
  }

  @Test
  void anAgencyStoryTakenWholeIntoAnUncreditedTextIsItsSource() {
    Article agency =
        NewsDiff.parse(
            "coast-agency",
            "CARROW POINT, May 3 (Reuters) - "
                + WIRE.substring(0, WIRE.indexOf("A tug"))
                + "(Reuters)\n");
    Article paper =
        NewsDiff.parse(
            "island-post",
            """
            Islanders watched from the cliffs as the regional ferry sat stranded on the sandbank.
            The regional ferry Northern Light ran aground off Carrow Point late on Tuesday evening.
            Lifeboat crews took all forty passengers off within two hours of the grounding.
            The vessel had left the harbour at six o'clock on its usual crossing to the islands.
            Shopkeepers in the harbour town said the ferry is the only way to reach the mainland.
            A local councillor called for a second vessel to be kept in reserve for emergencies.
            """);
    Copying v = verdict(agency, paper);
    assertThat(v.verdict()).isEqualTo(Verdict.REWRITE);
    assertThat(v.source()).as(v.directionEvidence()).isEqualTo("coast-agency");
  }

  @Test
  void theCopyThatKeepsTheWiresReportingCreditIsTheSource() {
    String story = WIRE.replace("late on Tuesday", "on Tuesday");
    Article kept =
        NewsDiff.parse("harbour-news", story + "\n(Reporting by Ana Ruiz; Editing by Tom Hall)\n");
    Article dropped =
        NewsDiff.parse(
            "bay-daily", story.replace("at six o'clock", "at 6pm").replace("A tug", "One tug"));
    Copying v = verdict(dropped, kept);
    assertThat(v.verdict()).isEqualTo(Verdict.COPY);
    assertThat(v.source()).as(v.directionEvidence()).isEqualTo("harbour-news");
  }

  @Test
  void aTextFollowingOneThatFollowsAThirdFollowsTheThird() {
    Article wire = NewsDiff.parse("coast-wire", WIRE);
    String trimmed = WIRE.substring(0, WIRE.indexOf("An inquiry"));
    Article paper = NewsDiff.parse("island-post", trimmed);
    Article blog =
        NewsDiff.parse(
            "harbour-blog",
            """
            Big news on the islands this week, as the Island Post reported.
            The regional ferry Northern Light ran aground off Carrow Point late on Tuesday evening.
            All forty passengers were taken off by lifeboat crews within two hours of the grounding.
            We hope the operator gets the ferry back into service soon, because we all rely on it.
            (Island Post)
            """);
    Copying v =
        NewsDiff.compare(List.of(wire, paper, blog)).copying().stream()
            .filter(c -> c.first().equals("coast-wire") && c.second().equals("harbour-blog"))
            .findFirst()
            .orElseThrow();
    assertThat(v.verdict()).isNotEqualTo(Verdict.INDEPENDENT);
    assertThat(v.source()).as(v.directionEvidence()).isEqualTo("coast-wire");
  }

  @Test
  void anAgencysMarkOutweighsContainment() {
    // The agency's first take, and a site that ran its later, longer version uncredited: the
    // first take stands whole in the longer text, yet it is the agency's copy.
    String take = WIRE.substring(0, WIRE.indexOf("A tug"));
    Article agency = NewsDiff.parse("coast-agency", "CARROW POINT, May 3 (Reuters) - " + take);
    Article site =
        NewsDiff.parse(
            "island-post",
            take.replace("late on Tuesday", "on Tuesday")
                + "The harbour master said the channel would be dredged before the summer.\n"
                + "Passengers were offered seats on a chartered boat for Thursday.\n");
    Copying v = verdict(agency, site);
    assertThat(v.verdict()).isEqualTo(Verdict.COPY);
    assertThat(v.source()).as(v.directionEvidence()).isEqualTo("coast-agency");
    assertThat(v.directionEvidence()).contains("news agency");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CARROW POINT, May 3 (IANS/AFP) -     | true
          CARROW POINT, May 3 (Reuters, ANI) - | true
          CARROW POINT, May 3 (Harbour Desk) - | false
          """)
  void anAgencyNamedWithAnotherInTheDatelineSpeaksForTheCopy(String dateline, boolean agency) {
    Article article =
        NewsDiff.parse("island-post", "Ferry aground\n" + dateline + " " + WIRE.strip() + "\n");
    assertThat(article.dateline()).as(dateline).isNotNull();
    assertThat(Verdicts.isAgency(article)).isEqualTo(agency);
  }
}
