package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HardWrapsTest {

  /** A rule, a text as a wire feed or e-mail wraps it, and the text as its writer meant it. */
  static Stream<Arguments> wrappedTexts() {
    return Stream.of(
        Arguments.of(
            "a wrapped paragraph is one line",
            """
            Türkiye plans technical visits to Syria
            Türkiye is planning technical visits to Syria to assess its defense
            needs and prepare a joint roadmap, Defense Ministry sources said
            Thursday, also pushing back on claims about troops.
            The ministry also said a memorandum was signed on Aug. 13.""",
            """
            Türkiye plans technical visits to Syria
            Türkiye is planning technical visits to Syria to assess its defense \
            needs and prepare a joint roadmap, Defense Ministry sources said \
            Thursday, also pushing back on claims about troops.
            The ministry also said a memorandum was signed on Aug. 13."""),
        Arguments.of(
            "a headline at the margin stays above its standfirst",
            """
            Fifteen hurt as fire sweeps through the Halifax ferry's engine
            Passengers describe thick smoke and a scramble for the stairs as
            the ferry burned off Halifax on Tuesday afternoon, officials said.
            The injured were treated for smoke inhalation at the hospital.""",
            """
            Fifteen hurt as fire sweeps through the Halifax ferry's engine
            Passengers describe thick smoke and a scramble for the stairs as \
            the ferry burned off Halifax on Tuesday afternoon, officials said.
            The injured were treated for smoke inhalation at the hospital."""),
        Arguments.of(
            "a headline wrapped after a word that needs what follows",
            """
            Türkiye plans technical visits to Syria, rejects claims of
            Turkish peacekeepers being sent to Ukraine
            The ministry said on Thursday that it plans technical visits to
            Damascus to assess the needs of the Syrian army, sources said.""",
            """
            Türkiye plans technical visits to Syria, rejects claims of \
            Turkish peacekeepers being sent to Ukraine
            The ministry said on Thursday that it plans technical visits to \
            Damascus to assess the needs of the Syrian army, sources said."""),
        Arguments.of(
            "a title-case headline goes on in title case",
            """
            Massive Landslide in China's Sichuan Province Kills 15, Over 120
            Still Buried Under Debris
            A massive landslide in Sichuan province of China killed at least
            fifteen people and buried over a hundred more, officials said.""",
            """
            Massive Landslide in China's Sichuan Province Kills 15, Over 120 \
            Still Buried Under Debris
            A massive landslide in Sichuan province of China killed at least \
            fifteen people and buried over a hundred more, officials said."""),
        Arguments.of(
            "a dateline opens the story",
            """
            Fire aboard the Halifax passenger ferry injures twelve people on
            HALIFAX, Nova Scotia (Harbor Wire) - A fire broke out in the engine
            room of a passenger ferry off Halifax on Tuesday, officials said.""",
            """
            Fire aboard the Halifax passenger ferry injures twelve people on
            HALIFAX, Nova Scotia (Harbor Wire) - A fire broke out in the engine \
            room of a passenger ferry off Halifax on Tuesday, officials said."""),
        Arguments.of(
            "a quotation open at the margin goes on",
            """
            "We are not seeing the kind of deep cracking that would worry me.
            If the lab results back that up, it will reopen within weeks," the
            engineer said after the divers had finished their inspection.""",
            """
            "We are not seeing the kind of deep cracking that would worry me. \
            If the lab results back that up, it will reopen within weeks," the \
            engineer said after the divers had finished their inspection."""),
        Arguments.of(
            "paragraphs marked by blank lines join at sentence ends too",
            """
            The ministry said it would send a technical team to Damascus.
            Officials there said the visit would start on Monday next week.

            The team will report back to the minister within three weeks of
            its arrival, the spokesman told reporters at the weekly briefing.

            A second visit is planned for the spring, he added on Thursday.""",
            """
            The ministry said it would send a technical team to Damascus. \
            Officials there said the visit would start on Monday next week.

            The team will report back to the minister within three weeks of \
            its arrival, the spokesman told reporters at the weekly briefing.

            A second visit is planned for the spring, he added on Thursday."""),
        Arguments.of(
            "a date standing alone after a full line is no part of it",
            """
            Twelve hurt in Halifax ferry fire
            A fire broke out in the engine room of a passenger ferry off
            Halifax on Tuesday, injuring twelve of the passengers aboard
            and forcing the evacuation of everyone else, officials said.
            Ferry operator fined over the engine room fire off Halifax -
            March 14, 2031""",
            """
            Twelve hurt in Halifax ferry fire
            A fire broke out in the engine room of a passenger ferry off \
            Halifax on Tuesday, injuring twelve of the passengers aboard \
            and forcing the evacuation of everyone else, officials said.
            Ferry operator fined over the engine room fire off Halifax -
            March 14, 2031"""),
        Arguments.of(
            "a template placeholder after a full headline is no part of it",
            """
            Strong earthquake kills at least 75 in the hills of northwest China
            {{#rendered}} {{/rendered}}
            A strong earthquake struck a dry, hilly farming area in northwest
            China early on Monday, killing at least 75 people and injuring
            hundreds more, officials said.""",
            """
            Strong earthquake kills at least 75 in the hills of northwest China
            {{#rendered}} {{/rendered}}
            A strong earthquake struck a dry, hilly farming area in northwest \
            China early on Monday, killing at least 75 people and injuring \
            hundreds more, officials said."""),
        Arguments.of(
            "in paragraphs apart, a notice in capitals going on in capitals is no dateline",
            """
            Rescuers carry a survivor from the mine near Harare on
            Monday in this photo released by the state broadcaster.
            ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD
            PARTY.

            Rescuers pulled nine survivors from a collapsed gold mine
            shaft near Harare on Monday, police said, and were still
            searching for more.

            The mine had been closed since 2029, the ministry said.""",
            """
            Rescuers carry a survivor from the mine near Harare on \
            Monday in this photo released by the state broadcaster. \
            ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD \
            PARTY.

            Rescuers pulled nine survivors from a collapsed gold mine \
            shaft near Harare on Monday, police said, and were still \
            searching for more.

            The mine had been closed since 2029, the ministry said."""),
        Arguments.of(
            "a title ending in a separator goes on",
            """
            Mine collapse: nine dead as gold shaft caves in near Harare |
            News | Daily Wire | 22.07.2031
            Rescuers pulled nine bodies from a collapsed gold mine shaft
            near Harare on Monday, police said, and were still searching
            for more workers.""",
            """
            Mine collapse: nine dead as gold shaft caves in near Harare | \
            News | Daily Wire | 22.07.2031
            Rescuers pulled nine bodies from a collapsed gold mine shaft \
            near Harare on Monday, police said, and were still searching \
            for more workers."""),
        Arguments.of(
            "a title ending in a dash goes on to its source",
            """
            Mine collapse: nine dead, 15 trapped as gold shaft caves in –
            State TV
            Rescuers pulled nine bodies from a collapsed gold mine shaft
            near Harare on Monday, police said, and were still searching
            for more workers.""",
            """
            Mine collapse: nine dead, 15 trapped as gold shaft caves in – \
            State TV
            Rescuers pulled nine bodies from a collapsed gold mine shaft \
            near Harare on Monday, police said, and were still searching \
            for more workers."""),
        Arguments.of(
            "a list item after a full one is the next item",
            """
            Rescuers pulled nine bodies from a collapsed gold mine shaft
            near Harare on Monday, police said, and were still searching.
            More stories:
            - Flooded rivers cut off three villages in the east of the valley
            - Harbour pier closed for repairs after a ferry struck its pilings
            - Council votes to rebuild the old bridge""",
            """
            Rescuers pulled nine bodies from a collapsed gold mine shaft \
            near Harare on Monday, police said, and were still searching.
            More stories:
            - Flooded rivers cut off three villages in the east of the valley
            - Harbour pier closed for repairs after a ferry struck its pilings
            - Council votes to rebuild the old bridge"""),
        Arguments.of(
            "a page without a headline opens with a sentence broken before a name",
            """
            The presidential bid of the popular opposition politician
            Ada Okafor was thrown into doubt on Monday after a court of
            appeal handed her a heavier sentence in a libel case.
            Her lawyers said they would appeal to the supreme court.""",
            """
            The presidential bid of the popular opposition politician \
            Ada Okafor was thrown into doubt on Monday after a court of \
            appeal handed her a heavier sentence in a libel case.
            Her lawyers said they would appeal to the supreme court."""),
        Arguments.of(
            "a line stopping at an initial or a title goes on with the name",
            """
            Harbour fire injures nine
            The fire was reported shortly after noon by harbour master Ellen J.
            Vance, who called the coast guard and then cleared the pier at once.
            The arrests were announced at a news conference on Friday by Capt.
            Tom Brand, who said two men would appear in court on Monday morning.""",
            """
            Harbour fire injures nine
            The fire was reported shortly after noon by harbour master Ellen J. \
            Vance, who called the coast guard and then cleared the pier at once.
            The arrests were announced at a news conference on Friday by Capt. \
            Tom Brand, who said two men would appear in court on Monday morning."""),
        Arguments.of(
            "a quoted question at the margin goes on to its attribution",
            """
            Residents demand answers after the flood
            "Why were we not warned before the river burst its banks last night?"
            Mayor Ada Okafor asked at a packed meeting in the town hall on Monday.
            She promised an inquiry into the warnings that were never sent out.""",
            """
            Residents demand answers after the flood
            "Why were we not warned before the river burst its banks last night?" \
            Mayor Ada Okafor asked at a packed meeting in the town hall on Monday.
            She promised an inquiry into the warnings that were never sent out."""),
        Arguments.of(
            "a page without a headline opens with a quotation broken before a name",
            """
            "We are using our hands and shovels to search," police chief Ada
            Okafor said on Monday as rescuers dug through the mud by the river.
            Nine people are still missing after the hillside gave way at dawn.""",
            """
            "We are using our hands and shovels to search," police chief Ada \
            Okafor said on Monday as rescuers dug through the mud by the river.
            Nine people are still missing after the hillside gave way at dawn."""),
        Arguments.of(
            "a stray newline inside a sentence",
            "It was a cold \nnight in the city.",
            "It was a cold  night in the city."),
        Arguments.of(
            "a stray newline in a sentence broken as a PDF breaks it",
            "This is a sentence\ncut off in the middle because pdf.",
            "This is a sentence cut off in the middle because pdf."),
        Arguments.of(
            "CRLF line breaks become two spaces",
            "Fire aboard Halifax ferry\r\n"
                + "A fire broke out in the engine room of a passenger ferry off\r\n"
                + "Halifax on Tuesday, injuring twelve of the passengers aboard\r\n"
                + "and forcing the evacuation of everyone else, officials said.\r\n"
                + "The fire started at 3:40 p.m. on Tuesday aboard the ferry.",
            "Fire aboard Halifax ferry\r\n"
                + "A fire broke out in the engine room of a passenger ferry off  "
                + "Halifax on Tuesday, injuring twelve of the passengers aboard  "
                + "and forcing the evacuation of everyone else, officials said.\r\n"
                + "The fire started at 3:40 p.m. on Tuesday aboard the ferry."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrappedTexts")
  void unwrapsWhatOnlyWraps(String rule, String wrapped, String meant) {
    assertThat(HardWraps.unwrap(wrapped)).isEqualTo(meant).hasSameSizeAs(wrapped);
  }

  /** Texts whose line breaks all end paragraphs or items. */
  static Stream<String> unwrappedTexts() {
    return Stream.of(
        // One paragraph a line, as pages and most files give it.
        """
        Türkiye rules out sending peacekeeping troops to Ukraine
        Ankara dismisses speculation that it may deploy peacekeeping troops to Ukraine, with \
        Defence Ministry officials stressing that such claims are unfounded.
        By Jane Doe
        Türkiye will not send peacekeeping troops to Ukraine, Defence Ministry officials said on \
        Thursday, pushing back against speculation about Ankara's role.""",
        // A list of short lower-case items never reaches a sentence end.
        "features\ncontact manager\nevents, activities\n",
        // Short paragraphs that end sentences near one length are not wrapped text.
        """
        The council met on Monday evening to discuss the new budget.
        The mayor said the budget would be balanced by next spring.
        Residents asked about the closure of the public library.
        Officials said the library would reopen in the autumn.""");
  }

  @ParameterizedTest
  @MethodSource("unwrappedTexts")
  void leavesParagraphsAlone(String text) {
    assertThat(HardWraps.unwrap(text)).isEqualTo(text);
  }

  @Test
  void aTextOfOneLineIsReturnedAsItIs() {
    String line = "A single line of text with no break at all.";
    assertThat(HardWraps.unwrap(line)).isSameAs(line);
  }
}
