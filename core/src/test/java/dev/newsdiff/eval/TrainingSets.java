package dev.newsdiff.eval;

import java.util.List;

/**
 * The sample sets a learned decision may be trained and tuned on: the development and written sets.
 * The held-out sets are never listed here, so that they stay the judge of every decision learned
 * from these; a new set joins this list only when it is no longer held out.
 */
public final class TrainingSets {

  /** In name order. */
  public static final List<String> DEVELOPMENT_AND_WRITTEN =
      List.of(
          "ferry-fire",
          "gansu-earthquake-2013",
          "harbour-bridge-closure",
          "indonesia-sumatra-bus-plunge-2019",
          "leopoldo-lopez-sentence-2015",
          "murmu-suriname-serbia-visit-2023",
          "senegal-sonko-appeal-sentence-2023",
          "spacex-crew1-launch-2020",
          "turkiye-defence-briefing",
          "unrelated-real-stories",
          "unrelated-stories",
          "us-measles-count-121-2015",
          "xinmo-landslide-2017",
          "zimbabwe-bay-horse-mine-collapse-2023");

  private TrainingSets() {}
}
