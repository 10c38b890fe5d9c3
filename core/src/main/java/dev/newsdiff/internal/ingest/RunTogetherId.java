package dev.newsdiff.internal.ingest;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words of an id whose writer ran them together, as a web address does: "chinadaily" is "china
 * daily", "timesofchitral" is "times of chitral", "cbsnews" is "cbs news". An id is split only
 * where the split is plain: into words that outlets name themselves with (news, daily, times,
 * herald, today, …), joining words, places (country names, regions) and at most one other word, at
 * least one of them a news word. "seekingalpha" (no news word), "newser" ("er" is no word) and
 * "newsday" ("day" is too short to be a name of its own) stay whole. Stateless.
 */
final class RunTogetherId {

  private RunTogetherId() {}

  /** Words outlets name themselves with; a split needs one of them. */
  private static final ImmutableSet<String> NEWS_WORDS =
      ImmutableSet.of(
          "news",
          "daily",
          "times",
          "post",
          "herald",
          "tribune",
          "journal",
          "gazette",
          "express",
          "star",
          "sun",
          "mirror",
          "chronicle",
          "observer",
          "guardian",
          "independent",
          "standard",
          "telegraph",
          "telegram",
          "record",
          "recorder",
          "review",
          "monitor",
          "bulletin",
          "digest",
          "today",
          "voice",
          "weekly",
          "online",
          "live",
          "now",
          "report",
          "reporter",
          "reports",
          "press",
          "wire",
          "network",
          "radio",
          "tv",
          "fm",
          "media",
          "courier",
          "dispatch",
          "sentinel",
          "examiner",
          "enquirer",
          "inquirer",
          "leader",
          "register",
          "republic",
          "republican",
          "statesman",
          "spectator",
          "nation",
          "national",
          "globe",
          "mail",
          "minute",
          "spotlight",
          "insider",
          "beacon",
          "banner",
          "advocate",
          "citizen",
          "democrat",
          "pioneer",
          "patriot",
          "ledger",
          "messenger",
          "argus",
          "business",
          "metro",
          "feeds",
          "buzz",
          "headlines",
          "updates",
          "info",
          "watch",
          "focus",
          "affairs",
          "magazine",
          "evening",
          "morning",
          "sunday",
          "blog",
          "desk",
          "channel",
          "bureau",
          "agency",
          "wires",
          "newswire",
          "newsroom",
          "journalist");

  /** Words that join or open a name. */
  private static final ImmutableSet<String> JOINING = ImmutableSet.of("the", "of", "and", "new");

  /** Places and the words around them: single-word country names in English, regions. */
  private static final ImmutableSet<String> PLACES =
      Stream.concat(
              Arrays.stream(Locale.getISOCountries())
                  .map(c -> new Locale("", c).getDisplayCountry(Locale.ENGLISH))
                  .filter(n -> n.chars().allMatch(Character::isLetter))
                  .map(n -> n.toLowerCase(Locale.ROOT)),
              Stream.of(
                  "africa",
                  "african",
                  "asia",
                  "asian",
                  "america",
                  "american",
                  "europe",
                  "european",
                  "arab",
                  "arabian",
                  "gulf",
                  "pacific",
                  "atlantic",
                  "caribbean",
                  "latin",
                  "east",
                  "west",
                  "north",
                  "south",
                  "eastern",
                  "western",
                  "northern",
                  "southern",
                  "central",
                  "middle",
                  "global",
                  "world",
                  "international",
                  "city",
                  "county",
                  "state",
                  "valley",
                  "coast",
                  "coastal",
                  "island",
                  "bay",
                  "lake",
                  "river",
                  "capital",
                  "indian",
                  "chinese",
                  "british",
                  "irish",
                  "french",
                  "german",
                  "russian",
                  "turkish",
                  "local",
                  "community",
                  "regional"))
          .collect(ImmutableSet.toImmutableSet());

  /** Ids longer than this are not split: no name runs this many letters together. */
  private static final int MAX_LETTERS = 40;

  /** A word not in the lists must have this many letters, unless it is letters read out. */
  private static final int MIN_OTHER = 4;

  private static final Pattern LOWER_LETTERS = Pattern.compile("\\p{Ll}+");
  private static final Pattern VOWEL = Pattern.compile("[aeiouy]");

  /**
   * The words {@code id} ran together, when it is one word of lower-case letters that splits
   * plainly; empty otherwise, and for an id that is itself one known word.
   */
  static Optional<List<String>> words(String id) {
    if (id.length() > MAX_LETTERS
        || !LOWER_LETTERS.matcher(id).matches()
        || known(id)
        || NEWS_WORDS.stream().noneMatch(id::contains)) {
      return Optional.empty();
    }
    int n = id.length();
    // The best split of the first i letters, without (slot 0) and with (slot 1) a news word:
    // ranked by its other words, their letters, then its words; each step points back to the
    // split it extends.
    int[][] cost = new int[n + 1][2];
    int[][] from = new int[n + 1][2];
    int[][] fromSlot = new int[n + 1][2];
    for (int[] row : cost) {
      Arrays.fill(row, Integer.MAX_VALUE);
    }
    cost[0][0] = 0;
    for (int i = 0; i < n; i++) {
      for (int slot = 0; slot < 2; slot++) {
        if (cost[i][slot] == Integer.MAX_VALUE) {
          continue;
        }
        boolean afterThe = i == THE.length() && slot == 0 && id.startsWith(THE) && from[i][0] == 0;
        for (int j = i + 1; j <= n; j++) {
          String word = id.substring(i, j);
          boolean other = !known(word);
          if (other && (afterThe || !nameLike(word))) {
            continue;
          }
          int next = cost[i][slot] + (other ? OTHER + OTHER_LETTER * word.length() : 0) + WORD;
          int nextSlot = slot == 1 || NEWS_WORDS.contains(word) ? 1 : 0;
          if (next / OTHER > 1) {
            continue; // a second other word
          }
          if (next < cost[j][nextSlot]) {
            cost[j][nextSlot] = next;
            from[j][nextSlot] = i;
            fromSlot[j][nextSlot] = slot;
          }
        }
      }
    }
    if (cost[n][1] == Integer.MAX_VALUE) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    for (int j = n, slot = 1; j > 0; ) {
      int i = from[j][slot];
      words.add(0, id.substring(i, j));
      slot = fromSlot[j][slot];
      j = i;
    }
    return words.size() < 2 ? Optional.empty() : Optional.of(ImmutableList.copyOf(words));
  }

  /**
   * A split's cost, one number ranking what matters first: each other word (OTHER), then each of
   * its letters (OTHER_LETTER), then each word (WORD). An id has at most MAX_LETTERS letters, so no
   * lower term can outweigh a higher one.
   */
  private static final int WORD = 1;

  private static final int OTHER_LETTER = 64;
  private static final int OTHER = OTHER_LETTER * 64;
  private static final String THE = "the";

  /**
   * Whether a word that is not in the lists may be one of a name's: long enough to be a name
   * ("chitral"), or letters read out ("cbs"). It may not follow an opening "the", where it is more
   * often the rest of a word ("the|atre"): that is checked where the split is made.
   */
  private static boolean nameLike(String word) {
    boolean vowel = VOWEL.matcher(word).find();
    return (word.length() >= MIN_OTHER && vowel && opensLikeAWord(word))
        || (word.length() >= 2 && word.length() <= 4 && !vowel);
  }

  /**
   * Whether a word opens as English words do: with a vowel, a consonant and a vowel, or two
   * consonants that open words ("str", "ch"). A split that leaves "rming" ("info|rming") or "rpool"
   * ("live|rpool") has cut a word in two; such an id stays whole.
   */
  private static boolean opensLikeAWord(String word) {
    return VOWEL.matcher(word.substring(0, 1)).matches()
        || VOWEL.matcher(word.substring(1, 2)).matches()
        || ONSETS.contains(word.substring(0, 2));
  }

  /** Two consonants that open English words. */
  private static final ImmutableSet<String> ONSETS =
      ImmutableSet.of(
          "bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gh", "gl", "gn", "gr", "kh", "kl",
          "kn", "kr", "ph", "pl", "pr", "ps", "qu", "rh", "sc", "sh", "sk", "sl", "sm", "sn", "sp",
          "sq", "st", "sv", "sw", "th", "tr", "ts", "tw", "wh", "wr", "zh");

  /** Whether outlets name themselves with this word, in lower case: "news", "times", "live". */
  static boolean isNewsWord(String word) {
    return NEWS_WORDS.contains(word);
  }

  private static boolean known(String word) {
    return NEWS_WORDS.contains(word) || JOINING.contains(word) || PLACES.contains(word);
  }
}
