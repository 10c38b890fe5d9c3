package dev.newsdiff.internal.ingest;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.internal.ingest.Lines.Line;
import dev.newsdiff.model.FurnitureKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the one contiguous block of story text on a page and marks the lines around it as
 * furniture. Real pages print their furniture in runs: site name, section and "Breaking News"
 * labels above the headline; related headlines, promos, tags and widgets after the story's end.
 * Inside the block only lines whose own words make them furniture (captions, "Read also") are.
 *
 * <p>The signals are those of boilerplate removers such as jusText and boilerpipe: prose is a line
 * of several words that ends a sentence; a title is a short line without one. The story block runs
 * from the first line of prose to the end that keeps the most prose words in and the most furniture
 * out, so a closing short sentence after a photo caption stays, and a teaser paragraph after a
 * "Subscribe" promo does not.
 */
final class StoryBlock {

  /** A line of prose this long starts the story: shorter ones may be labels or captions. */
  private static final int MIN_OPENING_WORDS = 8;

  /** A line of prose: a sentence of at least this many words. */
  private static final int MIN_PROSE_WORDS = 2;

  private static final int MAX_CREDIT_CHARS = 42;
  private static final int MAX_TITLE_CHARS = 300;

  /** A headline has at least this many words: shorter title-like lines are labels. */
  private static final int MIN_HEADLINE_WORDS = 4;

  private static final int MAX_LABEL_WORDS = 3;

  /** A standfirst without final punctuation has at least this many words (as in Layout). */
  private static final int MIN_STANDFIRST_WORDS = 6;

  /** A prose line this short or shorter, alone over a headline, is the page's promotion. */
  private static final int MAX_PROMO_WORDS = 12;

  /**
   * This many titles in a row above the story, each of {@link #MIN_LINK_WORDS} words or more, are
   * links to other stories; a site's name and labels ("Breaking News", "Live") are shorter.
   */
  private static final int MIN_LINK_LIST = 5;

  private static final int MIN_LINK_WORDS = 3;

  private static final int MAX_HEADLINE_WORDS = 30;

  /**
   * What a line that is not prose costs the block it closes. Furniture that marks the end of a
   * story (promos, related headlines, widgets, tags) costs as much as a short paragraph of prose,
   * so the block reaches across it only for more story; captions and credits, common inside
   * stories, cost little.
   */
  private static final int STORY_END_COST = 15;

  private static final int MINOR_COST = 3;

  private static final Set<FurnitureKind> ENDS_STORY =
      EnumSet.of(
          FurnitureKind.PROMO, FurnitureKind.RELATED, FurnitureKind.WIDGET, FurnitureKind.TAGS);

  /**
   * "you", "your", "you're": the page speaking to its reader. Every line is searched, and the
   * look-ahead for the first letter lets most positions fail on one test instead of a look-behind.
   */
  private static final Pattern READER =
      Pattern.compile(
          "(?=y)(?<![\\p{L}'’])you(?:r|rs|['’](?:re|ll|ve|d))?(?![\\p{L}'’])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** " | via Wire", " - AFP", " — Reuters": a dash or bar between spaces before a credit. */
  private static final CharMatcher CREDIT_SEPARATORS = CharMatcher.anyOf("|-–—/");

  private static final int MAX_CREDIT_WORDS = 4;

  private static final Pattern RIGHTS =
      Pattern.compile(
          "^(?:©|\\(c\\)\\s|copyright\\b)|all rights reserved|may not be (?:re)?published",
          Pattern.CASE_INSENSITIVE);

  /** "… the efforts. Credit: Jane Doe via Wire": a labelled credit closing a paragraph. */
  private static final Pattern LABELLED_CREDIT =
      Pattern.compile(
          "[.!?][\"”’]?\\s+(?:credits?|source|courtesy|video|photo|image)\\s*:\\s*[^.!?:]{1,60}$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern COMMENTS = Pattern.compile("comment", Pattern.CASE_INSENSITIVE);

  private static final CharMatcher QUOTE_MARKS = CharMatcher.anyOf("\"“”«»„");

  private final List<Line> lines;
  private final @Nullable FurnitureKind[] kinds;

  /** Each line's words, counted once: the rules ask again and again. */
  private final int[] wordCounts;

  /** Whether each line is prose, once worked out: the opening and the tail both ask. */
  private final @Nullable Boolean[] prose;

  private StoryBlock(List<Line> lines, @Nullable FurnitureKind[] kinds) {
    this.lines = lines;
    this.kinds = kinds;
    this.wordCounts = lines.stream().mapToInt(line -> Whitespace.wordCount(line.text())).toArray();
    this.prose = new Boolean[lines.size()];
  }

  /**
   * Marks in {@code kinds} the header and trailing lines around the story block of {@code lines};
   * lines already given a kind keep it. Does nothing on a page without a line of prose.
   *
   * @return the lines the header reads as the headline and the standfirst
   */
  static Header frame(List<Line> lines, @Nullable FurnitureKind[] kinds) {
    return new StoryBlock(lines, kinds).frame();
  }

  /** The headline and the standfirst the header was read with, -1 where there is none. */
  record Header(int headline, int standfirst) {
    static final Header NONE = new Header(-1, -1);

    boolean holds(int k) {
      return k >= 0 && (k == headline || k == standfirst);
    }
  }

  private Header frame() {
    int opening = opening();
    if (opening < 0) {
      return Header.NONE;
    }
    int headline = markHeader(opening);
    markTail(opening);
    // After the tail is found: a list of links inside the story costs the block nothing, and
    // one after it is already the tail's.
    markBulletedLinks(opening);
    return new Header(headline, headline < 0 ? -1 : standfirst(headline, opening));
  }

  /**
   * The title of a standfirst's length ({@link #MIN_STANDFIRST_WORDS} words or more) that the
   * headline's other lines leave right above the story's opening, or -1: an unpunctuated
   * standfirst, which the header reads as story.
   */
  private int standfirst(int headline, int opening) {
    int last = -1;
    for (int k = headline + 1; k < opening; k++) {
      if (kinds[k] == null) {
        last = k;
      }
    }
    return last >= 0 && isTitle(last) && words(last) >= MIN_STANDFIRST_WORDS ? last : -1;
  }

  /**
   * A run of {@link #MIN_BULLETED_LINKS} or more list items in the story, each a title, that no
   * line ending with a colon introduces, is a list of links to other stories ("- Minister to
   * deliver budget on May 30"). A story's own lists are introduced ("… the plan includes:") and
   * their items are its facts.
   */
  private void markBulletedLinks(int opening) {
    int k = opening + 1;
    while (k < lines.size()) {
      int end = k;
      while (end < lines.size() && kinds[end] == null && isBulletedTitle(end)) {
        end++;
      }
      boolean introduced = k > 0 && text(k - 1).endsWith(":");
      if (end - k >= MIN_BULLETED_LINKS && !introduced) {
        for (int j = k; j < end; j++) {
          kinds[j] = FurnitureKind.RELATED;
        }
      }
      k = Math.max(end, k + 1);
    }
  }

  private static final int MIN_BULLETED_LINKS = 3;

  private static final Pattern BULLET = Pattern.compile("^[-–•*▪►]\\s+\\S");

  private boolean isBulletedTitle(int k) {
    return isListItem(text(k)) && isTitle(k) && words(k) >= MIN_LINK_WORDS;
  }

  /** An item of a list, after its bullet or dash: "- new classrooms", "• 24 are contacts". */
  static boolean isListItem(String text) {
    return BULLET.matcher(text).find();
  }

  /**
   * The first line of prose long enough to open a story. A short sentence above the page's headline
   * is not it: a line of prose alone over a title with the story under that title is the page's
   * promotion ("Don't miss the latest developments in business."), a story opens under its title.
   */
  private int opening() {
    for (int k = 0; k < lines.size(); k++) {
      if (kinds[k] == null && isProse(k) && words(k) >= MIN_OPENING_WORDS) {
        if (inCommentArea(k)) {
          kinds[k] = FurnitureKind.WIDGET; // "Note: only members of this blog may comment."
          continue;
        }
        if (words(k) <= MAX_PROMO_WORDS && !headlineAbove(k) && titleThenProse(k + 1)) {
          kinds[k] = FurnitureKind.PROMO;
          continue;
        }
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether line {@code k} speaks of comments right under a comment widget ("Post a Comment"): the
   * comment area's rules, not a story opening under it.
   */
  private boolean inCommentArea(int k) {
    return k > 0
        && kinds[k - 1] == FurnitureKind.WIDGET
        && COMMENTS.matcher(text(k - 1)).find()
        && COMMENTS.matcher(text(k)).find();
  }

  /** Whether a headline-long title stands above line {@code k}. */
  private boolean headlineAbove(int k) {
    for (int j = 0; j < k; j++) {
      if (kinds[j] == null && isTitle(j) && words(j) >= MIN_HEADLINE_WORDS) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the next line of text from {@code from} is a headline-long title with prose under it.
   */
  private boolean titleThenProse(int from) {
    int k = from;
    while (k < lines.size() && kinds[k] != null) {
      k++;
    }
    if (k >= lines.size() || !isTitle(k) || words(k) < MIN_HEADLINE_WORDS || isProse(k)) {
      return false;
    }
    for (int j = k + 1; j < lines.size(); j++) {
      if (kinds[j] == null && isProse(j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Above the story: the headline is the first title of several words; the labels above it are
   * furniture, as are copies of it printed as the page title ("Headline | News | Site") or a
   * breadcrumb ("HomeWorldHeadline"): the copy nearest the story is the headline.
   */
  private int markHeader(int opening) {
    markLinkLists(opening);
    int headline = -1;
    for (int k = 0; k < opening; k++) {
      if (kinds[k] == null && isTitle(k) && words(k) >= MIN_HEADLINE_WORDS) {
        if (addressesReader(text(k))) {
          kinds[k] = FurnitureKind.PROMO; // "Elevate your local knowledge"
          continue;
        }
        headline = k;
        break;
      }
    }
    if (headline < 0) {
      return -1;
    }
    String title = LineShapes.normalise(text(headline));
    for (int k = headline + 1; k < opening; k++) {
      if (kinds[k] != null || !isTitle(k)) {
        continue;
      }
      String t = LineShapes.normalise(text(k));
      boolean adjacentCopy = t.equals(title) && (k == headline + 1 || aboveCredit(k));
      if (adjacentCopy) {
        continue; // printed again under the photo: the layout reads the second as a caption
      }
      if (t.equals(title) || (title.contains(t) && words(k) >= MIN_HEADLINE_WORDS)) {
        kinds[headline] = FurnitureKind.SECTION;
        headline = k;
        title = t;
      } else if (t.contains(title)) {
        kinds[k] = FurnitureKind.SECTION;
      }
    }
    for (int k = 0; k < headline; k++) {
      if (kinds[k] == null && (isTitle(k) || isColonLabel(k))) {
        kinds[k] = FurnitureKind.SECTION;
      } else if (kinds[k] == null && isProse(k) && words(k) <= MAX_PROMO_WORDS) {
        kinds[k] = FurnitureKind.PROMO; // a sentence over the headline speaks for the page
      }
    }
    // A lone word or two between the headline and the story is a label ("Updated", "Live"),
    // unless it is a dateline on its own line ("ISTANBUL"); a few words more, too few for a
    // standfirst, are a picture's text.
    for (int k = headline + 1; k < opening; k++) {
      String text = text(k);
      if (kinds[k] == null && isTitle(k) && !LineShapes.isAllCaps(text)) {
        if (words(k) <= MAX_LABEL_WORDS) {
          kinds[k] = FurnitureKind.SECTION;
        } else if (words(k) < MIN_STANDFIRST_WORDS) {
          kinds[k] = FurnitureKind.CAPTION; // a picture's text: "Police sign outside the station"
        }
      }
    }
    return headline;
  }

  /**
   * Whether a picture's credit follows line {@code k}: the headline printed again above it, even
   * under the headline's stamp ("Headline", "Updated: …", "Headline", "Photo : Agency"), is the
   * picture's text; printed again above the story, it is the headline under the page's title.
   */
  private boolean aboveCredit(int k) {
    return k + 1 < lines.size()
        && (kinds[k + 1] == FurnitureKind.CREDIT || kinds[k + 1] == FurnitureKind.CAPTION);
  }

  /**
   * A run of several titles in a row above the story is a list of links to other stories (a section
   * front's headlines over the one story shown): one page prints one headline, with at most a label
   * and a standfirst beside it.
   */
  private void markLinkLists(int opening) {
    int runStart = 0;
    int links = 0;
    for (int k = 0; k <= opening; k++) {
      boolean title =
          k < opening && kinds[k] == null && isTitle(k) && !LineShapes.isAllCaps(text(k));
      if (title) {
        links += words(k) >= MIN_LINK_WORDS ? 1 : 0;
        continue;
      }
      if (links >= MIN_LINK_LIST) {
        for (int j = runStart; j < k; j++) {
          kinds[j] = FurnitureKind.RELATED;
        }
      }
      runStart = k + 1;
      links = 0;
    }
  }

  /** "Trending:", "Top stories:": a label of a word or two introducing links. */
  private boolean isColonLabel(int k) {
    return words(k) <= MAX_LABEL_WORDS && text(k).endsWith(":");
  }

  /**
   * After the story: every line past the end that keeps the most prose in and the most furniture
   * out. Those lines are related headlines when they read as titles, and page controls otherwise,
   * unless their own words said what they are.
   */
  private void markTail(int opening) {
    int sum = 0;
    int best = 0;
    int end = opening;
    for (int k = opening; k < lines.size() && !isRightsNotice(k) && !isCommentForm(k); k++) {
      sum += weight(k);
      if (sum >= best) {
        best = sum;
        end = k;
      }
    }
    for (int k = end + 1; k < lines.size(); k++) {
      if (kinds[k] == null) {
        kinds[k] = tailKind(k);
      }
    }
  }

  private FurnitureKind tailKind(int k) {
    return furnitureKindOf(text(k));
  }

  /**
   * The kind of a line that is furniture by its place rather than its words: other stories' titles,
   * the outlet talking to its reader, or page controls.
   */
  static FurnitureKind furnitureKindOf(String text) {
    if (COMMENTS.matcher(text).find()) {
      return FurnitureKind.WIDGET; // "Please enter your comment!" speaks to the reader too
    }
    if (addressesReader(text)) {
      return FurnitureKind.PROMO;
    }
    return isTitle(text) && Whitespace.wordCount(text) >= MIN_HEADLINE_WORDS
        ? FurnitureKind.RELATED
        : FurnitureKind.WIDGET;
  }

  /**
   * A comment form asking for the reader's words ("Please enter your comment!") comes after the
   * story: no story follows it on a page. A form is a line of its own, as short as a promo; a
   * paragraph that mentions comments and addresses its reader somewhere is no form, and taken for
   * one it would end the story in its middle.
   */
  private boolean isCommentForm(int k) {
    return COMMENTS.matcher(text(k)).find()
        && (kinds[k] == FurnitureKind.WIDGET
            || words(k) <= MAX_PROMO_WORDS && addressesReader(text(k)));
  }

  /**
   * A copyright or rights notice closes the story: no story follows it on a page. A notice with a
   * year or reserving rights is the page's ("© 2023 Harbour Wire. All rights reserved."); a "©" and
   * a name alone credits a picture inside the story ("© Provided by Harbour Wire").
   */
  private boolean isRightsNotice(int k) {
    String text = text(k);
    return kinds[k] == FurnitureKind.CREDIT
        && RIGHTS.matcher(text).find()
        && (YEAR.matcher(text).find() || RESERVED.matcher(text).find());
  }

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

  private static final Pattern RESERVED =
      Pattern.compile(
          "rights reserved|may not be (?:re)?published|reproduction", Pattern.CASE_INSENSITIVE);

  private int weight(int k) {
    if (kinds[k] != null) {
      return ENDS_STORY.contains(kinds[k]) ? -STORY_END_COST : -MINOR_COST;
    }
    return isProse(k) ? words(k) : -MINOR_COST;
  }

  /**
   * A sentence of a few words, perhaps followed by a credit in brackets ("… on Monday. (BBC)"); not
   * a teaser cut off with an ellipsis, nor the outlet talking to its reader ("Get the news you
   * need, delivered to your inbox."), which a news story does only inside quotation marks.
   */
  private boolean isProse(int k) {
    Boolean known = prose[k];
    if (known == null) {
      known = isProse(text(k));
      prose[k] = known;
    }
    return known;
  }

  /**
   * A paragraph this long that speaks to its reader is the story's ("If you own one of these
   * models, …"): the page's own promotions are short, at most some twenty words on the labelled
   * pages.
   */
  private static final int MIN_READER_PROSE_WORDS = 30;

  /** A line of prose: see {@link #isProse(int)}. */
  static boolean isProse(String line) {
    String text = withoutTrailingCredit(line);
    return Whitespace.hasWords(line, MIN_PROSE_WORDS)
        && (LineShapes.endsProse(text) || LineShapes.readsAsProse(text))
        && !LineShapes.isCutOff(text)
        && !(addressesReader(text) && Whitespace.wordCount(text) < MIN_READER_PROSE_WORDS)
        && !links(text)
        && !isHeadlineCased(text);
  }

  /**
   * Every word of four letters or more capitalised, as headlines are set ("Quake Hits Coast, Dozens
   * Feared Dead!"): a title however it ends. A sentence of prose has lower-case words of that
   * length, its verbs if nothing else.
   */
  static boolean isHeadlineCased(String text) {
    int longWords = 0;
    // Word by word, not split whole: a line of prose is told at its first long word in lower case.
    for (String word : WORDS.split(text)) {
      String letters = NOT_LETTERS.removeFrom(word);
      if (letters.length() >= HEADLINE_CASE_WORD) {
        if (!Character.isUpperCase(letters.charAt(0))) {
          return false;
        }
        longWords++;
      }
    }
    return longWords >= MIN_HEADLINE_CASED_WORDS;
  }

  private static final Splitter WORDS =
      Splitter.on(CharMatcher.forPredicate(Whitespace::isSpace)).omitEmptyStrings();

  private static final CharMatcher NOT_LETTERS =
      CharMatcher.forPredicate(Character::isLetter).negate();
  private static final int HEADLINE_CASE_WORD = 4;
  private static final int MIN_HEADLINE_CASED_WORDS = 3;

  /**
   * "www.site.com/page", "@handle": the plain-text trace of a link, which is what boilerplate
   * removers weigh as link density. Outside quotation marks, a news story's sentences rarely give
   * one; promotions after the story do ("Follow us on www.fb.com/site and @site.").
   */
  static boolean links(String text) {
    return QUOTE_MARKS.matchesNoneOf(text) && LINK.matcher(text).find();
  }

  /** The look-ahead lets most positions of a line fail on one test: see {@link #READER}. */
  private static final Pattern LINK =
      Pattern.compile(
          "(?=[hw@])(?:(?<![\\p{L}\\p{N}])(?:https?://|www\\.)\\S|(?<![\\p{L}\\p{N}.])@\\w{2,})");

  static boolean addressesReader(String text) {
    return QUOTE_MARKS.matchesNoneOf(text) && READER.matcher(text).find();
  }

  /**
   * The line without a short credit closing it: "… on Monday. (BBC)", "… rains. | via Wire", "…
   * central Zimbabwe. - AFP". Read backwards from the end, so in linear time.
   */
  private static String withoutTrailingCredit(String text) {
    int signOff = Math.max(Furnishings.trailingCredit(text), Furnishings.trailingLink(text));
    if (signOff > 0) {
      return text.substring(0, signOff).strip(); // "… it added. PTI JD", "… publishers. read more"
    }
    Matcher labelled = LABELLED_CREDIT.matcher(text);
    if (labelled.find()) {
      return text.substring(0, labelled.start() + 1);
    }
    int from = Math.max(0, text.length() - MAX_CREDIT_CHARS);
    int open = text.lastIndexOf('(');
    if (text.endsWith(")") && open >= from && text.indexOf(')', open) == text.length() - 1) {
      return text.substring(0, open).strip();
    }
    for (int i = text.length() - 2; i > from; i--) {
      if (CREDIT_SEPARATORS.matches(text.charAt(i))
          && Whitespace.isSpace(text.charAt(i - 1))
          && Whitespace.isSpace(text.charAt(i + 1))) {
        String credit = text.substring(i + 1).strip();
        return Whitespace.wordCount(credit) <= MAX_CREDIT_WORDS && !LineShapes.endsProse(credit)
            ? text.substring(0, i).strip()
            : text;
      }
    }
    return text;
  }

  private boolean isTitle(int k) {
    return isTitle(text(k));
  }

  /** Short, and not closed by a full stop: a headline's shape. */
  static boolean isTitle(String text) {
    return text.length() <= MAX_TITLE_CHARS
        && !LineShapes.endsWithFullStop(text)
        && Whitespace.wordCount(text) <= MAX_HEADLINE_WORDS;
  }

  private String text(int k) {
    return lines.get(k).text();
  }

  private int words(int k) {
    return wordCounts[k];
  }
}
