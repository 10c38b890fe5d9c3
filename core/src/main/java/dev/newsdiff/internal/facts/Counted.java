package dev.newsdiff.internal.facts;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a count in a news sentence counts, read from the words that tell it in English news writing:
 * the verb or adjective of its clause ("24 people died", "13 others were injured", "the death toll
 * rose to 30"), the participle or noun that governs it ("killing at least 26", "a bus carrying 40
 * people", "the evacuation of 197 people"), and last the noun it quantifies ("27 passengers" are on
 * board). Two counts are compared only when they count the same thing.
 */
final class Counted {

  /** The kinds of count that news of accidents, disasters, crimes and courts give. */
  enum What {
    KILLED,
    INJURED,
    MISSING,
    TRAPPED,
    RESCUED,
    EVACUATED,
    ON_BOARD,
    ARRESTED,
    CASES,
    HOMES,
    /**
     * A duration that is a prison term: "sentenced to 13 years", "a six-month suspended sentence".
     */
    PRISON_TERM,
    /** A duration that is someone's age: "a 93-year-old man" ({@link Ages}). */
    AGE,
    /**
     * An earthquake's magnitude: "a magnitude 7.8 earthquake", "the 6.5-magnitude quake", "7 on the
     * Richter scale". Not a count of anything: "magnitude 7.8 ... killing at least 30" are two
     * figures.
     */
    MAGNITUDE
  }

  /**
   * The word "magnitude" right before a figure ("magnitude 7.8", "a magnitude of 7.2", "measured
   * the quake at magnitude 6.2"), or after it ("6.5-magnitude", "6.2 magnitude", "7 on the Richter
   * scale"): read before any verb, which in "a 7.8 magnitude quake killed 30" tells the toll's
   * kind.
   */
  private static final Pattern MAGNITUDE_BEFORE =
      Pattern.compile("\\bmagnitude(?:\\s+of)?\\s*$", Pattern.CASE_INSENSITIVE);

  private static final Pattern MAGNITUDE_AFTER =
      Pattern.compile(
          "^\\s*(?:-\\s*)?(?:(?:sr|richter)\\s+)?(?:magnitude\\b|(?:on|in) the richter\\b)",
          Pattern.CASE_INSENSITIVE);

  /** Words that make a duration a prison term, in its clause or right before it. */
  private static final Pattern TERM =
      Pattern.compile(" (?:sentenc|jail|prison|imprison|term|serve|behind bars)");

  /**
   * Word beginnings that tell a kind, tried in this order within a phrase. "Trapped" and "rescued"
   * come before "killed" so that "rescuers found 3 trapped" is not read as a toll; the stems are
   * matched at word starts only.
   */
  private static final ImmutableMap<String, What> STEMS =
      ImmutableMap.<String, What>builder()
          .put("trapped", What.TRAPPED)
          .put("missing", What.MISSING)
          .put("unaccounted", What.MISSING)
          .put("rescu", What.RESCUED)
          .put("pulled out alive", What.RESCUED)
          .put("evacu", What.EVACUATED)
          .put("injur", What.INJURED)
          .put("hurt", What.INJURED)
          .put("wounded", What.INJURED)
          .put("hospitali", What.INJURED)
          .put("kill", What.KILLED)
          .put("dead", What.KILLED)
          .put("died", What.KILLED)
          .put("die ", What.KILLED)
          .put("dying", What.KILLED)
          .put("death", What.KILLED)
          .put("toll", What.KILLED)
          .put("fatalit", What.KILLED)
          .put("bodies", What.KILLED)
          .put("perish", What.KILLED)
          .put("drown", What.KILLED)
          .put("lost their lives", What.KILLED)
          .put("on board", What.ON_BOARD)
          .put("aboard", What.ON_BOARD)
          .put("carrying", What.ON_BOARD)
          .put("arrest", What.ARRESTED)
          .put("detain", What.ARRESTED)
          .put("cases", What.CASES)
          .put("infect", What.CASES)
          .put("homes", What.HOMES)
          .put("houses", What.HOMES)
          .buildOrThrow();

  /** {@link #STEMS} with the space that makes them word starts, joined once, not at each count. */
  private static final ImmutableMap<String, What> AT_WORD_START =
      STEMS.entrySet().stream()
          .collect(ImmutableMap.toImmutableMap(e -> " " + e.getKey(), Map.Entry::getValue));

  /** Nouns that alone say what is counted: passengers are on board. */
  private static final Map<String, What> NOUNS =
      Map.of("passengers", What.ON_BOARD, "cases", What.CASES, "homes", What.HOMES);

  /**
   * Where a count's clause ends after it: punctuation, or a conjunction that starts another clause
   * ("24 people died and 13 were injured", "killed 12 as the bus fell").
   */
  private static final Pattern CLAUSE_END =
      Pattern.compile(
          "[,;:()\\[\\]–—]|\\s(?:and|but|with|as|when|while|after|before|because|whereas|while)\\s");

  /** How far a clause is read after the count, and how far a governing word is looked for. */
  private static final int AFTER_CHARS = 60;

  private static final int BEFORE_CHARS = 30;

  /** Another figure before the count: a governing word further back governs that one. */
  private static final Pattern FIGURE = Pattern.compile("\\d");

  private Counted() {}

  /**
   * What the count at {@code [start, end)} of {@code sentence} counts, or empty when the sentence
   * does not say in words newsdiff knows.
   */
  static Optional<What> in(String sentence, int start, int end) {
    if (isMagnitude(sentence, start, end)) {
      return Optional.of(What.MAGNITUDE);
    }
    String after = clauseAfter(sentence, end);
    Optional<What> what = firstIn(after);
    if (what.isPresent()) {
      return what;
    }
    Optional<What> before = firstIn(governingBefore(sentence, start));
    if (before.isPresent()) {
      return before;
    }
    String noun = firstWord(after);
    return Optional.ofNullable(NOUNS.get(noun));
  }

  private static boolean isMagnitude(String sentence, int start, int end) {
    return MAGNITUDE_AFTER
            .matcher(sentence.substring(end, Math.min(sentence.length(), end + BEFORE_CHARS)))
            .find()
        || MAGNITUDE_BEFORE.matcher(sentence.substring(Math.max(0, start - 14), start)).find();
  }

  /**
   * Whether the duration at {@code [start, end)} is someone's age ("a 93-year-old man") or a prison
   * term, the one duration that court stories give in several outlets, or empty: a duration
   * newsdiff cannot tell ("over the course of three months") is compared only with another it
   * cannot tell either.
   */
  static Optional<What> ofDuration(String sentence, int start, int end) {
    if (Ages.isAge(sentence, end)) {
      return Optional.of(What.AGE);
    }
    boolean term =
        TERM.matcher(governingBefore(sentence, start)).find()
            || TERM.matcher(clauseAfter(sentence, end)).find();
    return term ? Optional.of(What.PRISON_TERM) : Optional.empty();
  }

  /** The lower-cased rest of the count's clause, with a space at each end. */
  private static String clauseAfter(String sentence, int end) {
    String rest =
        " " + sentence.substring(end, Math.min(sentence.length(), end + AFTER_CHARS)) + " ";
    Matcher m = CLAUSE_END.matcher(rest);
    return (m.find() ? rest.substring(0, m.start()) + " " : rest).toLowerCase(Locale.ROOT);
  }

  /**
   * The words right before the count, back to the clause start or the previous figure: "killing at
   * least", "a bus carrying", "forcing the evacuation of".
   */
  private static String governingBefore(String sentence, int start) {
    String before = sentence.substring(Math.max(0, start - BEFORE_CHARS), start);
    int cut = -1;
    Matcher m = CLAUSE_END.matcher(before);
    while (m.find()) {
      cut = m.end();
    }
    Matcher f = FIGURE.matcher(before);
    while (f.find()) {
      cut = Math.max(cut, f.end());
    }
    return " " + before.substring(Math.max(0, cut)).toLowerCase(Locale.ROOT) + " ";
  }

  private static Optional<What> firstIn(String phrase) {
    What best = null;
    int at = Integer.MAX_VALUE;
    for (Map.Entry<String, What> e : AT_WORD_START.entrySet()) {
      int i = phrase.indexOf(e.getKey());
      if (i >= 0 && i < at) {
        at = i;
        best = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  private static String firstWord(String phrase) {
    Matcher m = WORD.matcher(phrase);
    return m.find() ? m.group() : "";
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
}
