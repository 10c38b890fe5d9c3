package dev.newsdiff.internal.facts;

import com.google.common.collect.ImmutableSet;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.internal.text.CalendarNames;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Fact.Kind;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names of people, organisations and places: runs of capitalised words ("Yasar Guler", "Ministry of
 * National Defense", "Whale Island"), told apart by the words they contain, the words around them,
 * and a short list of countries. Values are the names as written; variants are linked across
 * outlets by {@link NameLinker}.
 */
final class NameFacts {

  // Compiled once: String.split and String.matches compile their pattern on every call.
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern LOWER_AFTER_HYPHEN = Pattern.compile(".*-\\p{Ll}.*");

  /** Name endings whose period belongs to the name. */
  private static final List<String> ABBREVIATED_ENDS = List.of("Inc.", "Ltd.", "Co.", "Jr.", "Sr.");

  private static final Pattern PLACE_PREPOSITION_BEFORE =
      Pattern.compile(".*\\b(?:in|to|from|near|across|into|at)\\s+$");

  /** Only the start of what follows a name is read: see {@link #AFTER_WINDOW}. */
  private static final Pattern SPEECH_VERB_AFTER =
      Pattern.compile(
          "(?:also\\s+)?(?:said|says|told|added|stated|noted|stressed|emphasi[sz]ed|concluded|confirmed|warned|held|met)\\b",
          // its letters are all ASCII, which no other letter lower-cases to
          Pattern.CASE_INSENSITIVE);

  /**
   * How much of the text after a name {@link #SPEECH_VERB_AFTER} reads: enough for "also
   * emphasised", and bounded so that a sentence of a million names is not read once per name.
   */
  private static final int AFTER_WINDOW = 40;

  /**
   * A run of capitalised words is found word by word, by these two: one expression for the whole
   * run, with its words in a repeated group, recursed once per word and overflowed the stack on a
   * sentence of thousands of names.
   */
  private static final Pattern RUN_START =
      Pattern.compile("(?<![\\p{L}’'])" + "\\p{Lu}[\\p{L}’'.-]*");

  /** The next word of a run, with the small word that may join it ("Ministry of Defense"). */
  private static final Pattern RUN_NEXT =
      Pattern.compile(
          "(?:\\s+(?:of|and|for|de|du|al|bin|van|von|the)(?=\\s+\\p{Lu}))?\\s+\\p{Lu}[\\p{L}’'.-]*");

  /** Words that end or fill an organisation's name. */
  private static final ImmutableSet<String> ORGANISATION_WORDS =
      ImmutableSet.of(
          "ministry",
          "agency",
          "forces",
          "army",
          "navy",
          "university",
          "branch",
          "council",
          "inc",
          "inc.",
          "ltd",
          "ltd.",
          "services",
          "service",
          "company",
          "corp",
          "corporation",
          "party",
          "bank",
          "department",
          "commission",
          "committee",
          "office",
          "authority",
          "police",
          "union",
          "association",
          "institute",
          "school",
          "board",
          "court",
          "parliament",
          "government",
          "chamber",
          "organization",
          "organisation",
          "group",
          "fund",
          "news",
          "radio",
          "times",
          "daily",
          "herald",
          "gazette",
          "wire",
          "airlines",
          "airline",
          "airways",
          "guard",
          "coastguard",
          "brigade",
          "federation",
          "nato",
          "un");

  private static final ImmutableSet<String> PLACE_WORDS =
      ImmutableSet.of(
          "island",
          "islands",
          "quay",
          "street",
          "bridge",
          "harbour",
          "harbor",
          "port",
          "river",
          "sea",
          "bay",
          "lake",
          "mountain",
          "mountains",
          "valley",
          "city",
          "province",
          "county",
          "square",
          "avenue",
          "ave",
          "road",
          "strait",
          "gulf",
          "peninsula",
          "region",
          "district",
          "airport");

  private static final ImmutableSet<String> PLACES =
      ImmutableSet.of(
          "türkiye",
          "turkey",
          "syria",
          "ukraine",
          "russia",
          "japan",
          "china",
          "iran",
          "iraq",
          "israel",
          "gaza",
          "palestine",
          "lebanon",
          "egypt",
          "greece",
          "cyprus",
          "germany",
          "france",
          "italy",
          "spain",
          "britain",
          "england",
          "scotland",
          "wales",
          "ireland",
          "europe",
          "asia",
          "africa",
          "america",
          "canada",
          "mexico",
          "brazil",
          "india",
          "pakistan",
          "afghanistan",
          "azerbaijan",
          "armenia",
          "georgia",
          "qatar",
          "jordan",
          "libya",
          "sudan",
          "ethiopia",
          "somalia",
          "yemen",
          "saudi arabia",
          "united states",
          "united kingdom",
          "u.s.",
          "u.k.",
          "us",
          "uk",
          "eu",
          "ankara",
          "istanbul",
          "damascus",
          "kyiv",
          "moscow",
          "tokyo",
          "washington",
          "london",
          "paris",
          "berlin",
          "brussels",
          "beijing",
          "tehran",
          "baghdad",
          "cairo",
          "jerusalem",
          "new york");

  private static final ImmutableSet<String> TITLES =
      ImmutableSet.of(
          "minister",
          "president",
          "prime",
          "chancellor",
          "secretary",
          "spokesman",
          "spokesperson",
          "spokeswoman",
          "rear",
          "vice",
          "admiral",
          "general",
          "gen.",
          "lt.",
          "lt",
          "col.",
          "col",
          "capt.",
          "captain",
          "sgt.",
          "dr.",
          "dr",
          "mr.",
          "mr",
          "mrs.",
          "mrs",
          "ms.",
          "ms",
          "prof.",
          "sir",
          "lord",
          "lady",
          "sen.",
          "rep.",
          "gov.",
          "mayor",
          "chief",
          "master",
          "commander",
          "judge",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "sheikh",
          "emir",
          "chairman",
          "chairwoman",
          "director",
          "fire",
          "harbour",
          "harbor",
          "defence",
          "defense",
          "foreign",
          "interior",
          "finance",
          "affairs",
          "deputy",
          "japanese",
          "turkish",
          "syrian");

  /** Capitalised words that start sentences or stand alone without naming anyone. */
  private static final ImmutableSet<String> NOT_NAMES =
      ImmutableSet.<String>builder()
          .add(
              "the",
              "a",
              "an",
              "in",
              "on",
              "at",
              "he",
              "she",
              "it",
              "they",
              "we",
              "i",
              "this",
              "that",
              "these",
              "those",
              "however",
              "but",
              "and",
              "or",
              "separately",
              "meanwhile",
              "also",
              "if",
              "when",
              "after",
              "before",
              "while",
              "as",
              "for",
              "from",
              "with",
              "by",
              "to",
              "there",
              "his",
              "her",
              "their",
              "our",
              "its",
              "what",
              "who",
              "why",
              "how")
          .addAll(CalendarNames.ALL)
          .add(
              "jan",
              "feb",
              "aug",
              "sept",
              "oct",
              "nov",
              "dec",
              "no",
              "one",
              "two",
              "sources",
              "officials",
              "police",
              "drivers",
              "divers",
              "engineers",
              "ferry",
              "nobody",
              "training",
              "cooperation",
              "technical",
              "views",
              "making",
              "responding",
              "within",
              "according",
              "including",
              "despite",
              "last",
              "next",
              "early",
              "late",
              "mid")
          .build();

  /** Capitalised words that name documents, plans and events rather than who or where. */
  private static final ImmutableSet<String> THINGS =
      ImmutableSet.of(
          "memorandum",
          "agreement",
          "treaty",
          "plan",
          "programme",
          "program",
          "act",
          "law",
          "bill",
          "declaration",
          "convention",
          "accord",
          "strategy",
          "operation",
          "initiative",
          "principle",
          "understanding",
          "report",
          "summit",
          "conference",
          "war",
          "crisis",
          "award",
          "prize",
          "cup",
          "festival",
          "olympics");

  private NameFacts() {}

  static List<Fact> in(String text, Span sentence) {
    String s = sentence.in(text);
    List<Fact> facts = new ArrayList<>();
    for (Part run : runs(s)) {
      if (namesAThing(s.substring(run.start(), run.end()))) {
        continue;
      }
      for (Part part : parts(s, run.start(), run.end())) {
        Fact f = name(s, sentence.start(), part.start(), part.end(), part.start() == 0);
        if (f != null) {
          facts.add(f);
        }
      }
    }
    return facts;
  }

  /** The runs of capitalised words in {@code s}, longest first at each place, in order. */
  private static List<Part> runs(String s) {
    List<Part> runs = new ArrayList<>();
    Matcher start = RUN_START.matcher(s);
    Matcher next = RUN_NEXT.matcher(s);
    int from = 0;
    while (from < s.length() && start.find(from)) {
      int end = start.end();
      while (next.region(end, s.length()).lookingAt()) {
        end = next.end();
      }
      runs.add(new Part(start.start(), end));
      from = end;
    }
    return runs;
  }

  /**
   * Splits a run of capitalised words into names: at "and" ("Türkiye and Syria"), after a
   * possessive ("Türkiye's National Defense University"), and before a word that is not a name
   * ("U.S.-owned", "Pier No").
   */
  private static List<Part> parts(String s, int start, int end) {
    List<Part> parts = new ArrayList<>();
    int from = start;
    Matcher w = WORD.matcher(s);
    w.region(start, end);
    int lastEnd = start;
    while (w.find()) {
      String word = w.group();
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.equals("and") || lower.equals("&")) {
        parts.add(new Part(from, lastEnd));
        from = nextWord(s, w.end());
      } else if (LOWER_AFTER_HYPHEN.matcher(word).matches()
          || lower.equals("no")
          || lower.equals("no.")) {
        parts.add(new Part(from, lastEnd));
        from = nextWord(s, w.end());
      } else if (word.endsWith("’s") || word.endsWith("'s")) {
        parts.add(new Part(from, w.end() - 2));
        from = nextWord(s, w.end());
      }
      lastEnd = w.end();
    }
    parts.add(new Part(from, end));
    parts.removeIf(p -> p.start() >= p.end());
    return parts;
  }

  /**
   * Where the word after {@code at} starts: words of a run may be parted by any number of spaces
   * ("And Bridge", "No. U.S."), and a name's span must not begin with them.
   */
  private static int nextWord(String s, int at) {
    return at + gap(s, at);
  }

  /** Offsets of a part of a run of names; may be empty or reversed until filtered. */
  private record Part(int start, int end) {}

  private static Fact name(String s, int base, int start, int end, boolean sentenceStart) {
    // Trailing punctuation is not part of the name, but the period of "Inc." is.
    while (end > start
        && ".’',".indexOf(s.charAt(end - 1)) >= 0
        && !endsWithAbbreviation(s, start, end)) {
      end--;
    }
    String run = s.substring(start, end);
    List<String> words = Whitespace.words(run);
    int skip = 0;
    while (skip < words.size() - 1
        && NOT_NAMES.contains(words.get(skip).toLowerCase(Locale.ROOT))) {
      start += words.get(skip).length() + gap(s, start + words.get(skip).length());
      skip++;
    }
    String name = s.substring(start, end).trim();
    if (name.isEmpty()) {
      return null;
    }
    List<String> nameWords = Whitespace.words(name);
    String lowerName = name.toLowerCase(Locale.ROOT);
    if (nameWords.size() == 1 && (NOT_NAMES.contains(lowerName) || isDemonym(lowerName))) {
      return null;
    }
    if (sentenceStart && skip == 0 && nameWords.size() == 1 && !PLACES.contains(lowerName)) {
      return null; // a capital at the start of a sentence says nothing
    }
    if (nameWords.size() == 1 && TITLES.contains(lowerName)) {
      return null; // "our Minister's guest"
    }
    Kind kind = classify(s, start, nameWords);
    if (kind == null) {
      return afterLongTitle(s, base, start, end, nameWords);
    }
    Fact afterTitle = kind == Kind.PERSON ? afterLongTitle(s, base, start, end, nameWords) : null;
    if (afterTitle != null) {
      return afterTitle; // "Minister of Foreign Affairs Tomas Berg": the title is no part of it
    }
    if (kind == Kind.PERSON) {
      int t = 0;
      while (t < nameWords.size() - 1
          && (TITLES.contains(nameWords.get(t).toLowerCase(Locale.ROOT))
              || isDemonym(nameWords.get(t).toLowerCase(Locale.ROOT)))) {
        start += nameWords.get(t).length() + gap(s, start + nameWords.get(t).length());
        t++;
      }
      name = s.substring(start, end);
      if (name.startsWith("of ")) {
        return null; // "Fire Chief of Halifax Regional Municipality ...": no name to tell apart
      }
    }
    return new Fact(kind, Span.of(base + start, base + end), name, name, null, false);
  }

  /**
   * The person after a title too long for a name of two to four words, or after words that qualify
   * the title: "U.S. Assistant Secretary of State Roberta Jacobson" is Roberta Jacobson, "Liberian
   * President George Weah" George Weah. The title runs to its last title word and the one word it
   * is "of" ("Secretary of State"); the two or three words after it are the name, unless one of
   * them is a title, an organisation's or a place's word ("Chief Executive Officer of Harbour
   * Lines" names no one).
   */
  private static @Nullable Fact afterLongTitle(
      String s, int base, int start, int end, List<String> words) {
    int title = -1;
    for (int i = 0; i < words.size(); i++) {
      if (TITLES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
        title = i;
      }
    }
    // A title inside a short run has the name after it ("Liberian President George Weah"); one
    // that opens it is dropped by the caller.
    if (title < 0 || words.size() <= 4 && title == 0) {
      return null;
    }
    int from = title + 1;
    if (from + 1 < words.size() && words.get(from).equals("of")) {
      from += 2;
    }
    List<String> name = words.subList(from, words.size());
    boolean plain =
        name.stream()
            .map(w -> w.toLowerCase(Locale.ROOT).replace(".", ""))
            .noneMatch(
                w ->
                    TITLES.contains(w)
                        || ORGANISATION_WORDS.contains(w)
                        || PLACE_WORDS.contains(w)
                        || NOT_NAMES.contains(w)
                        || w.equals("of")
                        || w.equals("the"));
    if (name.size() < 2 || name.size() > 3 || !plain) {
      return null;
    }
    int at = start;
    for (int i = 0; i < from; i++) {
      at += words.get(i).length() + gap(s, at + words.get(i).length());
    }
    String text = s.substring(at, end);
    return new Fact(Kind.PERSON, Span.of(base + at, base + end), text, text, null, false);
  }

  /**
   * A document, plan or operation ("Joint Training and Consultancy Memorandum"), not who or where.
   */
  private static boolean namesAThing(String run) {
    return Whitespace.words(run).stream()
        .anyMatch(w -> THINGS.contains(w.toLowerCase(Locale.ROOT)));
  }

  /** "Syrian", "Turkish", "Japanese": an adjective of nationality, not a name on its own. */
  private static boolean isDemonym(String lower) {
    return DEMONYMS.contains(lower);
  }

  private static final ImmutableSet<String> DEMONYMS =
      ImmutableSet.of(
          "turkish",
          "syrian",
          "japanese",
          "russian",
          "ukrainian",
          "american",
          "british",
          "french",
          "german",
          "italian",
          "spanish",
          "chinese",
          "iranian",
          "iraqi",
          "israeli",
          "palestinian",
          "egyptian",
          "greek",
          "european",
          "african",
          "asian",
          "arab",
          "kurdish",
          "lebanese",
          "jordanian",
          "saudi",
          "qatari",
          "pakistani",
          "afghan",
          "indian",
          "canadian",
          "mexican",
          "brazilian",
          "korean",
          "english",
          "scottish",
          "welsh",
          "irish",
          "dutch",
          "swedish",
          "polish");

  private static boolean isOrganisationTail(List<String> words) {
    return ORGANISATION_WORDS.contains(
        words.get(words.size() - 1).toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /**
   * Whether {@code s[start, end)} ends in "Inc." or another of {@link #ABBREVIATED_ENDS} as a word
   * of its own. Only the end is read, so that trimming a run of a million periods stays linear.
   */
  private static boolean endsWithAbbreviation(String s, int start, int end) {
    return ABBREVIATED_ENDS.stream()
        .anyMatch(
            a -> {
              int from = end - a.length();
              return from >= start
                  && s.startsWith(a, from)
                  && (from == start || !isWordChar(s.codePointBefore(from)));
            });
  }

  /** A word character as {@code \\b} sees one: the words of a run hold no combining marks. */
  private static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static int gap(String s, int at) {
    int g = 0;
    while (at + g < s.length() && Whitespace.isSpace(s.charAt(at + g))) {
      g++;
    }
    return g;
  }

  private static Kind classify(String s, int start, List<String> words) {
    String lower = String.join(" ", words).toLowerCase(Locale.ROOT);
    String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT).replace(".", "");
    for (String w : words) {
      String lw = w.toLowerCase(Locale.ROOT).replace(".", "");
      if (ORGANISATION_WORDS.contains(lw) && !(lw.equals("ministry") && words.size() == 1)) {
        return Kind.ORGANISATION;
      }
    }
    if (PLACES.contains(lower) || PLACE_WORDS.contains(last)) {
      return Kind.PLACE;
    }
    if (words.size() == 1 && w(words.get(0)).chars().filter(Character::isUpperCase).count() >= 2) {
      return Kind.ORGANISATION; // an acronym: "MoND", "NATO"
    }
    String before = s.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
    if (words.size() == 1 && PLACE_PREPOSITION_BEFORE.matcher(before).matches()) {
      return Kind.PLACE;
    }
    if (TITLES.contains(words.get(0).toLowerCase(Locale.ROOT))
        || words.size() >= 2 && words.size() <= 4) {
      return Kind.PERSON;
    }
    int after = nextWord(s, Math.min(s.length(), start + words.get(0).length()));
    Matcher verb =
        SPEECH_VERB_AFTER
            .matcher(s)
            .region(after, Math.min(s.length(), after + AFTER_WINDOW))
            .useTransparentBounds(true); // so that \b sees past the window
    if (verb.lookingAt()) {
      return Kind.PERSON; // "Akturk said"
    }
    return null;
  }

  private static String w(String word) {
    return word.replace(".", "");
  }
}
