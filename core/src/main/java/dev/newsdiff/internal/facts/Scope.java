package dev.newsdiff.internal.facts;

import com.google.common.collect.ImmutableSet;
import dev.newsdiff.internal.text.CalendarNames;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a figure's own words say of its scope, when that differs from the story's event: another
 * period ("last year", "since January", "in 2014", "in March"), a part of a whole ("three of them",
 * "including 12 children"), a count on top of another ("a further 13"), a region ("in the
 * province", "nationwide"), or a currency conversion ("200 million CFA francs ($336,000)"). Two
 * figures are compared only when their scopes are the same: a figure for last year or the whole
 * province does not contradict today's.
 */
final class Scope {

  /** The mark of a figure given in brackets as a conversion of the one before it. */
  static final String CONVERSION = "conversion";

  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final String MONTH =
      "January|February|March|April|June|July|August|September|October|November|December";

  /** Another period than the event's, anywhere in the figure's clause. */
  private static final Pattern PERIOD =
      Pattern.compile(
          "\\b(?:(?:last|previous|past) (?:year|month|week|decade|day|24 hours)"
              + "|(?:a|one|two|three|several) (?:years?|months?|weeks?|decades?) (?:ago|earlier|before)"
              + "|since (?:(?:"
              + MONTH
              + ")|(?:19|20)\\d{2}|last \\w+|the (?:start|beginning) of \\w+)"
              + "|(?:so far|earlier|later) this (?:year|month)"
              + "|in (?:"
              + MONTH
              + ")(?! \\d{1,2}\\b)(?:(?:,? (?:19|20)\\d{2})| of (?:this|last) year)?"
              + "|in (?:19|20)\\d{2}"
              + "|(?:this|last|the previous|the same) (?:year|quarter|season)"
              + ")\\b",
          CI);

  /** A region wider or narrower than the event's place, in the figure's clause. */
  private static final Pattern REGION =
      Pattern.compile(
          "\\b(?:in the (?:province|region|state|district|county|country|city)"
              + "|nationwide|across the (?:country|province|region|state)"
              + "|(?:statewide|countrywide|worldwide|globally))\\b",
          CI);

  /** A place's name: capitalised words, with the particles of names like "Pescara del Tronto". */
  private static final String NAME =
      "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:del?|la|el|al|\\p{Lu}[\\p{L}'’-]*))*";

  /**
   * One locality of the event's area, in the figure's clause: "died in the nearby village of
   * Pescara del Tronto", "200 houses at Chooralmala village", "bodies piled up in the cemetery";
   * not "in the town", the story's own. Its count is a part of the area's ({@link
   * Compared#sameLocality}).
   */
  private static final Pattern LOCALITY =
      Pattern.compile(
          "\\b(?:in|at) the (?:nearby |neighbou?ring |same )?(?:(?:village|town|hamlet) of ("
              + NAME
              + ")|(cemetery|morgue|mortuary)\\b)"
              + "|\\b(?:in|at) (\\p{Lu}[\\p{L}'’-]*) (?:village|town|hamlet)\\b",
          Pattern.UNICODE_CASE);

  /** A part of a whole counted before, or a count on top of it, right around the figure. */
  private static final Pattern PART_AFTER =
      Pattern.compile("^\\s+(?:of (?:them|those|whom)\\b)", CI);

  private static final Pattern PART_BEFORE =
      Pattern.compile("\\b(?:including|among them|of whom|of those)\\s+$", CI);

  /**
   * Counts listed as the parts of a whole: "carrying three Americans and one Japanese", "killing 12
   * soldiers and 4 civilians". The whole is their sum, so neither part is compared with a total.
   * The count after "and" must stand before a noun: "24 people and 13 others", "24 people died and
   * 13 were injured" give a second kind, not a second part.
   */
  private static final Pattern LISTED_AFTER =
      Pattern.compile(
          "^\\s+(?:\\p{L}+)\\s+and\\s+(?:\\d+|one|[a-z]+(?:-[a-z]+)?)\\s+(\\p{L}+)", CI);

  private static final Pattern LISTED_BEFORE =
      Pattern.compile("(?:^|\\s)(\\d+|[a-z]+(?:-[a-z]+)?)\\s+\\p{L}+\\s+and\\s+$", CI);

  private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+(\\p{L}+)");

  /** Words after a count that do not make it a noun phrase of its own. */
  private static final Set<String> NOT_PARTS =
      Set.of(
          "were", "was", "are", "is", "have", "had", "has", "others", "other", "more", "people",
          "died", "dead", "killed", "injured", "hurt", "missing", "of", "in", "on", "at", "per");

  /**
   * The whole that a part is counted out of: "Of the 75 workers on site, 48 ...", "six of the 27
   * patients". The whole is another thing than the part, and than a count that gives neither.
   */
  private static final Pattern WHOLE_BEFORE =
      Pattern.compile(
          "(?:^|[,;:(]|\\b(\\d[\\d,]*|\\p{L}+))\\s*(?:out\\s+)?of\\s+(?:the|its|their|all)\\s+$",
          CI);

  /** Words that count a part of a whole before "of the": "most of the 40", "six of the 27". */
  private static final Set<String> PART_WORDS =
      Set.of("most", "some", "all", "none", "many", "several", "half", "each", "both", "one");

  /**
   * A maximum, not an amount: "a fine of up to 1% of turnover", "faces a maximum of 20 years".
   * After a verb of being or rising ("is up to 121", "has climbed up to 30") "up to" gives the
   * count reached, and it is compared as usual.
   */
  private static final Pattern CAP_BEFORE =
      Pattern.compile("\\b(?:(\\p{L}+)\\s+)?(?:up to|a maximum of|maximum of)\\s+$", CI);

  private static final Set<String> REACHED =
      Set.of(
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "now",
          "has",
          "have",
          "had",
          "risen",
          "rose",
          "climbed",
          "gone",
          "went",
          "jumped",
          "increased");

  /**
   * "Others" that are the rest of a group counted in an earlier sentence: "37 other people are
   * unaccounted for" (besides the 11 rescuers can hear). After a count of another kind in the same
   * sentence ("24 died and 13 others were injured") the others are the whole of their kind, and so
   * are others who were hurt ({@link #HURT_AFTER}).
   */
  private static final Pattern OTHER_AFTER = Pattern.compile("^\\s+others?\\b", CI);

  /**
   * "Others" who were hurt are others than the dead, whom no one counts among the injured: "450
   * others were injured" after a toll in an earlier sentence is the whole injured count.
   */
  private static final Pattern HURT_AFTER =
      Pattern.compile("^[^,;.]*\\b(?:injur|hurt|wound|hospitali)", CI);

  /**
   * A count of new ones, added to a running total: "189,077 new cases", "two more passengers were
   * found". It is compared only with another count of new ones, not with the total.
   */
  private static final Pattern NEW_AFTER =
      Pattern.compile("^\\s+(?:new|additional|more|fresh|extra)\\b(?!\\s+than)", CI);

  /**
   * A count reached by an update: "the toll has risen to 16", "rose from 24 to 26", "bringing the
   * total to 2.07 million". The writer says an earlier count differed; a count that says so is not
   * compared with a count that does not (an outlet's earlier figure is no contradiction).
   */
  private static final Pattern UPDATE_BEFORE =
      Pattern.compile(
          "\\b(?:(?:rose|risen|rising|rises|climbed|climbing|climbs|jumped|increased|grew|swelled"
              + "|soared|went up|gone up)(?: from [\\d,.]+(?: \\p{L}+)?)?"
              + "|(?:bringing|taking|pushing|raising) (?:the|its|their) (?:\\p{L}+ )?"
              + "(?:total|toll|tally|number|count)(?: \\p{L}+)?)"
              + "\\s+to\\s+(?:\\p{L}+\\s+){0,2}$"
              + "|\\b(?:rose|risen|climbed|jumped|increased|grew) from\\s+$",
          CI);

  /**
   * What someone asked for, not what happened: "the prosecutor had requested a two-year sentence",
   * "sought $5 million in damages", "called for 300 more troops". Compared only with another
   * demand.
   */
  private static final Pattern DEMAND_BEFORE =
      Pattern.compile(
          "\\b(?:request(?:ed|ing|s)?|sought|seek(?:s|ing)?|demand(?:ed|ing|s)?"
              + "|(?:ask|call|push|appeal)(?:ed|ing|s)? for|propos(?:ed|es|ing)"
              + "|recommend(?:ed|ing|s)?)\\s+(?:(?:a|an|the|for)\\s+){0,2}$",
          CI);

  /**
   * A figure foreseen, not measured: "temperatures are forecast to reach 45 degrees", "the toll is
   * expected to rise to 50". Compared only with another forecast.
   */
  private static final Pattern FORECAST_BEFORE =
      Pattern.compile(
          "\\b(?:forecasts?|forecast to|expected to|predicted to|projected to|likely to|could|may"
              + "|might)\\s+(?:reach|hit|top|exceed|surpass|rise to|climb to|fall to|drop to)\\s+$",
          CI);

  /**
   * A record the event beat, not the event's own figure: "beating the current record of 44.1
   * degrees", "the previous record for France of 44.1 degrees", "the old mark of 2:01:09".
   */
  private static final Pattern PREVIOUS_RECORD_BEFORE =
      Pattern.compile(
          "\\b(?:previous|old|former|earlier|current|existing)\\s+(?:\\p{L}+\\s+)?(?:record|mark)\\b"
              + "[^.;:]{0,25}?\\s(?:of|at)\\s+$",
          CI);

  /**
   * The two counts of a proportion: "eight out of 10 cases", "one in five adults", "six of every
   * ten". A share, not a count of the story's cases. A bare "in" makes one only after "one" or "1"
   * ("one in five"): "12 in two attacks" is a count.
   */
  private static final Pattern PROPORTION_AFTER =
      Pattern.compile(
          "^\\s+(?:out\\s+of|out|in\\s+every|of\\s+every)\\s+(?!(?:19|20)\\d{2}\\b)"
              + "(?:\\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)\\b)",
          CI);

  private static final Pattern PROPORTION_BEFORE =
      Pattern.compile(
          "(?:(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\\s+"
              + "(?:out\\s+of|out|in\\s+every|of\\s+every)|\\b(?:one|1)\\s+in)\\s+$",
          CI);

  /** "1 in 4": a bare "in" after a count of one. */
  private static final Pattern ONE_IN_AFTER =
      Pattern.compile("^\\s+in\\s+(?!(?:19|20)\\d{2}\\b)\\d", CI);

  /** A count of those left out: "all but 18 of the cases", "everyone except 3". */
  private static final Pattern EXCEPT_BEFORE =
      Pattern.compile(
          "\\b(?:(?:all|everyone|everybody|everything|none)\\s+but|except(?:\\s+for)?)\\s+$", CI);

  private static final Pattern COUNT_WORD = Pattern.compile("\\d|\\b\\p{L}+\\b");

  private static final Pattern FURTHER_BEFORE =
      Pattern.compile("\\b(?:a further|an additional|another|an extra)\\s+$", CI);

  /** A figure right after another, in brackets: "CFA francs ($336,000)", "150 m (500 ft)". */
  private static final Pattern CONVERSION_BEFORE =
      Pattern.compile(
          "[\\d\\p{L}]\\s*\\(\\s*(?:(?:about|around|approximately|roughly|some|nearly|almost|or)\\s+)?$",
          CI);

  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:–—]");

  private static final Pattern WHITE = Pattern.compile("\\s+");

  /**
   * A reporting verb in the few words before a date: "police said Tuesday", "told AFP on Tuesday",
   * "Xinhua reported on Tuesday", "in a statement made on Sunday" date the report, not the event.
   */
  private static final Pattern REPORTED_BEFORE =
      Pattern.compile(
          "\\b(?:said|says|told|reported|announced|stated|confirmed|added|according to"
              + "|statement|(?:news|press) (?:conference|briefing|release))"
              + "(?:\\s+[\\p{L}.]+){0,3}?\\s+(?:on\\s+)?$",
          CI);

  /**
   * A stage of an event in several parts: "on the second leg of her tour", "the final stage of the
   * race". A date in that sentence dates the stage, not the whole event's start.
   */
  private static final Pattern STAGE =
      Pattern.compile(
          "\\b(?:first|second|third|fourth|final|last|next|later|closing|opening)"
              + " (?:leg|stage|phase|part|round)\\b",
          CI);

  /**
   * A plan or an expectation in a date's clause: "will visit on Wednesday", "is scheduled to arrive
   * Wednesday", "the vote is due on May 3". The day of an event to come is not the day of one that
   * happened ("declared a disaster on Monday").
   */
  private static final Pattern PLANNED =
      Pattern.compile(
          "\\b(?:will|shall|(?:is|are|was|were) (?:scheduled|expected|due|set|slated|going|planning)"
              + " to|plans? to|planning to|to be held)\\b",
          CI);

  /** Where an opening phrase's clause ends: "On Wednesday, the president will ...". */
  private static final Pattern PUNCTUATION = Pattern.compile("[,;:–—]");

  /**
   * Where the words that govern a date start: punctuation, or a word that opens a clause of its own
   * ("will be her first visits after assuming office in July 2022": the plan is not the date's).
   * Not "and", which joins two objects of one verb as often ("will visit the camps and schools on
   * Wednesday").
   */
  private static final Pattern GOVERNING_BREAK =
      Pattern.compile(
          "[,;:–—]|\\s(?:after|before|since|when|while|because|as|following|who|which|that)\\s",
          CI);

  /** The start or end of a stretch of time: "from June 4", "until June 6". */
  private static final Pattern FROM_BEFORE =
      Pattern.compile("\\b(?:from|since|beginning|starting)\\s+(?:on\\s+)?$", CI);

  private static final Pattern UNTIL_BEFORE =
      Pattern.compile("\\b(?:until|till|through|to)\\s+$", CI);

  /**
   * The part a date plays in its sentence: the day of a report ("said Tuesday"), the start ("from
   * June 4") or end ("until June 6") of a stretch, or empty for the day of an event. Only dates
   * that play the same part are compared; a range ("June 4-6") gives both ends and is compared with
   * either.
   */
  static Set<String> ofDate(String sentence, int start, boolean range) {
    if (inZoneConversion(sentence, start)) {
      return Set.of(CONVERSION);
    }
    // Read no further back than a clause's reach: a sentence of thousands of dates is not read
    // from its start for each of them.
    if (STAGE.matcher(sentence).region(Math.max(0, start - WINDOW), start).find()) {
      return Set.of("stage");
    }
    String before = sentence.substring(Math.max(0, start - 60), start);
    Matcher zoned = ZONED_TIME_BEFORE.matcher(before);
    if (zoned.find()) {
      return Set.of("in " + zoned.group(1).toLowerCase(Locale.ROOT));
    }
    if (REPORTED_BEFORE.matcher(before).find()) {
      return Set.of("reported");
    }
    Set<String> marks = new TreeSet<>();
    if (planned(sentence, start)) {
      marks.add("planned");
    }
    if (!range && FROM_BEFORE.matcher(before).find()) {
      marks.add("from");
    } else if (!range && UNTIL_BEFORE.matcher(before).find()) {
      marks.add("until");
    }
    return marks;
  }

  /**
   * Whether the words that govern the date at {@code start} tell of a plan ({@link #PLANNED}): the
   * words before it back to the start of its clause ({@link #GOVERNING_BREAK}: "is scheduled to
   * visit the camps and schools on Wednesday"; a plan after the date, "the fire started on Friday
   * and will burn for days", is not the date's), or for a date in an opening phrase ("On Wednesday,
   * the president will ...") the clause after it.
   */
  private static boolean planned(String sentence, int start) {
    int from = Math.max(0, start - WINDOW);
    Matcher governing = GOVERNING_BREAK.matcher(sentence).region(from, start);
    int governingFrom = from;
    while (governing.find()) {
      governingFrom = governing.end();
    }
    if (PLANNED.matcher(sentence).region(governingFrom, start).find()) {
      return true;
    }
    Matcher before = PUNCTUATION.matcher(sentence).region(from, start);
    int phraseFrom = from;
    while (before.find()) {
      phraseFrom = before.end();
    }
    int to = Math.min(sentence.length(), start + WINDOW);
    Matcher after = PUNCTUATION.matcher(sentence).region(start, to);
    if (phraseFrom != 0 || !after.find() || sentence.charAt(after.start()) != ',') {
      return false; // not an opening phrase
    }
    int next = after.end();
    Matcher end = PUNCTUATION.matcher(sentence).region(next, to);
    return PLANNED.matcher(sentence).region(next, end.find() ? end.start() : to).find();
  }

  /** A hedge a time's words may start with, which the time's fact does not hold. */
  private static final String TIME_HEDGE =
      "(?:(?:about|around|approximately|roughly|shortly)\\s+)?";

  /** A clock named after a time: "(Malaysian time)", "Singapore time". */
  private static final Pattern NAMED_CLOCK_AFTER =
      Pattern.compile("^\\s*\\(?\\s*(\\p{Lu}\\p{L}+)\\s+time\\b");

  private static final Pattern BY_TIME_BEFORE = Pattern.compile("\\bby\\s+" + TIME_HEDGE + "$", CI);

  private static final Pattern UNTIL_TIME_BEFORE =
      Pattern.compile("\\b(?:until|till)\\s+" + TIME_HEDGE + "$", CI);

  private static final Pattern FROM_TIME_BEFORE =
      Pattern.compile("\\b(?:from|since)\\s+" + TIME_HEDGE + "$", CI);

  /**
   * The part a time plays in its sentence: a conversion in brackets, a time something was done by
   * ("had the fire under control by 6:10 p.m."), the end ("until 9 p.m.") or start ("from 6 a.m.")
   * of a stretch, or empty for the time of an event ("the fire started at 3:40 p.m."). Only times
   * that play the same part are compared: the time a fire was out is not the time it started.
   */
  static Set<String> ofTime(String sentence, int start, int end) {
    if (inZoneConversion(sentence, start)) {
      return Set.of(CONVERSION);
    }
    Matcher zone =
        NAMED_CLOCK_AFTER.matcher(sentence.substring(end, Math.min(sentence.length(), end + NEAR)));
    if (zone.find() && !zone.group(1).equalsIgnoreCase("local")) {
      // "9.36am (Malaysian time)": a clock newsdiff has no offset for, compared only with itself.
      return Set.of("clock " + zone.group(1).toLowerCase(Locale.ROOT));
    }
    String before = sentence.substring(Math.max(0, start - NEAR), start);
    if (BY_TIME_BEFORE.matcher(before).find()) {
      return Set.of("by");
    }
    if (UNTIL_TIME_BEFORE.matcher(before).find()) {
      return Set.of("until");
    }
    return FROM_TIME_BEFORE.matcher(before).find() ? Set.of("from") : Set.of();
  }

  /**
   * The day of a time given in a named zone: "at 0027 GMT on Monday" is Monday in GMT, which may be
   * Sunday where the event took place. It is compared only with a day given in the same zone.
   */
  private static final Pattern ZONED_TIME_BEFORE =
      Pattern.compile("\\d\\s*(?:[ap]\\.?m\\.?\\s+)?(GMT|UTC|E[SD]T|P[SD]T)\\s+(?:on\\s+)?$");

  /** A time zone: "GMT", "UTC", "EST", "ET", "local time". Case counts: "et" is no zone. */
  private static final Pattern ZONE =
      Pattern.compile("\\b(?:GMT|UTC|[ECMP][SD]?T|CES?T|BST|IST|JST|local time)\\b");

  /**
   * Whether the date or time at {@code start} stands in brackets that name a time zone: "blasted
   * off at 7:27 pm (0027 GMT Monday)" gives the launch day in another zone, not another day.
   */
  static boolean inZoneConversion(String sentence, int start) {
    return inZoneConversion(sentence, start, '(', ')')
        || inZoneConversion(sentence, start, '[', ']');
  }

  private static boolean inZoneConversion(String sentence, int start, char opening, char closing) {
    int open = sentence.lastIndexOf(opening, start);
    if (open < 0 || sentence.lastIndexOf(closing, start) > open) {
      return false;
    }
    int close = sentence.indexOf(closing, start);
    return ZONE.matcher(sentence).region(open + 1, close < 0 ? sentence.length() : close).find();
  }

  /**
   * The mark of a count of one locality ({@link #LOCALITY}), with its name or else its noun:
   * "locality pescara del tronto", "locality cemetery".
   */
  static final String LOCALITY_MARK = "locality ";

  /** The mark of the place a distance is measured from: "from los angeles". */
  static final String FROM = "from ";

  /**
   * The place a distance is measured from, after it: "170 kilometres west of Winnipeg", "about 150
   * miles (240 km) northeast of Los Angeles", "11 miles from Ridgecrest", "50 miles east-south-east
   * of the town of Khash" (Khash, not "the town"), "20 km off the southern island of Byungpoong",
   * "100 km south of the Korean peninsula". A capitalised name only: "from the coast" names no
   * place.
   */
  private static final Pattern REFERENCE_AFTER =
      Pattern.compile(
          "^\\s*(?:\\([^)]{0,30}\\)\\s*)?(?:(?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2}"
              + "(?:ward)?\\s+)?(?:of|from|off)\\s+(?:the\\s+)?(?:(?:[\\p{L}-]+\\s+)?(?:city|town|village"
              + "|port|island|coast|province|state|region|capital) of\\s+)?"
              + "(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)");

  /** The place the distance ending at {@code end} is measured from, lower-cased, or null. */
  static @Nullable String reference(String sentence, int end) {
    Matcher m =
        REFERENCE_AFTER.matcher(
            sentence.substring(end, Math.min(sentence.length(), end + NEAR * 2)));
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private Scope() {}

  /**
   * The scope marks of the figure at {@code [start, end)} of {@code sentence}, as lower-cased
   * phrases; empty for the story's own event. {@code counted} says whether the sentence tells what
   * the figure counts: "a further 13 were injured" after a toll is the injured count, the same
   * scope as "13 injured"; "a further 13" alone adds to another figure.
   */
  static Set<String> of(String sentence, int start, int end, boolean counted) {
    Set<String> marks = new TreeSet<>();
    String before = sentence.substring(Math.max(0, start - NEAR), start);
    String after = sentence.substring(end, Math.min(sentence.length(), end + NEAR));
    if (isConversion(sentence, start)) {
      marks.add(CONVERSION);
    }
    if (PART_BEFORE.matcher(before).find() && !(counted && OF_WHOM_BEFORE.matcher(before).find())
        || PART_AFTER.matcher(after).find()
        || listedAsPart(before, after)) {
      marks.add("part");
    }
    if (DEPTH_BEFORE.matcher(before).find() || DEPTH_AFTER.matcher(after).find()) {
      marks.add("depth");
    }
    if (!counted && FURTHER_BEFORE.matcher(before).find()) {
      marks.add("further");
    }
    if (isWhole(before)) {
      marks.add("whole");
    }
    if (isCap(before + leadingWords(sentence.substring(start, end)))) {
      marks.add("cap");
    }
    boolean firstCount = !countedBefore(sentence.substring(Math.max(0, start - WINDOW), start));
    if (OTHER_AFTER.matcher(after).find() && !HURT_AFTER.matcher(after).find() && firstCount) {
      marks.add("other");
    }
    if (NEW_AFTER.matcher(after).find() && firstCount) {
      marks.add("new");
    }
    if (UPDATE_BEFORE.matcher(before).find()) {
      marks.add("update");
    }
    if (DEMAND_BEFORE.matcher(before).find()) {
      marks.add("demand");
    }
    if (FORECAST_BEFORE.matcher(before).find()) {
      marks.add("forecast");
    }
    if (PREVIOUS_RECORD_BEFORE.matcher(before).find()) {
      marks.add("previous record");
    }
    boolean one = sentence.substring(start, end).strip().equals("1");
    if (PROPORTION_AFTER.matcher(after).find()
        || one && ONE_IN_AFTER.matcher(after).find()
        || PROPORTION_BEFORE.matcher(before).find()) {
      marks.add("proportion");
    }
    if (EXCEPT_BEFORE.matcher(before).find()) {
      marks.add("except");
    }
    int[] clause = clause(sentence, start, end);
    String own = sentence.substring(clause[0], clause[1]);
    // "Initially, an official said 34 had died", "reversing an earlier announcement of 368": a
    // tally the writer says was superseded is no contradiction of the later one.
    if (EARLIER.matcher(sentence).region(Math.max(0, clause[0] - NEAR), start).find()) {
      marks.add("earlier");
    }
    addAll(PERIOD.matcher(own), marks);
    addAll(REGION.matcher(own), marks);
    // The locality's nouns are looked for first: most clauses have none, and the pattern runs for
    // every figure whose scope is read.
    Matcher locality = namesLocality(own) ? LOCALITY.matcher(own) : null;
    if (locality != null && locality.find()) {
      // "in the town" without a name is the story's own town: only a named one, or a cemetery or
      // morgue, is one locality of the area.
      String place =
          locality.group(1) != null
              ? locality.group(1)
              : locality.group(2) != null ? locality.group(2) : locality.group(3);
      marks.add(LOCALITY_MARK + place.toLowerCase(Locale.ROOT));
    }
    // ", killing more than 300 people" tells the toll of what its clause hangs on: "struck
    // L'Aquila in 2009, killing more than 300" is 2009's toll.
    if (PARTICIPLE.matcher(sentence).region(clause[0], clause[1]).lookingAt() && clause[0] > 0) {
      int[] previous = clause(sentence, clause[0] - 1, clause[0] - 1);
      addAll(PERIOD.matcher(sentence.substring(previous[0], previous[1])), marks);
    }
    // An opening phrase ("In March, ...", "Last year, ...") sets the time of the whole sentence;
    // a long first clause is a clause of its own, not an opening phrase.
    String head = sentence.substring(0, Math.min(start, NEAR));
    Matcher opening = CLAUSE_BREAK.matcher(head);
    if (opening.find()) {
      String phrase = head.substring(0, opening.start());
      addAll(PERIOD.matcher(phrase), marks);
      // "As of 2 a.m. Thursday, ..." and "By mid-evening, ..." give a tally at a time the writer
      // names: another time's tally is not a contradiction of it.
      Matcher asOf = AS_OF_OPENING.matcher(phrase);
      if (asOf.matches()) {
        marks.add("as of " + WHITE.matcher(asOf.group(1).toLowerCase(Locale.ROOT)).replaceAll(" "));
      }
      // "On Samos, two teenagers died": the count of one place the story names.
      Matcher place = PLACE_OPENING.matcher(phrase);
      if (place.matches() && !NOT_PLACES.contains(place.group(1).toLowerCase(Locale.ROOT))) {
        marks.add("in " + place.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return marks;
  }

  private static boolean namesLocality(String clause) {
    for (String noun : LOCALITY_NOUNS) {
      if (clause.contains(noun)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> LOCALITY_NOUNS =
      List.of("village", "town", "hamlet", "cemetery", "morgue", "mortuary");

  /**
   * Whether the figure at {@code start} of {@code sentence} is given in brackets as a conversion of
   * the one before it ({@link #CONVERSION}): "5 miles (about 8 km)".
   */
  static boolean isConversion(String sentence, int start) {
    return CONVERSION_BEFORE.matcher(sentence.substring(Math.max(0, start - NEAR), start)).find();
  }

  /**
   * Whether the count between {@code before} and {@code after} is one of two listed parts ({@link
   * #LISTED_AFTER}): "three Americans and one Japanese".
   */
  private static boolean listedAsPart(String before, String after) {
    Matcher next = LISTED_AFTER.matcher(after);
    if (next.find()) {
      String count = after.substring(next.start(), next.start(1)).trim();
      if (isCount(count.substring(count.lastIndexOf(' ') + 1)) && isNoun(next.group(1))) {
        return true;
      }
    }
    Matcher previous = LISTED_BEFORE.matcher(before);
    Matcher noun = NOUN_AFTER.matcher(after);
    return previous.find() && isCount(previous.group(1)) && noun.find() && isNoun(noun.group(1));
  }

  private static boolean isWhole(String before) {
    Matcher m = WHOLE_BEFORE.matcher(before);
    if (!m.find()) {
      return false;
    }
    String word = m.group(1);
    return word == null
        || Character.isDigit(word.charAt(0))
        || PART_WORDS.contains(word.toLowerCase(Locale.ROOT))
        || NumberWords.valueOf(word) != null;
  }

  private static boolean isCap(String before) {
    Matcher m = CAP_BEFORE.matcher(before);
    return m.find()
        && (m.group(1) == null || !REACHED.contains(m.group(1).toLowerCase(Locale.ROOT)));
  }

  /** A figure's words before its first digit: "up to " of "up to 1%". */
  private static String leadingWords(String figure) {
    int digit = 0;
    while (digit < figure.length() && !Character.isDigit(figure.charAt(digit))) {
      digit++;
    }
    return figure.substring(0, digit);
  }

  /** Whether a count stands in {@code text}: a digit or a number word. */
  private static boolean countedBefore(String text) {
    Matcher m = COUNT_WORD.matcher(text);
    while (m.find()) {
      if (m.group().chars().anyMatch(Character::isDigit)
          || NumberWords.valueOf(m.group()) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCount(String word) {
    return word.chars().allMatch(Character::isDigit)
        || word.equalsIgnoreCase("one")
        || NumberWords.valueOf(word) != null;
  }

  private static boolean isNoun(String word) {
    return !NOT_PARTS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The stretch between the punctuation marks around the figure, read no further than {@link
   * #WINDOW} on either side: each figure of a sentence reads its own clause, and a clause of
   * thousands of figures was read once per figure, in time quadratic in its length.
   */
  private static int[] clause(String sentence, int start, int end) {
    int from = Math.max(0, start - WINDOW);
    int to = Math.min(sentence.length(), end + WINDOW);
    Matcher m = CLAUSE_BREAK.matcher(sentence).region(from, to);
    int clauseFrom = from;
    int clauseTo = to;
    while (m.find()) {
      if (m.end() <= start) {
        clauseFrom = m.end();
      } else if (m.start() >= end) {
        clauseTo = m.start();
        break;
      }
    }
    // A relative clause after the figure tells of something else: "more than 2,700 tons of
    // ammonium nitrate that had been stored ... since it was confiscated in 2014".
    Matcher relative = RELATIVE.matcher(sentence).region(Math.min(end, clauseTo), clauseTo);
    if (relative.find()) {
      clauseTo = relative.start();
    }
    return new int[] {clauseFrom, clauseTo};
  }

  /**
   * Words that say a tally was an earlier one: "initially", "at first", "an earlier announcement".
   */
  private static final Pattern EARLIER =
      Pattern.compile(
          "\\b(?:initially|at first|originally|previously|earlier(?! (?:this|today|on|in)\\b))\\b",
          CI);

  /** Where a relative clause starts: the figure's clause is read up to it. */
  private static final Pattern RELATIVE =
      Pattern.compile("\\s(?:that|which|who|whose|where|ever since)\\s", CI);

  /** A clause that opens with a participle: ", killing more than 300 people". */
  private static final Pattern PARTICIPLE =
      Pattern.compile("\\s*(?!(?:during|including|according|concerning)\\b)\\p{L}+ing\\b", CI);

  /** "of whom 164 were rescued" is the rescued count, not a part of the others counted. */
  private static final Pattern OF_WHOM_BEFORE = Pattern.compile("\\bof whom\\s+$", CI);

  /** A depth: "at a depth of 10 km", "a shallow 4 km below the surface", "50 feet deep". */
  private static final Pattern DEPTH_BEFORE =
      Pattern.compile(
          "\\b(?:depth of|shallow|deep)\\s+(?:(?:just|only|about|around|some|roughly|nearly"
              + "|approximately)\\s+)?$",
          CI);

  private static final Pattern DEPTH_AFTER =
      Pattern.compile(
          "^\\s*(?:\\([^)]{0,30}\\)\\s*)?(?:deep|below|beneath|underground|under the (?:ground|surface|sea))\\b",
          CI);

  /**
   * An opening phrase that names the time of a tally: "As of 2 a.m. Thursday", "By mid-evening".
   */
  private static final Pattern AS_OF_OPENING =
      Pattern.compile("\\s*(?:as of|as at|by)\\s+(\\S.*?)\\s*", CI);

  /** An opening phrase that is a place: "On Samos", "In Pakistan". */
  private static final Pattern PLACE_OPENING =
      Pattern.compile(
          "\\s*(?:In|On|At)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*)\\s*");

  /**
   * Capitalised words an opening phrase has that are not places: the weekdays and months, and the
   * words of phrases like "In addition", "In fact".
   */
  private static final ImmutableSet<String> NOT_PLACES =
      ImmutableSet.<String>builder()
          .addAll(CalendarNames.ALL)
          .add(
              "total",
              "all",
              "addition",
              "contrast",
              "particular",
              "response",
              "fact",
              "short",
              "general",
              "turn")
          .build();

  /** How far a clause is read from its figure, in characters: some thirty words. */
  private static final int WINDOW = 200;

  /** How far words right around a figure are looked for ("a further", "of them"). */
  private static final int NEAR = 40;

  private static void addAll(Matcher m, Set<String> marks) {
    while (m.find()) {
      marks.add(WHITE.matcher(m.group().toLowerCase(Locale.ROOT)).replaceAll(" "));
    }
  }
}
