package dev.newsdiff.internal.ingest;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import dev.newsdiff.internal.ingest.Lines.Line;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlets and agencies an article credits as the source of its copy, in the forms real pages
 * give them: a "SOURCE: X" line, an agency in brackets ("(AFP)", "CITY, May 3 (ANI):", "(BBC)"
 * closing the last paragraph, "jsi/mm (AFP, dpa)"), a closing "— Reuters" or "/ AA", an agency
 * standing alone as byline ("Press Trust of India", "By Reuters"), "With inputs from PTI", "Based
 * on reporting by AP, Reuters", "With files from X", "X contributed to this report", "via X", and a
 * known outlet cited as reporting ("Xinhua reported", "according to Reuters"); "X said" makes X a
 * speaker, not the source of the copy.
 *
 * <p>A name is read as a credit only where the form of the line makes it one; inside a sentence,
 * only a known outlet's name is. Each credit is named as the built-in outlet list names it ("AP" is
 * "Associated Press"), else as the text writes it.
 */
public final class Credits {

  /** A name as credits write it: up to five capitalised words, "of"/"and"/"&" between them. */
  private static final String NAME =
      "(?>\\p{Lu}[\\p{L}\\p{N}.&'’-]*+(?:\\s+(?:of\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'’-]*+){0,4})";

  /**
   * A list of names: "AP, Reuters, AFP, and dpa", "AFP/dpa"; a word in lower case ("dpa",
   * "agencies") counts only if it is a known outlet.
   */
  private static final String NAMES =
      "(?:"
          + NAME
          + "|\\p{Ll}{2,8})(?:\\s*(?:,|/|\\band\\b|&)\\s*(?:and\\s+)?(?:"
          + NAME
          + "|\\p{Ll}{2,8}))*";

  /** Lines whose form makes every name in them a credit, the names in group 1. */
  private static final List<Pattern> CREDIT_LINES =
      List.of(
          // SOURCE: X
          Pattern.compile("^(?i:source)\\s*:\\s*(" + NAMES + ")\\.?$"),
          // With inputs from PTI / With files from X / Based on reporting by AP, Reuters
          Pattern.compile(
              "^\\(?(?i:(?:with\\s+)?(?:additional\\s+)?(?:inputs?|files|material|reporting)"
                  + "\\s+from\\s+(?:the\\s+)?)("
                  + NAMES
                  + ")\\)?\\.?$"),
          Pattern.compile(
              "^\\(?(?i:(?:based\\s+on\\s+)?(?:reporting|reports)\\s+(?:by|from)\\s+(?:the\\s+)?)("
                  + NAMES
                  + ")\\)?\\.?$"),
          Pattern.compile(
              "^(?:the\\s+)?(" + NAMES + ")\\s+contributed\\s+to\\s+this\\s+report\\.?$"),
          // "jsi/mm (AFP, dpa)", "(Reuters)", "— Reuters", "via voanews" standing alone
          Pattern.compile("^(?:[a-z]{1,4}/[a-z]{1,4}\\s*)?\\((" + NAMES + ")\\)$"),
          Pattern.compile("^[-–—]\\s*(" + NAMES + ")$"),
          Pattern.compile("^(?i:via)\\s+(\\S+(?:\\s+\\S+){0,3})$"));

  /** "… / AA", "… — Reuters", "… (BBC)" closing a line; group 1 the name. */
  private static final Pattern CLOSING =
      Pattern.compile(
          "(?=[\\s(])(?:(?:\\s[/—–-]\\s*|\\()("
              + NAME
              + ")\\)?\\s*$|\\s[|/—–-]\\s*(?i:via)\\s+(\\S+)$)");

  /** "CITY, Country, May 29 (ANI):" or "LONDON (Reuters) -": an agency dateline, group 1. */
  private static final Pattern DATELINE =
      Pattern.compile("^[\\p{Lu}][^()\\n]{0,60}?\\s\\((" + NAMES + ")\\)\\s*[:—–-]");

  /**
   * Datelines that credit only a known agency: "Quetta (Pakistan), Mar 14 (PTI) The bodies…" with
   * no mark after the bracket, and "Washington/Sputnik:" ("Town/District:" is a dateline too).
   */
  private static final Pattern BARE_DATELINE =
      Pattern.compile(
          "^[\\p{Lu}][^\\n]{0,60}?\\s\\(("
              + NAME
              + ")\\)\\s+(?=\\p{Lu})"
              + "|^[\\p{Lu}][\\p{L} .-]{1,30}/("
              + NAME
              + ")\\s*:");

  /** "By Reuters", "By Reuters News Service": a byline naming an outlet. */
  private static final Pattern BYLINE = Pattern.compile("^((?i:by)\\s+)?(" + NAME + ")$");

  /**
   * "With IANS", "(With PTI inputs)", "With agency inputs": a closing note naming the agencies the
   * text draws on; only known outlets and "agencies" count, so "With thanks" credits no one.
   */
  private static final Pattern WITH_AGENCY =
      Pattern.compile("^\\(?(?i:with)\\s+(" + NAMES + ")(?:\\s+(?i:inputs?|reports?))?\\)?\\.?$");

  /**
   * A line of this many words or more is the headline or the story: a known outlet's name standing
   * alone above it is the page's masthead.
   */
  private static final int HEADLINE_WORDS = 4;

  /**
   * A known outlet cited as reporting: "Xinhua reported", "according to the Xinhua news agency".
   * The cue words are found first and the name looked for only in a few words next to them, so a
   * long line is read once. The first letters come before the {@code \b}: after a combining mark,
   * {@code \b} looks back over every mark before it for their letter, so tried at each mark of a
   * long run it took time quadratic in the run (minutes for 500,000 marks).
   */
  private static final Pattern CUE =
      Pattern.compile("(?=[Aar])\\b(?:(?i:according\\s+to)\\s|reported\\b|reports\\b)");

  /** How many characters on either side of a cue the name is looked for in. */
  private static final int NEAR = 60;

  private static final Pattern CITED_AFTER = Pattern.compile("^\\s*(?:the\\s+)?(" + NAME + ")");

  private static final Pattern CITED_BEFORE =
      Pattern.compile("(?<![\\p{L}\\p{N}.&'’-])(" + NAME + ")\\s+(?:news\\s+agency\\s+)?$");

  /** Credit lines are short; a longer line is story text. */
  private static final int MAX_CREDIT_LINE = 200;

  /** How far into a line a dateline, and from its end a closing credit, is looked for. */
  private static final int EDGE = 120;

  private static final Splitter LIST =
      Splitter.on(Pattern.compile("\\s*(?:,|/|\\band\\b|&)\\s*")).omitEmptyStrings().trimResults();

  /** Compiled once: Pattern.compile and String.replaceAll compile their pattern on every call. */
  private static final Splitter WORDS = Splitter.on(Pattern.compile("\\s+"));

  private static final Pattern FINAL_STOP = Pattern.compile("\\.$");

  private Credits() {}

  /**
   * The outlets {@code text} credits, in order of first mention, without the article's own ({@code
   * id}, shown as {@code displayName}).
   */
  public static ImmutableList<String> in(String text, String id, String displayName) {
    Set<String> credits = new LinkedHashSet<>();
    // Reading a line only adds names, the same ones each time: below the top, where a line's place
    // no longer counts, a line the page repeats is read once (a long text of short lines repeats
    // most of them).
    Set<String> readBelowTop = new HashSet<>();
    boolean atTop = true;
    for (Line line : Lines.of(text)) {
      if (atTop || readBelowTop.add(line.text())) {
        read(line.text(), atTop, credits);
      }
      atTop = atTop && WORDS.splitToList(line.text().strip()).size() < HEADLINE_WORDS;
    }
    credits.removeIf(c -> Outlets.sameOutlet(c, id, displayName));
    return ImmutableList.copyOf(credits);
  }

  private static void read(String line, boolean atTop, Set<String> credits) {
    if (line.length() <= MAX_CREDIT_LINE) {
      readCreditLine(line, atTop, credits);
    }
    // A dateline opens a paragraph and a closing credit ends it: the rest of a long line is not
    // searched for them.
    // Both datelines open the line: looked for there only (lookingAt), not tried at each position.
    Matcher dateline = DATELINE.matcher(line).region(0, Math.min(line.length(), EDGE));
    if (dateline.lookingAt()) {
      addAll(dateline.group(1), credits, true);
    }
    Matcher bare = BARE_DATELINE.matcher(line).region(0, Math.min(line.length(), EDGE));
    if (bare.lookingAt()) {
      addAll(bare.group(1) != null ? bare.group(1) : bare.group(2), credits, false);
    }
    Matcher closing =
        CLOSING.matcher(line).region(Math.max(0, line.length() - EDGE), line.length());
    if (closing.find()) {
      if (closing.group(1) != null) {
        addAll(closing.group(1), credits, closing.group().trim().startsWith("/"));
      } else {
        addAll(closing.group(2), credits, false);
      }
    }
    Matcher cue = CUE.matcher(line);
    while (cue.find()) {
      Matcher name =
          cue.group().startsWith("report")
              ? CITED_BEFORE.matcher(line).region(Math.max(0, cue.start() - NEAR), cue.start())
              : CITED_AFTER
                  .matcher(line)
                  .region(cue.end(), Math.min(line.length(), cue.end() + NEAR));
      if (name.find()) {
        knownWithin(name.group(1), credits);
      }
    }
  }

  /**
   * A line that is a credit and nothing else: "SOURCE: X", "(AFP)", "With IANS", a byline naming an
   * outlet. A known outlet that is no agency, standing alone above the headline ({@code atTop}), is
   * the page's masthead, not a credit: "Harbour Times" over the headline names the page; "AFP"
   * there is the byline of the agency whose copy it is.
   */
  private static void readCreditLine(String line, boolean atTop, Set<String> credits) {
    for (Pattern p : CREDIT_LINES) {
      Matcher m = p.matcher(line);
      if (m.matches()) {
        addAll(m.group(1), credits, true);
        return;
      }
    }
    Matcher with = WITH_AGENCY.matcher(line.strip());
    if (with.matches()) {
      addAll(with.group(1), credits, false);
      return;
    }
    Matcher byline = BYLINE.matcher(line);
    if (byline.matches()) {
      Set<String> named = new LinkedHashSet<>();
      knownPrefix(byline.group(2), named);
      boolean masthead =
          atTop && byline.group(1) == null && named.stream().noneMatch(Outlets::isKnownAgency);
      if (!masthead) {
        credits.addAll(named);
      }
      if (!named.isEmpty()) {
        return;
      }
    }
    Matcher people = BYLINE_OF_PEOPLE.matcher(line.strip());
    if (people.matches()) {
      bylineOutlets(people.group(1), false, credits);
    } else if (NAMES_ONLY.matcher(line.strip()).matches()) {
      bylineOutlets(line.strip(), true, credits);
    }
  }

  /**
   * "By Jane Doe, Associated Press", "By DPA, IANSTuesday, April 6, 2010": a byline naming people,
   * outlets and a date, the outlets (known ones only) its credits. A page's text often runs a
   * byline's parts together ("IANSTuesday", "Alphonso TowehReuters"): they are parted where a
   * capital follows a small letter, or a run of capitals a capitalised word.
   */
  private static final Pattern BYLINE_OF_PEOPLE =
      Pattern.compile("^(?i:by)\\s+(\\p{Lu}[^.!?:;\"“”]{1,100})$");

  /**
   * A line of names alone ("Carielle Doe and Alphonso TowehReuters"): capitalised words, "and" and
   * commas, a few of them; an outlet in it is a credit only where it was run together with a name.
   */
  private static final Pattern NAMES_ONLY =
      Pattern.compile("^\\p{Lu}[\\p{L}'’-]*+(?:(?:,?\\s+|\\s+and\\s+)\\p{Lu}[\\p{L}'’-]*+){1,7}$");

  private static final Pattern RUN_TOGETHER =
      Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

  private static final Splitter BYLINE_PARTS =
      Splitter.on(Pattern.compile("\\s*(?:,|\\||\\band\\b|[—–]|\\s-\\s)\\s*"))
          .omitEmptyStrings()
          .trimResults();

  /**
   * The known outlets among a byline's parts, each written as its name or in capitals ("DPA"), so
   * that a person called Ani is not ANI; with {@code gluedOnly}, only those run together with the
   * word before them.
   */
  private static void bylineOutlets(String byline, boolean gluedOnly, Set<String> credits) {
    for (String part : BYLINE_PARTS.split(byline)) {
      List<String> words = new ArrayList<>();
      List<Boolean> glued = new ArrayList<>();
      for (String word : WORDS.split(part)) {
        String[] pieces = RUN_TOGETHER.split(word);
        for (int i = 0; i < pieces.length; i++) {
          words.add(pieces[i]);
          glued.add(i > 0);
        }
      }
      for (int from = 0; from < words.size(); from++) {
        if (gluedOnly && !glued.get(from)) {
          continue;
        }
        for (int to = words.size(); to > from; to--) {
          String name = String.join(" ", words.subList(from, to));
          Optional<String> outlet = Outlets.known(name);
          if (outlet.isPresent() && writtenAsOutlet(name, outlet.get())) {
            credits.add(outlet.get());
            from = to - 1; // the words after the name may name another outlet
            break;
          }
        }
      }
    }
  }

  /**
   * Whether a byline's word names the outlet as outlets are written: in capitals ("DPA"), as the
   * outlet's own first word ("Reuters", "Kyodo"), or in more words than one ("Agence
   * France-Presse"); "Ani" and "Pa" in a byline are people's names, not ANI and PA Media.
   */
  private static boolean writtenAsOutlet(String name, String outlet) {
    return name.indexOf(' ') >= 0
        || CAPITALS.matcher(name).matches()
        || outlet.equals(name)
        || outlet.startsWith(name + " ");
  }

  private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}");

  /** Adds each name of a list: any name where the form says credit, else known outlets only. */
  private static void addAll(String names, Set<String> credits, boolean anyName) {
    for (String name : LIST.split(names)) {
      String bare = FINAL_STOP.matcher(name).replaceAll("");
      if (bare.equalsIgnoreCase("agencies") || bare.equalsIgnoreCase("agency")) {
        credits.add("agencies");
      } else if (Outlets.known(bare).isPresent()) {
        credits.add(Outlets.known(bare).get());
      } else if (anyName && Character.isUpperCase(bare.codePointAt(0))) {
        credits.add(bare);
      }
    }
  }

  /** The longest known outlet among the words of {@code name}, "Lopez Reuters" giving Reuters. */
  private static void knownWithin(String name, Set<String> credits) {
    List<String> words = WORDS.splitToList(name.trim());
    for (int from = 0; from < words.size(); from++) {
      for (int to = words.size(); to > from; to--) {
        Optional<String> outlet = Outlets.known(String.join(" ", words.subList(from, to)));
        if (outlet.isPresent()) {
          credits.add(outlet.get());
          return;
        }
      }
    }
  }

  /** The longest opening words of {@code name} that are a known outlet ("Reuters News Service"). */
  private static void knownPrefix(String name, Set<String> credits) {
    List<String> words = WORDS.splitToList(name.trim());
    for (int n = words.size(); n >= 1; n--) {
      String prefix = String.join(" ", words.subList(0, n));
      if (Outlets.known(prefix).filter(o -> writtenAsOutlet(prefix, o)).isPresent()) {
        credits.add(Outlets.known(prefix).get());
        return;
      }
    }
    // "The Xinhua news agency": a known name after an article word.
    if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
      knownPrefix(String.join(" ", words.subList(1, words.size())), credits);
    }
  }
}
