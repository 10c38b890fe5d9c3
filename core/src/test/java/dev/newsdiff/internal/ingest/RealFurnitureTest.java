package dev.newsdiff.internal.ingest;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Page furniture and headlines on real news pages newsdiff was not built on: lines of real pages
 * from outlets that are not in {@code samples/} (listed in {@code SOURCES.md} beside the table),
 * each labelled by hand as headline, standfirst, dateline, story or furniture of a class. Each page
 * is read through the facade and scored as {@code newsdiff eval} scores the sample sets: a
 * furniture line is kept when most of its visible characters lie in sentences; a story line is lost
 * when most of its characters lie outside them; the headline is right when it is the annotated one,
 * or on a page without one, when no furniture line was taken for it.
 *
 * <p>The outlets are split in halves: A (the rules were developed on it) and B (held out until they
 * were done); then C, gathered after A and B were fitted, split by outlet into C1 (rules may be
 * written from it) and C2 (scored only); then D likewise into D1 and D2 (the line model never
 * trains on D2), and E into E1 and E2 (nor on E2). The ceilings hold each half.
 */
class RealFurnitureTest {

  private record Line(String page, String kind, String text) {
    static Line parse(String row) {
      String[] f = row.split("\\|", 3);
      assertThat(f).as("three columns: %s", row).hasSize(3);
      return new Line(f[0], f[1], f[2]);
    }

    boolean isFurniture() {
      return kind.startsWith("furniture:");
    }

    boolean isStory() {
      return Set.of("headline", "standfirst", "story").contains(kind);
    }
  }

  /** One page: its text as the lines joined, and the span of each line in it. */
  private record Page(String id, List<Line> lines, List<Span> spans, String text) {
    static Page of(String id, List<Line> lines) {
      StringBuilder text = new StringBuilder();
      List<Span> spans = new ArrayList<>();
      for (Line l : lines) {
        spans.add(Span.of(text.length(), text.length() + l.text().length()));
        text.append(l.text()).append('\n');
      }
      return new Page(id, lines, spans, text.toString());
    }

    Optional<String> headline() {
      return lines.stream().filter(l -> l.kind().equals("headline")).map(Line::text).findFirst();
    }
  }

  /** What newsdiff made of one page. */
  private record Score(
      Page page, List<String> kept, List<String> lost, Optional<String> badHeadline) {
    static Score of(Page page) {
      Article article = NewsDiff.parse(page.id(), page.text());
      BitSet story = new BitSet();
      for (Sentence s : article.sentences()) {
        story.set(s.span().start(), s.span().end());
      }
      List<String> kept = new ArrayList<>();
      List<String> lost = new ArrayList<>();
      for (int i = 0; i < page.lines().size(); i++) {
        Line line = page.lines().get(i);
        boolean asStory = mostlyStory(page.text(), page.spans().get(i), story);
        if (line.isFurniture() && asStory) {
          kept.add(page.id() + " " + line.kind() + ": " + line.text());
        } else if (line.isStory() && !asStory) {
          lost.add(page.id() + " " + line.kind() + ": " + line.text());
        }
      }
      String read = article.headline() == null ? null : article.headline().strip();
      Optional<String> expected = page.headline();
      Predicate<String> furniture =
          t -> page.lines().stream().anyMatch(l -> l.isFurniture() && l.text().strip().equals(t));
      boolean right =
          expected.isPresent()
              ? expected.get().strip().equals(read)
              : read == null || !furniture.test(read);
      Optional<String> bad =
          right
              ? Optional.empty()
              : Optional.of(
                  page.id() + " headline " + expected.orElse("(none)") + ", read " + read);
      return new Score(page, kept, lost, bad);
    }

    private static boolean mostlyStory(String text, Span span, BitSet story) {
      int visible = 0;
      int kept = 0;
      for (int i = span.start(); i < span.end(); i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          visible++;
          kept += story.get(i) ? 1 : 0;
        }
      }
      return visible > 0 && kept * 2 > visible;
    }
  }

  private static Map<String, String> halves() throws IOException {
    return resource("SOURCES.md")
        .lines()
        .filter(l -> l.startsWith("| ") && !l.startsWith("| page"))
        .map(l -> l.split("\\|"))
        .collect(
            Collectors.toMap(
                f -> f[1].strip(), f -> f[2].strip(), (a, b) -> a, LinkedHashMap::new));
  }

  private static List<Page> pages() throws IOException {
    Map<String, List<Line>> byPage =
        resource("real-furniture.csv")
            .lines()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(Line::parse)
            .map(l -> l.kind().equals("gap") ? new Line(l.page(), "gap", "") : l)
            .collect(groupingBy(Line::page, LinkedHashMap::new, toList()));
    return byPage.entrySet().stream().map(e -> Page.of(e.getKey(), e.getValue())).toList();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RealFurnitureTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void tableHoldsFortyPagesFromTwentyFiveOutletsInHalves() throws IOException {
    Map<String, String> halves = halves();
    List<Page> pages = pages();
    assertThat(pages).hasSizeGreaterThanOrEqualTo(40);
    assertThat(pages).allSatisfy(p -> assertThat(halves).as(p.id()).containsKey(p.id()));
    assertThat(halves.values()).containsOnly("A", "B", "C1", "C2", "D1", "D2", "E1", "E2");
    long outlets =
        resource("SOURCES.md")
            .lines()
            .filter(l -> l.startsWith("| ") && !l.startsWith("| page"))
            .map(l -> l.split("\\|")[3].strip())
            .distinct()
            .count();
    assertThat(outlets).isGreaterThanOrEqualTo(25);
    assertThat(pages.stream().flatMap(p -> p.lines().stream()))
        .allSatisfy(
            l ->
                assertThat(l.kind())
                    .as(l.text())
                    .matches("headline|standfirst|dateline|story|gap|furniture:[a-z]+"));
  }

  @ParameterizedTest(name = "half {0}")
  @CsvSource({
    // half, furniture kept, story lost, headlines wrong: at most. Before the rules fitted to
    // them, A and B kept 22 of 96 furniture lines; at first contact (7ca12de) C1 kept 25/88,
    // lost 2/90, headline wrong 4/22, and C2 22/67, 2/85, 3/21. The headlines left wrong in A
    // are blog pages whose headline ends with a full stop, like a story's first sentence. The
    // learned line decision (FurnitureLines) took C2 from 20 to 13; retrained on all 26 sample
    // sets (bbe6639) it keeps 15, which round 23's rules and retraining left at 15: the model
    // learns more of the sample sets' furniture and C2 stays unread, so the ceiling is 15.
    "A,     0, 0, 2",
    // B: 2, not 1, since the model retrained with E1 in round 26 (the rules' verdicts on B are
    // unchanged); the trade buys E1 and C2 below.
    "B,     2, 0, 0",
    "C1,    7, 0, 0",
    // C2: 15 -> 12 kept and 3 -> 2 headlines wrong with round 26's rules and retrained model, on a
    // half no rule was written from.
    "C2,   12, 2, 2",
    // Half D (round 24), 40 pages of 38 outlets in neither the samples nor A to C, split by outlet
    // into D1 (the line model trains on it) and D2 (scored only). First contact (integ24,
    // c6af4d7): D1 7/41 kept, 3/70 lost, 3/20 headlines wrong; D2 9/63, 3/63, 5/20. With the model
    // retrained on D1 as well, D2 loses 2 and reads 4 headlines wrong; D1 is unchanged.
    "D1,    3, 3, 1",
    // D2: 9 -> 10 in round 26. The rules written from A-D1 and E1 move nothing on D2 (9 with the
    // old model); the model retrained with E1 and the "repeated" feature keeps one more of its
    // lines, while on C2 it keeps fewer. Raised, not hidden: the held-out halves show that rules
    // and model still carry little to pages they were not written from.
    "D2,   10, 2, 4",
    // Half E (round 26), 41 pages of 38 outlets chosen by a rule stated first (SOURCES.md), split
    // by outlet into E1 (rules may be written from it, the model trains on it) and E2 (scored
    // only). First contact (main, b32e484): E1 11/34 kept, 5/76 lost, 4/21 headlines wrong; E2
    // 11/37, 2/79, 3/20.
    // After round 26's rules (written from A-D1 and E1) and the model retrained with E1: E1 2/34
    // kept, 1/76 lost, 2/21 headlines wrong; E2 (held out) unchanged at 11/37, 2/79, 3/20.
    "E1,    2, 1, 2",
    "E2,   11, 2, 3",
  })
  void keepsFurnitureOutOfTheStoryOfRealPages(
      String half, int keptCeiling, int lostCeiling, int headlineCeiling) throws IOException {
    Map<String, String> halves = halves();
    List<Score> scores =
        pages().stream().filter(p -> halves.get(p.id()).equals(half)).map(Score::of).toList();
    List<String> kept = scores.stream().flatMap(s -> s.kept().stream()).toList();
    List<String> lost = scores.stream().flatMap(s -> s.lost().stream()).toList();
    List<String> headlines = scores.stream().flatMap(s -> s.badHeadline().stream()).toList();
    long furniture =
        scores.stream().flatMap(s -> s.page().lines().stream()).filter(Line::isFurniture).count();
    long storyLines =
        scores.stream().flatMap(s -> s.page().lines().stream()).filter(Line::isStory).count();
    String report =
        String.format(
            "half %s: kept %d/%d furniture, lost %d/%d story, headline wrong %d/%d pages%n%s",
            half,
            kept.size(),
            furniture,
            lost.size(),
            storyLines,
            headlines.size(),
            scores.size(),
            String.join("\n", concat(kept, lost, headlines)));
    System.out.println(report);
    assertThat(kept.size()).as(report).isLessThanOrEqualTo(keptCeiling);
    assertThat(lost.size()).as(report).isLessThanOrEqualTo(lostCeiling);
    assertThat(headlines.size()).as(report).isLessThanOrEqualTo(headlineCeiling);
  }

  /**
   * A page without metadata is shown under its id's name, the page's own spelling of it or a known
   * outlet's: never under a name its text credits ("Source: … – BBC News", "© Provided by …").
   */
  @Test
  void namesEachRealPageAfterItsIdNotItsCredits() throws IOException {
    List<String> wrong =
        pages().stream()
            .map(p -> NewsDiff.parse(p.id(), p.text()))
            .filter(a -> !namesId(a.outlet(), a.id()))
            .map(a -> a.id() + " shown as " + a.outlet())
            .toList();
    assertThat(wrong).isEmpty();
  }

  private static boolean namesId(String name, String id) {
    return letters(name, true).equals(letters(id, true))
        || letters(name, false).equals(letters(id, false))
        || Outlets.known(id).map(name::equals).orElse(false)
        || withNewsWord(name, id);
  }

  /**
   * The id's own name and one word outlets name themselves with, as {@link OwnSpelling} reads it:
   * "EMTV Online" for emtv (its own byline line), never another outlet's name.
   */
  private static boolean withNewsWord(String name, String id) {
    int last = name.lastIndexOf(' ');
    return last > 0
        && RunTogetherId.isNewsWord(name.substring(last + 1).toLowerCase(Locale.ROOT))
        && letters(name.substring(0, last), true).equals(letters(id, true));
  }

  /**
   * "The Moscow Times" and "moscowtimes" both give "moscowtimes" (a leading "The" dropped); "The
   * Nation NG" and "thenationng" both give "thenationng" (kept).
   */
  private static String letters(String name, boolean withoutThe) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (withoutThe) {
      lower = lower.replaceFirst("^the\\b", "");
    }
    return lower.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    all.addAll(c);
    return all;
  }
}
