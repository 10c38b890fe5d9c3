package dev.newsdiff.internal.ingest;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a name's words, each whole or by its initial, spell an id, as web addresses and file
 * names shorten names: "Kyodo News" for kyodonews, "Business Standard" for bstandard, "South China
 * Morning Post" for scmp, "Press Trust of India" for pti ("of", "and", "the" may be left out). A
 * name spelling the page's own id is the page's name, never a credit to another outlet. Stateless.
 */
final class IdFold {

  private IdFold() {}

  private static final Splitter WORDS =
      Splitter.on(CharMatcher.whitespace().or(CharMatcher.anyOf("-–—/"))).omitEmptyStrings();
  private static final ImmutableSet<String> SKIPPED = ImmutableSet.of("the", "of", "and");
  private static final Pattern WEB_ENDING =
      Pattern.compile("\\.[a-z]{2,4}(?:\\.[a-z]{2})?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Names are a few words; a longer run is a sentence, whatever its initials spell. */
  private static final int MAX_WORDS = 6;

  /** An id shorter than this names nothing by a fold: "a", "ap" are known or are words. */
  private static final int MIN_ID_LETTERS = 3;

  /** Whether {@code name}, a capitalised name of at most six words, spells {@code id}. */
  static boolean spells(String name, String id) {
    String target = letters(id);
    String bare = name.strip();
    if (target.length() < MIN_ID_LETTERS
        || bare.isEmpty()
        || !Character.isUpperCase(bare.codePointAt(0))) {
      return false;
    }
    List<String> words =
        WORDS
            .splitToStream(WEB_ENDING.matcher(bare).replaceFirst(""))
            .map(IdFold::letters)
            .filter(w -> !w.isEmpty())
            .toList();
    return !words.isEmpty() && words.size() <= MAX_WORDS && folds(words, 0, target, 0);
  }

  private static boolean folds(List<String> words, int word, String target, int at) {
    if (word == words.size()) {
      return at == target.length();
    }
    String w = words.get(word);
    return (target.startsWith(w, at) && folds(words, word + 1, target, at + w.length()))
        || (at < target.length()
            && target.charAt(at) == w.charAt(0)
            && folds(words, word + 1, target, at + 1))
        || (SKIPPED.contains(w) && folds(words, word + 1, target, at));
  }

  /** The letters and digits of a name or id in lower case: "Kyodo News" is "kyodonews". */
  private static String letters(String name) {
    return NON_ALNUM.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
