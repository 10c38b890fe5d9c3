package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.FurnitureKind;
import dev.newsdiff.model.Paragraph;
import dev.newsdiff.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutTest {

  private static final String BODY =
      "\nThe first paragraph of the story says something.\nThe second paragraph adds more.\n";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2 min read                                       | READ_TIME
          12 mins read                                     | READ_TIME
          5 hours ago                                      | RELATIVE_TIME
          Updated 3 days ago                               | RELATIVE_TIME
          an hour ago                                      | RELATIVE_TIME
          SOURCE:TRT World                                 | SOURCE
          Source: Reuters                                  | SOURCE
          By Jane Doe and John Smith                       | BYLINE
          Published March 3, 2025 14:20 GMT                | TIMESTAMP
          21.08.2025 10:15                                 | TIMESTAMP
          Soldiers at the border on Monday. / AA           | CAPTION
          Divers inspect the pier. (Photo: Reuters)        | CAPTION
          Photo: Getty Images                              | CREDIT
          With files from Harbor Wire                      | CREDIT
          June 4, 2025 · 06:00                             | TIMESTAMP
          Published 2025-03-03T14:20:00Z                   | TIMESTAMP
          Updated 2025-03-03T16:05:12.000+03:00            | TIMESTAMP
          Listen to the full bulletin on Harbour FM 95.7   | PROMO
          Sneak a peek at TRT Global. Share your feedback! | PROMO
          Sign up for our morning newsletter               | PROMO
          Follow us on Facebook                            | PROMO
          Contact us                                       | CONTACT
          Reporting by Priya Nandakumar; Editing by Tom Li | CREDIT
          © 2025 Metro Business Wire                       | CREDIT
          Copyright 2024 The Gazette. All rights reserved. | CREDIT
          Email: tips@example.com                          | CONTACT
          AFP                                              | BYLINE
          Xinhua News Agency                               | BYLINE
          By Lena Marsh42                                  | BYLINE
          Metro Desk Staff Writer                          | BYLINE
          City Web DeskUpdated: Tuesday, May 2, 2023       | BYLINE
          Updated: Tuesday, May 2, 2023, 08:10 PM IST      | TIMESTAMP
          3 June 2024, 14:05 GMT+3                         | TIMESTAMP
          (Reuters)                                        | CREDIT
          (AP, dpa)                                        | CREDIT
          kl/rt (AFP, Reuters)                             | CREDIT
          With inputs from PTI                             | CREDIT
          (Writing by Ana Ruiz; Editing by Tom Li)         | CREDIT
          More to follow…                                  | CREDIT
          Based on reporting by AFP and Reuters            | CREDIT
          Harbor Wire contributed to this report.          | CREDIT
          FILE - Firefighters stand by a pier in 2019.     | CAPTION
          Medics at a clinic in this handout picture.      | CAPTION
          Image/Harbor Wire                                | CAPTION
          No comments:                                     | WIDGET
          Post a Comment                                   | WIDGET
          Comments are closed.                             | WIDGET
          Share this story                                 | WIDGET
          Next Story                                       | WIDGET
          {{#rendered}} {{/rendered}}                      | WIDGET
          Read also: Bridge reopens after repairs          | RELATED
          Recent stories                                   | RELATED
          More about                                       | RELATED
          Tags: ferry, fire, harbour                       | TAGS
          Ferry, Fire, Harbour safety, Port authority      | TAGS
          — Port Authority (@portwatch) May 3, 2025        | SOCIAL
          pic.twitter.com/abc123                           | SOCIAL
          Download the app for alerts                      | PROMO
          Continue reading for free                        | PROMO
          https://example.com/images/pier.jpg              | PROMO
          PTI Chennai                                      | BYLINE
          Press Trust of India Kochi                       | BYLINE
          PTI March 3, 2021, 10:05 IST                     | BYLINE
          Boats at the quay on Monday. [AFP]               | CAPTION
          (File Photo)Boats at the quay./ Reuters          | CAPTION
          More updates to follow.                          | CREDIT
          Further details to follow                        | CREDIT
          Click to read the harbour board's full report.   | PROMO
          Home / World / Europe                            | SECTION
          Home » Business                                  | SECTION
          By NORA LINDQVIST for the Associated Press       | BYLINE
          By Omar Haddad of the Harbour Gazette            | BYLINE
          4.15pm - by TOM BRANDT and LI WEI                | BYLINE
          . Last Updated: 11/03/2019                       | TIMESTAMP
          • Updated 2 hours ago                            | RELATIVE_TIME
          Story continues below advertisement              | PROMO
          - Advertisement -                                | PROMO
          27                                               | WIDGET
          Springfield, IL 62701                            | CONTACT
          Last updated:                                    | TIMESTAMP
          Posted on                                        | TIMESTAMP
          By                                               | BYLINE
          """)
  void recognisesFurnitureByItsWords(String line, FurnitureKind kind) {
    Layout layout = Layout.of("A headline about the news" + "\n" + line + BODY);
    assertThat(layout.furniture()).extracting(Furniture::kind).containsExactly(kind);
    assertThat(layout.furniture().get(0).text()).isEqualTo(line);
  }

  @ParameterizedTest(name = "story: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The minister said it was 5 hours ago that the talks began.
          By Tuesday, the convoy had reached the border.
          Contact with the crew was lost at noon.
          Red, amber and green flags flew over the harbour.
          The agency said the file photo was taken in 2019.
          AFP reported that the ferry had sailed at dawn.
          PTI said four people were hurt in the blast.
          Users had to click to accept the new terms.
          Home owners were told to leave by noon.
          By Friday the Harbour Board had reopened the pier.
          The ministry ran no advertisement for the tender.
          - the pier stays shut until Friday
          Updated plans were posted on the council's site.
          """)
  void storyLinesAreNotFurniture(String line) {
    Layout layout = Layout.of("A headline about the news\n" + line + BODY);
    assertThat(layout.furniture()).isEmpty();
  }

  @Test
  void headerSectionHeadlineStandfirstAndRepeatedHeadline() {
    String text =
        "WORLD\n2 min read\nTalks end without a deal\nThe two sides failed to agree on a ceasefire.\n"
            + "Talks end without a deal\n5 hours ago\n\nThe talks ended on Friday.\nBoth sides left.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.headline()).isEqualTo("Talks end without a deal");
    assertThat(layout.furniture())
        .extracting(Furniture::kind)
        .containsExactly(
            FurnitureKind.SECTION,
            FurnitureKind.READ_TIME,
            FurnitureKind.CAPTION,
            FurnitureKind.RELATIVE_TIME);
    assertThat(layout.paragraphs())
        .extracting(Paragraph::role)
        .containsExactly(Role.HEADLINE, Role.STANDFIRST, Role.BODY, Role.BODY);
  }

  @Test
  void titleCaseSectionLabelAndACaptionAboveItsPhotoCredit() {
    String text =
        "Local News\nPassengers hurt as fire breaks out on ferry\nBy Karen Doucette\n"
            + "Smoke pours from the ferry on Tuesday.\nPhoto: Coastal Times/Ian Pottinger\n"
            + "Twelve passengers were injured.\nThe fire started at 3:40 p.m.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.headline()).isEqualTo("Passengers hurt as fire breaks out on ferry");
    assertThat(layout.furniture())
        .extracting(Furniture::kind)
        .containsExactly(
            FurnitureKind.SECTION,
            FurnitureKind.BYLINE,
            FurnitureKind.CAPTION,
            FurnitureKind.CREDIT);
  }

  /**
   * A slashed credit ("Stockpix/Harbour") makes the line right above it a caption, but not across a
   * blank line, where the credit stands alone under a paragraph of the story.
   */
  @Test
  void aSlashedCreditCaptionsOnlyTheLineRightAboveIt() {
    String caption =
        "Passengers hurt as fire breaks out on ferry\n\n"
            + "Twelve passengers were injured when fire broke out on the ferry on Tuesday.\n\n"
            + "An empty deck with chairs and a lifebuoy overlaid with smoke.\nStockpix/Harbour\n\n"
            + "The fire started at 3:40 p.m., the operator said.\n";
    assertThat(Layout.of(caption).furniture())
        .extracting(Furniture::kind)
        .containsExactly(FurnitureKind.CAPTION, FurnitureKind.CREDIT);

    String story = caption.replace("smoke.\nStockpix", "smoke.\n\nStockpix");
    assertThat(Layout.of(story).furniture())
        .extracting(Furniture::kind)
        .containsExactly(FurnitureKind.CREDIT);
  }

  /** Twin lines, the second above a picture's credit, are the picture's text and its caption. */
  @Test
  void twinLinesAboveAPictureCreditAreBothCaptions() {
    String text =
        "Three ferries stopped by storm\n"
            + "Harbour Wire's ferries were halted at the quay\n"
            + "Harbour Wire's ferries were halted at the quay\n"
            + "image © Harbourphotos/Tom Brand\n"
            + "Storms stopped three ferries on Sunday, the operator said in a statement.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.headline()).isEqualTo("Three ferries stopped by storm");
    assertThat(layout.furniture())
        .extracting(Furniture::kind)
        .containsExactly(FurnitureKind.CAPTION, FurnitureKind.CAPTION, FurnitureKind.CREDIT);
  }

  @Test
  void datelineOnItsOwnLineAndCrossheads() {
    String text =
        "Ministry plans visits\nThe ministry says visits will assess needs\n\nİSTANBUL\n"
            + "The ministry is planning visits.\nVisits planned for the region\nThe visits start soon.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.dateline()).isNotNull();
    assertThat(layout.dateline().text()).isEqualTo("İSTANBUL");
    assertThat(layout.dateline().span().in(text)).isEqualTo("İSTANBUL");
    assertThat(layout.paragraphs())
        .extracting(Paragraph::role)
        .containsExactly(Role.HEADLINE, Role.STANDFIRST, Role.BODY, Role.CROSSHEAD, Role.BODY);
  }

  @Test
  void inlineAgencyDatelineIsReportedApart() {
    String text =
        "Bridge closed after crash\nLONDON, March 3 (Reuters) - The bridge was closed on Monday.\nIt may reopen soon.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.dateline().text()).isEqualTo("LONDON, March 3 (Reuters)");
    Paragraph first = layout.paragraphs().get(1);
    assertThat(first.span().in(text)).isEqualTo("The bridge was closed on Monday.");
  }

  @Test
  void aShortSentenceAboveTheHeadlineIsThePagesPromotion() {
    String text =
        "Get the harbour's news before anyone else.\nFerry fire forces evacuation of pier\n"
            + "Photo\nThe ferry caught fire on Monday, the port authority said.\n"
            + "Twelve passengers were hurt.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.headline()).isEqualTo("Ferry fire forces evacuation of pier");
    assertThat(layout.furniture())
        .extracting(Furniture::text)
        .containsExactly("Get the harbour's news before anyone else.", "Photo");
  }

  @Test
  void fiveTitlesInARowAboveTheStoryAreLinksNotItsHeadline() {
    String text =
        "Council backs new bus lanes\nPort strike enters third day\nSchools shut for storm\n"
            + "Farmers protest water cuts\nMuseum reopens after repairs\n"
            + "The port authority said on Monday that the ferry had caught fire.\n"
            + "Twelve passengers were hurt.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.headline()).isNull();
    assertThat(layout.furniture())
        .extracting(Furniture::kind)
        .containsOnly(FurnitureKind.RELATED)
        .hasSize(5);
  }

  @Test
  void labelsCaptionsTwinsAndCommentFormsAroundARealStory() {
    String text =
        "Trending:\nFerry fire forces evacuation of pier\nSmoke over the pier\n"
            + "Firefighters at the pier\nFirefighters at the pier\n"
            + "The ferry caught fire on Monday, the port authority said in a statement.\n"
            + "He said crews were still at the scene. Credit: Port Authority via Harbor Wire\n"
            + "The pier will stay shut until Friday. ■\n"
            + "Please enter your comment!\nSwitch to the harbour keyboard (press Ctrl+h to type).\n";
    Layout layout = Layout.of(text);
    assertThat(layout.headline()).isEqualTo("Ferry fire forces evacuation of pier");
    assertThat(layout.furniture())
        .extracting(Furniture::text)
        .containsExactly(
            "Trending:",
            "Smoke over the pier",
            "Firefighters at the pier",
            "Firefighters at the pier",
            "Please enter your comment!",
            "Switch to the harbour keyboard (press Ctrl+h to type).");
  }

  @Test
  void aParagraphThatMentionsCommentsIsNoCommentFormAndTheStoryGoesOn() {
    String text =
        "Ferry fire forces evacuation of pier\nThe ferry caught fire on Monday, the port said.\n"
            + "The operator asked passengers to send your comments and photos to its office, and"
            + " please keep the pier clear while crews work, the port authority said on Monday.\n"
            + "Crews fought the blaze for hours before it was out.\n"
            + "The pier will stay shut until Friday, officials said.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.furniture()).isEmpty();
    assertThat(layout.paragraphs()).hasSize(5);
  }

  @Test
  void aListOfLinkedHeadlinesInsideTheStoryIsRelatedAndTheStoryGoesOn() {
    String text =
        "Ferry fire forces evacuation of pier\n"
            + "The ferry caught fire on Monday, the port authority said in a statement.\n"
            + "- Harbour board to review ferry safety rules\n"
            + "- Opinion: Why the pier needs a second exit\n"
            + "- Ferry operator fined over faulty alarms in 2021\n"
            + "Crews fought the blaze for hours before it was out, the fire chief said.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.furniture())
        .extracting(Furniture::kind)
        .containsExactly(FurnitureKind.RELATED, FurnitureKind.RELATED, FurnitureKind.RELATED);
    assertThat(layout.paragraphs()).extracting(Paragraph::role).contains(Role.BODY).hasSize(3);
  }

  @Test
  void aListTheStoryIntroducesWithAColonStaysStory() {
    String text =
        "Budget raises school spending\nThe minister set out three priorities on Monday:\n"
            + "- new classrooms for growing suburbs\n- more teachers in rural schools\n"
            + "- free meals for primary pupils\nThe opposition called the plan thin.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.furniture()).isEmpty();
  }

  @Test
  void aPictureCreditInsideTheStoryDoesNotEndItButARightsNoticeDoes() {
    String text =
        "Ferry fire forces evacuation of pier\n"
            + "The ferry caught fire on Monday, the port authority said in a statement.\n"
            + "© Provided by Harbour Wire\n"
            + "Crews fought the blaze for hours before it was out, the fire chief said.\n"
            + "© 2025 Harbour Wire. All rights reserved.\n"
            + "Ferry operator names new chief executive after a long search.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.furniture())
        .extracting(Furniture::text)
        .containsExactly(
            "© Provided by Harbour Wire",
            "© 2025 Harbour Wire. All rights reserved.",
            "Ferry operator names new chief executive after a long search.");
  }

  @Test
  void promotionsWithLinksAfterTheStoryAreNotStory() {
    String text =
        "Ferry fire forces evacuation of pier\n"
            + "The ferry caught fire on Monday, the port authority said in a statement.\n"
            + "Crews fought the blaze for hours before it was out, the fire chief said.\n"
            + "Follow the Harbour Gazette on www.example.com/gazette and on our main account"
            + " @harbourgazette.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.furniture())
        .extracting(Furniture::text)
        .hasSize(1)
        .allMatch(t -> t.contains("@"));
  }

  @Test
  void aCommentAreaNoteIsNoStoryUnderAnUnpunctuatedParagraph() {
    String text =
        "crews tackle pier fire\nSmoke rose over the pier all night and crews worked until dawn"
            + " to put it out  wow\nNo comments:\nPost a Comment\n"
            + "Note: Only a member of this site may post a comment on this page.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.furniture())
        .extracting(Furniture::text)
        .contains("Note: Only a member of this site may post a comment on this page.");
  }

  @Test
  void aHeadlineSetInCapitalsIsTheHeadlineEvenWithAnExclamationMark() {
    String text =
        "Harbour Pier Reopens After Fire! Crowds Return At Dawn!\n"
            + "Harbour Pier Reopens\n"
            + "The pier reopened on Saturday, a week after the fire, the port authority said.\n"
            + "Crowds returned to the quay at dawn.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.headline())
        .isEqualTo("Harbour Pier Reopens After Fire! Crowds Return At Dawn!");
    assertThat(layout.furniture())
        .extracting(Furniture::text)
        .containsExactly("Harbour Pier Reopens");
  }

  @Test
  void aLastParagraphWhoseWriterLeftOffTheFullStopStaysStory() {
    String text =
        "Ferry fire forces evacuation of pier\n"
            + "The ferry caught fire on Monday, the port authority said in a statement.\n"
            + "Crews fought the blaze for hours and the pier was closed to the public until it was"
            + " out, and the operator said that it would pay for all of the repairs to the pier as"
            + " soon as it could, once the insurers had seen the damage for themselves\n"
            + "Harbour Gazette on the go\n";
    Layout layout = Layout.of(text);
    assertThat(layout.furniture())
        .extracting(Furniture::text)
        .containsExactly("Harbour Gazette on the go");
  }

  @Test
  void aParagraphRepeatedInTheBodyStaysStory() {
    String text =
        "Ferry fire forces evacuation of pier\nThe ferry caught fire on Monday.\n"
            + "Crews fought the blaze for hours.\nCrews fought the blaze for hours.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.furniture()).isEmpty();
    assertThat(layout.paragraphs()).hasSize(4);
  }

  @Test
  void articleWithoutHeadlineIsAllBody() {
    Layout layout = Layout.of("The ministry announced plans on Monday.\nIt gave no details.\n");
    assertThat(layout.headline()).isNull();
    assertThat(layout.paragraphs()).extracting(Paragraph::role).containsOnly(Role.BODY);
  }

  @Test
  void crlfLineEndsKeepOffsetsIntoTheOriginal() {
    String text =
        "Talks end without a deal\r\n\r\nThe talks ended on Friday.\r\nBoth sides left.\r\n";
    Layout layout = Layout.of(text);
    List<Paragraph> paragraphs = layout.paragraphs();
    assertThat(paragraphs)
        .extracting(p -> p.span().in(text))
        .containsExactly(
            "Talks end without a deal", "The talks ended on Friday.", "Both sides left.");
  }

  /** A wire's sign-off closing the story's last line is a credit; the words before it, story. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
          Divers will search the hull again on Friday morning. — AFP # Divers will search the hull again on Friday morning. # — AFP
          Divers will search the hull again on Friday morning. - Reuters # Divers will search the hull again on Friday morning. # - Reuters
          Divers will search the hull again on Friday morning. (NTB) # Divers will search the hull again on Friday morning. # (NTB)
          Divers will search the hull again on Friday morning. | via voanews # Divers will search the hull again on Friday morning. # | via voanews
          Divers questioned the British Broadcasting Corporation (BBC). # Divers questioned the British Broadcasting Corporation (BBC). #
          Divers will search the hull again on Friday (Reuters). # Divers will search the hull again on Friday (Reuters). #
          """)
  void wireSignOffClosingTheLastLineIsACredit(String line, String story, String credit) {
    String text = "Ferry sinks off the harbour\n" + line + "\n";
    Layout layout = Layout.of(text);
    assertThat(layout.paragraphs().get(layout.paragraphs().size() - 1).span().in(text))
        .isEqualTo(story);
    assertThat(layout.furniture())
        .filteredOn(f -> f.kind() == FurnitureKind.CREDIT)
        .extracting(Furniture::text)
        .containsExactlyElementsOf(credit == null ? List.of() : List.of(credit));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NEW DELHI: Officials met on Monday.                         | NEW DELHI
          Lagos: Officials met on Monday.                             | Lagos
          Port Harcourt/Rivers: Officials met on Monday.              | Port Harcourt/Rivers
          Mumbai [India], June 3 (IANS): Officials met on Monday.     | Mumbai [India], June 3 (IANS)
          LIMA, Peru (AP) — Officials met on Monday.                  | LIMA, Peru (AP)
          LIMA (AP) -- Officials met on Monday.                       | LIMA (AP)
          OSLO, June 3 (NTB): Officials met on Monday.                | OSLO, June 3 (NTB)
          Pune (India), Jun 3 (PTI) Officials met on Monday.           | Pune (India), Jun 3 (PTI)
          """)
  void datelinesInTheirRealForms(String paragraph, String dateline) {
    String text = "Talks end without a deal\n\n" + paragraph + "\nBoth sides left the hall.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.dateline()).isNotNull();
    assertThat(layout.dateline().text()).isEqualTo(dateline);
    assertThat(layout.paragraphs().get(1).span().in(text)).isEqualTo("Officials met on Monday.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Update: Officials met on Monday.
          Analysis: Officials met on Monday.
          """)
  void aKickerIsNotADateline(String paragraph) {
    Layout layout = Layout.of("Talks end without a deal\n\n" + paragraph + "\nBoth sides left.\n");
    assertThat(layout.dateline()).isNull();
  }

  @Test
  void siteLabelsAboveTheHeadlineAndTheRunAfterTheStoryAreFurniture() {
    String text =
        """
        Skip navigation
        Harbour Gazette
        Breaking News
        Ferry fire forces evacuation of island port
        Live
        A fire broke out on a passenger ferry moored at the island port on Tuesday morning.
        All 212 passengers were taken ashore, the coastguard said.
        Passengers wait on the quay
        Photo: Harbour Gazette
        The cause of the fire is not yet known.
        Sign up for our morning briefing
        Get the stories that matter to you, every morning.
        Bridge repairs to finish by June
        Council approves new bus lanes
        Share
        """;
    Layout layout = Layout.of(text);
    assertThat(layout.headline()).isEqualTo("Ferry fire forces evacuation of island port");
    assertThat(layout.paragraphs())
        .extracting(p -> p.span().in(text))
        .containsExactly(
            "Ferry fire forces evacuation of island port",
            "A fire broke out on a passenger ferry moored at the island port on Tuesday morning.",
            "All 212 passengers were taken ashore, the coastguard said.",
            "The cause of the fire is not yet known.");
    assertThat(layout.furniture())
        .extracting(Furniture::text)
        .contains("Skip navigation", "Harbour Gazette", "Breaking News", "Live", "Share");
  }

  @Test
  void theCopyOfTheHeadlineNearestTheStoryIsTheHeadline() {
    String text =
        """
        Ferry fire forces evacuation of island port | World | Harbour Gazette
        World
        Ferry fire forces evacuation of island port
        A fire broke out on a passenger ferry moored at the island port on Tuesday morning.
        """;
    Layout layout = Layout.of(text);
    assertThat(layout.headline()).isEqualTo("Ferry fire forces evacuation of island port");
    assertThat(layout.headline()).isEqualTo(layout.paragraphs().get(0).span().in(text));
  }

  @Test
  void aStandfirstPrintedAboveAShorterHeadline() {
    String text =
        """
        More than two hundred passengers were taken ashore as smoke filled the lower decks
        Ferry fire forces evacuation of island port
        A fire broke out on a passenger ferry moored at the island port on Tuesday morning.
        """;
    Layout layout = Layout.of(text);
    assertThat(layout.headline()).isEqualTo("Ferry fire forces evacuation of island port");
    assertThat(layout.paragraphs())
        .extracting(Paragraph::role)
        .containsExactly(Role.STANDFIRST, Role.HEADLINE, Role.BODY);
  }

  @Test
  void aShortLastParagraphAfterACaptionStaysInTheStory() {
    String text =
        "Talks end without a deal\nThe two sides failed to agree on a ceasefire on Friday night.\n"
            + "Photo: Harbor Wire\nBoth sides left.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.paragraphs()).extracting(p -> p.span().in(text)).contains("Both sides left.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Flood victims\\nHeavy rain burst the river banks across the northern province on Sunday.\\nTwelve people died. | Flood victims | CAPTION | null
          Flood victims\\nFloods kill 12 in the north\\nHeavy rain burst the river banks across the northern province on Sunday. | Flood victims | SECTION | Floods kill 12 in the north
          Quake kills 94\\nA strong earthquake struck the mountain region early on Monday, officials said.\\nMany homes fell. | Quake kills 94 | null | Quake kills 94
          """,
      nullValues = "null")
  void aWordOrTwoOverTheStoryIsNoHeadline(
      String page, String line, FurnitureKind kind, String headline) {
    Layout layout = Layout.of(page.replace("\\n", "\n"));
    assertThat(layout.headline()).isEqualTo(headline);
    if (kind != null) {
      assertThat(layout.furniture())
          .filteredOn(f -> f.text().equals(line))
          .extracting(Furniture::kind)
          .containsExactly(kind);
    }
  }

  @Test
  void aHeadlinePrintedAfterTheStoryIsTheHeadlineAndRelatedOnesAreNot() {
    String text =
        """
        Heavy rain burst the river banks across the northern province on Sunday, officials said.
        At least 12 people died and hundreds were evacuated from their homes.
        Floods kill 12 in northern province as river bursts its banks
        Minister visits drought-hit farms in the south
        Election date set for March
        """;
    Layout layout = Layout.of(text);
    assertThat(layout.headline())
        .isEqualTo("Floods kill 12 in northern province as river bursts its banks");
    assertThat(layout.furniture())
        .extracting(Furniture::text)
        .contains("Minister visits drought-hit farms in the south");
  }

  @Test
  void aRelatedHeadlineAfterAStoryWithoutOneIsNotTakenForIt() {
    String text =
        """
        Heavy rain burst the river banks across the northern province on Sunday, officials said.
        At least 12 people died and hundreds were evacuated from their homes.
        Minister visits drought-hit farms in the south
        """;
    assertThat(Layout.of(text).headline()).isNull();
  }

  /** A label printed before the headline on its line is a label; the rest is the headline. */
  @Test
  void aLabelBeforeTheHeadlineOnItsLineIsALabel() {
    String text =
        "Harbour News | Ferry fire closes the main pier for a week\n"
            + "The ferry caught fire on Monday, the port authority said in a statement.\n"
            + "Crews fought the blaze for six hours before it was out, the fire chief said.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.headline()).isEqualTo("Ferry fire closes the main pier for a week");
    assertThat(layout.furniture()).extracting(Furniture::text).containsExactly("Harbour News |");
  }

  /**
   * The headline printed again under its stamp, right above a picture's credit, is the picture's
   * text; printed again above the story, it is the headline under the page's title.
   */
  @Test
  void theHeadlineAgainAboveAPictureCreditIsItsText() {
    String text =
        "Ferry fire closes the main pier\n"
            + "Posted: 2031-03-04 09:12:45\n"
            + "Ferry fire closes the main pier\n"
            + "Photo : Harbour Wire\n"
            + "The ferry caught fire on Monday, the port authority said in a statement.\n"
            + "Crews fought the blaze for six hours before it was out, the fire chief said.\n";
    Layout layout = Layout.of(text);
    assertThat(layout.headline()).isEqualTo("Ferry fire closes the main pier");
    assertThat(layout.paragraphs().get(0).span().start()).isZero();
  }
}
