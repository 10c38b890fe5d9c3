package dev.newsdiff.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attributions on real news text: quotes from real pages (listed in {@code SOURCES.md} beside the
 * table), each with the sentences before it that a reader needs to know who speaks, and the speaker
 * annotated by hand. A speaker counts as right when it is the one annotated as written or by the
 * fullest name the text gives, as {@code newsdiff eval} scores it. The rules of {@code
 * internal.quote} were developed on this table, and it holds them to today's figure; a second table
 * in two halves (real-attributions-2a.csv, -2b.csv) holds them on pages they were not developed on,
 * a third (-3a.csv, -3b.csv, round 24) again, its half B held out; a fourth (round 25) is held out
 * whole, and a fifth (-5a.csv, -5b.csv, round 26) is split like the third.
 */
class RealAttributionsTest {

  /**
   * Quotes given their annotated speaker: all 63 (40 before the rules this table was made for, 57
   * before the fourth round).
   */
  private static final int FLOOR = 63;

  /**
   * Rows of the second table's half A given their annotated speaker: 34 of 36 (16 at first
   * contact). Its pages' outlets and topics are in neither the sample sets nor the first table. 35
   * since round 25 read a company's stock ticker ("Twitter (TWTR)") as marking a company; 36 since
   * round 26 gave "the local police chief" to the person the article is about.
   */
  private static final int FLOOR_A = 36;

  /**
   * Half B: 34 of 34 (21 at first contact, 27 with the rules written from half A's misses alone,
   * the figure that says how the rules fare on text they were not written on).
   */
  private static final int FLOOR_B = 34;

  /**
   * The third table's half A (pages in no earlier table and no sample set): 62 of 66, 38 at first
   * contact; round 24's rules were written from its misses.
   */
  private static final int FLOOR_3A = 62;

  /**
   * Half B, held out: scored only, never read when rules were written. 26 of 46 with round 24's
   * rules, 22 at first contact: the figure that says how the rules carry to unseen pages; 31 with
   * round 25's general office lexicon and 33 with its present tense after a name (both written from
   * sentences of our own, not from this half).
   */
  private static final int FLOOR_3B = 33;

  /**
   * The fourth table (round 25), held out whole: 48 quotes from 21 pages in no other table and no
   * sample set, annotated before newsdiff read them and never read for rules; scored only, its
   * misses not printed. 25 of 48 at first contact (main e074c8e; 24 as first scored, when one row's
   * quote words did not match their text's case, fixed before any rule), 36 after round 25's rules,
   * which were written from sentences of our own and the readable tables, never from it.
   */
  private static final int FLOOR_4 = 36;

  /**
   * The fifth table's half A (round 26): 44 quotes from 15 pages in no other table and no sample
   * set, annotated before newsdiff read them; 37 at first contact (main b32e484), 43 with round
   * 26's rules, written from its misses and the readable tables'.
   */
  private static final int FLOOR_5A = 43;

  /**
   * Half B, held out: 36 quotes from 15 other pages, scored only, its misses never printed nor
   * read. 27 at first contact and 27 after round 26's rules: they carried to no row of it.
   */
  private static final int FLOOR_5B = 27;

  private record Row(String page, String date, String text, String words, String speaker) {
    static Row parse(String line) {
      String[] f = line.split("\\|", -1);
      assertThat(f).as("five columns: %s", line).hasSize(5);
      return new Row(f[0], f[1], f[2].replace("\\n", "\n"), f[3], f[4]);
    }

    /** What is wrong with the speaker newsdiff reads, if anything. */
    Optional<String> miss() {
      Optional<Quote> quote =
          NewsDiff.parse(page, text).quotes().stream()
              .filter(q -> q.text().contains(words))
              .findFirst();
      if (quote.isEmpty()) {
        return Optional.of(page + ": no quote \"" + words + "\"");
      }
      Quote q = quote.get();
      boolean right =
          Stream.of(q.speaker(), q.speakerName())
              .anyMatch(
                  n ->
                      n != null
                          && n.toLowerCase(Locale.ROOT).equals(speaker.toLowerCase(Locale.ROOT)));
      return right
          ? Optional.empty()
          : Optional.of(
              page
                  + ": \""
                  + words
                  + "\" is "
                  + speaker
                  + ", read "
                  + q.speaker()
                  + " / "
                  + q.speakerName());
    }
  }

  private static List<Row> rows() throws IOException {
    return rows("real-attributions.csv");
  }

  private static List<Row> rows(String table) throws IOException {
    try (InputStream in = RealAttributionsTest.class.getResourceAsStream(table)) {
      assertThat(in).as(table).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(Row::parse)
          .toList();
    }
  }

  @Test
  void tableHoldsThirtyToSixtyFourQuotesWithSourcesAndDates() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSizeBetween(30, 64);
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.date()).as(r.page()).matches("\\d{4}(-\\d{2}){0,2}|n\\.d\\.");
              assertThat(r.text()).as(r.page()).contains(r.words());
              assertThat(r.speaker()).as(r.page()).isNotBlank();
            });
  }

  @Test
  void namesTheSpeakersOfRealQuotes() throws IOException {
    List<String> misses = rows().stream().map(Row::miss).flatMap(Optional::stream).toList();
    int right = rows().size() - misses.size();
    assertThat(right)
        .as("speakers right of %d; misses:%n%s", rows().size(), String.join("\n", misses))
        .isGreaterThanOrEqualTo(FLOOR);
  }

  @Test
  void secondTableHalvesShareNoPage() throws IOException {
    List<Row> rows = wellFormedHalves("real-attributions-2a.csv", "real-attributions-2b.csv");
    assertThat(rows).hasSizeBetween(60, 80);
  }

  @Test
  void thirdTableHalvesShareNoPage() throws IOException {
    List<Row> rows = wellFormedHalves("real-attributions-3a.csv", "real-attributions-3b.csv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
    assertThat(rows.stream().map(Row::page).distinct().count()).isGreaterThanOrEqualTo(35);
  }

  @Test
  void fourthTableHoldsFortyQuotesFromFifteenPagesInNoOtherTable() throws IOException {
    List<Row> fresh = rows("real-attributions-4.csv");
    assertThat(fresh).hasSizeGreaterThanOrEqualTo(40);
    assertThat(fresh.stream().map(Row::page).distinct().count()).isGreaterThanOrEqualTo(15);
    assertSharesNoPage(EARLIER_TABLES.subList(0, 5), "real-attributions-4.csv");
  }

  @Test
  void fifthTableHoldsSixtyQuotesFromTwentyFivePagesInNoOtherTable() throws IOException {
    List<Row> rows = wellFormedHalves("real-attributions-5a.csv", "real-attributions-5b.csv");
    assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
    assertThat(rows.stream().map(Row::page).distinct().count()).isGreaterThanOrEqualTo(25);
    assertSharesNoPage(EARLIER_TABLES, "real-attributions-5a.csv", "real-attributions-5b.csv");
  }

  /** The tables before the fifth, in the order they were made. */
  private static final List<String> EARLIER_TABLES =
      List.of(
          "real-attributions.csv",
          "real-attributions-2a.csv",
          "real-attributions-2b.csv",
          "real-attributions-3a.csv",
          "real-attributions-3b.csv",
          "real-attributions-4.csv");

  /**
   * Each of the {@code fresh} tables is well formed and shares no page with any of {@code others}.
   */
  private static void assertSharesNoPage(List<String> others, String... fresh) throws IOException {
    for (String other : others) {
      for (String table : fresh) {
        assertThat(wellFormedHalves(other, table)).isNotEmpty();
      }
    }
  }

  /**
   * The rows of two halves of a table, checked to be well formed (a date, the quote's words in the
   * text, a speaker) and to share no page: a held-out half must not leak into the other.
   */
  private static List<Row> wellFormedHalves(String readable, String heldOut) throws IOException {
    List<Row> a = rows(readable);
    List<Row> b = rows(heldOut);
    List<Row> both = Stream.concat(a.stream(), b.stream()).toList();
    assertThat(both)
        .allSatisfy(
            r -> {
              assertThat(r.date()).as(r.page()).matches("\\d{4}(-\\d{2}){0,2}|n\\.d\\.");
              assertThat(r.text()).as(r.page()).contains(r.words());
              assertThat(r.speaker()).as(r.page()).isNotBlank();
            });
    assertThat(a.stream().map(Row::page))
        .doesNotContainAnyElementsOf(b.stream().map(Row::page).toList());
    return both;
  }

  @ParameterizedTest
  @CsvSource({
    "real-attributions-2a.csv, " + FLOOR_A + ", false",
    "real-attributions-2b.csv, " + FLOOR_B + ", true",
    "real-attributions-3a.csv, " + FLOOR_3A + ", false",
    "real-attributions-3b.csv, " + FLOOR_3B + ", true",
    "real-attributions-4.csv, " + FLOOR_4 + ", true", // held out whole, round 25
    "real-attributions-5a.csv, " + FLOOR_5A + ", false",
    "real-attributions-5b.csv, " + FLOOR_5B + ", true" // held out, round 26
  })
  void namesTheSpeakersOfQuotesTheRulesWereNotWrittenOn(String table, int floor, boolean heldOut)
      throws IOException {
    List<Row> rows = rows(table);
    List<String> misses = rows.stream().map(Row::miss).flatMap(Optional::stream).toList();
    int right = rows.size() - misses.size();
    // A held-out table is scored only: its misses are not printed, so that no rule is written from
    // them by someone reading the build's output.
    String shown = heldOut ? "(held out: misses not shown)" : String.join("\n", misses);
    System.out.printf("%s: %d/%d%n%s%n", table, right, rows.size(), shown);
    assertThat(right)
        .as("%s: speakers right of %d; misses:%n%s", table, rows.size(), shown)
        .isGreaterThanOrEqualTo(floor);
  }
}
