package dev.newsdiff.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * English word stems (OpenNLP's Snowball stemmer): "evaluations" and "evaluated" both give "evalu".
 * Input is lower-cased with {@link Locale#ROOT} first. Thread-safe.
 */
public final class Stems {

  /** Stems remembered per thread: enough for the vocabulary of a few stories. */
  private static final int REMEMBERED = 4096;

  /**
   * Per thread, since the stemmer keeps state: the stemmer, and the stems it gave lately. The
   * outlets of one story repeat each other's words, and in a cold JVM the stemmer's code is slow to
   * run until compiled: most words are stemmed once instead of once per outlet.
   */
  private static final ThreadLocal<Stemmer> STEMMER = ThreadLocal.withInitial(Stemmer::new);

  private Stems() {}

  public static String of(String word) {
    return STEMMER.get().stem(word.toLowerCase(Locale.ROOT));
  }

  private static final class Stemmer {
    private final SnowballStemmer snowball = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    private final Map<String, String> recent =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
          }
        };

    String stem(String lower) {
      String stem = recent.get(lower);
      if (stem == null) {
        stem = snowball.stem(lower).toString();
        recent.put(lower, stem);
      }
      return stem;
    }
  }
}
