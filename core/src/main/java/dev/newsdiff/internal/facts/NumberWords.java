package dev.newsdiff.internal.facts;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** English number words: "forty" is 40, "twenty-five" 25, "a dozen" 12. */
final class NumberWords {

  private static final ImmutableMap<String, Integer> WORDS =
      ImmutableMap.<String, Integer>builder()
          .put("two", 2)
          .put("three", 3)
          .put("four", 4)
          .put("five", 5)
          .put("six", 6)
          .put("seven", 7)
          .put("eight", 8)
          .put("nine", 9)
          .put("ten", 10)
          .put("eleven", 11)
          .put("twelve", 12)
          .put("thirteen", 13)
          .put("fourteen", 14)
          .put("fifteen", 15)
          .put("sixteen", 16)
          .put("seventeen", 17)
          .put("eighteen", 18)
          .put("nineteen", 19)
          .put("twenty", 20)
          .put("thirty", 30)
          .put("forty", 40)
          .put("fifty", 50)
          .put("sixty", 60)
          .put("seventy", 70)
          .put("eighty", 80)
          .put("ninety", 90)
          .put("hundred", 100)
          .put("thousand", 1000)
          .put("dozen", 12)
          .buildOrThrow();

  private NumberWords() {}

  /** The value of a number word ("forty", "twenty-five", "dozen"), or null. */
  static @Nullable Integer valueOf(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Integer direct = WORDS.get(w);
    if (direct != null) {
      return direct;
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer tens = WORDS.get(w.substring(0, dash));
      Integer ones = WORDS.get(w.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return tens + ones;
      }
    }
    return null;
  }
}
