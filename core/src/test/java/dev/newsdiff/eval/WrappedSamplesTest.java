package dev.newsdiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.report.Findings;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample set hard-wrapped, as wire feeds, e-mails and terminals give text, reads and compares
 * like the set itself: the same sentences, quotes, furniture and findings. The written sets do at
 * every width. The real pages do not all yet (a related headline glued to the teaser under it, a
 * headline-less first line that stops at the margin before a capital without opening with an
 * article, a standfirst printed above its headline): their share of articles read alike is held to
 * a floor, today's less a margin, until it reaches the target of every article.
 */
class WrappedSamplesTest {

  private static final int[] WIDTHS = {60, 70, 80};

  /**
   * Articles of the real sets, at each width, read exactly as unwrapped: 183 of 201 today, of which
   * the ten development sets 134 of 144 (132 before a line ending in a dash went on and a list item
   * after a full one began a new item) and the four held-out sets 49 of 57. Counted as the test
   * counts them (each article at each of the three widths), with round 24's fifth generation: 376
   * of 411.
   */
  private static final double REAL_FLOOR = 0.91;

  /**
   * The real news passages of the speaker table, each one to three paragraphs with no headline, at
   * each width read exactly as unwrapped: 156 of 189 today (149 before the sentence splitter judged
   * line ends and a first line opening with a quotation was read as the story's). Most of the rest
   * are two or three lines long, too few to tell the margin they were wrapped at.
   */
  private static final double PASSAGE_FLOOR = 0.80;

  private static final String PASSAGES = "/dev/newsdiff/internal/quote/real-attributions.csv";

  static Stream<Arguments> writtenSetsAndWidths() {
    return SampleReadingTest.WRITTEN_SETS.stream()
        .flatMap(
            set ->
                IntStream.of(WIDTHS)
                    .mapToObj(
                        width -> Arguments.of(SampleReadingTest.SAMPLES.resolve(set), width)));
  }

  @ParameterizedTest(name = "{0} at {1} columns")
  @MethodSource("writtenSetsAndWidths")
  void readsLikeTheUnwrappedSet(Path folder, int width) throws Exception {
    List<Article> plain = SampleSet.read(folder).articles().values().asList();
    List<Article> wrapped =
        plain.stream().map(a -> NewsDiff.parse(a.id(), wrap(a.text(), width))).toList();

    for (int i = 0; i < plain.size(); i++) {
      Article p = plain.get(i);
      Article w = wrapped.get(i);
      assertThat(reading(w)).as("%s wrapped at %d", p.id(), width).isEqualTo(reading(p));
    }
    assertThat(Findings.of(NewsDiff.compare(wrapped)))
        .as("findings wrapped at %d", width)
        .isEqualTo(Findings.of(NewsDiff.compare(plain)));
  }

  @Test
  void realPagesMostlyReadLikeTheUnwrappedPages() throws Exception {
    int alike = 0;
    List<String> unlike = new ArrayList<>();
    for (String set : SampleReadingTest.REAL_SETS) {
      for (Article a : SampleSet.read(SampleReadingTest.SAMPLES.resolve(set)).articles().values()) {
        for (int width : WIDTHS) {
          if (reading(NewsDiff.parse(a.id(), wrap(a.text(), width))).equals(reading(a))) {
            alike++;
          } else {
            unlike.add(set + "/" + a.id() + " at " + width);
          }
        }
      }
    }
    double share = (double) alike / (alike + unlike.size());
    System.out.printf(
        Locale.ROOT, "real pages read alike wrapped: %d of %d%n", alike, alike + unlike.size());
    assertThat(share).as("read differently: %s", unlike).isGreaterThanOrEqualTo(REAL_FLOOR);
  }

  @Test
  void realPassagesMostlyReadLikeTheUnwrappedPassages() throws Exception {
    List<String> passages;
    try (InputStream in = WrappedSamplesTest.class.getResourceAsStream(PASSAGES)) {
      assertThat(in).as(PASSAGES).isNotNull();
      passages =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .map(l -> l.split("\\|", -1)[2].replace("\\n", "\n"))
              .toList();
    }
    int alike = 0;
    List<String> unlike = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      Article plain = NewsDiff.parse("p" + i, passages.get(i));
      for (int width : WIDTHS) {
        if (reading(NewsDiff.parse(plain.id(), wrap(plain.text(), width))).equals(reading(plain))) {
          alike++;
        } else {
          unlike.add("passage " + (i + 1) + " at " + width);
        }
      }
    }
    System.out.printf(
        Locale.ROOT, "real passages read alike wrapped: %d of %d%n", alike, alike + unlike.size());
    assertThat((double) alike / (alike + unlike.size()))
        .as("read differently: %s", unlike)
        .isGreaterThanOrEqualTo(PASSAGE_FLOOR);
  }

  /** What a reader sees of an article: roles and sentences, quotes and speakers, furniture. */
  private static List<String> reading(Article a) {
    return Stream.of(
            Stream.of("headline " + a.headline()),
            Stream.of("dateline " + (a.dateline() == null ? null : a.dateline().text())),
            a.sentences().stream().map(s -> s.role() + " " + s.text()),
            a.quotes().stream().map(q -> "quote " + q.speaker() + ": " + q.text()),
            a.furniture().stream().map(f -> f.kind() + " " + f.text()))
        .flatMap(s -> s)
        .toList();
  }

  /**
   * {@code text} wrapped at {@code width} columns the way word-wrapping programs do: each line
   * filled with as many words as fit, the space before the next word made a line break.
   */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder(text);
    int column = 0;
    int wordStart = 0;
    for (int i = 0; i <= out.length(); i++) {
      char c = i < out.length() ? out.charAt(i) : '\n';
      if (c != ' ' && c != '\n') {
        continue;
      }
      int word = i - wordStart;
      if (column > 0 && column + 1 + word > width) {
        out.setCharAt(wordStart - 1, '\n');
        column = word;
      } else {
        column += (column > 0 ? 1 : 0) + word;
      }
      wordStart = i + 1;
      if (c == '\n') {
        column = 0;
      }
    }
    return out.toString();
  }
}
