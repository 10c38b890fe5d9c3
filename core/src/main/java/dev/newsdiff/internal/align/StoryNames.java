package dev.newsdiff.internal.align;

import dev.newsdiff.internal.text.CalendarNames;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Sentence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two articles name the same places, people or things: the evidence that they report one
 * story when no sentence of one reads like a sentence of the other (an outlet that rewrote the
 * story). Two stories of one kind (two mine blasts) share words, kinds of figure and even leads
 * that read alike, but not the places and people they name. Each article is read once, when first
 * asked about. Not thread-safe: one per alignment.
 */
final class StoryNames {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

  private final List<Article> articles;

  /** Per article index, once read. */
  private final Map<Integer, Words> read = new HashMap<>();

  /**
   * An article's capitalised words inside its body sentences, and every word it writes lower-case
   * (both lower-cased).
   */
  private record Words(Set<String> names, Set<String> common) {}

  StoryNames(List<Article> articles) {
    this.articles = articles;
  }

  /**
   * Whether articles {@code a} and {@code b} share a name that neither writes as a common word:
   * "Kanpur" and "Gansu" count, "Mine" of "Upper Big Branch Mine" does not when either article
   * writes "mine". Weekdays and months name no one thing, and acronyms are as often the agency
   * credited ("AFP") or a country any story names ("US") as what the story is about.
   */
  boolean shareAName(int a, int b) {
    Words first = read.computeIfAbsent(a, this::words);
    Words second = read.computeIfAbsent(b, this::words);
    return first.names().stream()
        .anyMatch(
            name ->
                second.names().contains(name)
                    && !first.common().contains(name)
                    && !second.common().contains(name));
  }

  private Words words(int article) {
    Set<String> capitalised = new HashSet<>();
    Set<String> lowerCase = new HashSet<>();
    for (Sentence sentence : articles.get(article).sentences()) {
      if (sentence.role() != Role.BODY) {
        continue;
      }
      Matcher m = WORD.matcher(sentence.text());
      // A sentence's first word is capitalised whatever it is.
      boolean first = true;
      while (m.find()) {
        String word = withoutPossessive(m.group());
        String lower = word.toLowerCase(Locale.ROOT);
        if (!Character.isUpperCase(word.charAt(0))) {
          lowerCase.add(lower);
        } else if (!first && isName(word, lower)) {
          capitalised.add(lower);
        }
        first = false;
      }
    }
    return new Words(capitalised, lowerCase);
  }

  private static boolean isName(String word, String lower) {
    return word.length() > 1
        && !word.equals(word.toUpperCase(Locale.ROOT))
        && !CalendarNames.ALL.contains(lower);
  }

  private static String withoutPossessive(String word) {
    return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
  }
}
