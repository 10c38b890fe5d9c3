package dev.newsdiff.eval;

import java.util.List;
import java.util.stream.Stream;

/**
 * The sample sets a learned decision may be trained and tuned on. The newest held-out generation is
 * never listed here, so that it stays the judge of every decision learned from these; a set joins
 * these lists only when it is no longer held out.
 */
public final class TrainingSets {

  /** The development and written sets, in name order. */
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

  /**
   * The first three held-out generations (rounds 20 to 22), in name order. They were the judge of
   * the decisions learned before round 23; engineers have read their misses since, so they may now
   * train, always scored leave-one-set-out. The fourth generation is the judge now.
   */
  public static final List<String> EARLIER_HELD_OUT =
      List.of(
          "bank-of-korea-rate-hike-2022",
          "france-heat-record-2019",
          "google-appeals-french-fine-2021",
          "kanpur-indore-patna-derailment-2016",
          "kiptum-chicago-marathon-record-2023",
          "liberia-weah-concedes-2023",
          "malawi-cyclone-freddy-toll-2023",
          "pegasus-istanbul-runway-skid-2020",
          "ruang-volcano-tsunami-alert-2024",
          "tesla-autopilot-recall-2023",
          "tuticorin-cocaine-seizure-2021",
          "yajiang-forest-fire-evacuation-2024");

  /**
   * Every set a decision may learn from: {@link #DEVELOPMENT_AND_WRITTEN} and {@link
   * #EARLIER_HELD_OUT}.
   */
  public static final List<String> ALL =
      Stream.concat(DEVELOPMENT_AND_WRITTEN.stream(), EARLIER_HELD_OUT.stream()).sorted().toList();

  private TrainingSets() {}
}
