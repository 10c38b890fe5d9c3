package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConflictsTest {

  private static final String OTHER =
      "\nThe harbour reopened later in the week after repairs.\nOfficials praised the crew.\n";

  private static List<Conflict> conflicts(String a, String b) {
    Comparison c =
        NewsDiff.compare(List.of(NewsDiff.parse("a", a + OTHER), NewsDiff.parse("b", b + OTHER)));
    return c.conflicts();
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The fire injured 12 passengers aboard the ferry off Halifax.      | The fire injured 15 passengers aboard the ferry off Halifax.         | conflict
          The ferry's deck sat 4.1 metres below the dock at low tide.        | The ferry's deck sat 1.4 metres below the dock at low tide.           | conflict
          The fire on the ferry started at 3:40 p.m. near the harbour.       | The fire on the ferry started at 4:30 p.m. near the harbour.          | conflict
          Officials evacuated 197 people from the burning ferry.             | Officials evacuated about 200 people from the burning ferry.          | approximation
          The ferry was towed 2.5 km back to port by a tug.                  | The ferry was towed 2.5 kilometres back to port by a tug.             | none
          Forty firefighters boarded the burning ferry in the port.          | 40 firefighters boarded the burning ferry in the port.                | none
          The ministers met in Ankara this week to discuss defence.          | The ministers met in Ankara on Tuesday to discuss defence.            | none
          The ministers met in Ankara on Tuesday to discuss defence.         | The ministers met in Ankara on Wednesday to discuss defence.          | conflict
          The ferry was towed 2.5 km back to the port by a tug.              | The ferry was towed back to the port by a tug, sitting 1.4 metres low. | none
          The ferry was towed 2.5 km back to port by a harbour tug.          | The ferry was towed 2.5 m back to port by a harbour tug.              | conflict
          The ferry was towed 2.5 km back to port by a harbour tug.          | The ferry was towed 25 km back to port by a harbour tug.              | conflict
          At least 18 people were killed when the dam burst on Sunday.       | At least 25 people were killed when the dam burst on Sunday.          | conflict
          The dam burst on Sunday, killing 18 people and injuring 40.         | The dam burst on Sunday, killing 40 people and injuring 40.           | conflict
          The dam burst on Sunday, killing 18 and injuring 40 villagers.     | The dam burst on Sunday and 40 villagers were killed in the flood.     | conflict
          The dam burst on Sunday and 18 villagers were killed, police said. | The dam burst on Sunday and 25 villagers were injured, police said.    | none
          A coach carrying 50 tourists overturned on the mountain road.      | A coach overturned on the mountain road and 12 tourists were hurt.    | none
          Last year the dam burst and killed 18 villagers in the valley.     | The dam burst and killed 25 villagers in the valley on Sunday.         | none
          The firm was fined 90 million CFA francs ($150,000) for the spill. | The firm was fined 90 million CFA francs ($152,000) for the spill.    | approximation
          The water rose 3.2 m in the night, and the dam burst at dawn.       | The dam burst at dawn after the water rose 2.3 m in the night.         | conflict
          The judge jailed the mayor for 12 years over the bribes on Friday.  | The judge jailed the mayor for 10 years over the bribes on Friday.     | conflict
          The judge jailed the mayor for 8 years over the bribes on Friday.   | The bribes to the mayor went on for 5 years, the judge said on Friday. | none
          More than 300 homes were flooded when the river burst its banks.   | At least 340 homes were flooded when the river burst its banks.        | approximation
          More than 300 homes were flooded when the river burst its banks.   | The river burst its banks and 412 homes were flooded.                  | conflict
          """)
  void findsConflictsAndApproximations(String a, String b, String expected) {
    List<Conflict> found = conflicts(a, b);
    switch (expected) {
      case "none" -> assertThat(found).isEmpty();
      case "approximation" ->
          assertThat(found).singleElement().satisfies(c -> assertThat(c.approximation()).isTrue());
      default ->
          assertThat(found)
              .singleElement()
              .satisfies(
                  c -> {
                    assertThat(c.approximation()).isFalse();
                    assertThat(c.members()).hasSize(2);
                  });
    }
  }

  /** Two sentences each outlet carries: the two articles tell one story. */
  private static final String SHARED =
      "\nRescue teams worked through the night beside the wreck on the mountain road."
          + "\nThe regional governor ordered an inquiry into the state of the road and its barriers."
          + "\nRelatives gathered at the hospital in the valley town, waiting for news.\n";

  private static final String WITHOUT_FIGURE =
      "Police said the coach left the road on a sharp bend below the pass.\n";

  private static final String LEAD =
      "A coach carrying pilgrims plunged off a mountain road into a gorge on Sunday night.\n";

  /**
   * Issue 17: a figure each outlet states once is compared with the other's even where the aligner
   * did not pair their sentences; not where either gives two values of that kind, the text marks
   * another scope, or the two articles share nothing.
   */
  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Police said 31 people were killed when the coach left the road.          | Hospital staff confirmed late on Monday that 38 people had died of their injuries from the coach crash. | conflict
          The coach was carrying 44 passengers when it left the road, police said. | Survivors recalled that about 60 people had been on board the coach when it set off along the mountain road. | conflict
          The coach left the shrine at 6:10 p.m., the operator said.              | Several pilgrims, speaking to reporters at the hospital on Monday, insisted that their coach left the shrine at about 6:45 p.m. | conflict
          Police said 31 people were killed when the coach left the road.          | Hospital staff confirmed late on Monday that 31 people had died of their injuries from the coach crash. | none
          Police said 31 people were killed when the coach left the road.          | Last year, hospital staff confirmed that 38 people had died of their injuries from a coach crash. | none
          Police said 31 people were killed when the coach left the road.          | Hospital staff confirmed that 38 people had died of their injuries from coach crashes in the province. | none
          Police said 31 people were killed when the coach left the road.          | Hospital staff first said 29 people had died from the coach crash; on Monday they said 38 people had died. | none
          Police said 31 people were killed when the coach left the road.          | Hospital staff confirmed late on Monday that 38 people were being treated for injuries from the coach crash. | none
          The coach was carrying 44 passengers when it left the road, police said. | Hospital staff confirmed late on Monday that 38 people had died of their injuries from the coach crash. | none
          The coach left the shrine at 6:10 p.m., the operator said.              | Several pilgrims, speaking to reporters at the hospital on Monday, said that the rescue began at about 9:45 p.m. | none
          """)
  void comparesFiguresEachOutletStatesOnceWhereTheirSentencesWereNotAligned(
      String a, String b, String expected) {
    Article left = NewsDiff.parse("a", "Crash\n\n" + LEAD + a + SHARED);
    Article right = NewsDiff.parse("b", "Crash\n\n" + LEAD + SHARED + WITHOUT_FIGURE + b + "\n");
    // the aligner paired a's sentence with one of b's that gives no figure, and b's with nothing
    List<Statement> statements = new ArrayList<>(sameSentences(left, right));
    statements.add(
        statement("st" + (statements.size() + 1), left, a, right, WITHOUT_FIGURE.trim()));
    List<Conflict> found =
        Conflicts.find(List.of(left, right), statements).stream()
            .filter(x -> !x.approximation())
            .toList();
    if (expected.equals("none")) {
      assertThat(found).isEmpty();
      return;
    }
    assertThat(found)
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.members())
                    .extracting(
                        m -> (m.article().equals("a") ? left : right).sentence(m.sentence()).text())
                    .containsExactlyInAnyOrder(a, b));
  }

  /**
   * Issue 17: two durations whose kind their sentences do not tell disagree only where the words
   * around them share one ("nine years of fighting", "six years of fighting"); a six-month stay and
   * a decade of raids are two spans of time. Close enough to approximate each other, they need no
   * word in common.
   */
  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The truce ended nine years of fighting in the border hills.    | The truce ended almost a decade of fighting in the border hills.          | approximation
          The truce ended nine years of fighting in the border hills.    | The truce ended six years of fighting in the border hills.                | conflict
          The envoys began a six-month stay at the camp after the truce. | The truce in the border hills ended almost a decade of raids by militias. | none
          The envoys made the 12-hour trip to the camp after the truce.  | The truce held, and envoys reached the camp about 12 hours and 20 minutes later. | approximation
          """)
  void comparesDurationsOfAnUntoldKindOnlyWhereTheyMeasureOneThing(
      String a, String b, String expected) {
    assertVerdictOnOneStatement(a, b, expected);
  }

  /**
   * Issue 17, real figure pairs: figures that share a unit or a noun but count or measure another
   * thing are not compared (a whole and its part, a cap and an amount, the rest of a group, new
   * ones and a total, an update and an earlier count, a distance from another place, a stage of an
   * event); the same distance seen from either end still is. Of several figures that do not say
   * what they measure, the one whose surrounding words the other shares is its partner.
   */
  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The village lies 85 km north of Quito, the survey said.              | Quito lies about 120 km south of the village, the survey said.      | conflict
          The village lies 85 km north of Quito, the survey said.              | The village lies about 120 km north of Quito, the survey said.      | conflict
          The pilgrims drove from the shrine to the village, about 120 km east. | The village lies 85 km north of Quito, the survey said.            | none
          Of the 60 miners underground, 41 were brought up alive on Friday.    | Rescuers said 52 miners were still trapped on Friday.               | none
          Rescuers said 52 miners were still trapped on Friday.                | Some 60 miners had gone underground on Friday, the union said.      | none
          The regulator can impose fines of up to 4% of a firm's turnover.     | The regulator fined the firm 0.2% of its turnover on Monday.        | none
          Searchers have no word on 19 other hikers lost on the ridge.         | Searchers said 23 hikers were still missing on the ridge.           | none
          Health officials logged 312 new infections on Monday.                | Health officials said 9,840 infections had been logged on Monday.   | none
          The death toll from the flood has risen to 46, officials said.       | Officials said the flood killed 39 people in the valley.            | none
          The flood killed 46 people in the valley, officials said.            | Officials said the flood killed 39 people in the valley.            | conflict
          On the final leg of the rally, drivers race to Dakar from March 9.   | The rally drivers race from Lisbon to Dakar from March 2.           | none
          The wreck lies 4.6 km west of the lighthouse and 2.8 km off the reef. | Divers found the wreck about 4.5 km west of the lighthouse.        | approximation
          The wreck lies 4.6 km west of the lighthouse and 2.8 km off the reef. | Divers found the wreck 3.9 km west of the lighthouse on Sunday.    | conflict
          There is no death toll yet for the magnitude 7.1 quake in the valley.     | The quake killed at least 30 people in the valley, officials said.        | none
          A magnitude 7.1 quake hit the valley, killing at least 30 people.     | A 6.8-magnitude quake hit the valley, killing at least 30 people.  | conflict
          The quake struck at a depth of 40 km near the valley town.            | The quake struck 42 km east of Tarvo, near the valley town.        | none
          The quake struck at a depth of 40 km near the valley town.            | The quake struck at a depth of 10 km near the valley town.         | conflict
          Crews found three bodies at the mine while two miners died in hospital. | At least five miners were killed at the mine, officials said.    | none
          On Naxos, two tourists died when the old wall collapsed.              | The collapse killed at least 11 tourists, officials said.          | none
          The last big flood hit the valley in 2011, killing 90 people.         | The flood killed 14 people in the valley on Monday.                | none
          As of noon Monday, 42 people had been rescued from the valley.        | By nightfall, 57 people had been rescued from the valley.          | none
          The ferry carried 477 people, of whom 164 were rescued.               | Officials said 180 people were rescued from the ferry.             | conflict
          Initially, officials said 34 people had died in the valley.           | Officials said 12 people died in the valley on Monday.             | none
          """)
  void comparesOnlyFiguresThatCountOrMeasureOneThing(String a, String b, String expected) {
    assertVerdictOnOneStatement(a, b, expected);
  }

  /**
   * Issue 17, round 23 (false conflicts of the sample sets, with invented sentences): a figure is
   * compared only with one that plays the same part. The time a fire was under control by is not
   * the time it started; a day of a plan ("will visit on Wednesday") is not the day of what was
   * done; the day of a statement is not the day of the hearing; a sentence asked for is not the one
   * given; a forecast is not a reading; a proportion and a count of those left out are no count of
   * cases; an age is compared only with the age of someone who could be the same person; a range
   * agrees with a value inside it. The same figures playing the same part still disagree.
   */
  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The fire in the depot started at about 3:15 p.m., witnesses said.    | Crews had the fire in the depot under control by 6:10 p.m.          | none
          Crews had the fire in the depot under control by 5:20 p.m.           | Crews had the fire in the depot under control by 6:10 p.m.          | conflict
          On Monday, the president declared the valley a disaster zone.        | The president will visit the valley disaster zone on Wednesday.     | none
          The president is scheduled to visit the valley and its camps on Wednesday. | The president visited the valley and its camps on Tuesday.   | none
          The president will visit the valley and its camps on Wednesday.      | The president is due to visit the valley and its camps on Thursday. | conflict
          In a statement made on Sunday, the mayor said he would skip the hearing. | The mayor did not attend Monday's hearing, his lawyer said.      | none
          The prosecutor had requested a two-year prison sentence for the mayor. | The court gave the mayor a six-month suspended prison sentence.   | none
          Temperatures are forecast to reach 45 degrees in the south on Friday. | Temperatures reached 44.3 degrees in the south on Friday.          | none
          Temperatures reached 45.1 degrees in the south on Friday.            | Temperatures reached 44.3 degrees in the south on Friday.           | conflict
          The heat beat the previous record of 44.1 degrees in the south on Friday. | Temperatures reached 45.9 degrees in the south on Friday.     | none
          All but 18 of the cases are linked to the outbreak at the park.      | Eight out of 10 cases are linked to the outbreak at the park.       | none
          A 17-year-old boy died of heatstroke in the town on Friday.          | A 93-year-old man died of heatstroke in the town on Friday.         | none
          An 80-year-old man died of heatstroke in the town on Friday.         | A 93-year-old man died of heatstroke in the town on Friday.         | conflict
          A 4-year-old boy drowned in the river near the town on Friday.       | A 5-year-old child drowned in the river near the town on Friday.    | conflict
          The quake, of a magnitude between 5.9 and 6.6, shook the valley town. | The quake of magnitude 6.6 shook the valley town, and a tremor of magnitude 5.6 followed. | none
          The quake, of a magnitude between 5.9 and 6.2, shook the valley town. | The quake of magnitude 6.0 shook the valley town on Monday.       | none
          Elsewhere in Spain, a 93-year-old man collapsed and died on the street in the northern city of Valladolid, police said, who gave heatstroke as the cause of death. | An 80-year-old man died on Thursday after collapsing from what is thought to have been heatstroke in the city of Valladolid. | conflict
          Liberian President George Weah conceded defeat in the runoff vote.   | Liberia President George Weah concedes defeat in the runoff vote.   | none
          """)
  void comparesOnlyFiguresThatPlayTheSamePart(String a, String b, String expected) {
    assertVerdictOnOneStatement(a, b, expected);
  }

  /**
   * Issue 17: a disagreement on a count holds every sentence where each outlet restates its count
   * ("six bodies had been brought up" after "six miners died"); not a sentence that gives another
   * value of that kind, nor one of another scope.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Rescuers said six bodies had been brought up from the shaft by nightfall. | The union said four dead bodies had been recovered so far from the site. | 4
          Rescuers said six bodies had been brought up from the shaft by nightfall. | The union said five dead bodies had been recovered so far from the site. | 3
          Rescuers said seven bodies had been brought up from the shaft by nightfall. | The union said four dead bodies had been recovered so far from the site. | 3
          Rescuers said six bodies had been brought up from the shaft by nightfall. | Last year, 40 miners died in a flood at the same mine, the union said.   | 3
          Rescuers said six bodies had been brought up from the shaft by nightfall. | The union said 30 miners had been brought up alive from the shaft.        | 3
          """)
  void aConflictOnACountHoldsEachOutletsRestatementsOfIt(String a, String b, int members) {
    String leadA = "Six miners died when the shaft collapsed at the gold mine on Friday.";
    String leadB = "Four miners died when the shaft collapsed at the gold mine on Friday.";
    Article left = NewsDiff.parse("a", "Collapse\n\n" + leadA + "\n" + a + SHARED);
    Article right = NewsDiff.parse("b", "Collapse\n\n" + leadB + "\n" + b + SHARED);
    List<Statement> statements = new ArrayList<>(sameSentences(left, right));
    statements.add(statement("st" + (statements.size() + 1), left, leadA, right, leadB));
    assertThat(Conflicts.find(List.of(left, right), statements))
        .singleElement()
        .satisfies(x -> assertThat(x.members()).hasSize(members));
  }

  /**
   * The statements an aligner would surely make: the body sentences both articles carry word for
   * word, and nothing else, so that the figures' own sentences stay unaligned.
   */
  private static List<Statement> sameSentences(Article left, Article right) {
    List<Statement> out = new ArrayList<>();
    for (Sentence x : left.sentences()) {
      if (x.role() == Role.BODY
          && right.sentences().stream().anyMatch(y -> y.text().equals(x.text()))) {
        out.add(statement("st" + (out.size() + 1), left, x.text(), right, x.text()));
      }
    }
    return out;
  }

  private static Statement statement(String id, Article left, String x, Article right, String y) {
    return new Statement(id, List.of(member(left, x), member(right, y)), 1.0, List.of());
  }

  private static Member member(Article article, String text) {
    Sentence s =
        article.sentences().stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
    return new Member(article.id(), s.id(), s.span());
  }

  /** Without a statement in common the two articles tell two stories: nothing is compared. */
  @org.junit.jupiter.api.Test
  void unrelatedArticlesShareNoConflicts() {
    Comparison c =
        NewsDiff.compare(
            List.of(
                NewsDiff.parse(
                    "a",
                    "Crash\n\nPolice said 31 people were killed when the coach left the road."
                        + "\nThe coach was travelling from the mountain shrine to the city.\n"),
                NewsDiff.parse(
                    "b",
                    "Flood\n\nFarmers on the plain counted 38 dead as the river burst its banks."
                        + "\nWater rose across the fields overnight after heavy rain.\n")));
    assertThat(c.statements()).isEmpty();
    assertThat(c.conflicts()).isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Tuesday   | 06-03      | 2025 | true
          Wednesday | 06-03      | 2025 | false
          Tuesday   | 06-03      |      | true
          this week | 2025-06-03 |      | true
          08-13     | 08-19      |      | false
          06-07     | 2025-06-07/2025-06-09 | | true
          06-04/06-06 | 06-04/06-09 |     | true
          06-03     | 06-04/06-06 |      | false
          """)
  void dateCompatibility(String a, String b, Integer year, boolean compatible) {
    assertThat(Measures.compatibleDates(a, b, year, year)).isEqualTo(compatible);
  }

  /**
   * Compares {@code a} and {@code b} as one statement of two outlets and checks the verdict:
   * "none", "approximation", or else a conflict.
   */
  private static void assertVerdictOnOneStatement(String a, String b, String expected) {
    Article left = NewsDiff.parse("a", a + OTHER);
    Article right = NewsDiff.parse("b", b + OTHER);
    List<Conflict> found =
        Conflicts.find(List.of(left, right), List.of(statement("st1", left, a, right, b)));
    switch (expected) {
      case "none" -> assertThat(found).isEmpty();
      case "approximation" ->
          assertThat(found).singleElement().satisfies(c -> assertThat(c.approximation()).isTrue());
      default ->
          assertThat(found).singleElement().satisfies(c -> assertThat(c.approximation()).isFalse());
    }
  }
}
