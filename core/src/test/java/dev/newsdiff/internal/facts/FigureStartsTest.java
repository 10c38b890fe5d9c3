package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each figure pattern, tried only at the positions {@link FigureStarts} finds, finds what a search
 * of every position finds: in every sample article, in sentences made of the patterns' own words,
 * and in text whose letters fold to theirs only when case is ignored.
 */
class FigureStartsTest {

  /** Each pattern with the kinds of position {@link NumericFacts} tries it at. */
  private static final Map<String, Map.Entry<Pattern, Integer>> PATTERNS =
      Map.of(
          "money",
          Map.entry(NumericFacts.MONEY, FigureStarts.DIGITS | FigureStarts.CURRENCY),
          "percent",
          Map.entry(NumericFacts.PERCENT, FigureStarts.DIGITS),
          "number word",
          Map.entry(NumericFacts.ANY_NUMBER_WORD, FigureStarts.NUMBER_WORD),
          "percent in words",
          Map.entry(NumericFacts.WORD_PERCENT, FigureStarts.NUMBER_WORD),
          "date",
          Map.entry(NumericFacts.DATE, FigureStarts.DIGITS | FigureStarts.DATE_WORD),
          "amount",
          Map.entry(NumericFacts.AMOUNT, FigureStarts.DIGITS | FigureStarts.NUMBER_WORD),
          "span of time",
          Map.entry(NumericFacts.A_SPAN_OF_TIME, FigureStarts.SPAN_WORD));

  /**
   * Words and phrases the patterns read besides their openers, whole phrases so that every
   * alternative is met often, and letters that fold to theirs when case is ignored.
   */
  private static final List<String> OTHER_WORDS =
      List.of(
          """
          a|an|A|week|day|decade|dozen|hundred|percent|per|cent|million|km|miles|US$|$|£|€|¥|₺\
          |dollars|USD|CFA|francs|West|African|2014|1873|5|12|3.5|1,200|4-6|to|through|the\
          |since|in|quarter|-|,|.|Jan.|Sept.|th|21st|ninety-nine|twenty|May|US|ſome|weeK|İn\
          |Thirty|Almost|FOR|Monday|next|Last|x|_|é|first quarter|third-quarter|this week\
          |last year|a day ago|Next May|May 2008|half a dozen|a dozen|two dozen|a hundred\
          |twenty-one|more than a week|up to a month|close to a decade|for an hour|in under a\
          |within a year|an estimated|June 4-6|04-09 June 2023|Sepember 3|yesterday|TODAY\
          |in 2014|5 percent|six per cent|US$ 3 bn|us$5|$3m|an estimated a year|11:52 p.m.\
          |noon|0800 GMT"""
              .split("\\|"));

  static Stream<String> patterns() {
    return PATTERNS.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("patterns")
  void findsWhatASearchFindsInEverySampleArticle(String name) throws IOException {
    List<String> texts;
    try (Stream<Path> files = Files.walk(Path.of("../samples"))) {
      texts =
          files
              .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
              .sorted()
              .map(FigureStartsTest::read)
              .toList();
    }
    assertThat(texts).hasSizeGreaterThan(40);
    for (String text : texts) {
      for (String paragraph : text.split("\n")) {
        assertSameMatches(name, paragraph);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("patterns")
  void findsWhatASearchFindsInSentencesOfThePatternsOwnWords(String name) {
    List<String> words = new ArrayList<>();
    words.addAll(FigureStarts.NUMBER_WORD_OPENERS);
    words.addAll(FigureStarts.DATE_OPENERS);
    words.addAll(FigureStarts.SPAN_OPENERS);
    words.addAll(OTHER_WORDS);
    Random random = new Random(21);
    for (int n = 0; n < 5000; n++) {
      StringBuilder sentence = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int k = 0; k < length; k++) {
        sentence.append(words.get(random.nextInt(words.size())));
        sentence.append(random.nextInt(6) == 0 ? "" : random.nextInt(8) == 0 ? "-" : " ");
      }
      assertSameMatches(name, sentence.toString());
    }
  }

  @Test
  void keepsLettersThatFoldToThePatternsOwnForEveryPattern() {
    // "ſ" folds to "s" and the Kelvin sign to "k" when case is ignored in Unicode.
    assertThat(NumericFacts.A_SPAN_OF_TIME.matcher("It lasted ſome a weeK.").find()).isTrue();
    assertSameMatches("span of time", "It lasted ſome a weeK.");
    assertSameMatches("span of time", "Closed İn a day.");
  }

  private static void assertSameMatches(String name, String s) {
    Map.Entry<Pattern, Integer> pattern = PATTERNS.get(name);
    List<String> searched = new ArrayList<>();
    Matcher m = pattern.getKey().matcher(s);
    while (m.find()) {
      searched.add(m.start() + "-" + m.end() + " " + m.group());
    }
    List<String> tried = new ArrayList<>();
    FigureStarts.Matches found = FigureStarts.of(s).matches(pattern.getKey(), pattern.getValue());
    while (found.find()) {
      tried.add(
          found.matcher().start() + "-" + found.matcher().end() + " " + found.matcher().group());
    }
    assertThat(tried).as("%s in %s", name, s).isEqualTo(searched);
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
