package dev.newsdiff.internal.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * English word stems (OpenNLP's Snowball stemmer): "evaluations" and "evaluated" both give "evalu".
 * Input is lower-cased with {@link Locale#ROOT} first.
 *
 * <p>One instance serves one job (a comparison, an article) on one thread: the stemmer keeps state
 * while it works, and the instance remembers the stems it gave, since the outlets of one story
 * repeat each other's words and in a cold JVM the stemmer is slow until compiled.
 */
public final class Stems {

  private final SnowballStemmer snowball = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
  private final Map<String, String> known = new HashMap<>();

  public Stems() {}

  public String stem(String word) {
    return known.computeIfAbsent(
        word.toLowerCase(Locale.ROOT), lower -> snowball.stem(lower).toString());
  }
}
