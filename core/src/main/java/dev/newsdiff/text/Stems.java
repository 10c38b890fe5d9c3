package dev.newsdiff.text;

import java.util.Locale;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * English word stems (OpenNLP's Snowball stemmer): "evaluations" and "evaluated" both give
 * "evalu". Input is lower-cased with {@link Locale#ROOT} first. Thread-safe.
 */
public final class Stems {

  private static final ThreadLocal<SnowballStemmer> STEMMER =
      ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

  private Stems() {}

  public static String of(String word) {
    return STEMMER.get().stem(word.toLowerCase(Locale.ROOT)).toString();
  }
}
