package dev.newsdiff.internal.facts;

import dev.newsdiff.internal.text.Stems;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Fact.Kind;
import dev.newsdiff.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Money, percentages, times, dates, quantities with units and plain counts in a sentence, with
 * values that different wordings share: "548 kilometers" and "548 km" are both "548 km", "forty" is
 * "40", "Aug. 13" and "August 13" are "08-13", "11:52 p.m." is "23:52".
 */
final class NumericFacts {

  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** For patterns whose letters are all ASCII: folding only ASCII case is much cheaper. */
  private static final int ASCII_CI = Pattern.CASE_INSENSITIVE;

  /**
   * Where a number may start: not inside a run of digits, nor at a group of "1,234,567". Tried at
   * each digit of a long run, {@link #MONEY} and {@link #PERCENT} read the rest of the run each
   * time, in time quadratic in its length.
   */
  private static final String NUMBER_START = "(?<!\\d)(?!(?<=\\d,)\\d{3})";

  private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

  /**
   * {@link #NUM} for where no digit can follow it: possessive, since giving digits back cannot help
   * there, and tried for each digit of a run of a million it took seconds.
   */
  private static final String WHOLE_NUM = "\\d{1,3}(?:,\\d{3})++(?:\\.\\d++)?|\\d++(?:\\.\\d++)?";

  private static final String WORD_NUM =
      "(?:two|three|four|five|six|seven|eight|nine|ten) dozen"
          + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
          + "|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen|half a dozen|a dozen|dozen|a hundred|a thousand"
          // "one" is most often a pronoun ("one of the officials"): a figure only before a unit
          // ("one-month-old", "one mile"), see ONE
          + "|one";
  private static final String MONTHS =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

  /** A year of a full date: old ones too ("June 5, 1873"), unlike a bare year. */
  private static final String YEAR = "(?:1[5-9]|20)\\d{2}";

  /** Between the two days of a range: "June 4-6", "June 4 to 9", "04–09 June". */
  private static final String RANGE_TO = "(?:\\s?[-–]\\s?|\\s+(?:to|through|until)\\s+)";

  private static final String HEDGE =
      "(?:about|around|approximately|nearly|almost|some|roughly|more than|over|under|up to|at least|at most|an estimated|close to|just under|just over)";

  // Money and percentages start with a first character looked ahead for, as DATE below does: most
  // positions of a sentence are passed over after one check instead of trying each alternative.
  static final Pattern MONEY =
      Pattern.compile(
          "(?=[\\dU$£€¥₺])(?:(?<cur>US\\$|[$£€¥₺])\\s?(?<n>"
              + NUM
              + ")(?:\\s?(?<mult>million|billion|thousand|bn|m|k)\\b)?"
              + "|"
              + NUMBER_START
              + "(?<n2>"
              + WHOLE_NUM
              + ")\\s?(?<mult2>million|billion|thousand)?\\s?(?<cur2>dollars|euros|pounds|lira|liras|yen|USD|EUR|GBP|TRY"
              + "|(?:CFA |West African )francs?|CFA|naira|rupees|yuan|rand|shillings|pesos)\\b)",
          CI);
  static final Pattern PERCENT =
      Pattern.compile(
          "(?=\\d)" + NUMBER_START + "(?<n>" + WHOLE_NUM + ")\\s?(?:%|percent\\b|per cent\\b)", CI);
  static final Pattern TIME =
      Pattern.compile(
          "(?=\\d)\\b(?<h>\\d{1,2})(?:[:.](?<m>\\d{2}))?\\s?(?<ap>a\\.?m\\.?|p\\.?m\\.?)(?![a-z])"
              + "|(?=[nm])\\b(?<word>noon|midnight)\\b"
              // A 24-hour clock is a time only with its zone: "0800 GMT", "00:27 UTC". Alone,
              // "1600" is as often a count or a year.
              + "|(?=\\d)\\b(?<h24>[01]\\d|2[0-3]):?(?<m24>[0-5]\\d)\\s?(?:GMT|UTC)\\b",
          CI);
  // First the first letters the alternatives can start with, so that most words are passed over
  // after one character instead of some thirty failed alternatives; then one word boundary in
  // front of all the alternatives, checked once at each position rather than once per
  // alternative. In that order: \\b after a combining mark looks back over every mark before
  // it for their letter, so tried at each mark of a long run it took time quadratic in the run.
  static final Pattern DATE =
      Pattern.compile(
          "(?=[\\dJFMASONDTWLNtlnyafs])\\b(?:(?<mon>"
              + MONTHS
              + ")\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b"
              + "(?:"
              + RANGE_TO
              + "(?:(?<monEnd>"
              + MONTHS
              + ")\\s+)?(?<dEnd>\\d{1,2})(?:st|nd|rd|th)?\\b)?"
              + "(?:,?\\s+(?<y>"
              + YEAR
              + ")\\b)?"
              + "|(?:(?<d2From>\\d{1,2})(?:st|nd|rd|th)?"
              + RANGE_TO
              + ")?(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<mon2>"
              + MONTHS
              + ")(?:\\s+(?<y2>"
              + YEAR
              + "))?\\b"
              + "|(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
              + "|(?<rel>(?:this|last|next) (?:week|weekend|month|year)|yesterday|today|tomorrow"
              // a month of this year, last year or next: "Last August", "this April"
              + "|(?:[Tt]his|[Ll]ast|[Nn]ext) (?:January|February|March|April|May|June|July|August"
              + "|September|October|November|December)"
              + "|a (?:day|week|month|year) (?:earlier|ago|later|before))\\b"
              + "|(?<q>first|second|third|fourth)[- ]quarter\\b"
              // "May" alone is most often the verb: a month only with its year, "May 2008"
              + "|(?<mon3>January|February|March|April|June|July|August|September|October|November|December"
              + "|May(?=\\s+(?:19|20)\\d{2}\\b))(?:\\s+(?<y3>(?:19|20)\\d{2}))?\\b"
              // the year first, then what comes before it: a look-behind tried at every position is
              // slow
              // a year after a preposition, or before the noun it dates: "the 2014 protests"
              // or after a name it dates: "the Chicago Marathon 2023", "Euro 2024"
              + "|(?<yr>(?:19|20)\\d{2})\\b(?<=\\b(?:in|since|from|until|by|of|before|after|the) \\d{4}"
              + "|\\b\\p{Lu}\\p{Ll}{1,20} \\d{4}))");
  static final Pattern AMOUNT =
      Pattern.compile(
          "(?=[\\dtfsendaoh])(?<n>(?<![\\w.,])(?:"
              + NUM
              + ")(?![\\w.,]\\d)|\\b(?:"
              + WORD_NUM
              + ")\\b)"
              + "(?:\\s(?<mult>million|billion|thousand)\\b)?(?:[\\s-]?(?<unit>[\\p{L}°/]+))?",
          ASCII_CI);
  private static final Pattern HEDGE_BEFORE = Pattern.compile("\\b" + HEDGE + "\\s+$", CI);

  /** A percentage in words: "Thirty percent of the cases". */
  static final Pattern WORD_PERCENT =
      Pattern.compile("\\b(?<n>" + WORD_NUM + ")[\\s-](?:percent|per cent)\\b", ASCII_CI);

  /** After a distance, what makes it a speed: "km per hour", "miles an hour". */
  private static final Pattern PER_HOUR = Pattern.compile("\\s(?:per|an|a) hour\\b", ASCII_CI);

  private static final Map<String, String> SPEEDS = Map.of("km", "km/h", "mi", "mph");

  /**
   * A span of time given as "a week" where it is one: after a hedge or "for" ("closed for at least
   * a week", "almost a decade"). Elsewhere "a week" is mostly a rate ("twice a week").
   */
  static final Pattern A_SPAN_OF_TIME =
      Pattern.compile(
          "(?:\\b(?<h>"
              + HEDGE
              + ")\\s+|\\b(?:for|within|in under|in over)\\s+)(?<a>an?)\\s+(?<u>day|week|month|year|decade|hour)\\b",
          CI);

  private static final Set<String> ORDINAL = Set.of("st", "nd", "rd", "th");

  /** Any number word: the letters they start with first, as in {@link #DATE}. */
  static final Pattern ANY_NUMBER_WORD =
      Pattern.compile("(?=[tfsendaoh])\\b(?:" + WORD_NUM + ")\\b", ASCII_CI);

  private static final Map<String, String> CURRENCY =
      Map.ofEntries(
          Map.entry("$", "USD"),
          Map.entry("us$", "USD"),
          Map.entry("£", "GBP"),
          Map.entry("€", "EUR"),
          Map.entry("¥", "JPY"),
          Map.entry("₺", "TRY"),
          Map.entry("dollars", "USD"),
          Map.entry("euros", "EUR"),
          Map.entry("pounds", "GBP"),
          Map.entry("lira", "TRY"),
          Map.entry("liras", "TRY"),
          Map.entry("yen", "JPY"),
          Map.entry("usd", "USD"),
          Map.entry("eur", "EUR"),
          Map.entry("gbp", "GBP"),
          Map.entry("try", "TRY"),
          Map.entry("cfa franc", "XOF"),
          Map.entry("cfa francs", "XOF"),
          Map.entry("west african franc", "XOF"),
          Map.entry("west african francs", "XOF"),
          Map.entry("cfa", "XOF"),
          Map.entry("naira", "NGN"),
          Map.entry("rupees", "INR"),
          Map.entry("yuan", "CNY"),
          Map.entry("rand", "ZAR"),
          Map.entry("shillings", "KES"),
          Map.entry("pesos", "MXN"));

  private NumericFacts() {}

  /** 7 → "07": what String.format("%02d") gives for 0 to 99, without a formatter per fact. */
  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** The facts of one sentence; {@code stems} serves the whole article (see {@link Stems}). */
  static List<Fact> in(String text, Span sentence, Stems stems) {
    String s = sentence.in(text);
    int base = sentence.start();
    List<Fact> facts = new ArrayList<>();
    boolean[] taken = new boolean[s.length()];
    // Cheap checks first: most sentences have no digit, and then no money, percentage or clock
    // time.
    boolean digits = s.chars().anyMatch(Character::isDigit);
    FigureStarts starts = FigureStarts.of(s);

    FigureStarts.Matches found =
        starts.matches(MONEY, digits ? FigureStarts.DIGITS | FigureStarts.CURRENCY : 0);
    Matcher m = found.matcher();
    while (found.find()) {
      String n = m.group("n") != null ? m.group("n") : m.group("n2");
      String mult = m.group("mult") != null ? m.group("mult") : m.group("mult2");
      String cur =
          (m.group("cur") != null ? m.group("cur") : m.group("cur2")).toLowerCase(Locale.ROOT);
      BigDecimal number = number(n);
      if (number == null) {
        continue;
      }
      BigDecimal amount = number.multiply(multiplier(mult));
      add(
          facts,
          taken,
          s,
          base,
          m.start(),
          m.end(),
          Kind.MONEY,
          plain(amount) + " " + CURRENCY.getOrDefault(cur, cur.toUpperCase(Locale.ROOT)),
          null);
    }
    found = starts.matches(PERCENT, FigureStarts.DIGITS);
    m = found.matcher();
    while (found.find()) {
      BigDecimal percent = number(m.group("n"));
      if (percent == null) {
        continue;
      }
      add(facts, taken, s, base, m.start(), m.end(), Kind.PERCENT, plain(percent) + "%", null);
    }
    boolean numberWords = starts.matches(ANY_NUMBER_WORD, FigureStarts.NUMBER_WORD).find();
    found = starts.matches(WORD_PERCENT, numberWords ? FigureStarts.NUMBER_WORD : 0);
    m = found.matcher();
    while (found.find()) {
      BigDecimal percent = amount(m.group("n"));
      if (percent != null) {
        add(facts, taken, s, base, m.start(), m.end(), Kind.PERCENT, plain(percent) + "%", null);
      }
    }
    m =
        TIME.matcher(
            (digits || s.contains("noon") || s.contains("midnight")) && mayTellTime(s) ? s : "");
    while (m.find()) {
      String value;
      if (m.group("word") != null) {
        value = m.group("word").equalsIgnoreCase("noon") ? "12:00" : "00:00";
      } else if (m.group("h24") != null) {
        value = m.group("h24") + ":" + m.group("m24");
      } else {
        int h = Integer.parseInt(m.group("h"));
        int min = m.group("m") == null ? 0 : Integer.parseInt(m.group("m"));
        boolean pm = m.group("ap").toLowerCase(Locale.ROOT).startsWith("p");
        if (h > 12 || min > 59) {
          continue;
        }
        h = h % 12 + (pm ? 12 : 0);
        value = twoDigits(h) + ":" + twoDigits(min);
      }
      // A time is about the event named before it: "the fire started at", "searched until".
      add(
          facts,
          taken,
          s,
          base,
          m.start(),
          m.end(),
          Kind.TIME,
          value,
          about(s, m.start(), m.start(), stems));
    }
    found = starts.matches(DATE, FigureStarts.DIGITS | FigureStarts.DATE_WORD);
    m = found.matcher();
    while (found.find()) {
      String value;
      if (m.group("mon") != null || m.group("mon2") != null) {
        boolean monthFirst = m.group("mon") != null;
        int month = month(monthFirst ? m.group("mon") : m.group("mon2"));
        int day = Integer.parseInt(monthFirst ? m.group("d") : m.group("d2"));
        String year = monthFirst ? m.group("y") : m.group("y2");
        // A range reads from its first day to its last: "June 4-6", "04-09 June 2023".
        String fromDay = monthFirst ? m.group("d") : m.group("d2From");
        String toDay = monthFirst ? m.group("dEnd") : m.group("d2");
        int endMonth = monthFirst && m.group("monEnd") != null ? month(m.group("monEnd")) : month;
        if (day < 1 || day > 31) {
          continue;
        }
        String prefix = year != null ? year + "-" : "";
        if (fromDay != null && toDay != null) {
          int from = Integer.parseInt(fromDay);
          int to = Integer.parseInt(toDay);
          if (from < 1 || to > 31 || endMonth == month && to <= from) {
            continue;
          }
          value =
              prefix
                  + twoDigits(month)
                  + "-"
                  + twoDigits(from)
                  + "/"
                  + prefix
                  + twoDigits(endMonth)
                  + "-"
                  + twoDigits(to);
        } else {
          value = prefix + twoDigits(month) + "-" + twoDigits(day);
        }
      } else if (m.group("wd") != null) {
        value = m.group("wd");
      } else if (m.group("rel") != null) {
        value = m.group("rel").toLowerCase(Locale.ROOT);
      } else if (m.group("q") != null) {
        value =
            "Q"
                + (List.of("first", "second", "third", "fourth")
                        .indexOf(m.group("q").toLowerCase(Locale.ROOT))
                    + 1);
      } else if (m.group("mon3") != null) {
        String month = twoDigits(month(m.group("mon3")));
        value = m.group("y3") != null ? m.group("y3") + "-" + month : month;
      } else {
        value = m.group("yr");
      }
      add(facts, taken, s, base, m.start(), m.end(), Kind.DATE, value, null);
    }
    found =
        starts.matches(
            AMOUNT, digits || numberWords ? FigureStarts.DIGITS | FigureStarts.NUMBER_WORD : 0);
    m = found.matcher();
    while (found.find()) {
      int start = m.start("n");
      if (taken[start]
          || isLabel(s, start)
          || isDecade(s, m.end("n"))
          || colonJoined(s, start, m.end("n"))) {
        continue;
      }
      BigDecimal n = amount(m.group("n"));
      if (n == null) {
        continue;
      }
      n = n.multiply(multiplier(m.group("mult")));
      int numberEnd = m.group("mult") != null ? m.end("mult") : m.end("n");
      int hedge = hedgeStart(s, start);
      boolean hedged = hedge >= 0;
      int from = hedged ? hedge : start;
      String unitWord = m.group("unit");
      if (unitWord != null
          && m.start("unit") == m.end("n")
          && ORDINAL.contains(unitWord.toLowerCase(Locale.ROOT))) {
        continue; // "the 150th anniversary": a rank, not a count
      }
      String unit = unitWord == null ? null : Units.of(unitWord);
      if (m.group("n").equalsIgnoreCase(ONE) && (unit == null || unitWord.length() < 3)) {
        continue;
      }
      int unitEnd = unit == null ? -1 : m.end("unit");
      Matcher perHour = PER_HOUR.matcher(s).region(Math.max(unitEnd, 0), s.length());
      if (unit != null && SPEEDS.containsKey(unit) && perHour.lookingAt()) {
        unit = SPEEDS.get(unit); // "27,000 km per hour" is a speed, not a distance
        unitEnd = perHour.end();
      }
      if (unit != null) {
        add(
            facts,
            taken,
            s,
            base,
            from,
            unitEnd,
            Kind.QUANTITY,
            plain(n) + " " + unit,
            null,
            hedged);
      } else {
        add(
            facts,
            taken,
            s,
            base,
            from,
            numberEnd,
            Kind.NUMBER,
            plain(n),
            about(s, from, numberEnd, stems),
            hedged);
      }
    }
    found = starts.matches(A_SPAN_OF_TIME, s.contains(" a") ? FigureStarts.SPAN_WORD : 0);
    m = found.matcher();
    while (found.find()) {
      String unit = m.group("u").toLowerCase(Locale.ROOT);
      boolean hedged = m.group("h") != null;
      String value = unit.equals("decade") ? "10 yr" : "1 " + Units.of(unit);
      add(
          facts,
          taken,
          s,
          base,
          hedged ? m.start("h") : m.start("a"),
          m.end(),
          Kind.QUANTITY,
          value,
          null,
          hedged);
    }
    facts.sort((a, b) -> a.span().compareTo(b.span()));
    return joinDurations(facts, s, base);
  }

  private static final String ONE = "one";

  /**
   * A cheap test asked before {@link #TIME} on every sentence with a digit: whether it holds "am"
   * or "pm" (with or without a dot, in any case), the letters "oon" or "dn" that "noon" and
   * "midnight" hold, or the "mt" or "tc" of a zone (GMT, UTC). No other letter folds to a, c, d, m,
   * n, o, p or t under {@code UNICODE_CASE}.
   */
  private static boolean mayTellTime(String s) {
    for (int i = 1; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      char before = Character.toLowerCase(s.charAt(i - 1));
      char twoBefore = i > 1 ? Character.toLowerCase(s.charAt(i - 2)) : ' ';
      boolean meridiem =
          c == 'm'
              && (before == 'a' || before == 'p' || before == '.' && "ap".indexOf(twoBefore) >= 0);
      boolean noonOrMidnight = c == 'n' && (before == 'd' || before == 'o' && twoBefore == 'o');
      boolean zone = c == 't' && before == 'm' || c == 'c' && before == 't';
      if (meridiem || noonOrMidnight || zone) {
        return true;
      }
    }
    return false;
  }

  /** Units of time, longest first: the order in which a compound duration names them. */
  private static final List<String> DURATION_UNITS =
      List.of("yr", "mo", "wk", "d", "h", "min", "s");

  /** Between the parts of a compound duration: "13 years, nine months and seven days". */
  private static final Pattern DURATION_JOIN = Pattern.compile(",?\\s+(?:and\\s+)?|,\\s*");

  /**
   * One fact for a duration given in parts ("13 years and nine months" is "13 yr 9 mo"), so that it
   * is compared whole and not as two figures.
   */
  private static List<Fact> joinDurations(List<Fact> facts, String s, int base) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      Fact last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && smallestDurationUnit(last) < durationUnit(f)
          && DURATION_JOIN
              .matcher(s.substring(last.span().end() - base, f.span().start() - base))
              .matches()) {
        out.set(
            out.size() - 1,
            new Fact(
                Kind.QUANTITY,
                Span.of(last.span().start(), f.span().end()),
                s.substring(last.span().start() - base, f.span().end() - base),
                last.value() + " " + f.value(),
                null,
                last.approximate()));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** The rank in {@link #DURATION_UNITS} of a single duration's unit, or -1. */
  private static int durationUnit(Fact f) {
    if (f.kind() != Kind.QUANTITY) {
      return -1;
    }
    String[] parts = f.value().split(" ");
    return parts.length == 2 ? DURATION_UNITS.indexOf(parts[1]) : -1;
  }

  /** The rank of the last unit of a (possibly compound) duration, or {@code MAX_VALUE}. */
  private static int smallestDurationUnit(Fact f) {
    if (f.kind() != Kind.QUANTITY) {
      return Integer.MAX_VALUE;
    }
    String[] parts = f.value().split(" ");
    int rank = DURATION_UNITS.indexOf(parts[parts.length - 1]);
    return rank < 0 ? Integer.MAX_VALUE : rank;
  }

  /**
   * What a count is about: stems of the content words next to it ("forcing the evacuation of 197
   * people" → "evacu forc peopl"), so that counts of one thing can be found however the sentence is
   * built.
   */
  private static String about(String s, int start, int end, Stems stemmer) {
    Set<String> stems = new TreeSet<>();
    collectBefore(s, start, stemmer, stems);
    if (end > start) {
      collectAfter(s, end, stemmer, stems);
    }
    return stems.isEmpty() ? null : String.join(" ", stems);
  }

  /**
   * The content words among the whole words in the {@link #CONTEXT_WINDOW} before {@code at},
   * nearest first. Only a window is read: a sentence of thousands of numbers was split once for
   * each of them, in time quadratic in its length. Words are runs of letters, read back from {@code
   * at} until {@link #CONTEXT_WORDS} are taken: splitting the whole window into words was 3% of
   * reading a 1 MB article.
   */
  private static void collectBefore(String s, int at, Stems stemmer, Set<String> stems) {
    int from = Math.max(0, at - CONTEXT_WINDOW);
    if (from > 0 && Character.isLowSurrogate(s.charAt(from))) {
      from--; // not half a letter
    }
    // a word cut by the window's start is no whole word
    boolean cut = from > 0 && isLetterAround(s, from);
    int taken = 0;
    int i = at;
    while (i > from && taken < CONTEXT_WORDS) {
      int wordEnd = i;
      while (i > from && Character.isLetter(s.codePointBefore(i))) {
        i -= Character.charCount(s.codePointBefore(i));
      }
      if (i < wordEnd && !(cut && i == from) && take(s.substring(i, wordEnd), stemmer, stems)) {
        taken++;
      }
      while (i > from && !Character.isLetter(s.codePointBefore(i))) {
        i -= Character.charCount(s.codePointBefore(i));
      }
    }
  }

  /** The content words after {@code at}, nearest first: see {@link #collectBefore}. */
  private static void collectAfter(String s, int at, Stems stemmer, Set<String> stems) {
    int to = Math.min(s.length(), at + CONTEXT_WINDOW);
    if (to < s.length() && Character.isLowSurrogate(s.charAt(to))) {
      to++;
    }
    boolean cut = to < s.length() && isLetterAround(s, to);
    int taken = 0;
    int i = at;
    while (i < to && taken < CONTEXT_WORDS) {
      while (i < to && !Character.isLetter(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      int wordStart = i;
      while (i < to && Character.isLetter(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      if (i > wordStart && !(cut && i == to) && take(s.substring(wordStart, i), stemmer, stems)) {
        taken++;
      }
    }
  }

  /** Whether {@code i} falls inside a word: letters on both sides of it. */
  private static boolean isLetterAround(String s, int i) {
    return Character.isLetter(s.codePointBefore(i)) && Character.isLetter(s.codePointAt(i));
  }

  /** Adds the stem of {@code word} when it is a content word, and says whether it was one. */
  private static boolean take(String word, Stems stemmer, Set<String> stems) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 3 || CONTEXT_STOPWORDS.contains(w)) {
      return false;
    }
    stems.add(stemmer.stem(w));
    return true;
  }

  /**
   * How far from a count its words are looked for, in characters: some thirty words, where the two
   * content words on each side are found in any sentence but one built to defeat it.
   */
  private static final int CONTEXT_WINDOW = 200;

  private static final int CONTEXT_WORDS = 2;

  private static final Set<String> CONTEXT_STOPWORDS =
      Set.of(
          "the",
          "and",
          "were",
          "was",
          "are",
          "has",
          "have",
          "had",
          "with",
          "for",
          "from",
          "about",
          "around",
          "nearly",
          "almost",
          "some",
          "more",
          "than",
          "that",
          "this",
          "their",
          "its",
          "all",
          "other",
          "into",
          "after",
          "before",
          "while",
          "been",
          "being",
          "also",
          "said",
          "who",
          "which",
          "whom",
          "one",
          "least",
          "most",
          "roughly",
          "approximately",
          "estimated",
          "over",
          "under");

  /** A hedge ("about", "more than") right before {@code start}; only the last words matter. */
  private static boolean hedgedBefore(String s, int start) {
    return hedgeStart(s, start) >= 0;
  }

  /** Where a hedge right before {@code start} begins, or -1. */
  private static int hedgeStart(String s, int start) {
    int from = Math.max(0, start - 24);
    if (!mayEndWithHedge(s, from, start)) {
      return -1;
    }
    Matcher m = HEDGE_BEFORE.matcher(s.substring(from, start));
    return m.find() ? from + m.start() : -1;
  }

  /**
   * A cheap test asked before {@link #HEDGE_BEFORE}, for every figure: whether {@code [from, to)}
   * ends with white space after a letter that ends a hedge. {@code $} also matches before a final
   * line terminator.
   */
  private static boolean mayEndWithHedge(String s, int from, int to) {
    int i = to - 1;
    if (i >= from && "\u0085\u2028\u2029".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    int spaceEnd = i;
    while (i >= from && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
      i--; // what \s is without Pattern.UNICODE_CHARACTER_CLASS
    }
    return i < spaceEnd && i >= from && HEDGE_LAST_LETTERS.indexOf(s.charAt(i)) >= 0;
  }

  /** The letters {@link #HEDGE} ends with, in either case ("about", "nearly", "up to", …). */
  private static final String HEDGE_LAST_LETTERS = "tdyenroTDYENRO";

  /**
   * "No. 2", "Pier No. 2", "22 Mill St.", "Crew-1", "F-16": a label, an address or a designation,
   * not a count.
   */
  private static boolean isLabel(String s, int start) {
    String before = s.substring(Math.max(0, start - 4), start);
    if (before.endsWith("No. ") || before.endsWith("No.") || before.endsWith("#")) {
      return true;
    }
    return isDesignation(s, start) || ADDRESS.matcher(s).region(start, s.length()).lookingAt();
  }

  /**
   * A number hyphened to a capitalised word names a thing ("the Crew-1 mission", "an F-16",
   * "COVID-19"): "mid-2020" or "a 3-2 vote" are not one.
   */
  private static boolean isDesignation(String s, int start) {
    if (start < 2 || s.charAt(start - 1) != '-' || !Character.isLetter(s.charAt(start - 2))) {
      return false;
    }
    int word = start - 2;
    while (word > 0 && Character.isLetter(s.charAt(word - 1))) {
      word--;
    }
    return Character.isUpperCase(s.charAt(word));
  }

  private static final Pattern ADDRESS =
      Pattern.compile(
          "\\d+\\s+(?:\\p{Lu}\\p{L}+\\s+){1,3}(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Place|Pl|Square|Sq)\\b\\.?");

  /**
   * A number joined by a colon to another: a race time ("2:00:35"), a clock without its "a.m."
   * ("break 2:01") or a score ("won 3:1"), never a count.
   */
  private static boolean colonJoined(String s, int start, int end) {
    return start >= 2 && s.charAt(start - 1) == ':' && Character.isDigit(s.charAt(start - 2))
        || end + 1 < s.length() && s.charAt(end) == ':' && Character.isDigit(s.charAt(end + 1));
  }

  /** "the 1960s": a decade. */
  private static boolean isDecade(String s, int end) {
    return end < s.length()
        && s.charAt(end) == 's'
        && (end + 1 == s.length() || !Character.isLetter(s.charAt(end + 1)));
  }

  private static void add(
      List<Fact> facts,
      boolean[] taken,
      String s,
      int base,
      int start,
      int end,
      Kind kind,
      String value,
      String about) {
    add(facts, taken, s, base, start, end, kind, value, about, hedgedBefore(s, start));
  }

  private static void add(
      List<Fact> facts,
      boolean[] taken,
      String s,
      int base,
      int start,
      int end,
      Kind kind,
      String value,
      String about,
      boolean approximate) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return;
      }
    }
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
    facts.add(
        new Fact(
            kind,
            Span.of(base + start, base + end),
            s.substring(start, end),
            value,
            about,
            approximate));
  }

  private static @Nullable BigDecimal amount(String n) {
    if (Character.isDigit(n.charAt(0))) {
      return number(n);
    }
    String w = n.toLowerCase(Locale.ROOT).replace("a ", "");
    if (w.equals(ONE)) {
      return BigDecimal.ONE;
    }
    if (w.equals("half dozen")) {
      return BigDecimal.valueOf(6);
    }
    if (w.endsWith(" dozen")) {
      Integer times = NumberWords.valueOf(w.substring(0, w.length() - " dozen".length()));
      return times == null ? null : BigDecimal.valueOf(times * 12L);
    }
    Integer v = NumberWords.valueOf(w);
    return v == null ? null : BigDecimal.valueOf(v);
  }

  /** The value of a number as written, or null when it is too long to be one: see below. */
  private static @Nullable BigDecimal number(String n) {
    return n.length() > MAX_NUMBER_LENGTH ? null : new BigDecimal(n.replace(",", ""));
  }

  /**
   * No count or sum in the news has more characters than this; a run of a million digits is not
   * one, and BigDecimal reads it in time quadratic in its length (46 s).
   */
  private static final int MAX_NUMBER_LENGTH = 40;

  private static BigDecimal multiplier(String mult) {
    if (mult == null) {
      return BigDecimal.ONE;
    }
    return switch (mult.toLowerCase(Locale.ROOT)) {
      case "thousand", "k" -> BigDecimal.valueOf(1_000);
      case "million", "m" -> BigDecimal.valueOf(1_000_000);
      case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000);
      default -> BigDecimal.ONE;
    };
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  private static int month(String name) {
    String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return List.of(
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
            .indexOf(m)
        + 1;
  }
}
