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
}
