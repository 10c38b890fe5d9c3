package dev.newsdiff.internal.ingest;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The page's own spelling of its outlet's name, read from where a page names itself: its copyright
 * line ("© 2023 Sowetan LIVE", "Copyright © The Jakarta Post. All rights reserved"), a masthead or
 * signature line that is just the name ("The Arunachal Times"), or a part of a line set off by a
 * bar, slash or dash ("Storm cuts power | The Valley Post", "Valley Post / News Desk"), a line
 * where the page speaks of itself ("Sign up for the iNFOnews newsletter", "Follow X on", "Welcome
 * to X", "X is not responsible for …", a notification prompt), a closing credit naming the page's
 * own outlet ("(Panorama.am)"), or a word styled with a capital inside it anywhere ("LatestLY"). A
 * name counts only when it spells the article's id in full, letters and digits alike, give or take
 * a leading "The", a web address's ending and one closing news word: "AsiaOne" for asiaone,
 * "Panorama.am" for panorama, "The Malaya Daily" for malayadaily (an id of one word may run the
 * name's words together), "Masaader News" for masaader; so a credit naming another outlet can never
 * become this outlet's name. Failing that, a line that is only a name whose words' initials or
 * whole words spell the id ("Business Standard" for bstandard, "South China Morning Post" for scmp,
 * {@link IdFold}). Stateless.
 */
final class OwnSpelling {

  private OwnSpelling() {}

  /** A copyright notice: "©", "(c) 2024", "Copyright", "All rights reserved". */
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          // The first characters looked ahead for: most positions fail on one check.
          "(?=[©(ca])(?:©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b|\\ball rights reserved\\b)",
          Pattern.CASE_INSENSITIVE);

  /** A name standing alone, as a credit gives it: "(X)", "— X", "Source: X", "By X". */
  private static final Pattern CLOSING_NAME =
      Pattern.compile("(?=[(—–-])(?:\\(([^()]{2,60})\\)|[—–-]\\s*([^—–-]{2,60}))\\s*$");

  /**
   * A line where the page speaks of itself: its newsletter, app, social accounts, welcome and
   * disclaimer.
   */
  private static final Pattern SELF_REFERENCE =
      Pattern.compile(
          "(?=[nNfFwWsSdDiIrR])\\b(?:newsletters?|notifications?|follow|welcome\\s+to|subscribe"
              + "|download|is\\s+not\\s+responsible|reserves\\s+the\\s+right)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Where a line sets off a part: " | Brand", "Brand / News Desk", "Headline - Brand". */
  private static final Splitter PARTS =
      Splitter.on(Pattern.compile("\\s+[|/—–·•-]\\s+|\\s*\\|\\s*"))
          .trimResults()
          .omitEmptyStrings();

  /** Lines longer than this are sentences of the story, not where a page names itself. */
  private static final int MAX_LINE = 200;

  /** Words a line that is only a name may have: "The Arunachal Times". */
  private static final int MAX_NAME_WORDS = 6;

  /** A web address's ending, which the id leaves out: ".am", ".com", ".co.za". */
  private static final Pattern WEB_ENDING =
      Pattern.compile("\\.[a-z]{2,4}(?:\\.[a-z]{2})?$", Pattern.CASE_INSENSITIVE);

  private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The|THE)(?=[^\\p{L}])");

  private static final Splitter WORDS =
      Splitter.on(CharMatcher.whitespace()).trimResults().omitEmptyStrings();

  /** Marks around a word that are no part of a name: "(Panorama.am)", "LIVE.", "/" alone. */
  private static final CharMatcher EDGE_MARKS =
      CharMatcher.anyOf("()[]{}\"'“”‘’«»,;:|·•/—–").or(CharMatcher.is('.'));

  /**
   * The page's spelling of the outlet {@code id}: the longest name spelling it in full, from the
   * copyright lines first, then lines that are only a name, then closing credits; empty when the
   * page never spells it.
   */
  static Optional<String> in(String text, String id) {
    List<String> wanted = words(withoutThe(id));
    String spelt = String.join("", wanted);
    if (spelt.length() < 3) {
      return Optional.empty(); // "a", "the": too short to be told from a word of the text
    }
    // A name spelling the id has its letters and digits, so a line without them in a row holds
    // none: most lines are dropped before their words are tried as names (8% of reading a corpus).
    String key = sigmaFolded(spelt);
    List<String> spelling =
        text.lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && foldedLetters(l).contains(key))
            .toList();
    List<String> lines = spelling.stream().filter(l -> l.length() <= MAX_LINE).toList();
    Optional<String> named =
        Stream.<Stream<String>>of(
                lines.stream().filter(l -> COPYRIGHT.matcher(l).find()),
                lines.stream().flatMap(OwnSpelling::nameParts),
                lines.stream().filter(l -> SELF_REFERENCE.matcher(l).find()),
                lines.stream().map(OwnSpelling::closingName).flatMap(Optional::stream),
                styledWords(spelling))
            .map(
                candidates ->
                    candidates
                        .flatMap(OwnSpelling::names)
                        .filter(name -> spells(name, wanted))
                        .max(Comparator.comparingInt(String::length)))
            .flatMap(Optional::stream)
            .findFirst();
    return named.or(() -> foldedName(text, id));
  }

  /**
   * Words of any line spelling the id, however long, that a brand styles with capitals inside
   * ("LatestLY", "AsiaOne", "QuayNEWS"): no sentence writes a plain word so, so a styled word
   * spelling the id is the page's own spelling of it wherever it stands ("Get the latest stories at
   * LatestLY.").
   */
  private static Stream<String> styledWords(List<String> lines) {
    return lines.stream()
        .flatMap(WORDS::splitToStream)
        .map(OwnSpelling::trimmed)
        .filter(OwnSpelling::capitalInside);
  }

  /** A lower-case letter followed by a capital: "AsiaOne", "LatestLY", "iNFOnews". */
  private static boolean capitalInside(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line that is only a name, or a part of one set off by a bar, slash or dash, whose words spell
   * the id by their initials or whole ("Business Standard" for bstandard): the page's masthead,
   * when it spells the id no other way.
   */
  private static Optional<String> foldedName(String text, String id) {
    String first = letters(id.substring(0, Math.min(id.length(), 2)));
    if (first.isEmpty()) {
      return Optional.empty();
    }
    // Every line of the page is a candidate here, so the cheap checks come first: the part must
    // open with the id's first letter (or with "The", which a fold may leave out).
    int initial = first.codePointAt(0);
    return text.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && l.length() <= MAX_LINE)
        .flatMap(OwnSpelling::nameParts)
        .filter(part -> opensWith(part, initial) && wordCount(part) > 1)
        .filter(part -> IdFold.spells(part, id))
        .findFirst();
  }

  private static boolean opensWith(String part, int initial) {
    return Character.toLowerCase(part.codePointAt(0)) == initial
        || LEADING_THE.matcher(part).lookingAt();
  }

  /** The line and the parts a bar, slash or dash sets off in it that are short enough for names. */
  private static Stream<String> nameParts(String line) {
    Stream<String> parts =
        setsOffParts(line)
            ? Stream.concat(Stream.of(line), PARTS.splitToStream(line)).distinct()
            : Stream.of(line);
    return parts.filter(part -> wordCount(part) <= MAX_NAME_WORDS);
  }

  /**
   * Whether a bar, or a spaced slash or dash, sets off a part of the line: looked for with plain
   * searches, since most lines have none and the splitting pattern would be tried on each.
   */
  private static boolean setsOffParts(String line) {
    return line.indexOf('|') >= 0 || PART_MARKS.stream().anyMatch(line::contains);
  }

  /** The words of {@code part}, counted up to one more than a name may have. */
  private static int wordCount(String part) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < part.length() && words <= MAX_NAME_WORDS; i++) {
      boolean space = Character.isWhitespace(part.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  private static final ImmutableList<String> PART_MARKS =
      ImmutableList.of(" / ", " — ", " – ", " - ", " · ", " • ");

  private static Optional<String> closingName(String line) {
    var m = CLOSING_NAME.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /**
   * Whether a name opens with a channel's or a brand's number before its capitalised words ("5
   * Dariya News"); only a whole line or credit is read so, never a copyright line's year.
   */
  private static boolean numbered(List<String> words) {
    return words.size() > 1 && NUMBER.matcher(words.get(0)).matches() && hasCapital(words.get(1));
  }

  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

  /**
   * Every run of one to six words of the line, as written, less marks at its edges: marks between
   * its words are kept, so that a run crossing a sentence's end can be told from a name.
   */
  private static Stream<String> names(String line) {
    List<String> raw = WORDS.splitToList(line);
    List<String> words = raw.stream().map(OwnSpelling::trimmed).toList();
    return IntStream.range(0, words.size())
        .boxed()
        .flatMap(
            from ->
                IntStream.rangeClosed(from + 1, Math.min(words.size(), from + MAX_NAME_WORDS))
                    .filter(to -> words.subList(from, to).stream().noneMatch(String::isEmpty))
                    .filter(
                        to ->
                            hasCapital(words.get(from))
                                || (from == 0 && to == words.size() && numbered(words)))
                    .mapToObj(to -> trimmed(String.join(" ", raw.subList(from, to)))));
  }

  /** A full stop closing "LIVE." is punctuation; inside "Panorama.am" it is part of the name. */
  private static String trimmed(String word) {
    return EDGE_MARKS.trimFrom(word);
  }

  private static boolean hasCapital(String word) {
    return word.codePoints().anyMatch(Character::isUpperCase);
  }

  /**
   * Whether {@code name} spells the id's words {@code wanted}, give or take "The" and ".am": the
   * same letters and digits, broken into the same words, so that a logo's "MillenniumPost" does not
   * respell millennium-post while "Sowetan LIVE" respells sowetan-live and "AsiaOne" asiaone; an id
   * of one word may have run the name's words together ("Malaya Daily" for malayadaily).
   */
  private static boolean spells(String name, List<String> wanted) {
    List<String> words = words(withoutThe(WEB_ENDING.matcher(name).replaceFirst("")));
    return words.equals(wanted)
        || (wanted.size() == 1 && words.size() > 1 && String.join("", words).equals(wanted.get(0)))
        || withNewsWord(name, words, wanted)
        || (words.size() > 2
            && NUMBER.matcher(words.get(0)).matches()
            && withNewsWord(name, words.subList(1, words.size()), wanted));
  }

  /**
   * Whether the name is the id's words and one word outlets name themselves with, which a web
   * address or a file name often leaves out ("Masaader News" for masaader, "Harbour Echo LIVE" for
   * harbour-echo), written as one name: no sentence ends between them ("… in Harbour. News of …").
   * A line that is only the name may open with the brand's number ("5 Dariya News").
   */
  private static boolean withNewsWord(String name, List<String> words, List<String> wanted) {
    return words.size() == wanted.size() + 1
        && words.subList(0, wanted.size()).equals(wanted)
        && RunTogetherId.isNewsWord(words.get(wanted.size()))
        && !SENTENCE_MARK.matcher(name).find();
  }

  private static final Pattern SENTENCE_MARK = Pattern.compile("[.,;:!?]\\s");

  /**
   * The words of a name or id in lower case, letters and digits only: "Al-Manar" is [al, manar].
   */
  private static List<String> words(String name) {
    return WORD_BREAKS
        .splitAsStream(name)
        .map(OwnSpelling::letters)
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-_–—/]+|\\.(?=\\p{L})");

  private static String withoutThe(String name) {
    return LEADING_THE.matcher(name.strip()).replaceFirst("");
  }

  /**
   * Final sigma as sigma: lower-casing a word alone or inside its line may give either ("ΑΣ.Β"), so
   * the two are told apart nowhere else.
   */
  static String sigmaFolded(String letters) {
    return letters.replace('ς', 'σ');
  }

  /**
   * {@code sigmaFolded(letters(line))}, a code point at a time: every line of the page is read so,
   * and lower-casing the whole line first copies it once more. Lower-casing a code point alone
   * differs from lower-casing it in its line only for final sigma, which is folded, and for the
   * dotted capital I, whose dot (a combining mark) is dropped with the other marks.
   */
  static String foldedLetters(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      i += Character.charCount(c);
      int lower = Character.toLowerCase(c);
      if (Character.isLetterOrDigit(lower)) {
        out.appendCodePoint(lower == 'ς' ? 'σ' : lower);
      }
    }
    return out.toString();
  }

  /** The letters and digits of a name or id, in lower case: "Sowetan LIVE" is "sowetanlive". */
  static String letters(String name) {
    StringBuilder out = new StringBuilder();
    name.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
