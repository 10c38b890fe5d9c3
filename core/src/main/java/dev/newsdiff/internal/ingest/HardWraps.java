package dev.newsdiff.internal.ingest;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.internal.text.SentenceSplitter;
import dev.newsdiff.model.FurnitureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Undoes hard wrapping: wire feeds, e-mails and terminals break paragraphs into lines of 60 to 80
 * columns, and every later stage reads a line as a paragraph. The line breaks that only wrap are
 * turned into spaces, one for one ({@code \r\n} into two), so the text keeps its length and every
 * offset into it is also an offset into the file.
 *
 * <p>A text is wrapped when its lines crowd below one margin of 30 to 100 columns. A break wraps
 * when the line before it was full: the next line's first word would not have fitted on it (the
 * rule every word-wrapping program follows, read backwards). Some full lines still end a paragraph:
 *
 * <ul>
 *   <li>one that ends a sentence before a line that opens one, unless the text marks paragraphs
 *       with blank lines or a quotation is open and goes on: without blank lines a paragraph that
 *       happens to end near the margin looks exactly like a wrap. The sentence splitter judges the
 *       end with both lines before it ("Capt." / "Tom Brand" goes on), and a quoted question goes
 *       on to its attribution ("…?"" / "Mayor Ada Okafor asked");
 *   <li>the headline (and lines repeating it) before a line that opens a sentence, unless it ends
 *       on a word that needs what follows ("of", "the") or both are in title case;
 *   <li>any line before one that opens with a dateline or a label in capitals ("ANKARA: ").
 * </ul>
 *
 * <p>Apart from widths, a line that stops mid-sentence before a line going on in lower case is one
 * sentence broken by a stray newline ("It was a cold \n night in the city."), when the run of such
 * lines reaches a sentence end; a run that never does is a list of short items.
 */
public final class HardWraps {

  /** Narrower lines are columns, menus or verse, not wrapped prose. */
  private static final int MIN_WIDTH = 30;

  /** Lines up to this long are wrapped; longer ones are a paragraph each. */
  private static final int MAX_WIDTH = 100;

  /**
   * At least this share of line breaks must fall at the margin for the text to count as wrapped.
   */
  private static final double MIN_FULL_SHARE = 0.15;

  /** In a text of this many lines, two lines at least reach the margin or a column short of it. */
  private static final int MANY_LINES = 10;

  /** How close below the margin wrapped lines crowd, in columns. */
  private static final int MARGIN_SPREAD = 10;

  /**
   * "HALIFAX, Nova Scotia", "ISTANBUL (AP) —" or "ANKARA: " opening a line starts the story (and
   * "PHOTO: " a credit), not a wrapped line.
   */
  private static final Pattern DATELINE_START =
      Pattern.compile("\\p{Lu}{2,}[\\p{Lu}.'’ -]{0,40}(?:, \\p{Lu}|\\s*\\(\\p{L}|\\s+[-–—]|: )");

  /** Shorter lines above the headline are section labels, read times and the like. */
  private static final int MIN_HEADLINE_WORDS = 4;

  /** Sentences often open with an article; headlines seldom do. */
  private static final ImmutableSet<String> ARTICLES = ImmutableSet.of("The", "A", "An");

  /** Articles, prepositions, conjunctions and possessives: no headline or paragraph ends on one. */
  private static final ImmutableSet<String> GOES_ON =
      ImmutableSet.of(
          "a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "with", "by", "into",
          "onto", "about", "over", "under", "after", "before", "between", "against", "and", "or",
          "but", "nor", "as", "than", "that", "which", "who", "whose", "whom", "its", "their",
          "his", "her", "our", "your", "my");

  private HardWraps() {}

  /** One physical line: where it starts and ends, and how long its line break is (0 at the end). */
  private record Line(int start, int end, int breakLength) {
    boolean isBlank(String text) {
      for (int i = start; i < end; i++) {
        if (!Whitespace.isSpace(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /** {@code text} with the line breaks that only wrap made spaces; the same length. */
  public static String unwrap(String text) {
    List<Line> lines = lines(text);
    if (lines.size() < 2) {
      return text;
    }
    boolean[] joins = new boolean[lines.size()];
    markWidthWraps(text, lines, joins);
    markStrayNewlines(text, lines, joins);
    StringBuilder out = null;
    for (int i = 0; i < lines.size(); i++) {
      if (joins[i]) {
        out = out == null ? new StringBuilder(text) : out;
        Line line = lines.get(i);
        for (int k = line.end(); k < line.end() + line.breakLength(); k++) {
          out.setCharAt(k, ' ');
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** Joins line {@code i} to line {@code i + 1} where the text is wrapped and line i was full. */
  private static void markWidthWraps(String text, List<Line> lines, boolean[] joins) {
    int[] lengths =
        lines.stream()
            .filter(l -> !l.isBlank(text))
            .mapToInt(l -> columns(text, l))
            .sorted()
            .toArray();
    int width = margin(lengths);
    if (width < MIN_WIDTH || width > MAX_WIDTH) {
      return;
    }
    int pairs = 0;
    boolean[] full = new boolean[lines.size()];
    int fullCount = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line line = lines.get(i);
      Line next = lines.get(i + 1);
      if (line.isBlank(text) || next.isBlank(text)) {
        continue;
      }
      pairs++;
      int columns = columns(text, line);
      if (columns * 2 >= width && columns + 1 + firstWordLength(text, next) > width) {
        full[i] = true;
        fullCount++;
      }
    }
    if (fullCount < 2 || fullCount < MIN_FULL_SHARE * pairs) {
      return;
    }
    boolean blankSeparated = blankSeparated(text, lines, width);
    int bodyStart = firstSentenceEnd(text, lines);
    String headline = headline(text, lines, bodyStart);
    boolean quoteOpen = false;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = content(text, lines.get(i));
      quoteOpen = opensQuote(line, quoteOpen);
      if (!full[i]) {
        quoteOpen = false;
        continue;
      }
      String next = content(text, lines.get(i + 1));
      // "… 15 trapped underground –" / "State TV" goes on, but not into a date standing alone
      boolean mayEnd =
          !endsMidPhrase(line) && !SPACED_DASH_END.matcher(line).find() && opensSentence(next);
      boolean sentenceBreak =
          !blankSeparated
              && endsSentence(line)
              && !(quoteOpen && Character.isLetter(next.codePointAt(0)))
              && !attributesQuestion(line, next)
              && sentenceEndsBetween(line, next);
      boolean headlineEnd =
          line.equals(headline)
              && !titleGoesOn(line, next)
              && !(i == firstLine(text, lines) && opensStory(text, lines, full, i));
      boolean furnitureNext =
          !endsMidPhrase(line) && !full[i + 1] && isFurnitureLine(next) && !quoteOpen;
      joins[i] =
          !(mayEnd && (headlineEnd || sentenceBreak))
              && !startsDateline(next)
              && !furnitureNext
              && !nextItem(line, next);
      quoteOpen &= joins[i];
    }
  }

  /**
   * The width the text is wrapped at, from its line lengths in ascending order: the longest length
   * that another line comes within {@value #MARGIN_SPREAD} columns of, and one more close to it
   * (within a column, in a text of {@value #MANY_LINES} lines or more). Wrapped lines crowd below
   * the margin; a long link or a line of a text that is not wrapped at all stands out alone. Where
   * more than a few lines run past the margin, the text is not wrapped and this is 0.
   */
  private static int margin(int[] lengths) {
    for (int i = lengths.length - 1; i >= 2; i--) {
      int neighbour = lengths.length >= MANY_LINES ? 1 : MARGIN_SPREAD / 2;
      if (lengths[i] - lengths[i - 1] <= neighbour
          && lengths[i] - lengths[i - 2] <= MARGIN_SPREAD) {
        int past = lengths.length - 1 - i;
        return past <= Math.max(2, lengths.length / 20) ? lengths[i] : 0;
      }
    }
    return 0;
  }

  /**
   * Whether {@code next} opens with a dateline or a label in capitals: "ANKARA: ", "ISTANBUL (AP)
   * —". A notice in capitals going on in capitals ("ATTENTION EDITORS - THIS IMAGE WAS …") is no
   * dateline: a dateline leads into a sentence of prose.
   */
  private static boolean startsDateline(String next) {
    Matcher m = DATELINE_START.matcher(next);
    if (!m.lookingAt()) {
      return false;
    }
    List<String> after = Whitespace.words(next.substring(m.end()));
    List<String> lettered =
        after.stream().filter(w -> w.chars().anyMatch(Character::isLetter)).limit(3).toList();
    return lettered.size() < 2 || !lettered.stream().allMatch(LineShapes::isAllCaps);
  }

  /**
   * A line that is page furniture by its own words and, short of the margin and without a
   * sentence's end, stands alone as a wrapped paragraph's last line never does: "March 14, 2025",
   * "e-Paper Get App", "{{#rendered}} {{/rendered}}".
   */
  private static boolean isFurnitureLine(String next) {
    if (LineShapes.endsProse(next)) {
      return false;
    }
    int words = Whitespace.wordCount(next);
    // One token that is furniture of any kind is a placeholder, never a wrapped line's last
    // word: "article-image".
    return words <= MAX_FURNITURE_WORDS
        && Furnishings.kindOf(next).filter(STANDS_ALONE::contains).isPresent();
  }

  /**
   * Furniture that is never the tail of a wrapped line of prose. Captions, credits, bylines and
   * related headlines are lines of text that wrap like prose, and their last line can look like
   * furniture on its own ("(Reporting by …", "(picture-alliance/…)").
   */
  /** Furniture standing alone is a few words: "March 14, 2025", "e-Paper Get App". */
  private static final int MAX_FURNITURE_WORDS = 6;

  private static final ImmutableSet<FurnitureKind> STANDS_ALONE =
      Sets.immutableEnumSet(
          FurnitureKind.TIMESTAMP,
          FurnitureKind.READ_TIME,
          FurnitureKind.RELATIVE_TIME,
          FurnitureKind.WIDGET,
          FurnitureKind.PROMO);

  /** The first line that is not blank. */
  private static int firstLine(String text, List<Line> lines) {
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank(text)) {
      i++;
    }
    return i;
  }

  /**
   * Whether the page's first line, {@code first}, is the start of its story's first paragraph
   * rather than a headline: it opens with an article, as a sentence does and headlines, which drop
   * their articles, seldom do; it is in sentence case; and it goes on in the full lines after it to
   * a line that ends a sentence short of the margin. A page without a headline opens with a
   * sentence that may happen to break at the margin before a capital letter ("… opposition
   * politician" / "Ousmane Sonko was …").
   */
  private static boolean opensStory(String text, List<Line> lines, boolean[] full, int first) {
    String line = content(text, lines.get(first));
    if (!readsAsProse(line) || isTitleCase(line) || line.contains(":")) {
      return false;
    }
    int i = first + 1;
    while (i < lines.size() && !lines.get(i).isBlank(text) && full[i]) {
      i++;
    }
    return i < lines.size()
        && !lines.get(i).isBlank(text)
        && i > first
        && LineShapes.endsProse(content(text, lines.get(i)));
  }

  /** A dash standing as a word at a line's end: "… 15 trapped underground –". */
  private static final Pattern SPACED_DASH_END = Pattern.compile("\\s[-–—]$");

  /** A list item's marker opening a line: "- ", "• ", "* ". */
  private static final Pattern ITEM_MARKER = Pattern.compile("^([-–—•▪◦*])\\s");

  /**
   * Whether {@code line} and {@code next} both open with the same list marker: the next line is the
   * next item ("- Iran targets …" / "- Sri Lanka: …"), however full the line before it.
   */
  private static boolean nextItem(String line, String next) {
    Matcher a = ITEM_MARKER.matcher(line);
    Matcher b = ITEM_MARKER.matcher(next);
    return a.find() && b.find() && a.group(1).equals(b.group(1));
  }

  /** A quotation's comma inside its closing mark: {@code …,”} and {@code …,"}. */
  private static final Pattern CLOSES_QUOTE_WITH_COMMA = Pattern.compile(",[\"”’']$");

  /** A question or exclamation quoted at a line's end: {@code …?”}, {@code …!"}. */
  private static final Pattern QUOTED_QUESTION = Pattern.compile("[?!][\"”’']$");

  /** Reporting verbs that follow the speaker's name after a quoted question. */
  private static final ImmutableSet<String> SAID =
      ImmutableSet.of("said", "says", "asked", "asks", "told", "added", "exclaimed", "shouted");

  /** How many words a speaker's name and title may take before the reporting verb. */
  private static final int MAX_SPEAKER_WORDS = 6;

  /**
   * A quoted question or exclamation at a line's end goes on to its attribution on the next line:
   * {@code "… how can you breathe?"} / {@code Mayor Ernesto Reyes said.}
   */
  private static boolean attributesQuestion(String line, String next) {
    if (!QUOTED_QUESTION.matcher(line).find()) {
      return false;
    }
    return Whitespace.words(next).stream()
        .limit(MAX_SPEAKER_WORDS + 1)
        .map(w -> w.replaceAll("\\p{P}+$", ""))
        .anyMatch(SAID::contains);
  }

  /** How much of each line the sentence splitter sees around a line break. */
  private static final int SPLIT_CONTEXT = 40;

  /**
   * Whether a sentence ends at the break between {@code line} and {@code next}, as the sentence
   * splitter reads them joined: a line ending in an initial or a title ("David S." / "Jackson
   * said", "Police Capt." / "Matt Eiskant") stops at the margin mid-sentence. A break read as one
   * sentence going on is a wrap, so the wrapped page splits as the unwrapped one does.
   */
  private static boolean sentenceEndsBetween(String line, String next) {
    String before = line.substring(Math.max(0, line.length() - SPLIT_CONTEXT));
    String after = next.substring(0, Math.min(next.length(), SPLIT_CONTEXT));
    String joined = before + " " + after;
    int nextStart = before.length() + 1;
    return SentenceSplitter.english().split(joined).stream()
        .anyMatch(sentence -> sentence.start() == nextStart);
  }

  /**
   * Whether a line reads as the start of a sentence rather than a headline, which drops its
   * articles and seldom opens with a quotation: it opens with an article or a quotation mark. A
   * comma going on in lower case tells nothing: headlines join clauses with one ("Quake hits Gansu,
   * kills 89"), and so does an article inside the line ("Fifteen hurt as fire sweeps through the
   * Halifax ferry's engine").
   */
  private static boolean readsAsProse(String line) {
    return ARTICLES.contains(Whitespace.words(line).get(0)) || "\"“".indexOf(line.charAt(0)) >= 0;
  }

  /**
   * Whether a quotation is still open after {@code line}, given whether it was before. A break
   * inside a quotation wraps when the next line goes on with a word; a quote running over
   * paragraphs leaves each open and opens the next with a quotation mark.
   */
  private static boolean opensQuote(String line, boolean open) {
    boolean inside = open;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == '“') {
        inside = true;
      } else if (c == '”') {
        inside = false;
      } else if (c == '"') {
        inside = !inside;
      }
    }
    return inside;
  }

  /** Joins a line that stops mid-sentence to a next line going on in lower case. */
  private static void markStrayNewlines(String text, List<Line> lines, boolean[] joins) {
    int i = 0;
    while (i + 1 < lines.size()) {
      int runEnd = i;
      while (runEnd + 1 < lines.size() && continuesInLowerCase(text, lines, runEnd)) {
        runEnd++;
      }
      if (runEnd > i && endsSentence(content(text, lines.get(runEnd)))) {
        for (int k = i; k < runEnd; k++) {
          joins[k] = true;
        }
      }
      i = runEnd + 1;
    }
  }

  private static boolean continuesInLowerCase(String text, List<Line> lines, int i) {
    Line line = lines.get(i);
    Line next = lines.get(i + 1);
    if (line.isBlank(text) || next.isBlank(text)) {
      return false;
    }
    String here = content(text, line);
    String there = content(text, next);
    char last = here.charAt(here.length() - 1);
    return (Character.isLetterOrDigit(last) || last == ',')
        && Character.isLowerCase(there.codePointAt(0));
  }

  /**
   * The first line that ends a sentence. Above it stand the section label, the headline and the
   * like, which end without a full stop: there a line that stops at the margin before a capital
   * letter is as likely a headline above its standfirst as a wrap.
   */
  private static int firstSentenceEnd(String text, List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank(text) && endsSentence(content(text, lines.get(i)))) {
        return i;
      }
    }
    return lines.size();
  }

  /**
   * The headline: the first line of four words or more above the first sentence end that is not a
   * dateline; null if there is none. It and the lines repeating it (pages print it again over the
   * photo) are paragraphs of their own.
   */
  private static @Nullable String headline(String text, List<Line> lines, int bodyStart) {
    for (int i = 0; i < bodyStart; i++) {
      String line = content(text, lines.get(i));
      if (Whitespace.wordCount(line) >= MIN_HEADLINE_WORDS) {
        return DATELINE_START.matcher(line).lookingAt() ? null : line;
      }
    }
    return null;
  }

  /**
   * A headline in title case goes on in a next line in title case ("… Over 120 Still" / "Buried
   * Under Debris"), unless that line is a byline or ends a sentence.
   */
  private static boolean titleGoesOn(String line, String next) {
    return isTitleCase(line) && isTitleCase(next) && !endsSentence(next) && !next.startsWith("By ");
  }

  /** Every word of four letters or more capitalised. */
  private static boolean isTitleCase(String line) {
    return Whitespace.words(line).stream()
        .filter(w -> w.length() >= 4 && Character.isLetter(w.charAt(0)))
        .allMatch(w -> Character.isUpperCase(w.charAt(0)));
  }

  /**
   * A line ending in a comma, a separator ("… ravine |") or a word that needs what follows ("of",
   * "the") goes on.
   */
  private static boolean endsMidPhrase(String line) {
    if (line.endsWith(",") || line.endsWith("|")) {
      return true; // "…," or "…,” goes on to its attribution
    }
    int start = line.length();
    while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
      start--;
    }
    return start < line.length()
        && (start == 0 || Whitespace.isSpace(line.charAt(start - 1)))
        && GOES_ON.contains(line.substring(start).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether blank lines separate the paragraphs: at least two lines have one after them, and no
   * fewer than end a sentence short of the margin with none after them (those certainly end a
   * paragraph too).
   */
  private static boolean blankSeparated(String text, List<Line> lines, int width) {
    int blankAfter = 0;
    int endsWithout = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line line = lines.get(i);
      Line next = lines.get(i + 1);
      if (line.isBlank(text)) {
        continue;
      }
      if (next.isBlank(text)) {
        blankAfter++;
      } else if (endsSentence(content(text, line))
          && columns(text, line) + 1 + firstWordLength(text, next) <= width) {
        endsWithout++;
      }
    }
    return blankAfter >= 2 && blankAfter >= endsWithout;
  }

  /** Ends with . ! ? or an ellipsis, as a sentence of prose does; a label's colon does not. */
  private static boolean endsSentence(String line) {
    return LineShapes.endsProse(line) || LineShapes.isCutOff(line);
  }

  private static boolean opensSentence(String line) {
    int c = line.codePointAt(0);
    return Character.isUpperCase(c) || "\"'“‘«(".indexOf(c) >= 0;
  }

  /** A line's text without the white space around it. */
  private static String content(String text, Line line) {
    int s = Whitespace.contentStart(text, line.start(), line.end());
    return text.substring(s, Whitespace.contentEnd(text, s, line.end()));
  }

  /** How many columns a line fills: its characters up to the last that is not white space. */
  private static int columns(String text, Line line) {
    int e = line.end();
    while (e > line.start() && Whitespace.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return text.codePointCount(line.start(), e);
  }

  private static int firstWordLength(String text, Line line) {
    String content = content(text, line);
    int end = 0;
    while (end < content.length() && !Whitespace.isSpace(content.charAt(end))) {
      end++;
    }
    return content.codePointCount(0, end);
  }

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int breakLength =
          end >= n
              ? 0
              : text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1;
      lines.add(new Line(start, end, breakLength));
      start = end + breakLength;
    }
    return lines;
  }
}
