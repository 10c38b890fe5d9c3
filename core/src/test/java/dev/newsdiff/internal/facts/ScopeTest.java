package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeTest {

  @ParameterizedTest(name = "{1} in \"{0}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The quake killed 31 people in the mountain town.                   | 31   | []
          Last year, a similar quake killed 12 people in the town.           | 12   | [last year]
          The clinic has treated 400 patients since January.                 | 400  | [since january]
          In March, the court gave him a 3-month sentence.                   | 3    | [in march]
          Floods in 2019 destroyed 80 bridges.                               | 80   | [in 2019]
          Police found 20 bodies, 6 of them children.                        | 6    | [part]
          The blast killed 20 people, including 4 firefighters.              | 4    | [part]
          Officials later counted a further 30.                              | 30   | [further]
          The virus has infected 900 people in the province.                 | 900  | [in the province]
          The fine was 90 million CFA francs ($150,000) in all.              | $150,000 | [conversion]
          The capsule is carrying three Americans and one Japanese to orbit. | three | [part]
          The raid killed 12 soldiers and 4 civilians near the border.       | 4    | [part]
          The raid killed 12 soldiers and 4 civilians near the border.       | 12   | [part]
          The crash killed 24 people and 13 others were hurt.                | 24   | []
          The crash killed 24 people and 13 were hurt on the road.           | 13   | []
          At least 24 people died and 13 people were hurt.                   | 13   | []
          Of the 60 miners underground, 41 were brought up alive.            | 60   | [whole]
          Nine of the 60 miners underground were never found.                | 60   | [whole]
          Most of the 60 miners underground were brought up alive.           | 60   | [whole]
          The bodies of the 60 miners were flown home on Friday.             | 60   | []
          The agency can impose fines of up to 4% of a firm's turnover.     | 4%   | [cap]
          The company faces a maximum of 20 inspections a year.              | 20   | [cap]
          The number of flu cases at the school is up to 212 this winter.   | 212  | []
          Searchers have no word on 19 other hikers lost on the ridge.       | 19   | [other]
          Two hikers died in the storm and 19 others were hurt on the ridge. | 19   | []
          Officials also said that at least 450 others were injured.         | 450  | []
          Health officials logged 312 new infections on Monday.              | 312  | [new]
          Divers pulled two more bodies from the lake at dawn.               | two  | [new]
          The lake claimed more than 40 lives that summer.                   | 40   | []
          The death toll from the flood has risen to 46, officials said.     | 46   | [update]
          Officials said 12 more infections were logged, bringing the total to 640. | 640 | [update]
          The toll rose from 31 to 46 overnight, the governor said.          | 46   | [update]
          The flood killed 46 people in the valley, officials said.          | 46   | []
          The prosecutor had requested a two-year sentence for the mayor.     | two-year | [demand]
          The families sought $5 million in damages from the firm.           | $5 million | [demand]
          Temperatures are forecast to reach 45 degrees in the south.        | 45 degrees | [forecast]
          It is set to beat the current record of 44.1 degrees in the south. | 44.1 degrees | [previous record]
          It beat the previous record for France of 44.1 degrees on Friday.  | 44.1 degrees | [previous record]
          It set a new record of 45.9 degrees on Friday.                     | 45.9 degrees | []
          Eight out of 10 cases are linked to the outbreak at the park.      | Eight | [proportion]
          Eight out of 10 cases are linked to the outbreak at the park.      | 10   | [proportion]
          One in five adults in the town had the flu this winter.            | five | [proportion]
          The flu struck 40 in the town in 2019.                             | 40   | [in 2019]
          Gunmen killed 12 in two attacks on the town.                       | 12   | []
          Just 1 in 4 adults in the town had the flu this winter.            | 1    | [proportion]
          Just 1 in 4 adults in the town had the flu this winter.            | 4    | [proportion]
          All but 18 of the cases are linked to the outbreak at the park.    | 18   | [except]
          The quake struck at a depth of 10 km under the island.             | 10 km | [depth]
          The epicentre was a shallow 4 km below the surface.                | 4 km | [depth]
          The river is 15 feet deep near the bridge.                         | 15 feet | [depth]
          As of noon Monday, 42 people had been rescued.                     | 42   | [as of noon monday]
          By nightfall, 9 bodies had been recovered from the river.          | 9    | [as of nightfall]
          On Crete, two tourists were injured by falling rocks.              | two  | [in crete]
          On Monday, two tourists were injured by falling rocks.             | two  | []
          The last big flood hit the city in 2011, killing 90 people.        | 90   | [in 2011]
          The storm hit the city on Friday, killing 90 people.               | 90   | []
          Crews moved 500 tonnes of grain that had been stored there since it arrived in 2019. | 500 tonnes | []
          The ferry carried 300 people, of whom 120 were students.           | 120  | [part]
          Initially, officials said 34 people had died in the valley.        | 34   | [earlier]
          The ministry reversed an earlier announcement of 368 rescued.      | 368  | [earlier]
          Earlier this year, 12 people died in a similar crash.              | 12   | [earlier this year]
          """)
  void readsWhatATextSaysOfAFiguresScope(String sentence, String figure, String expected) {
    int start = sentence.indexOf(figure);
    assertThat(Scope.of(sentence, start, start + figure.length(), false).toString())
        .isEqualTo(expected);
  }

  /**
   * Issue 17, round 25: "of whom 164 were rescued" is the rescued count, not a part of those on
   * board, when the sentence says what it counts; "of whom 120 were students" is a part.
   */
  @ParameterizedTest(name = "{1} in \"{0}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The ferry carried 477 people, of whom 164 were rescued.            | 164  | []
          The blast killed 20 people, including 4 firefighters.              | 4    | [part]
          """)
  void aCountThatSaysWhatItCountsIsNoPartOfWhom(String sentence, String figure, String expected) {
    int start = sentence.indexOf(figure);
    assertThat(Scope.of(sentence, start, start + figure.length(), true).toString())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1} in \"{0}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The bridge collapsed on Friday, officials said.              | Friday   | false | []
          The bridge collapsed, officials said on Saturday.            | Saturday | false | [reported]
          The festival runs from July 3 in the old town.               | July 3   | false | [from]
          The road stays shut until July 9 for repairs.                | July 9   | false | [until]
          The festival runs from July 3-9 in the old town.             | July 3-9 | true  | []
          The probe landed at 10 p.m. (0300 GMT Thursday) on the moon. | Thursday | false | [conversion]
          The ship sailed late on Tuesday (Wednesday, local time).     | Wednesday | false | [conversion]
          The probe landed on Wednesday (after a delay) on the moon.   | Wednesday | false | []
          The probe landed at 0300 GMT on Thursday near the pole.      | Thursday | false | [in gmt]
          The probe landed at 10 p.m. EST Wednesday near the pole.     | Wednesday | false | [in est]
          The probe landed at 10 p.m. [0300 GMT Thursday] at the pole. | Thursday | false | [conversion]
          The probe landed at 10 p.m. on Wednesday near the pole.      | Wednesday | false | []
          On the final leg of the rally, drivers race to Dakar from March 9. | March 9 | false | [stage]
          The rally sets off from Lisbon on March 2, its organisers said. | March 2 | false | []
          In a statement made on Sunday, the mayor said he would quit.  | Sunday   | false | [reported]
          The president will visit the flooded valley on Wednesday.    | Wednesday | false | [planned]
          The president is scheduled to visit the camps and schools Wednesday. | Wednesday | false | [planned]
          On Wednesday, the president will visit the flooded valley.   | Wednesday | false | [planned]
          On Monday, the president declared the valley a disaster zone. | Monday   | false | []
          The fire started on Friday and will burn for days, crews said. | Friday  | false | []
          These will be her first visits since taking office in July 2022. | July 2022 | false | []
          The envoy will stay in the capital from June 4 for talks.    | June 4   | false | [from, planned]
          """)
  void readsThePartADatePlays(String sentence, String date, boolean range, String expected) {
    assertThat(Scope.ofDate(sentence, sentence.indexOf(date), range).toString())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1} in \"{0}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The village lies 85 kilometres north of Quito in the Andes.       | 85 kilometres | quito
          The storm made landfall 40 miles (64 km) south-east of Port Blair. | 40 miles     | port blair
          The wreck lies 12 km from the town of Kilkee, divers said.          | 12 km        | kilkee
          The convoy drove 300 km from the coast to the border camp.          | 300 km       |
          The ridge rises 2,100 metres above the valley floor.                | 2,100 metres |
          The epicentre was 50 miles east-south-east of the town of Khash.    | 50 miles     | khash
          The ship sank 20 km off the southern island of Byungpoong.          | 20 km        | byungpoong
          Jeju lies about 100 km south of the Korean peninsula.               | 100 km       | korean
          The quake struck 20 miles southeast of the border city of Mexicali. | 20 miles     | mexicali
          """)
  void readsThePlaceADistanceIsMeasuredFrom(String sentence, String distance, String expected) {
    int end = sentence.indexOf(distance) + distance.length();
    assertThat(Scope.reference(sentence, end)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1} in \"{0}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The fire started at 3:40 p.m. on the ferry.                     | 3:40 p.m. | []
          Crews had the fire under control by 6:10 p.m. on Tuesday.       | 6:10 p.m. | [by]
          Crews had the fire out by about 6 p.m. on Tuesday.              | 6 p.m.    | [by]
          The road stays shut until 9 p.m. for repairs.                   | 9 p.m.    | [until]
          The shelters are open from 6 a.m. every day.                    | 6 a.m.    | [from]
          The probe landed at 10 p.m. (0300 GMT) near the pole.           | 0300 GMT  | [conversion]
          The quake struck at 9.36am (Malaysian time) on Wednesday.       | 9.36am    | [clock malaysian]
          The quake struck at 5:03 am local time on Wednesday.            | 5:03 am   | []
          """)
  void readsThePartATimePlays(String sentence, String time, String expected) {
    assertThat(
            Scope.ofTime(sentence, sentence.indexOf(time), sentence.indexOf(time) + time.length())
                .toString())
        .isEqualTo(expected);
  }
}
