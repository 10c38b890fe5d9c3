package dev.newsdiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds newsdiff's reading of every annotated sample set to accuracy thresholds. The same numbers
 * print with {@code ./newsdiff eval samples}; README.md quotes them.
 *
 * <p>One row a set: the sets written for newsdiff and the Anadolu Agency seed are held to fixed
 * thresholds, which include issue 16's targets. The real outlets' pages are not all read that well
 * yet: each is held to its own floors, today's figures less a small margin, so that no change makes
 * one worse unnoticed and each improvement can raise its row.
 */
class SampleReadingTest {

  static final Path SAMPLES = Path.of("..", "samples");

  /** The sets written for newsdiff, and the seed copied from real outlets. */
  static final List<String> WRITTEN_SETS =
      List.of(
          "ferry-fire", "harbour-bridge-closure", "turkiye-defence-briefing", "unrelated-stories");

  /** Real coverage copied from real outlets' pages, furniture included (issue 16). */
  static final List<String> REAL_SETS =
      List.of(
          "gansu-earthquake-2013",
          "indonesia-sumatra-bus-plunge-2019",
          "leopoldo-lopez-sentence-2015",
          "murmu-suriname-serbia-visit-2023",
          "senegal-sonko-appeal-sentence-2023",
          "spacex-crew1-launch-2020",
          "unrelated-real-stories",
          "us-measles-count-121-2015",
          "xinmo-landslide-2017",
          "zimbabwe-bay-horse-mine-collapse-2023",
          // held out: measured only at merge time, never read while rules are written
          "malawi-cyclone-freddy-toll-2023",
          "liberia-weah-concedes-2023",
          "kiptum-chicago-marathon-record-2023",
          "tesla-autopilot-recall-2023",
          // held out, second generation: added in round 21, unseen by the rules of that round
          "kanpur-indore-patna-derailment-2016",
          "ruang-volcano-tsunami-alert-2024",
          "bank-of-korea-rate-hike-2022",
          "google-appeals-french-fine-2021",
          // held out, third generation: added in round 22, unseen by the rules of that round
          "tuticorin-cocaine-seizure-2021",
          "pegasus-istanbul-runway-skid-2020",
          "yajiang-forest-fire-evacuation-2024",
          "france-heat-record-2019",
          // held out, fourth generation: added in round 23, unseen by the rules of that round
          "mauritania-migrant-boat-2019",
          "microsoft-vista-profit-2007",
          "british-airways-pilot-strike-2019",
          "farewell-spit-whale-stranding-2017",
          // held out, fifth generation: added in round 24, unseen by the rules of that round
          "thane-chemical-factory-blast-2024",
          "new-orleans-jail-escape-2025",
          "kaduna-bethel-students-freed-2021",
          "eloy-balloon-crash-2024",
          // held out, sixth generation: added in round 26, unseen by the rules of that round
          "hathras-stampede-2024",
          "surat-toxic-gas-leak-2022",
          "thutmose-ii-tomb-found-2025",
          "louvre-jewel-heist-2025");

  @Test
  void everySampleSetIsHeldToThresholds() throws Exception {
    assertThat(Files.isDirectory(SAMPLES))
        .as("samples folder at %s", SAMPLES.toAbsolutePath())
        .isTrue();
    List<String> sets =
        SampleSet.under(SAMPLES).stream().map(p -> p.getFileName().toString()).toList();
    assertThat(sets)
        .as("a new sample set needs a row in this test")
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(WRITTEN_SETS.stream(), REAL_SETS.stream()).toList());
  }

  /**
   * The written sets are held to fixed thresholds, which include issue 16's targets (speakers >=
   * 0.95, every headline right, furniture kept as story <= 0.05, story sentences lost <= 0.01). The
   * real sets are held to today's figures less 0.02 (F1s; shares kept or lost: plus 0.02) or 0.01
   * (accuracies over a handful of articles or quotes): raise a row when newsdiff reads its set
   * better; when a real set reaches the targets, hold it to them.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // set,                                 sentence, role, furniture, quote, speaker, headline,
    //                                      outlet, kept, lost
    //                                      F1 >=     F1 >= F1 >=      F1 >=  acc. >=  acc. >=
    //                                      acc. >= <=    <=
    "ferry-fire,                            0.95, 0.90, 0.90, 0.90, 0.95, 1.00, 0.99, 0.05, 0.01",
    "harbour-bridge-closure,                0.95, 0.90, 0.90, 0.90, 0.95, 1.00, 0.99, 0.05, 0.01",
    "turkiye-defence-briefing,              0.95, 0.90, 0.90, 0.90, 0.95, 1.00, 0.99, 0.05, 0.01",
    "unrelated-stories,                     0.95, 0.90, 0.90, 0.90, 0.95, 1.00, 0.99, 0.05, 0.01",
    "gansu-earthquake-2013,                 0.98, 0.98, 0.68, 0.98, 0.99, 0.99, 0.99, 0.02, 0.02",
    "indonesia-sumatra-bus-plunge-2019,     0.98, 0.98, 0.83, 0.98, 0.99, 0.99, 0.99, 0.02, 0.02",
    // leopoldo furniture F1 0.917 -> 0.875 in round 23 (furniture23): the-week's "Leopoldo Lopez."
    // is now taken by the retrained line model, whose kind for it is a widget, not the caption the
    // layout named (kind only: the line is furniture either way, kept 0/23 as before). Back to
    // 0.917 in round 24 (furniture24): with the model retrained on half D1 it is a caption again.
    "leopoldo-lopez-sentence-2015,          0.98, 0.96, 0.91, 0.93, 0.99, 0.99, 0.66, 0.02, 0.02",
    "murmu-suriname-serbia-visit-2023,      0.94, 0.94, 0.86, 0.98, 0.99, 0.99, 0.99, 0.02, 0.02",
    "senegal-sonko-appeal-sentence-2023,    0.98, 0.98, 0.54, 0.98, 0.99, 0.99, 0.99, 0.02, 0.02",
    "spacex-crew1-launch-2020,              0.98, 0.98, 0.98, 0.98, 0.99, 0.99, 0.82, 0.02, 0.02",
    "unrelated-real-stories,                0.98, 0.98, 0.00, 0.98, 0.99, 0.99, 0.49, 0.02, 0.02",
    "us-measles-count-121-2015,             0.96, 0.96, 0.46, 0.00, 0.99, 0.99, 0.99, 0.09, 0.02",
    "xinmo-landslide-2017,                  0.98, 0.98, 0.60, 0.98, 0.99, 0.99, 0.66, 0.02, 0.02",
    "zimbabwe-bay-horse-mine-collapse-2023, 0.98, 0.98, 0.75, 0.98, 0.99, 0.99, 0.99, 0.02, 0.02",
    // held out: the figures of their first reading, rounded down (shares kept or lost: up);
    // quote F1 and speaker accuracy raised to round 23's speaker rules (docs/reading.md) on
    // malawi, liberia, tesla, ruang, google, tuticorin, pegasus and yajiang; malawi's quote F1
    // 0.80 -> 1.00 with round 24's quotation over paragraphs without its opening mark
    "malawi-cyclone-freddy-toll-2023,       0.93, 0.93, 0.71, 0.98, 0.99, 0.80, 0.80, 0.18, 0.00",
    "liberia-weah-concedes-2023,            0.99, 0.99, 0.79, 0.98, 0.99, 0.99, 0.50, 0.01, 0.04",
    "kiptum-chicago-marathon-record-2023,   0.99, 0.99, 0.99, 1.00, 1.00, 1.00, 0.60, 0.01, 0.00",
    "tesla-autopilot-recall-2023,           0.99, 0.92, 0.00, 0.83, 0.66, 0.60, 0.60, 1.00, 0.01",
    // held out, second generation (added in round 21): the figures of their first reading,
    // rounded down (shares kept or lost: up)
    // kanpur furniture F1 0.545 -> 0.533 with round 23's furniture model (one more line called
    // furniture, of the wrong kind); kept 0.10 holds.
    "kanpur-indore-patna-derailment-2016,   0.99, 0.99, 0.57, 1.00, 1.00, 0.99, 0.75, 0.01, 0.00",
    "ruang-volcano-tsunami-alert-2024,      0.99, 0.99, 0.99, 0.98, 0.87, 1.00, 0.00, 0.01, 0.00",
    "bank-of-korea-rate-hike-2022,          0.99, 0.99, 0.63, 1.00, 1.00, 0.99, 0.00, 0.01, 0.01",
    "google-appeals-french-fine-2021,       0.99, 0.99, 0.61, 0.85, 0.99, 0.99, 0.99, 0.01, 0.01",
    // held out (third generation, added in round 22): the figures of their first reading,
    // rounded down (shares kept or lost: up)
    "tuticorin-cocaine-seizure-2021,        0.94, 0.94, 0.71, 1.00, 0.99, 0.99, 0.99, 0.18, 0.01",
    // round 22's outlet-name rules (written from new real pages, before these sets were read) put
    // one more name right on pegasus and one fewer on yajiang
    "pegasus-istanbul-runway-skid-2020,     0.97, 0.97, 0.00, 1.00, 0.99, 1.00, 0.50, 0.25, 0.00",
    "yajiang-forest-fire-evacuation-2024,   0.98, 0.95, 0.75, 1.00, 0.99, 1.00, 0.75, 0.00, 0.00",
    // france furniture F1 0.42 -> 0.39 in round 26 (furniture26): wion's "Advertisment" is read by
    // the rules as every advertising label is, promo; its annotation says widget. Kind only: the
    // line is furniture either way (the model retrained with half E1 alone would keep it as story).
    "france-heat-record-2019,               0.98, 0.98, 0.39, 1.00, 1.00, 1.00, 0.80, 0.15, 0.00",
    // held out (fourth generation, added in round 23): the figures of their first reading (the
    // build before that round's changes, first-contact-eval.out) less 0.02 (shares kept or lost:
    // plus 0.02)
    "mauritania-migrant-boat-2019,          0.96, 0.96, 0.00, 0.55, 0.48, 0.98, 0.58, 0.52, 0.02",
    "microsoft-vista-profit-2007,           0.93, 0.90, 0.23, 0.64, 0.64, 0.78, 0.38, 0.27, 0.05",
    "british-airways-pilot-strike-2019,     0.94, 0.94, 0.78, 0.73, 0.42, 0.98, 0.58, 0.36, 0.02",
    "farewell-spit-whale-stranding-2017,    0.85, 0.80, 0.18, 0.98, 0.98, 0.78, 0.58, 0.60, 0.02",
    // held out, fifth generation (added in round 24 by an engineer who wrote no rule that
    // round): their first reading (first-contact-eval.out, the base build 60ad693) less 0.02
    // (shares kept or lost: plus 0.02)
    "thane-chemical-factory-blast-2024,     0.96, 0.96, 0.88, 0.98, 0.98, 0.98, 0.48, 0.19, 0.02",
    "new-orleans-jail-escape-2025,          0.90, 0.90, 0.00, 0.98, 0.00, 0.98, 0.73, 0.19, 0.14",
    // kaduna in round 26 (furniture26), measured, never read (a judge set): furniture F1 0.56 ->
    // 0.50 and furniture kept as story 0.14 -> 0.23 (0.222). The round's rules alone move no
    // held-out half but C2 (15 -> 13 kept); the line model retrained with half E1 and the
    // "repeated" feature keeps one line more on B and D2 and one fewer on C2. Not a trade worth
    // hiding: the furniture of pages nobody tuned on is still not read (docs/reading.md, "Half E").
    "kaduna-bethel-students-freed-2021,     0.89, 0.89, 0.50, 0.00, 0.98, 0.98, 0.48, 0.23, 0.02",
    "eloy-balloon-crash-2024,               0.91, 0.91, 0.00, 0.98, 0.48, 0.98, 0.00, 0.39, 0.02",
    // held out, sixth generation (added in round 26 by an engineer who wrote no rule that round):
    // their first reading (first-contact-eval.out, the base build b32e484) less 0.02 (shares kept
    // or lost: plus 0.02)
    "hathras-stampede-2024,                 0.98, 0.98, 0.98, 0.98, 0.64, 0.98, 0.23, 0.02, 0.02",
    "surat-toxic-gas-leak-2022,             0.95, 0.89, 0.48, 0.98, 0.60, 0.78, 0.58, 0.42, 0.02",
    "thutmose-ii-tomb-found-2025,           0.91, 0.91, 0.55, 0.98, 0.00, 0.73, 0.23, 0.27, 0.02",
    // the second annotator (round 26) gave LBCI its headline (the first of the three lines that
    // repeat it), which the first reading finds: headlines 0.78 -> 0.98, sentences 0.95 -> 0.96;
    // the story-lost share 0.02 -> 0.05, the repeat the reading keeps as furniture matched by
    // text against the headline
    "louvre-jewel-heist-2025,               0.96, 0.96, 0.55, 0.98, 0.20, 0.98, 0.58, 0.17, 0.05",
  })
  void everySetIsReadAtLeastAsWellAsItsRow(
      String set,
      double sentenceF1,
      double roleF1,
      double furnitureF1,
      double quoteF1,
      double speakers,
      double headlines,
      double outlets,
      double furnitureKept,
      double storyLost)
      throws Exception {
    ReadingEvaluation e = SampleSet.read(SAMPLES.resolve(set)).evaluateReading();
    System.out.println("== " + set + "\n" + e.describe());
    assertThat(e.sentences().f1())
        .as("%s sentence F1\n%s", set, e.describe())
        .isGreaterThanOrEqualTo(sentenceF1);
    assertThat(e.roles().f1()).as("%s role F1", set).isGreaterThanOrEqualTo(roleF1);
    assertThat(e.furniture().f1()).as("%s furniture F1", set).isGreaterThanOrEqualTo(furnitureF1);
    assertThat(e.quotes().f1())
        .as("%s quote F1\n%s", set, e.describe())
        .isGreaterThanOrEqualTo(quoteF1);
    assertThat(e.speakers().precision())
        .as("%s speaker accuracy", set)
        .isGreaterThanOrEqualTo(speakers);
    assertThat(e.headlines().precision()).as("%s headlines", set).isGreaterThanOrEqualTo(headlines);
    assertThat(e.outlets().precision()).as("%s outlet names", set).isGreaterThanOrEqualTo(outlets);
    assertThat(e.furnitureKeptShare())
        .as("%s furniture kept as story", set)
        .isLessThanOrEqualTo(furnitureKept);
    assertThat(e.storyLostShare())
        .as("%s story sentences lost", set)
        .isLessThanOrEqualTo(storyLost);
  }

  @Test
  void scoresMove() {
    // The evaluation must be able to fail: an empty reading scores zero recall.
    Score none = Score.of(0, 0, 10);
    assertThat(none.recall()).isZero();
    assertThat(Score.of(5, 10, 5).precision()).isEqualTo(0.5);
    assertThat(Score.of(4, 5, 8).f1()).isBetween(0.61, 0.62);
  }
}
