package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.internal.text.Stems;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Span;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericFactsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The tunnels have reached 548 kilometers.            | quantity | 548 kilometers  | 548 km
          The tunnels have reached 548 km in all.             | quantity | 548 km          | 548 km
          Drivers face a 2.5km diversion.                     | quantity | 2.5km           | 2.5 km
          The deck sat 4.1 metres below the dock.             | quantity | 4.1 metres      | 4.1 m
          Forty firefighters boarded the vessel.              | number   | Forty           | 40
          A dozen passengers were hurt.                       | number   | A dozen         | 12
          About 27,000 vehicles use it every day.             | number   | About 27,000    | 27000
          The airline carried 3.1 million passengers.         | number   | 3.1 million     | 3100000
          Damage was put at $1.2 million by the firm.         | money    | $1.2 million    | 1200000 USD
          The chamber puts the cost at £85,000 a day.         | money    | £85,000         | 85000 GBP
          Bookings were 3.5% ahead of last year.              | percent  | 3.5%            | 3.5%
          The memorandum was signed on Aug. 13 in Ankara.     | date     | Aug. 13         | 08-13
          The memorandum was signed on August 13 in Ankara.   | date     | August 13       | 08-13
          The ferry left on June 3, 2025 at noon.             | date     | June 3, 2025    | 2025-06-03
          The ministers met in Ankara this week.              | date     | this week       | this week
          They met on Tuesday.                                | date     | Tuesday         | Tuesday
          Profit rose in the third-quarter report.            | date     | third-quarter   | Q3
          The alarm was raised at 11:52 p.m. on Sunday.       | time     | 11:52 p.m.      | 23:52
          The alarm was raised at 11.52pm on Sunday.          | time     | 11.52pm         | 23:52
          The alarm was raised at 9 AM on Sunday.             | time     | 9 AM            | 09:00
          The alarm was raised at 7 P.M. on Sunday.           | time     | 7 P.M.          | 19:00
          The 2 ferries left at Noon on Sunday.               | time     | Noon            | 12:00
          The 2 ferries left at MİDNİGHT on Sunday.           | time     | MİDNİGHT        | 00:00
          Three dozen climbers were stranded overnight.       | number   | Three dozen     | 36
          The summit runs from March 2-5 in Geneva.           | date     | March 2-5       | 03-02/03-05
          The summit runs from 2–5 March 2026 in Geneva.      | date     | 2–5 March 2026  | 2026-03-02/2026-03-05
          The summit runs from March 2 to 5 in Geneva.        | date     | March 2 to 5    | 03-02/03-05
          The canal opened on August 15, 1914 to shipping.    | date     | August 15, 1914 | 1914-08-15
          He will serve 4 years and six months in prison.     | quantity | 4 years and six months | 4 yr 6 mo
          She was held for two weeks, three days and 5 hours. | quantity | two weeks, three days and 5 hours | 2 wk 3 d 5 h
          The town paid 50 million CFA francs for the road.   | money    | 50 million CFA francs | 50000000 XOF
          The dam gave way at 0745 GMT on Monday.             | time     | 0745 GMT        | 07:45
          The rocket lifted off at 23:05 UTC on Monday.       | time     | 23:05 UTC       | 23:05
          Rescuers found a one-month-old calf in the mud.     | quantity | one-month       | 1 mo
          The flood washed away one mile of the coast road.   | quantity | one mile        | 1 mi
          Last August, a storm cut the island's power.        | date     | Last August     | last august
          The mine flooded in May 2011 after heavy rain.      | date     | May 2011        | 2011-05
          Organisers of the 2016 marches were later freed.    | date     | 2016            | 2016
          Half a dozen cranes worked on the pier overnight.   | number   | Half a dozen    | 6
          The road will stay shut for at least a week.        | quantity | at least a week | 1 wk
          The treaty ended almost a decade of border clashes. | quantity | almost a decade | 10 yr
          Forty percent of the homes lost power overnight.    | percent  | Forty percent   | 40%
          The capsule reached 27,000 km per hour in orbit.    | quantity | 27,000 km per hour | 27000 km/h
          About a thousand firefighters fought the blaze.     | number   | About a thousand | 1000
          She won the Boston Marathon 2023 in the rain.       | date     | 2023            | 2023
          """)
  void extractsAndNormalises(String sentence, String kind, String text, String value) {
    List<Fact> facts = NumericFacts.in(sentence, Span.of(0, sentence.length()), new Stems());
    assertThat(facts)
        .anySatisfy(
            f -> {
              assertThat(f.kind().label()).isEqualTo(kind);
              assertThat(f.text()).isEqualTo(text);
              assertThat(f.value()).isEqualTo(value);
              assertThat(f.span().in(sentence)).isEqualTo(text);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The barge struck Pier No. 2 of the bridge.
          Plans are on view at 22 Mill St. in the town.
          The span was built in the 1960s.
          The town marked its 200th anniversary with a parade.
          The Lander-2 mission reached orbit on schedule.
          A jet of the F-35 type flew over the stadium.
          She ran the race in 2:00:35, under the old 2:01 mark.
          The home side won the final 3:1 after extra time.
          """)
  void labelsAddressesAndDecadesAreNotCounts(String sentence) {
    assertThat(NumericFacts.in(sentence, Span.of(0, sentence.length()), new Stems()))
        .noneMatch(f -> f.kind() == Fact.Kind.NUMBER);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          About 200 people were evacuated.     | true
          Nearly six hours passed.             | true
          197 people were evacuated.           | false
          They sailed up to  30 miles.         | true
          It lasted just over\t20 minutes.     | true
          Just over\u00a020 boats sailed.       | false
          Nearly \u202820 boats sailed.         | true
          By some:20 boats sailed.             | false
          A crowd of 30 gathered.              | false
          """)
  void hedgesMarkApproximations(String sentence, boolean approximate) {
    assertThat(
            NumericFacts.in(sentence, Span.of(0, sentence.length()), new Stems())
                .get(0)
                .approximate())
        .isEqualTo(approximate);
  }

  /**
   * "one" is a figure only before a unit, and a 24-hour clock a time only with its zone: alone,
   * "One of the officials" and "1600 workers" are a pronoun and a count; "a week" is a span of time
   * only after a hedge or "for" ("twice a week" is a rate), and "May" a month only with its year.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          One of the officials said the search would go on.   | number
          The mill employs 1600 workers in the valley.         | time
          The plant ran at 0800 in the old timetable.          | time
          Only one in five homes had power on Monday.          | quantity
          The ferry sails twice a week to the island.          | quantity
          Officials may reopen the road soon after repairs.    | date
          """)
  void pronounsAndBareClocksAreNotFigures(String sentence, String kind) {
    assertThat(NumericFacts.in(sentence, Span.of(0, sentence.length()), new Stems()))
        .noneMatch(f -> f.kind().label().equals(kind));
  }

  /**
   * What a count is about: the stems of two content words on each side of it, whole words within
   * 200 characters before it; a word that the window's start cuts is left out.
   */
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''  | boat evacu
          ' ' | boat evacu
          x   | boat
          """)
  void aCountIsAboutTheWholeWordsNearIt(String prefix, String about) {
    // "12" stands 200 characters after the start of "Evacuated"
    String sentence = prefix + "Evacuated" + " ,".repeat(95) + " 12 boats.";
    Fact count =
        NumericFacts.in(sentence, Span.of(0, sentence.length()), new Stems()).stream()
            .filter(f -> f.value().equals("12"))
            .findFirst()
            .orElseThrow();
    assertThat(count.about()).isEqualTo(about);
  }
}
