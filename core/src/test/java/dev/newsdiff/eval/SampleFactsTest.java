package dev.newsdiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.CompareOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds facts and voices on each annotated sample set to its measured accuracy, less a margin, one
 * row a set. {@code ./newsdiff eval samples} prints the same numbers; docs/facts.md quotes them.
 * The sets written for newsdiff give no conflict that is not one (precision 1.00); the real sets
 * (issue 16) are held to floors of their own, today's figures less 0.02, and their conflicts are
 * not yet all right: raise a row as newsdiff improves.
 */
class SampleFactsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // set,                                 figures, names, conflicts, conflict,  approx., quote
    //                                      F1,      F1,    F1,        precision, F1,      var. F1,
    //                                      derivation F1, copying F1
    "ferry-fire,                            0.93,    0.75,  1.00,      1.00,      1.00,    0.95,  1.00, 0.98",
    "turkiye-defence-briefing,              0.93,    0.88,  1.00,      1.00,      1.00,    0.97,  1.00, 0.98",
    "harbour-bridge-closure,                0.90,    0.75,  1.00,      1.00,      1.00,    0.79,  1.00, 0.98",
    "unrelated-stories,                     0.84,    0.62,  1.00,      1.00,      1.00,    1.00,  1.00, 0.98",
    "gansu-earthquake-2013,                 0.85,    0.65,  0.98,      0.98,      0.64,    0.98,  0.98, 0.57",
    "indonesia-sumatra-bus-plunge-2019,     0.98,    0.69,  0.98,      0.98,      0.98,    0.98,  0.98, 0.98",
    "leopoldo-lopez-sentence-2015,          0.83,    0.62,  0.98,      0.98,      0.78,    0.00,  0.98, 0.98",
    "murmu-suriname-serbia-visit-2023,      0.76,    0.65,  0.98,      0.98,      0.98,    0.85,  0.98, 0.92",
    "senegal-sonko-appeal-sentence-2023,    0.94,    0.56,  0.98,      0.98,      0.98,    0.98,  0.98, 0.98",
    "spacex-crew1-launch-2020,              0.82,    0.63,  0.98,      0.98,      0.64,    0.00,  0.66, 0.40",
    "unrelated-real-stories,                0.91,    0.51,  0.98,      0.98,      0.98,    0.98,  0.98, 0.98",
    "us-measles-count-121-2015,             0.58,    0.23,  0.98,      0.98,      0.00,    0.98,  0.98, 0.98",
    "xinmo-landslide-2017,                  0.94,    0.61,  0.98,      0.98,      0.38,    0.64,  0.98, 0.98",
    "zimbabwe-bay-horse-mine-collapse-2023, 0.98,    0.62,  0.98,      0.98,      0.98,    0.98,  0.66, 0.66",
    // held out: the figures of their first reading, rounded down
    // malawi's quote variants 0.50 -> 1.00: its statement over two paragraphs read whole (round 24)
    "malawi-cyclone-freddy-toll-2023,       0.87,    0.56,  0.98,      0.98,      0.98,    0.98,  0.00, 0.00",
    "liberia-weah-concedes-2023,            0.81,    0.59,  0.98,      0.98,      1.00,    0.00,  1.00, 1.00",
    "kiptum-chicago-marathon-record-2023,   0.75,    0.50,  0.00,      0.98,      1.00,    1.00,  1.00, 1.00",
    // tesla copying 0.667 -> 0.00 in round 23 (furniture23): jerseytalks' last paragraph, which
    // speaks to the reader ("If you own a Tesla …"), is read as story again (2 sentences no longer
    // lost), and with it the copying finder gives n4mation's rewrites a direction the annotation
    // leaves open (jerseytalks>n4mation, scmp>n4mation). Reading the story whole is worth more
    // than a direction guessed right from half of it; the direction is the copying finder's.
    "tesla-autopilot-recall-2023,           0.84,    0.42,  0.00,      1.00,      1.00,    1.00,  0.00, 0.00",
    // held out, second generation (added in round 21): the figures of their first reading,
    // rounded down
    // kanpur's derivation fell from 1.00 at first reading to 0.00 with round 21's longer outlet
    // list (a masthead line read as a credit gave a wrong "follows"); round 22 reads a known
    // outlet standing alone above the headline, and a name spelling the page's own id, as the
    // page's own name (rules written from the brief's description and new real pages, not from
    // the set), and it is back to 1.00
    "kanpur-indore-patna-derailment-2016,   0.76,    0.75,  0.66,      1.00,      0.00,    1.00,  1.00, 0.00",
    "ruang-volcano-tsunami-alert-2024,      0.84,    0.58,  0.00,      1.00,      0.50,    1.00,  1.00, 0.00",
    "bank-of-korea-rate-hike-2022,          0.57,    0.54,  1.00,      1.00,      1.00,    1.00,  1.00, 1.00",
    "google-appeals-french-fine-2021,       0.82,    0.76,  0.00,      1.00,      1.00,    1.00,  1.00, 1.00",
    // held out (third generation, added in round 22): the figures of their first reading,
    // rounded down
    "tuticorin-cocaine-seizure-2021,        0.63,    0.58,  1.00,      1.00,      1.00,    1.00,  0.00, 0.00",
    "pegasus-istanbul-runway-skid-2020,     0.77,    0.78,  1.00,      1.00,      1.00,    0.00,  0.00, 0.66",
    // Round 22's learned sentence-pair decision, written before anyone read these sets: tuticorin
    // finds all its conflicts (first reading 0.44). Round 23 read every set's false conflicts
    // (france's two people's ages, a 17-year-old boy and a 93-year-old man; gansu's magnitude
    // range; senegal's requested sentence; malawi's planned visit; ...): their rows hold precision
    // 0.98 and what each now finds.
    "yajiang-forest-fire-evacuation-2024,   0.93,    0.70,  0.66,      1.00,      1.00,    1.00,  0.00, 0.00",
    "france-heat-record-2019,               0.55,    0.78,  0.78,      0.98,      1.00,    1.00,  0.00, 0.54",
    // held out, fourth generation (added in round 23): their first reading
    // (first-contact-eval.out) less 0.02
    // the second annotator's review (round 23) added annotations the first reading misses, so
    // three of these floors are lower than at first, with the reading unchanged: mauritania's
    // approximations 0.64 -> 0.48 (the "at least 10" / "10" minors, 1/3 found), british-airways'
    // quote variants 0.58 -> 0.52 (two more variants, 3/5 found), farewell's figures 0.73 -> 0.72
    // ("six" of "between six and seven meters")
    "mauritania-migrant-boat-2019,          0.92,    0.61,  0.64,      0.98,      0.48,    0.00,  0.00, 0.31",
    "microsoft-vista-profit-2007,           0.68,    0.33,  0.78,      0.64,      0.98,    0.98,  0.98, 0.98",
    "british-airways-pilot-strike-2019,     0.89,    0.65,  0.64,      0.98,      0.00,    0.52,  0.98, 0.00",
    "farewell-spit-whale-stranding-2017,    0.72,    0.70,  0.00,      0.00,      0.83,    0.98,  0.98, 0.98",
    // held out, fifth generation (added in round 24 by an engineer who wrote no rule that
    // round): their first reading (first-contact-eval.out, the base build 60ad693) less 0.02
    "thane-chemical-factory-blast-2024,     0.92,    0.83,  0.98,      0.98,      0.98,    0.98,  0.00, 0.48",
    // the second annotator (round 24) moved Alaska Expres' "At least one" caught out of the 1/2
    // conflict into an approximation of WBRZ's two, which the first reading misses:
    // approximations 0.98 -> 0.00, the reading unchanged
    "new-orleans-jail-escape-2025,          0.90,    0.57,  0.00,      0.00,      0.00,    0.98,  0.00, 0.00",
    "kaduna-bethel-students-freed-2021,     0.84,    0.70,  0.00,      0.00,      0.00,    0.98,  0.98, 0.64",
    "eloy-balloon-crash-2024,               0.87,    0.65,  0.98,      0.98,      0.98,    0.98,  0.64, 0.20",
    // held out, sixth generation (added in round 26 by an engineer who wrote no rule that round):
    // their first reading (first-contact-eval.out, the base build b32e484) less 0.02
    "hathras-stampede-2024,                 0.90,    0.82,  0.98,      0.98,      0.98,    0.98,  0.98, 0.98",
    // the second annotator (round 26) gave surat's two Reuters copies a direction (St Vincent
    // Tribune keeps "told Reuters", The National drops it), a derivation the first reading
    // misses: derivation 0.98 -> 0.00, the reading unchanged
    "surat-toxic-gas-leak-2022,             0.92,    0.79,  0.64,      0.48,      0.98,    0.00,  0.00, 0.00",
    "thutmose-ii-tomb-found-2025,           0.74,    0.61,  0.00,      0.98,      0.00,    0.98,  0.98, 0.98",
    "louvre-jewel-heist-2025,               0.76,    0.55,  0.48,      0.48,      0.98,    0.00,  0.00, 0.00",
  })
  void factsAndVoicesAtLeastAsGoodAsTheSetsRow(
      String set,
      double figures,
      double names,
      double conflicts,
      double conflictPrecision,
      double approximations,
      double variants,
      double derivation,
      double copying)
      throws Exception {
    FactsEvaluation e =
        SampleSet.read(SampleReadingTest.SAMPLES.resolve(set))
            .evaluateFacts(CompareOptions.defaults());
    System.out.println("== " + set + "\n" + e.describe());
    assertThat(e.figures().f1())
        .as("%s figures\n%s", set, e.describe())
        .isGreaterThanOrEqualTo(figures);
    assertThat(e.names().f1()).as("%s names", set).isGreaterThanOrEqualTo(names);
    assertThat(e.conflicts().f1()).as("%s conflicts", set).isGreaterThanOrEqualTo(conflicts);
    assertThat(e.conflicts().precision())
        .as("%s conflict precision", set)
        .isGreaterThanOrEqualTo(conflictPrecision);
    assertThat(e.approximations().f1())
        .as("%s approximations", set)
        .isGreaterThanOrEqualTo(approximations);
    assertThat(e.quoteVariants().f1())
        .as("%s quote variants", set)
        .isGreaterThanOrEqualTo(variants);
    assertThat(e.derivations().f1()).as("%s derivation", set).isGreaterThanOrEqualTo(derivation);
    assertThat(e.copying().f1()).as("%s copying", set).isGreaterThanOrEqualTo(copying);
  }
}
