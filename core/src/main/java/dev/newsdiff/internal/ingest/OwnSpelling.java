package dev.newsdiff.internal.ingest;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
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
 * signature line that is just the name ("The Arunachal Times"), or a closing credit naming the
 * page's own outlet ("(Panorama.am)"). A name counts only when it spells the article's id in full,
 * letters and digits alike, give or take a leading "The" and a web address's ending: "AsiaOne" for
 * asiaone, "Panorama.am" for panorama; so a credit naming another outlet can never become this
 * outlet's name. Stateless.
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

  /** Lines longer than this are sentences of the story, not where a page names itself. */
  private static final int MAX_LINE = 200;

  /** Words a line that is only a name may have: "The Arunachal Times". */
  private static final int MAX_NAME_WORDS = 6;

  /** A web address's ending, which the id leaves out: ".am", ".com", ".co.za". */
  private static final Pattern WEB_ENDING = Pattern.compile("\\.[a-z]{2,4}(?:\\.[a-z]{2})?$");

  private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The|THE)(?=[^\\p{L}])");

  private static final Splitter WORDS =
      Splitter.on(CharMatcher.whitespace()).trimResults().omitEmptyStrings();

  /** Marks around a word that are no part of a name: "(Panorama.am)", "LIVE." */
  private static final CharMatcher EDGE_MARKS =
      CharMatcher.anyOf("()[]{}\"'“”‘’«»,;:|·•").or(CharMatcher.is('.'));

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
    List<String> lines =
        text.lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && l.length() <= MAX_LINE)
            .filter(l -> sigmaFolded(letters(l)).contains(key))
            .toList();
    return Stream.<Stream<String>>of(
            lines.stream().filter(l -> COPYRIGHT.matcher(l).find()),
            lines.stream().filter(l -> WORDS.splitToList(l).size() <= MAX_NAME_WORDS),
            lines.stream().map(OwnSpelling::closingName).flatMap(Optional::stream))
        .map(
            candidates ->
                candidates
                    .flatMap(OwnSpelling::names)
                    .filter(name -> spells(name, wanted))
                    .max(Comparator.comparingInt(String::length)))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> closingName(String line) {
    var m = CLOSING_NAME.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /** Every run of one to six words of the line, as written, less marks at its edges. */
  private static Stream<String> names(String line) {
    List<String> words = WORDS.splitToList(line).stream().map(OwnSpelling::trimmed).toList();
    return IntStream.range(0, words.size())
        .boxed()
        .flatMap(
            from ->
                IntStream.rangeClosed(from + 1, Math.min(words.size(), from + MAX_NAME_WORDS))
                    .mapToObj(to -> words.subList(from, to)))
        .filter(run -> run.stream().noneMatch(String::isEmpty) && hasCapital(run.get(0)))
        .map(run -> String.join(" ", run));
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
   * respell millennium-post while "Sowetan LIVE" respells sowetan-live and "AsiaOne" asiaone.
   */
  private static boolean spells(String name, List<String> wanted) {
    String bare = withoutThe(WEB_ENDING.matcher(name).replaceFirst(""));
    return words(bare).equals(wanted);
  }

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
  private static String sigmaFolded(String letters) {
    return letters.replace('ς', 'σ');
  }

  /** The letters and digits of a name or id, in lower case: "Sowetan LIVE" is "sowetanlive". */
  private static String letters(String name) {
    StringBuilder out = new StringBuilder();
    name.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
