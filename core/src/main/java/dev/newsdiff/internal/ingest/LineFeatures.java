package dev.newsdiff.internal.ingest;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.internal.ingest.Lines.Line;
import dev.newsdiff.model.FurnitureKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The signals a line of a page gives of being page furniture rather than story, as named numbers
 * for {@link FurnitureLines}' model: the rules' own verdicts (each furniture kind the line's words
 * match, and whether the story block's bounds put it outside the story), and the signals of
 * boilerplate removers such as jusText and boilerpipe: length, function-word density, capitals,
 * final punctuation, digits and dates, link- and tag-like text, the place on the page and the
 * neighbouring lines. Every value is a count's logarithm, a share or a 0/1 flag, so that no feature
 * dwarfs the others.
 */
final class LineFeatures {

  /** The edge of the page weighs on the lines nearest it: 1 on the edge line, then 1/2, 1/3 … */
  private static final String FROM_TOP = "place.top";

  private static final String FROM_BOTTOM = "place.bottom";

  /**
   * "12:40", "Mar 01 2018", "2023-05-04", "5 hours ago": the stuff of time stamps. Word edges are
   * look-arounds, not {@code \\b}: Java's {@code \\b} looks back over a run of combining marks from
   * each of them, quadratic in the run.
   */
  private static final Pattern DATE_OR_TIME =
      Pattern.compile(
          "(?<!\\d)\\d{1,2}[:.]\\d{2}(?!\\d)|(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d)"
              + "|(?<![\\p{L}\\p{N}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d{1,2}(?!\\d)"
              + "|(?<!\\d)\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
              + "|(?<![\\p{L}\\p{N}])(?:ago|updated|published|posted)(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE);

  private static final CharMatcher DIGITS = CharMatcher.inRange('0', '9');
  private static final CharMatcher SEPARATORS = CharMatcher.anyOf("|/»›•·");
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
    ImmutableList.Builder<Map<String, Double>> all = ImmutableList.builder();
    for (int k = 0; k < lines.size(); k++) {
      Map<String, Double> f = new HashMap<>();
      ownSignals(lines.get(k).text(), f);
      if (byWords[k] != null) {
        f.put("rule.words", 1.0);
        f.put("rule.words." + byWords[k].label(), 1.0);
      } else if (byRules[k] != null) {
        f.put("rule.block", 1.0);
      }
      f.put(FROM_TOP, 1.0 / (1 + k));
      f.put(FROM_BOTTOM, 1.0 / (lines.size() - k));
      neighbour("prev", k - 1, lines, byRules, f);
      neighbour("next", k + 1, lines, byRules, f);
      all.add(Map.copyOf(f));
    }
    return all.build();
  }

  private static void neighbour(
      String name,
      int k,
      List<Line> lines,
      @Nullable FurnitureKind[] byRules,
      Map<String, Double> f) {
    if (k < 0 || k >= lines.size()) {
      f.put(name + ".none", 1.0);
      return;
    }
    String text = lines.get(k).text();
    f.put(name + ".words", Math.log1p(Whitespace.wordCount(text)));
    flag(f, name + ".prose", StoryBlock.isProse(text));
    flag(f, name + ".furniture", byRules[k] != null);
  }

  /** What the line's own characters say. */
  private static void ownSignals(String text, Map<String, Double> f) {
    List<String> words = Whitespace.words(text);
    f.put("words", Math.log1p(words.size()));
    f.put("function.words", LineShapes.functionWordShare(text));
    f.put("capitalised", capitalisedShare(words));
    int visible = CharMatcher.whitespace().negate().countIn(text);
    f.put("digits", visible == 0 ? 0 : (double) DIGITS.countIn(text) / visible);
    flag(f, "ends.prose", LineShapes.endsProse(text));
    flag(f, "ends.colon", text.endsWith(":"));
    flag(f, "ends.cut", LineShapes.isCutOff(text));
    flag(f, "prose", StoryBlock.isProse(text));
    flag(f, "prose.long", LineShapes.readsAsProse(text));
    flag(f, "title", StoryBlock.isTitle(text));
    flag(f, "headline.cased", StoryBlock.isHeadlineCased(text));
    flag(f, "all.caps", LineShapes.isAllCaps(text));
    flag(f, "date.or.time", DATE_OR_TIME.matcher(text).find());
    flag(f, "link", StoryBlock.links(text));
    flag(f, "reader", StoryBlock.addressesReader(text));
    flag(f, "separators", SEPARATORS.matchesAnyOf(text));
    flag(f, "keyword.list", Furnishings.isKeywordList(text));
    flag(f, "quoted", QUOTE_MARKS.matchesAnyOf(text));
    flag(f, "bulleted", LineShapes.isBulleted(text));
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
