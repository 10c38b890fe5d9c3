package dev.newsdiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.CompareOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds the alignment of each annotated sample set to its measured accuracy, less a margin. The
 * same numbers print with {@code ./newsdiff eval samples}; README.md quotes them. The real sets
 * (issue 16) have rows of their own: today's figures less 0.02, to raise as newsdiff improves.
 */
class SampleAlignmentTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // set,                     pair F1, pair precision, exclusive F1
    "turkiye-defence-briefing,  0.92,    0.96,           1.00",
    "harbour-bridge-closure,    0.75,    0.84,           0.84",
    "unrelated-stories,         1.00,    1.00,           1.00",
    "ferry-fire,                0.85,    0.78,           0.90",
    // Every row: the figures of the build with round 22's learned pair decision, rounded down.
    // It aligns more pairs than the rules did, some of them wrong, so pair precision fell where
    // F1 mostly rose (docs/alignment.md): ferry-fire P 0.92 -> 0.78 (F1 0.86 -> 0.85), indonesia
    // F1 0.78 -> 0.71, P 0.93 -> 0.73, exclusive F1 0.70 -> 0.44, leopoldo P 0.78 -> 0.65, senegal
    // P 0.64 -> 0.51, measles F1 0.66 -> 0.64, P 0.82 -> 0.61, harbour exclusive F1 0.85 -> 0.84;
    // held out: liberia P 0.80 -> 0.79 and exclusive F1 0.70 -> 0.55, kiptum P 0.79 -> 0.69, ruang
    // P 1.00 -> 0.92, while pair F1 rose on 10 of the 12 held-out sets.
    // real sets
    "gansu-earthquake-2013,                 0.65, 0.88, 0.76",
    "indonesia-sumatra-bus-plunge-2019,     0.71, 0.73, 0.44",
    "leopoldo-lopez-sentence-2015,          0.61, 0.65, 0.71",
    "murmu-suriname-serbia-visit-2023,      0.91, 0.91, 0.74",
    "senegal-sonko-appeal-sentence-2023,    0.54, 0.51, 0.81",
    "spacex-crew1-launch-2020,              0.61, 0.90, 0.73",
    "unrelated-real-stories,                1.00, 1.00, 1.00",
    "us-measles-count-121-2015,             0.64, 0.61, 0.83",
    "xinmo-landslide-2017,                  0.72, 0.87, 0.54",
    "zimbabwe-bay-horse-mine-collapse-2023, 0.76, 0.94, 0.76",
    // held out
    "malawi-cyclone-freddy-toll-2023,      0.72, 0.76, 0.74",
    // liberia F1 0.667 -> 0.656, P 0.80 -> 0.77 with round 23's furniture model, trained on the
    // earlier held-out sets too (one pair of a credit line no longer read as story went with it).
    // liberia F1 0.656 -> 0.618 in round 23 (furniture23), P 0.77 -> 0.85 (pairs 20/26 -> 17/20
    // right): with perthnow's two picture captions read as furniture, not story, the aligner
    // pairs perthnow's first sentence with fewer of the others' (three pairs missed, six extra
    // gone); exclusives unchanged at 0.59.
    "liberia-weah-concedes-2023,           0.61, 0.84, 0.58",
    "kiptum-chicago-marathon-record-2023,  0.67, 0.69, 0.54",
    "tesla-autopilot-recall-2023,          0.81, 0.73, 0.59",
    // held out, second generation (added in round 21)
    // kanpur and france: round 23's story-names test lets a heavy rewrite's pairs count.
    "kanpur-indore-patna-derailment-2016,   0.88, 0.86, 0.88",
    // ruang F1 0.757 -> 0.736 when round 23's furniture and alignment changes met: indiatodayne's
    // Ruang Island sentence now aligns with informing's and outlook's Tagulandang sentences, pairs
    // the annotation does not make (39/42 -> 39/45 predicted, the same 39 right).
    "ruang-volcano-tsunami-alert-2024,      0.73, 0.86, 0.83",
    "bank-of-korea-rate-hike-2022,          0.69, 0.75, 0.74",
    "google-appeals-french-fine-2021,       0.96, 1.00, 0.85",
    // held out, third generation (added in round 22, read first by the merged build; their first
    // reading by the build before is in each set's first-contact-eval.out)
    "tuticorin-cocaine-seizure-2021,        0.72, 0.73, 0.57",
    "pegasus-istanbul-runway-skid-2020,     0.51, 0.59, 0.69",
    "yajiang-forest-fire-evacuation-2024,   0.65, 0.80, 0.66",
    "france-heat-record-2019,               0.86, 0.88, 0.89",
    // held out, fourth generation (added in round 23): their first reading (first-contact-eval.out)
    // less 0.02
    "mauritania-migrant-boat-2019,          0.72, 0.90, 0.69",
    "microsoft-vista-profit-2007,           0.64, 0.63, 0.68",
    "british-airways-pilot-strike-2019,     0.51, 0.74, 0.52",
    "farewell-spit-whale-stranding-2017,    0.39, 0.37, 0.71",
    // held out, fifth generation (added in round 24 by an engineer who wrote no rule that
    // round): their first reading (first-contact-eval.out, the base build 60ad693) less 0.02
    "thane-chemical-factory-blast-2024,     0.61, 0.68, 0.73",
    "new-orleans-jail-escape-2025,          0.66, 0.82, 0.34",
    // the second annotator (round 24) added The Nation's Hayab sentence ("the 15 students were
    // released") to the release statement, three pairs the first reading misses: pair F1
    // 0.67 -> 0.65, the reading unchanged
    "kaduna-bethel-students-freed-2021,     0.65, 0.58, 0.00",
    "eloy-balloon-crash-2024,               0.74, 0.67, 0.62",
    // held out, sixth generation (added in round 26 by an engineer who wrote no rule that
    // round): their first reading (first-contact-eval.out, the base build b32e484) less 0.02
    // the second annotator (round 26) added pairs the first reading misses, the reading unchanged:
    // four Sands of News sentences in hathras (a huge crowd, many fainted, the wounded brought to
    // hospital, the matter investigated) joined the statements they make (pair F1 0.60 -> 0.54,
    // exclusive F1 0.62 -> 0.36), surat's Reuters leads ("more than 20 were taken to hospital")
    // the hospital statement and A News's "lost consciousness" the collapse statement (0.46 ->
    // 0.44, pair precision 0.78 -> 0.83), louvre's "robbery occurred in the Apollo Gallery" and
    // the window onto the Gallery of Apollo the gallery statement (0.62 -> 0.62)
    "hathras-stampede-2024,                 0.51, 0.83, 0.34",
    "surat-toxic-gas-leak-2022,             0.42, 0.80, 0.09",
    "thutmose-ii-tomb-found-2025,           0.54, 0.63, 0.64",
    "louvre-jewel-heist-2025,               0.59, 0.82, 0.64",
  })
  void alignsWithinThresholds(String set, double f1, double precision, double exclusiveF1)
      throws Exception {
    AlignmentEvaluation e =
        SampleSet.read(SampleReadingTest.SAMPLES.resolve(set))
            .evaluateAlignment(CompareOptions.defaults());
    System.out.println("== " + set + "\n" + e.describe());
    assertThat(e.pairs().f1()).as("%s pair F1\n%s", set, e.describe()).isGreaterThanOrEqualTo(f1);
    assertThat(e.pairs().precision())
        .as("%s pair precision", set)
        .isGreaterThanOrEqualTo(precision);
    assertThat(e.exclusives().f1()).as("%s exclusive F1", set).isGreaterThanOrEqualTo(exclusiveF1);
  }
}
