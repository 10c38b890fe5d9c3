package dev.newsdiff.hostile;

import dev.newsdiff.hostile.Mutation.Combining;
import dev.newsdiff.hostile.Mutation.Cut;
import dev.newsdiff.hostile.Mutation.Duplicate;
import dev.newsdiff.hostile.Mutation.FlipByte;
import dev.newsdiff.hostile.Mutation.Insert;
import dev.newsdiff.hostile.Mutation.JoinLines;
import dev.newsdiff.hostile.Mutation.LongLine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The mutations {@link MutatedArticleFuzzTest} draws from, weighted toward the likely ones. */
final class Mutations {

  private Mutations() {}

  /** Text a careless reader trips on, each kept short: runs are made by Combining and LongLine. */
  private static final String[] TROUBLEMAKERS = {
    // quote marks of every kind, alone and in the pairs that confuse matching
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "„",
    "‟",
    "«",
    "»",
    "‹",
    "›",
    "「",
    "」",
    "\"\"",
    "“”",
    "«»",
    "\" said",
    "“We will,” he said",
    "'90s",
    " said. \"",
    // right-to-left text and the invisible controls that steer it, closed and unclosed
    "\u202e",
    "\u202b",
    "\u202a",
    "\u202c",
    "\u2067",
    "\u2069",
    "\u200f",
    "\u200e",
    "\u202egnihtyreve\u202c",
    "שלום עולם",
    "مرحبا بالعالم",
    "\u2067مرحبا\u2069",
    // emoji: surrogate pairs, joiners, flags, keycaps, modifiers
    "😀",
    "👩‍👩‍👧‍👦",
    "🇹🇷",
    "1️⃣",
    "👍🏽",
    "\uD83D",
    "\uDE00",
    // letters that change length or case oddly, spaces that are not ASCII
    "İ",
    "ı",
    "ß",
    "ﬁ",
    "\u00a0",
    "\u2009",
    "\u200b",
    "\ufeff",
    "\u3000",
    // controls, terminal escapes, line and paragraph separators
    "\u0000",
    "\u0007",
    "\u001b[2J",
    "\u001b]0;title\u0007",
    "\r",
    "\u2028",
    "\u2029",
    "\u0085",
    // abbreviations, numbers and cues the stages look for
    "Dr.",
    "No.",
    "U.S.",
    "Aug. 13",
    "2.5 km",
    "€12 million",
    "40%",
    " according to ",
    " said ",
    "SOURCE: ",
    "By ",
    "\n\n"
  };

  /**
   * Pieces of attributions, to build the text QuoteFinder and MentionFinder read around a quote: a
   * closing mark, a reporting verb, and what may follow it (a speaker, or a clause that names none:
   * "” announced that Türkiye…" once crashed MentionFinder).
   */
  private static final String[] CLOSING_MARKS = {"”", "\"", ",”", ",\"", "’", "»", ""};

  private static final String[] CUES = {
    "said", "says", "announced", "added", "told", "according to"
  };

  private static final String[] AFTER_CUE = {
    "that", "this", "the", "who", "and", "he", "they", "Dr.", "Türkiye", "İstanbul", "", ","
  };

  private static final char[] COMBINING_MARKS = {'\u0301', '\u0308', '\u0327', '\u064b', '\u20dd'};

  private static Arbitrary<Double> position() {
    return Arbitraries.doubles().between(0, 1).ofScale(4);
  }

  static Arbitrary<Mutation> any() {
    Arbitrary<Mutation> cut =
        Combinators.combine(position(), Arbitraries.integers().between(1, 400)).as(Cut::new);
    Arbitrary<Mutation> duplicate =
        Combinators.combine(position(), Arbitraries.integers().between(1, 2_000), position())
            .as(Duplicate::new);
    Arbitrary<Mutation> insert =
        Combinators.combine(position(), Arbitraries.of(TROUBLEMAKERS)).as(Insert::new);
    Arbitrary<Mutation> combining =
        Combinators.combine(
                position(),
                Arbitraries.of(COMBINING_MARKS),
                Arbitraries.integers().between(1, 2_000))
            .as(Combining::new);
    // Up to 8,000 words (some 47 KB; 17 KB before issue 15 made NumericFacts linear): comparing
    // longer ones is still slow in the aligner. HostileTextTest tries longer text once per build.
    Arbitrary<Mutation> longLine =
        Combinators.combine(position(), Arbitraries.integers().between(500, 8_000))
            .as(LongLine::new);
    Arbitrary<Mutation> attribution =
        Combinators.combine(
                position(),
                Arbitraries.of(CLOSING_MARKS),
                Arbitraries.of(CUES),
                Arbitraries.of(AFTER_CUE))
            .as((at, mark, cue, next) -> new Insert(at, mark + " " + cue + " " + next + " "));
    return Arbitraries.frequencyOf(
        Tuple.of(6, cut),
        Tuple.of(4, attribution),
        Tuple.of(4, duplicate),
        Tuple.of(10, insert),
        Tuple.of(2, combining),
        Tuple.of(1, longLine),
        Tuple.of(1, Arbitraries.just(new JoinLines())));
  }

  static Arbitrary<FlipByte> byteFlips() {
    return Combinators.combine(position(), Arbitraries.integers().between(0, 7)).as(FlipByte::new);
  }
}
