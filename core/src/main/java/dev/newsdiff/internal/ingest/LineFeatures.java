package dev.newsdiff.internal.ingest;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.internal.ingest.Lines.Line;
import dev.newsdiff.model.FurnitureKind;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The signals a line of a page gives of being page furniture rather than story, as named numbers
 * for {@link FurnitureLines}' model: the rules' own verdicts (each furniture kind the line's words
 * match, and whether the story block's bounds put it outside the story), and the signals of
 * boilerplate removers such as jusText and boilerpipe: length, function-word density, capitals,
 * final punctuation, digits and dates, link- and tag-like text, the place on the page, the
 * neighbouring lines and whether the page prints the line more than once. Every value is a count's
 * logarithm, a share or a 0/1 flag, so that no feature dwarfs the others.
 */
final class LineFeatures {

  /** The edge of the page weighs on the lines nearest it: 1 on the edge line, then 1/2, 1/3 … */
  private static final String FROM_TOP = "place.top";

  private static final String FROM_BOTTOM = "place.bottom";

  private static final String WORDS = "words";

  private static final String PROSE = "prose";

  private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";

  /**
   * "12:40", "2023-05-04", "4 June": figures of a time stamp, opening with a digit. Word edges are
   * look-arounds, not {@code \\b}: Java's {@code \\b} looks back over a run of combining marks from
   * each of them, quadratic in the run. Each line is searched, and the look-ahead lets the
   * positions that hold no digit fail on one test.
   */
  private static final Pattern TIME_FIGURES =
      Pattern.compile(
          "(?=\\d)(?<!\\d)(?:\\d{1,2}[:.]\\d{2}(?!\\d)|\\d{4}-\\d{2}-\\d{2}(?!\\d)|\\d{1,2}\\s+"
              + MONTH
              + ")",
          Pattern.CASE_INSENSITIVE);

  /**
   * "Mar 01 2018", "June 4": a month's name, then its day. Searched apart from the figures, so that
   * neither tries the other's alternatives at every position.
   */
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?=[jfmasond])(?<![\\p{L}\\p{N}])" + MONTH + "\\p{L}*\\.?\\s+\\d{1,2}(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  /** "5 hours ago", "Updated", "Published": a time stamp's words. */
  private static final Pattern TIME_STAMP_WORD =
      Pattern.compile(
          "(?=[aup])(?<![\\p{L}\\p{N}])(?:ago|updated|published|posted)(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE);

  private static final CharMatcher DIGITS = CharMatcher.inRange('0', '9');
  private static final CharMatcher SEPARATORS = CharMatcher.anyOf("|/»›❯•·");
  private static final CharMatcher QUOTE_MARKS = CharMatcher.anyOf("\"“”«»„");

  private LineFeatures() {}

  /**
   * The features of each line of a page, in line order.
   *
   * @param byWords each line's furniture kind by its own words ({@link Furnishings}), or null
   * @param byRules each line's kind once the story block is framed ({@link StoryBlock}), or null
   */
  static ImmutableList<Map<String, Double>> of(
      List<Line> lines, @Nullable FurnitureKind[] byWords, @Nullable FurnitureKind[] byRules) {
    // Each line's own signals once: its neighbours read them too.
    List<Map<String, Double>> own =
        IntStream.range(0, lines.size()).mapToObj(k -> ownSignals(lines.get(k).text())).toList();
    // How often the page prints each line: a story says a thing once, while a picture's text and
    // caption, a related headline or a page control come twice or more.
    Map<String, Integer> printed = new HashMap<>();
    for (Line line : lines) {
      printed.merge(line.text(), 1, Integer::sum);
    }
    ImmutableList.Builder<Map<String, Double>> all =
        ImmutableList.builderWithExpectedSize(lines.size());
    for (int k = 0; k < lines.size(); k++) {
      // Room for every feature a line can have, so that the map is never resized: a long text of
      // short lines builds tens of thousands of them.
      Map<String, Double> f = new HashMap<>(FEATURES_ROOM);
      f.putAll(own.get(k));
      if (byWords[k] != null) {
        f.put("rule.words", 1.0);
        f.put("rule.words." + byWords[k].label(), 1.0);
      } else if (byRules[k] != null) {
        f.put("rule.block", 1.0);
      }
      flag(f, "repeated", printed.get(lines.get(k).text()) > 1);
      f.put(FROM_TOP, 1.0 / (1 + k));
      f.put(FROM_BOTTOM, 1.0 / (lines.size() - k));
      neighbour(PREV, k - 1, own, byRules, f);
      neighbour(NEXT, k + 1, own, byRules, f);
      // Not copied: nothing else holds the map. The model's sum does not depend on its order.
      all.add(Collections.unmodifiableMap(f));
    }
    return all.build();
  }

  /** The names of one neighbour's features, joined once rather than for every line. */
  private record Side(String none, String words, String prose, String furniture) {
    Side(String name) {
      this(name + ".none", name + ".words", name + ".prose", name + ".furniture");
    }
  }

  private static final Side PREV = new Side("prev");
  private static final Side NEXT = new Side("next");

  /** More than the features of {@link #ownSignals}, with the load factor. */
  private static final int OWN_ROOM = 32;

  /**
   * More than the features of {@link #ownSignals} and {@link #of} together, with the load factor.
   */
  private static final int FEATURES_ROOM = 64;

  private static void neighbour(
      Side side,
      int k,
      List<Map<String, Double>> own,
      @Nullable FurnitureKind[] byRules,
      Map<String, Double> f) {
    if (k < 0 || k >= own.size()) {
      f.put(side.none(), 1.0);
      return;
    }
    f.put(side.words(), own.get(k).get(WORDS));
    flag(f, side.prose(), own.get(k).containsKey(PROSE));
    flag(f, side.furniture(), byRules[k] != null);
  }

  /**
   * What the line's own characters say, without a wire's sign-off or a link closing it ("… on
   * Friday. | via Wire", "… it added. PTI JD"): the layout splits those off as furniture, and the
   * line's story is what is left.
   */
  private static Map<String, Double> ownSignals(String line) {
    int closing = Math.max(Furnishings.trailingCredit(line), Furnishings.trailingLink(line));
    String text = closing > 0 ? line.substring(0, closing).strip() : line;
    Map<String, Double> f = new HashMap<>(OWN_ROOM);
    List<String> words = Whitespace.words(text);
    f.put(WORDS, Math.log1p(words.size()));
    // The function words are counted once for their share and for the test of long prose.
    long function = LineShapes.functionWords(words);
    f.put("function.words", words.isEmpty() ? 0 : (double) function / words.size());
    f.put("capitalised", capitalisedShare(words));
    int visible = CharMatcher.whitespace().negate().countIn(text);
    f.put("digits", visible == 0 ? 0 : (double) DIGITS.countIn(text) / visible);
    flag(f, "ends.prose", LineShapes.endsProse(text));
    flag(f, "ends.colon", text.endsWith(":"));
    flag(f, "ends.cut", LineShapes.isCutOff(text));
    flag(f, PROSE, StoryBlock.isProse(text));
    flag(f, "prose.long", LineShapes.readsAsProse(text.length(), words.size(), function));
    flag(f, "title", StoryBlock.isTitle(text));
    flag(f, "headline.cased", StoryBlock.isHeadlineCased(text));
    flag(f, "all.caps", LineShapes.isAllCaps(text));
    // A date or a time has a digit: most lines of prose have none, and the patterns are then not
    // tried at every character (they were a third of these features' time on a 1 MB article).
    flag(
        f,
        "date.or.time",
        DIGITS.matchesAnyOf(text)
                && (TIME_FIGURES.matcher(text).find() || MONTH_DAY.matcher(text).find())
            || TIME_STAMP_WORD.matcher(text).find());
    flag(f, "link", StoryBlock.links(text));
    flag(f, "reader", StoryBlock.addressesReader(text));
    flag(f, "separators", SEPARATORS.matchesAnyOf(text));
    flag(f, "keyword.list", Furnishings.isKeywordList(text));
    flag(f, "quoted", QUOTE_MARKS.matchesAnyOf(text));
    flag(f, "bulleted", LineShapes.isBulleted(text));
    return f;
  }

  /** The share of words that open with a capital letter, of those that open with a letter. */
  private static double capitalisedShare(List<String> words) {
    int letters = 0;
    int capitals = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        letters++;
        capitals += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return letters == 0 ? 0 : (double) capitals / letters;
  }

  private static void flag(Map<String, Double> f, String name, boolean on) {
    if (on) {
      f.put(name, 1.0);
    }
  }
}
