package dev.newsdiff.internal.ingest;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.internal.ingest.Lines.Line;
import dev.newsdiff.model.Dateline;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.FurnitureKind;
import dev.newsdiff.model.Paragraph;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The page layout of one article: which lines are page furniture, which is the dateline, and which
 * lines of story text are headline, standfirst, crossheads and body. Immutable.
 *
 * <p>The rules read a line's own words (see {@link Furnishings}) and its place on the page: a short
 * all-capitals line above the headline is a section label; the first line without final punctuation
 * is the headline; the line after it is a standfirst when furniture or a dateline separates it from
 * the body; short unpunctuated lines inside the body are crossheads.
 */
public record Layout(
    List<Paragraph> paragraphs,
    List<Furniture> furniture,
    @Nullable Dateline dateline,
    @Nullable String headline,
    @Nullable String source) {

  private static final int MAX_HEADLINE_WORDS = 30;
  private static final int MAX_SECTION_WORDS = 3;
  private static final int MAX_CROSSHEAD_WORDS = 14;
  private static final int MIN_UNPUNCTUATED_STANDFIRST_WORDS = 6;
  private static final int MIN_HEADLINE_WORDS = 4;

  /** A headline over the story has at least this many words ("Quake kills 94"). */
  private static final int MIN_LAYOUT_HEADLINE_WORDS = 3;

  /**
   * "ANKARA (AA) – ", "WASHINGTON — ", "LONDON, Aug 3 (Reuters) - " at the start of a paragraph.
   */
  private static final Pattern INLINE_DATELINE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?(?:\\s+\\d{1,2})?){0,3}"
              + "(?:\\s*\\([^)]{1,40}\\))?)\\s*(?:--|[-–—])\\s+(?=\\S)");

  /** A place of capitalised words, a country in brackets or after a comma, a date. */
  private static final String PLACE =
      "(?<place>\\p{Lu}[\\p{L}.'’-]*(?:[ /]\\p{Lu}[\\p{L}.'’-]*){0,3})"
          + "(?:\\s*(?:\\[[^\\]]{1,30}\\]|\\([^)]{1,30}\\)))?"
          + "(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2})?"
          + "(?:,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?";

  /**
   * "New Delhi: ", "NEW DELHI: ", "Town/District: ", "New Delhi [India], May 29 (ANI): " at the
   * start of a paragraph; or a place closed by its agency with no separator, as Indian agencies
   * print it: "Quetta (Pakistan), Mar 14 (PTI) The …".
   */
  private static final Pattern PLACE_DATELINE =
      Pattern.compile(
          "^(?<colon>"
              + PLACE
              + "(?:\\s*\\([^)]{1,40}\\))?)\\s*:\\s+(?=\\S)"
              + "|^(?<agency>"
              + PLACE.replace("<place>", "<place2>")
              + "\\s*\\((?-i:\\p{Lu}{2,6})\\))\\s+(?=\\p{Lu})");

  /** Labels that open a paragraph with a colon like a dateline does, but name no place. */
  private static final Pattern KICKER =
      Pattern.compile(
          "update[ds]?|note|editor'?s note|breaking|exclusive|analysis|opinion|watch|video|photos?"
              + "|live|explainer|read|also read|warning|correction|background|context",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PHOTO_CREDIT =
      Pattern.compile(
          "^\\(?(?:photo|image|photograph|picture|file photo)s?\\b(?! ?/)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A picture's credit standing alone as its owner and agency, "iStock/Getty": a caption only right
   * above it, with no blank line between, since "Image/Agency" also stands alone under a paragraph.
   */
  private static final Pattern SLASHED_CREDIT =
      Pattern.compile("^" + Furnishings.SLASHED_CREDIT + "$");

  public Layout {
    paragraphs = ImmutableList.copyOf(paragraphs);
    furniture = ImmutableList.copyOf(furniture);
  }

  /** Lays out {@code text}. */
  public static Layout of(String text) {
    return new Builder(Lines.of(text)).build();
  }

  private static final class Builder {
    private final List<Line> lines;
    private final @Nullable FurnitureKind[] kinds;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private @Nullable Dateline dateline;
    private @Nullable String source;

    Builder(List<Line> lines) {
      this.lines = lines;
      FurnitureLines.RuleVerdicts rules = FurnitureLines.ruleVerdicts(lines);
      this.kinds = FurnitureLines.decide(lines, rules);
      for (int i = 0; i < lines.size() && source == null; i++) {
        if (rules.byWords()[i] == FurnitureKind.SOURCE) {
          source = Furnishings.sourceOf(lines.get(i).text()).orElse(null);
        }
      }
    }

    Layout build() {
      int datelineLine = -1;
      int headlineLine = -1;
      // Header: section labels, then the headline.
      int i = nextStory(0);
      // A section label: a short unpunctuated line above a longer title ("WORLD", "Local News").
      while (i >= 0
          && words(i) <= MAX_SECTION_WORDS
          && !LineShapes.endsSentence(lines.get(i).text())) {
        int next = nextStory(i + 1);
        if (next < 0 || !isTitleLike(next)) {
          break;
        }
        String label = lines.get(i).text();
        if (!LineShapes.isAllCaps(label)
            && !(LineShapes.isTitleCase(label) && words(next) > words(i))) {
          break;
        }
        kinds[i] = FurnitureKind.SECTION;
        i = next;
      }
      // A line right above a photo credit ("Photo: …") is that photo's caption.
      for (int k = 1; k < lines.size(); k++) {
        if ((kinds[k] == FurnitureKind.CREDIT || kinds[k] == FurnitureKind.CAPTION)
            && kinds[k - 1] == null
            && (PHOTO_CREDIT.matcher(lines.get(k).text()).find()
                || SLASHED_CREDIT.matcher(lines.get(k).text()).find() && adjacent(k - 1, k))
            && k - 1 != i) {
          kinds[k - 1] = FurnitureKind.CAPTION;
        }
      }
      // A word or two over the story is a photo's caption or a label, not a headline.
      while (i >= 0
          && isTitleLike(i)
          && words(i) < MIN_LAYOUT_HEADLINE_WORDS
          && !isDatelineLine(i)
          && nextStory(i + 1) >= 0) {
        kinds[i] = FurnitureKind.CAPTION;
        i = nextStory(i + 1);
      }
      int leadingStandfirst = -1;
      if (i >= 0 && isTitleLike(i) && nextStory(i + 1) >= 0) {
        headlineLine = i;
        // Some pages print the standfirst above the headline: a longer title-like line, then the
        // shorter headline, then the story.
        int next = i + 1;
        if (next < lines.size()
            && kinds[next] == null
            && isTitleLike(next)
            && !isDatelineLine(next)
            && words(next) >= MIN_HEADLINE_WORDS
            && words(next) < words(i)
            && nextStory(next + 1) >= 0
            && LineShapes.endsSentence(lines.get(nextStory(next + 1)).text())) {
          leadingStandfirst = i;
          headlineLine = next;
        }
        markRepeats(headlineLine);
        markTwins(headlineLine);
      } else {
        headlineLine = headlineAfterStory();
      }
      // Standfirst and a dateline line between the header and the body.
      int bodyFrom = headlineLine >= 0 ? nextStory(headlineLine + 1) : i;
      int standfirstLine = -1;
      if (headlineLine >= 0 && bodyFrom >= 0 && !isDatelineLine(bodyFrom)) {
        int after = nextStory(bodyFrom + 1);
        boolean separated =
            after >= 0 && (furnitureBetween(bodyFrom, after) || isDatelineLine(after));
        boolean unpunctuated =
            !LineShapes.endsSentence(lines.get(bodyFrom).text())
                && words(bodyFrom) >= MIN_UNPUNCTUATED_STANDFIRST_WORDS;
        if (after >= 0 && (separated || unpunctuated)) {
          standfirstLine = bodyFrom;
          bodyFrom = after;
        }
      }
      if (bodyFrom >= 0 && isDatelineLine(bodyFrom) && nextStory(bodyFrom + 1) >= 0) {
        datelineLine = bodyFrom;
        Line line = lines.get(bodyFrom);
        dateline = new Dateline(line.span(), line.text());
        bodyFrom = nextStory(bodyFrom + 1);
      }

      List<Furniture> furniture = new ArrayList<>();
      int lastStory = lastStory();
      for (int k = 0; k < lines.size(); k++) {
        Line line = lines.get(k);
        if (kinds[k] != null) {
          furniture.add(new Furniture(line.span(), line.text(), kinds[k]));
          continue;
        }
        if (k == datelineLine) {
          continue;
        }
        Role role;
        if (k == headlineLine) {
          role = Role.HEADLINE;
        } else if (k == standfirstLine || k == leadingStandfirst) {
          role = Role.STANDFIRST;
        } else if (bodyFrom >= 0 && k > bodyFrom && k < lastStory && isCrosshead(k)) {
          role = Role.CROSSHEAD;
        } else {
          role = Role.BODY;
        }
        Span span = line.span();
        if (k == bodyFrom && dateline == null) {
          span = splitInlineDateline(line);
        }
        int credit = role == Role.BODY ? Furnishings.trailingCredit(line.text()) : -1;
        FurnitureKind closing = FurnitureKind.CREDIT;
        if (credit < 0 && role == Role.BODY) {
          credit = Furnishings.trailingLink(line.text()); // "… with publishers. read more"
          closing = FurnitureKind.RELATED;
        }
        if (credit > 0) {
          // "… for six months. — AFP": the story's words, then the wire's sign-off
          String words = line.text().substring(0, credit).stripTrailing();
          int start = line.span().start();
          paragraphs.add(new Paragraph(Span.of(span.start(), start + words.length()), role));
          furniture.add(
              new Furniture(
                  Span.of(start + credit, line.span().end()),
                  line.text().substring(credit),
                  closing));
          continue;
        }
        paragraphs.add(new Paragraph(span, role));
      }
      String headline = headlineLine >= 0 ? lines.get(headlineLine).text() : null;
      return new Layout(paragraphs, furniture, dateline, headline, source);
    }

    /**
     * A dateline at the head of the first paragraph is reported apart; the story starts after it.
     */
    private Span splitInlineDateline(Line line) {
      Matcher m = INLINE_DATELINE.matcher(line.text());
      if (!m.lookingAt() || Whitespace.wordCount(m.group(1)) > 8) {
        return splitPlaceDateline(line);
      }
      int start = line.span().start();
      dateline = new Dateline(Span.of(start, start + m.end(1)), m.group(1));
      return Span.of(start + m.end(), line.span().end());
    }

    private Span splitPlaceDateline(Line line) {
      // Both alternatives are anchored: lookingAt tries the line's start alone, find every offset.
      Matcher m = PLACE_DATELINE.matcher(line.text());
      if (!m.lookingAt()) {
        return line.span();
      }
      String group = m.group("colon") != null ? "colon" : "agency";
      String place = m.group(group.equals("colon") ? "place" : "place2");
      if (Whitespace.wordCount(m.group(group)) > 8 || KICKER.matcher(place).matches()) {
        return line.span();
      }
      int start = line.span().start();
      dateline = new Dateline(Span.of(start, start + m.end(group)), m.group(group));
      return Span.of(start + m.end(), line.span().end());
    }

    /**
     * The headline of a page that prints it after the story (the story opens the text): the first
     * title of several words past the story's last line, if at least half its words are the story's
     * own. Related headlines after a story tell of other stories, in other words.
     */
    private int headlineAfterStory() {
      int last = lastStory();
      if (last < 0) {
        return -1;
      }
      for (int k = last + 1; k < lines.size(); k++) {
        boolean title =
            (kinds[k] == null || kinds[k] == FurnitureKind.RELATED)
                && isTitleLike(k)
                && !LineShapes.endsSentence(lines.get(k).text())
                && words(k) >= MIN_HEADLINE_WORDS;
        if (!title) {
          continue;
        }
        // The story's words are gathered only now: most stories have no title after them.
        Set<String> own = contentWords(lines.get(k).text());
        Set<String> storyWords = storyWords(last);
        long shared = own.stream().filter(storyWords::contains).count();
        if (!own.isEmpty() && shared * 2 >= own.size()) {
          kinds[k] = null;
          return k;
        }
        return -1; // only the first title after the story may be its headline
      }
      return -1;
    }

    /** The content words of the story's lines up to line {@code last}. */
    private Set<String> storyWords(int last) {
      Set<String> storyWords = new HashSet<>();
      for (int k = 0; k <= last; k++) {
        if (kinds[k] == null) {
          storyWords.addAll(contentWords(lines.get(k).text()));
        }
      }
      return storyWords;
    }

    /** Lower-cased words of four letters or more: what a headline shares with its story. */
    private static Set<String> contentWords(String text) {
      Set<String> out = new HashSet<>();
      for (String w : WORD.split(text.toLowerCase(Locale.ROOT))) {
        if (w.length() >= 4) {
          out.add(w);
        }
      }
      return out;
    }

    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Lines repeating the headline further down, or its opening words, are captions: pages print
     * the headline, or the part before its colon, under the photo as its text.
     */
    private void markRepeats(int headlineLine) {
      String headline = LineShapes.normalise(lines.get(headlineLine).text());
      for (int k = headlineLine + 1; k < lines.size(); k++) {
        if (kinds[k] != null) {
          continue;
        }
        String line = LineShapes.normalise(lines.get(k).text());
        boolean opening =
            words(k) >= MIN_LAYOUT_HEADLINE_WORDS
                && headline.startsWith(line)
                && headline.length() > line.length()
                && !Character.isLetterOrDigit(headline.charAt(line.length()));
        if (line.equals(headline) || opening) {
          kinds[k] = FurnitureKind.CAPTION;
        }
      }
    }

    /**
     * A title-like line printed twice in a row between the headline and the story is a picture's
     * text and its caption: a story does not repeat a line. Only the header is read: a body of
     * repeated paragraphs stays a body. The second copy may already be a caption, above a credit.
     */
    private void markTwins(int headlineLine) {
      for (int k = headlineLine + 1; k + 1 < lines.size(); k++) {
        if (kinds[k] != null) {
          continue;
        }
        if (!isTitleLike(k)) {
          return; // the story has begun
        }
        // The second may already be read as a caption, above the picture's credit.
        if ((kinds[k + 1] == null || kinds[k + 1] == FurnitureKind.CAPTION)
            && LineShapes.normalise(lines.get(k).text())
                .equals(LineShapes.normalise(lines.get(k + 1).text()))) {
          kinds[k] = FurnitureKind.CAPTION;
          kinds[k + 1] = FurnitureKind.CAPTION;
        }
      }
    }

    /** Whether line {@code b} follows line {@code a} with only a line break between. */
    private boolean adjacent(int a, int b) {
      return lines.get(b).span().start() - lines.get(a).span().end() <= 1;
    }

    private boolean isCrosshead(int k) {
      String text = lines.get(k).text();
      return !LineShapes.endsSentence(text)
          && words(k) <= MAX_CROSSHEAD_WORDS
          && !opensUnclosedQuote(text)
          && !LineShapes.isBulleted(text); // a list's items are the story's, however short
    }

    private boolean isTitleLike(int k) {
      String text = lines.get(k).text();
      return !LineShapes.endsWithFullStop(text) && words(k) <= MAX_HEADLINE_WORDS;
    }

    private boolean isDatelineLine(int k) {
      return LineShapes.isDatelineShaped(lines.get(k).text());
    }

    private boolean furnitureBetween(int from, int to) {
      for (int k = from + 1; k < to; k++) {
        if (kinds[k] != null) {
          return true;
        }
      }
      return false;
    }

    private int nextStory(int from) {
      for (int k = from; k < lines.size(); k++) {
        if (kinds[k] == null) {
          return k;
        }
      }
      return -1;
    }

    private int lastStory() {
      for (int k = lines.size() - 1; k >= 0; k--) {
        if (kinds[k] == null) {
          return k;
        }
      }
      return -1;
    }

    /**
     * The words of line {@code k}, counted no further than one past a headline's most: the rules
     * only ask whether a line is within a limit, or longer than a line that is, and the story's
     * paragraphs need not be read to the end for that.
     */
    private int words(int k) {
      String text = lines.get(k).text();
      return Whitespace.wordCount(text, 0, text.length(), MAX_HEADLINE_WORDS + 1);
    }
  }

  /** A paragraph that opens a quotation and does not close it continues in the next one. */
  private static boolean opensUnclosedQuote(String text) {
    if (text.isEmpty() || "\"“".indexOf(text.charAt(0)) < 0) {
      return false;
    }
    int marks = 0;
    for (int i = 0; i < text.length(); i++) {
      if ("\"“”".indexOf(text.charAt(i)) >= 0) {
        marks++;
      }
    }
    return marks % 2 == 1;
  }
}
