package dev.newsdiff.internal.ingest;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.model.FurnitureKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Recognises a line of page furniture by its own words: read-time labels, relative times, bylines,
 * credits, promotion and contact lines. Position-dependent kinds (section labels, a headline
 * repeated as a caption) are decided by {@link Layout}.
 */
final class Furnishings {

  private record Rule(FurnitureKind kind, Pattern pattern, int maxWords) {}

  private static final int MIN_TAGS = 3;
  private static final int MIN_SEGMENTS = 3;
  private static final int MAX_SEGMENT_WORDS = 12;
  private static final int MAX_TAG_WORDS = 3;

  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

  /** Wire agencies, whose names stand alone as a byline or in brackets as a credit. */
  private static final String AGENCY =
      "ap|associated press|afp|agence france-presse|reuters|ani|pti|press trust of india|ians"
          + "|xinhua|dpa|efe|ansa|anadolu agency|anadolu|aa|kyodo|yonhap|tass|bernama|antara|upi"
          + "|voa|bloomberg|bna|wam|spa|irna";

  /**
   * Agencies whose name, then a place, makes a byline line. Short names that also open headlines
   * ("UPI payments …", "AA Gill …") are left out.
   */
  private static final String PLACED_AGENCY =
      "press trust of india|pti|ians|ani|afp|reuters|associated press|xinhua|bernama";

  /**
   * A wire's sign-off of its agency in capitals and its editors' initials: "PTI JD", "IANS ab/cd"
   * is the credit rule's. Case matters: "AP" and "AFP" then initials, never words.
   */
  private static final String SIGN_OFF =
      "(?-i:(?:AP|AFP|PTI|IANS|ANI|UNI|AA|UPI|DPA|EFE)(?:\\s+\\p{Lu}{2,4}){1,3})";

  /**
   * A byline's date: a weekday maybe, the month and day, maybe the year, a time and the read time
   * ("Tuesday, Sept. 20, 2025", "August 30, 2024 4 min read", "27 May 2024 10:42").
   */
  private static final String BYLINE_DATE =
      "(?i:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
          + "(?:"
          + MONTH
          + "\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+"
          + MONTH
          + "(?:,?\\s+\\d{4})?)"
          + "(?:,?\\s+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?"
          + "(?:\\s*[|·,]?\\s*\\d+\\s*min(?:ute)?s?\\.?\\s+read)?)";

  /** Two names joined by a slash, the second capitalised: "iStock/Getty", "Reuters/File". */
  static final String SLASHED_CREDIT = "(?-i:\\p{L}[\\p{L}.&-]*/\\p{Lu}[\\p{L}.&-]*)";

  static final Pattern SOURCE = Pattern.compile("^source\\s*:\\s*(\\S.{0,80})$", CI);

  /**
   * A wire's sign-off closing the story's last line after its last sentence: "… for six months. —
   * AFP", "… in central Zimbabwe. - AFP", "… during the disturbances. (BBC)", "… after heavy rains.
   * | via voanews".
   */
  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "(?<=[.!?\"”’])\\s+((?:[-–—]\\s*(?:"
              + AGENCY
              + ")|\\((?:"
              + AGENCY
              // "(BBC)", and a desk's initials with slashes: "(T/RE1)", "(KK/AA)".
              + "|(?-i:\\p{Lu}[\\p{Lu}\\d]{1,5}|\\p{Lu}[\\p{Lu}\\d]{0,5}(?:/\\p{Lu}[\\p{Lu}\\d]{0,5}){1,3}))\\)"
              + "|\\|\\s*via\\s+[\\p{L}.]{2,30}"
              // The agency and its desk's initials, in capitals: "… it added. PTI JD".
              + "|"
              + SIGN_OFF
              + "))\\s*$",
          CI);

  // Each rule's pattern is searched in the line with find(): the alternatives that must open the
  // line are grouped under one "^", and the others behind a look-ahead for the letters they start
  // with, so that most positions of a long line fail on one check instead of every alternative.
  private static final List<Rule> RULES =
      List.of(
          new Rule(FurnitureKind.SOURCE, SOURCE, 10),
          new Rule(
              // A breadcrumb: "Home / World / Asia", "Home » News"; before the
              // captions, which would read the part after a slash as a credit.
              FurnitureKind.SECTION, Pattern.compile("^home\\s*[/>»›|]", CI), 12),
          new Rule(
              FurnitureKind.READ_TIME,
              Pattern.compile(
                  "^(?:\\d+\\s*(?:-\\s*\\d+\\s*)?(?:min|mins|minute|minutes)\\.?\\s+read(?:ing)?"
                      + "|read(?:ing)?\\s+time\\s*:?\\s*\\d+\\s*(?:min|mins|minutes?)\\.?)$",
                  CI),
              6),
          new Rule(
              FurnitureKind.RELATIVE_TIME,
              Pattern.compile(
                  "^(?:(?:updated|published|posted)\\s+)?(?:\\d+|an?|one)\\s+"
                      + "(?:sec|secs|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\\s+ago\\.?$"
                      + "|^(?:just now|yesterday|today)$",
                  CI),
              6),
          new Rule(
              FurnitureKind.BYLINE,
              Pattern.compile(
                  "^(?:(?:by\\s+)?(?:the\\s+)?(?:"
                      + AGENCY
                      + ")(?:\\s+news(?:\\s+(?:service|agency))?)?$"
                      + "|"
                      + SIGN_OFF
                      + "$"
                      // An agency and the place it filed from, as Indian pages print it: "PTI
                      // New Delhi", "Press Trust of India Madurai".
                      + "|(?:"
                      + PLACED_AGENCY
                      + ")(?:(?:\\s+(?-i:\\p{Lu}\\p{Ll}+)){1,2}$"
                      // … or the time it filed: "Press Trust of India August 5, 2017, 14:50 IST".
                      + "|(?:\\s+(?-i:\\p{Lu}\\p{Ll}+)){0,2}\\s+(?:"
                      + MONTH
                      + "\\s+\\d{1,2}|\\d{1,2}\\s+"
                      + MONTH
                      + ")\\b[^.!?]*$)"
                      + "|(?-i:(?:\\p{Lu}[\\p{L}.]*\\s+){0,3})(?:staff writer|staff reporter|web desk"
                      // "Web DeskUpdated: …": the page glued the stamp to the desk's name.
                      + "|news desk|correspondent)(?-i:(?!\\p{Ll})))",
                  CI),
              16),
          new Rule(
              // A stamp's label whose date the page filled in with script: "Updated", "Posted on",
              // "By" whose name is missing.
              FurnitureKind.TIMESTAMP,
              Pattern.compile(
                  "^(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\\s*:?$", CI),
              3),
          new Rule(FurnitureKind.BYLINE, Pattern.compile("^by\\s*:?$", CI), 1),
          new Rule(
              FurnitureKind.TIMESTAMP,
              Pattern.compile(
                  "^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\\s*:?\\s*)?"
                      + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
                      + "(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|"
                      + MONTH
                      + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+"
                      + MONTH
                      + "\\s+\\d{4})"
                      + "(?:[ ,T·|–-]+\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[ap]\\.?m\\.?)?\\s*"
                      + "(?:Z|[+-]\\d{2}:?\\d{2}|[A-Z]{2,4}|GMT[+-]?\\d*)?)?$",
                  CI),
              10),
          new Rule(
              FurnitureKind.BYLINE,
              Pattern.compile(
                  // Names are possessive: a name that could end anywhere inside "AandBandC…" made
                  // the
                  // repeated group try every split, exponential in the line's length.
                  "^(?:"
                      // The time the story was filed, before its byline: "3.00pm - by …".
                      + "\\d{1,2}[.:]\\d{2}\\s*(?i:[ap]\\.?m\\.?)?\\s*[-–—|,]\\s*)?"
                      // Who made what the page shows: "Video report by …", "Photos by …".
                      + "(?i:(?:written|reported|words|story|text|video|audio|photos?|video report|report|reporting)\\s+)?"
                      // Up to five capitalised words: a name, or a role and a name ("ITV News
                      // Reporter Jane Doe").
                      + "(?i:by)\\s+\\p{Lu}[\\p{L}'’.-]*+(?:\\s+\\p{Lu}[\\p{L}'’.-]*+){0,4}"
                      + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}'’.-]*+(?:\\s+\\p{Lu}[\\p{L}'’.-]*+){0,3})*"
                      // The outlet the writers filed for: "By Jane Doe for the Harbour Wire".
                      + "(?:\\s+(?:for|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.&-]*+(?:\\s+\\p{Lu}[\\p{L}'’.&-]*+){0,3})?"
                      // The date the writers filed, after a dash or a bar: "By Jane Doe — Tuesday,
                      // Sept. 20, 2025", "By Jane Doe | August 30, 2024 4 min read".
                      + "(?:(?:\\s*[-–—|,·]\\s*|\\s+(?i:on)\\s+)"
                      + BYLINE_DATE
                      + ")?"
                      // A share counter the page glued to the name ("By Jane Doe00"), or the
                      // arrow of a link to the writer's page ("… for Harbour Wire ->").
                      + "\\d{0,4}(?:\\s*(?:->|→|»|›))?$"),
              16),
          new Rule(
              // Writers' names and the agency they wrote for, glued by the page or not: "Jane Doe
              // and Tom RoeReuters", "Jane Doe, AFP". Names and agency keep their capitals.
              FurnitureKind.BYLINE,
              Pattern.compile(
                  "^(?:\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2}(?:\\s*,\\s*|\\s+and\\s+|\\s+&\\s+))*"
                      + "\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,1}\\s+\\p{Lu}\\p{Ll}+"
                      + "(?:,?\\s*|\\s*[|/]\\s*)(?:Reuters|AFP|AP|Associated Press|Bloomberg|Xinhua|PTI|IANS|ANI)$"),
              12),
          new Rule(
              // A dateline whose agency is the outlet's own name: "Dubai - Harbour News".
              FurnitureKind.BYLINE,
              Pattern.compile(
                  "^\\p{Lu}[\\p{L}.'’]+(?:\\s\\p{Lu}[\\p{L}.'’]+)?\\s*[-–—]\\s*(?:\\p{Lu}[\\p{L}.'’&]*\\s+){0,3}"
                      + "(?:News|Times|Post|Herald|Wire|Daily|Tribune|Network|Online|Agency)$"),
              7),
          new Rule(
              // The page's note on its copy: "This post was originally published on this site",
              // "(This story has not been edited by … staff and is auto-generated from a syndicated
              // feed.)", "This item was corrected at 0124 GMT …", "(The above story is verified
              // and authored by … staff.)".
              FurnitureKind.CREDIT,
              Pattern.compile(
                  "^\\(?(?:this|the above|the preceding) (?:story|article|post|item|content|copy)"
                      + " (?:(?:was|is|has|had|have|been|not|originally|first|automatically|auto|also)[ -])*"
                      + "(?:published|edited|corrected|updated|amended|generated|syndicated|verified"
                      + "|authored|produced|written|reproduced|republished|posted|created)\\b",
                  CI),
              80),
          new Rule(
              // The comment area's notice: "Sorry we are not currently accepting comments on this
              // article.", "Comments on this story are closed".
              FurnitureKind.WIDGET,
              Pattern.compile(
                  "(?=[ct])(?:comments? (?:on|for|to) (?:this|the) (?:story|article|post|item)"
                      + "|(?<!\\w)comments\\b.{0,40}\\b(?:on|for|to|of) this (?:story|article|post|item))",
                  CI),
              16),
          new Rule(
              FurnitureKind.CAPTION,
              Pattern.compile(
                  // Wire captions ("FILE - …", "… in this handout picture"), image placeholders and
                  // credits standing alone ("Image/Agency", "PC: …").
                  "^(?:file(?: photo)?\\s*[-–—:]\\s|\\(file photo\\)|(?:photo|image|picture)\\s*/|pc\\s*:"
                      + "|article-image$)"
                      + "|(?=[i\\d])(?:(?<!\\w)in this (?:\\w+ ){0,2}(?:photo|picture|image)\\b"
                      + "|(?<![\\w.])\\d+x\\d+ image$)",
                  CI),
              80),
          new Rule(
              FurnitureKind.CAPTION,
              Pattern.compile(
                  // A photo credit closing the line: "… / AA", "… | Reuters", "(Photo: AFP)"; its
                  // names capitalised even though the rest of the rule ignores case. The
                  // line is searched, so the look-ahead lets most positions fail on one character.
                  "(?=[\\s(.\\[])(?:[\\s.][/|]\\s*(?-i:\\p{Lu})[\\p{L}.&-]*(?:\\s(?-i:\\p{Lu})[\\p{L}.&-]*){0,3}\\s*"
                      // [^()]: each "(photo" reads no further than the next parenthesis, so a line
                      // of
                      // them is read once, not once per "(photo".
                      + "|\\((?:photo|image|picture|file photo|photograph)\\b[^()]*\\)\\s*"
                      // The agency's own form, "(AP Photo)", "(Reuters Photo/Jane Doe)", maybe
                      // with the page's credit after it: "(AP PHOTO) Credit: AP".
                      + "|\\((?-i:\\p{Lu})[\\p{L}.&]*\\s+(?:photo|file photo)s?\\b[^()]*\\)"
                      + "(?:\\s+credits?\\s*:\\s*[^.:()]{1,40})?"
                      // A credit closing a caption that has no full stop: "… of Mount Ruang Photo:
                      // AP".
                      + "|(?<=[\\p{L}\\d])\\s+(?:photo|image|picture|photograph)\\s*(?:credit)?\\s*:"
                      + "\\s*(?-i:\\p{Lu})[^.:]{0,40}"
                      + "|\\.\\s+(?:photo|image|photograph)\\s*(?:by|:|credit:?)\\s*[^.]{1,60}"
                      // … or after a dash, bar or slash: "… in Putrajaya. — Picture by Jane Doe",
                      // "Mayor Jane Doe / Photo by Tom Roe, City Hall via Flickr".
                      + "|\\s[-–—|/]\\s*(?:photo|picture|image|photograph)s?\\s*(?:by|:|credit:?)\\s*(?-i:\\p{Lu})"
                      // A name's initials keep their full stops: "Marc A. Hermann".
                      + "(?:[^.]|(?<=\\s(?-i:\\p{Lu}))\\.){0,60}"
                      // A picture's credit in square brackets: "… on March 6. [AFP]", "[Courtesy]".
                      + "|\\s\\[(?:"
                      + AGENCY
                      + "|courtesy|file(?: photo)?|photo[^\\]]{0,40})\\])$",
                  CI),
              80),
          new Rule(
              FurnitureKind.CREDIT,
              Pattern.compile(
                  "^(?:©|\\(c\\)\\s|copyright\\b"
                      + "|\\(?(?:with inputs? from|based on reporting (?:by|from))\\b"
                      + "|this material may not be (?:re)?published"
                      // A press office's note to editors: "Please attribute to Constable …".
                      + "|please attribute (?:to|this)\\b"
                      // A wire's update note: "More to follow…", "This story will be updated."
                      + "|(?:more (?:updates |details )?to follow|(?:further |more )?(?:updates|details) to follow"
                      + "|(?:this|the) story (?:will be|is being|has been) updated)\\b"
                      // An agency credit in brackets, alone: "(Reuters)", "(AFP, dpa)".
                      + "|\\((?:"
                      + AGENCY
                      + ")(?:\\s*[,/]\\s*(?:"
                      + AGENCY
                      + "))*\\)$"
                      // Editors' initials and their agencies: "ab/cd (AFP, Reuters)".
                      + "|\\p{Ll}{2,4}(?:/\\p{Ll}{2,4})+\\s*\\([^()]{1,60}\\)$"
                      + "|\\(?(?:(?:additional |further )?(?:reporting|writing|editing|compiled|produced|graphics)"
                      + "(?: and \\w+)? by\\s+\\p{Lu})"
                      + "|(?:with )?(?:files|reporting|additional reporting|material) from\\s+\\p{Lu}"
                      + "|\\(?(?:photo|image|photograph|picture|file photo)s?\\s*(?::|by\\b|credit|from\\b|courtesy\\b|©)[^.]{0,80}\\)?$"
                      // A picture's credit alone, its owner and agency joined by a slash:
                      // "iStock/Getty", "AFP/File".
                      + "|"
                      + SLASHED_CREDIT
                      + "$)"
                      + "|(?=[ca])(?:contributed to this (?:report|story)\\.?\\)?$|all rights reserved)",
                  CI),
              25),
          new Rule(
              FurnitureKind.CONTACT,
              Pattern.compile(
                  "^(?:contact(?: us)?\\.?$|(?:contact|e-?mail|tel|phone|fax)\\s*:"
                      // A postal address closing with its state and code: "Springfield, IL 62701".
                      + "|(?-i:\\p{Lu}[\\p{L}.' -]{1,40},\\s*\\p{Lu}{2}\\s+\\d{5}(?:-\\d{4})?$)"
                      + "|send (?:us )?(?:your )?(?:tips|news)|(?:e-?mail|write to|call)\\s+\\S+@\\S+)"
                      + "|(?=[gh])(?:got|have) a (?:news |story )?tip",
                  CI),
              15),
          new Rule(
              FurnitureKind.SOCIAL,
              Pattern.compile(
                  // An embedded post: its picture link, its "— Name (@handle) June 4, 2025" footer,
                  // or a handle standing alone.
                  "^(?:[-–—]\\s*[^()]{1,60}\\(@\\w{1,30}\\)|@\\w{2,30}$)"
                      + "|(?=[p(])(?:pic\\.twitter\\.com/|\\(@\\w{1,30}\\)\\s*$)",
                  CI),
              80),
          new Rule(
              FurnitureKind.WIDGET,
              Pattern.compile(
                  "^(?:(?:no|\\d+|view|show|load|hide|read)\\s+comments?\\b"
                      // A share or comment counter standing alone: "38".
                      + "|\\d{1,6}$"
                      + "|comments?\\s*(?:\\(\\d+\\)|are closed\\.?|:)?$|comments are closed"
                      + "|(?:post|leave|add|write) a (?:comment|reply)|share(?: it| this(?: \\w+)?)?\\s*:?$"
                      + "|like this\\b|accessibility links$"
                      + "|skip to (?:main )?content|(?:next|previous|prev) (?:story|article|page|post)\\b"
                      + "|page \\d+ of \\d+$|(?:print|e-?mail|tweet|whatsapp|facebook|twitter)$"
                      // Bookmark controls: "Save to favorites", "Save for later", "Bookmark".
                      + "|save (?:to|for) (?:my )?(?:favou?rites|later|reading list)$|bookmark(?: this)?$)"
                      // The page number of an archive: "Home Blog Page 2269", "News - Page 3".
                      + "|(?=[p])(?<!\\w)page\\s+\\d{1,5}$"
                      + "|(?=[l{])(?:(?<!\\w)loading\\s*(?:\\.\\.\\.|…)$"
                      // A template the page did not fill in: "{{#rendered}} {{/rendered}}".
                      + "|\\{\\{[#/^]?[\\w.-]+\\}\\})",
                  CI),
              8),
          new Rule(
              FurnitureKind.RELATED,
              Pattern.compile(
                  "^(?:(?:read|see) (?:more|also)\\b|also read\\b|related\\s*(?::|\\w+\\s*:?$|$)"
                      // A link's own words standing alone: "Learn more", "Find out more", "Full
                      // story".
                      + "|(?:learn more|find out more|more info(?:rmation)?|full (?:story|article|coverage)"
                      + "|read (?:the )?full (?:story|article))\\s*(?:[.…»›>]+)?$"
                      // A label in capitals before another story's title: "READ  Title", "MUST
                      // READ: …".
                      + "|(?-i:(?:MUST |ALSO )?READ(?: ALSO| MORE| NEXT)?:?\\s+\\p{Lu})"
                      + "|more (?:about|from|on|in)\\b"
                      + "|(?:recent|latest|top|popular|recommended|more|related) (?:stories|news|articles|posts|listings)\\b"
                      + "|recommended\\b|you (?:may|might) (?:also )?like\\b)",
                  CI),
              20),
          new Rule(
              FurnitureKind.TAGS, Pattern.compile("^(?:tags?|topics?|keywords?)\\s*:", CI), 40),
          new Rule(
              FurnitureKind.PROMO,
              Pattern.compile(
                  "^(?:subscribe\\b|sign up\\b|continue reading\\b|advertisement$|share (?:this|on)\\b"
                      // A sign-up form's boxes to tick: "I'd like to hear about offers", "I accept
                      // the Terms and Conditions and Privacy Policy".
                      + "|i(?:'d|’d| would) like to (?:hear|receive|get)\\b"
                      + "|i (?:accept|agree to|consent to)\\b.{0,80}(?:terms|privacy|cookie)"
                      + "|copy link$|listen (?:to|on|live)\\b|watch (?:the|our|live)\\b|(?:https?://|www\\.)\\S+$"
                      // A newsletter's promise, anywhere in the line: "… straight to your inbox".
                      // Tried once from the line's start, not at every "t" of it.
                      + "|.{0,200}?to your inbox)"
                      + "|(?=[sfdgejnc])(?:share your feedback|sneak a peek|subscribe (?:to|now|for)"
                      + "|sign up (?:for|to)|follow us|download (?:our|the) app|(?<!\\w)get (?:the |our )?app\\b"
                      + "|(?<!\\w)e-paper\\b|join (?:us|our) on|newsletter"
                      + "|click (?:here|to (?:read|learn|see|view|find out|watch|listen)\\b))",
                  CI),
              20),
          new Rule(
              // An advertising slot's label, however the page words it around the word:
              // "Article continues below advertisement", "- Advertisement -".
              FurnitureKind.PROMO,
              // Its common misspelling too: "Advertisment".
              Pattern.compile(
                  "(?<![\\p{L}-])(?:advertis(?:e)?ment|sponsored content)(?![\\p{L}-])", CI),
              5));

  /** The most words any rule of {@link #kindOfWords} asks about. */
  private static final int MAX_RULE_WORDS =
      IntStream.concat(
              RULES.stream().mapToInt(Rule::maxWords),
              IntStream.of(Furnishings.MAX_STAMP_WORDS, MAX_TAG_WORDS))
          .max()
          .orElseThrow();

  private Furnishings() {}

  /**
   * Where a wire's sign-off closing {@code line} after its last sentence starts ({@link
   * #TRAILING_CREDIT}), or -1: the line is story, its sign-off a credit.
   */
  static int trailingCredit(String line) {
    if (line.length() < MIN_LINE_WITH_CREDIT) {
      return -1;
    }
    Matcher m = TRAILING_CREDIT.matcher(line);
    // Only the line's end can match: look at its last characters, not every position.
    int from = Math.max(0, line.length() - MAX_TRAILING_CREDIT_CHARS);
    return m.region(from, line.length()).useTransparentBounds(true).find() ? m.start(1) : -1;
  }

  /**
   * Where a link to the rest of the story or to another one closing {@code line} after its last
   * sentence starts ("… with publishers. read more"), or -1: the line is story, the link related.
   */
  static int trailingLink(String line) {
    if (line.length() < MIN_LINE_WITH_CREDIT) {
      return -1;
    }
    Matcher m = TRAILING_LINK.matcher(line);
    int from = Math.max(0, line.length() - MAX_TRAILING_CREDIT_CHARS);
    return m.region(from, line.length()).useTransparentBounds(true).find() ? m.start(1) : -1;
  }

  private static final Pattern TRAILING_LINK =
      Pattern.compile(
          "(?<=[.!?\"”’])\\s+((?:read|see|view) (?:more|full (?:story|article))|continue reading"
              + "|read the (?:full|whole|rest of the) (?:story|article))\\s*(?:[.…»›>]+|\\.\\.\\.)?\\s*$",
          CI);

  /** A sign-off is short: "| via voanews", "— Associated Press". */
  private static final int MAX_TRAILING_CREDIT_CHARS = 40;

  /** A line shorter than this is furniture standing alone, or a sentence with no room for one. */
  private static final int MIN_LINE_WITH_CREDIT = 30;

  /**
   * Marks a page prints before a line's words: a list item's bullet or a meta line's stray full
   * stop (". Last Updated: 07/27/2016", "• Updated"). Not a bar or a dash: a line of hard-wrapped
   * text may start with one ("| 24.12.2019" continuing "Headline | News | Site"), and read alone it
   * would not be joined to the line it continues.
   */
  private static final Pattern LEADING_MARKS = Pattern.compile("^[.•·*]+\\s+(?=\\S)");

  /**
   * The furniture kind of this trimmed line, if its words alone make it furniture, with or without
   * the marks a page printed before them.
   */
  static Optional<FurnitureKind> kindOf(String line) {
    Optional<FurnitureKind> kind = kindOfWords(line);
    if (kind.isPresent()) {
      return kind;
    }
    Matcher marks = LEADING_MARKS.matcher(line);
    return marks.find() ? kindOfWords(line.substring(marks.end())) : Optional.empty();
  }

  private static Optional<FurnitureKind> kindOfWords(String line) {
    if (WORD_CHARACTERS.matchesNoneOf(line)) {
      return Optional.of(FurnitureKind.WIDGET); // ".", "* * *", "|": no word of story
    }
    // Past the most words any rule allows, a line's length tells the rules nothing more.
    int words = Whitespace.wordCount(line, 0, line.length(), MAX_RULE_WORDS + 1);
    for (Rule rule : RULES) {
      if (words <= rule.maxWords() && rule.pattern().matcher(line).find()) {
        return Optional.of(rule.kind());
      }
    }
    if (isKeywordList(line)) {
      return Optional.of(FurnitureKind.TAGS);
    }
    if (isStamp(line, words)) {
      return Optional.of(FurnitureKind.TIMESTAMP);
    }
    if (line.endsWith("|")) {
      // Prose never ends with a bar: the page's separator after a caption or a label.
      return Optional.of(words <= MAX_TAG_WORDS ? FurnitureKind.SECTION : FurnitureKind.CAPTION);
    }
    if (isSegmented(line)) {
      // "Site | @site | 15 Nov 2020, 08:42 pm": a page's meta line; "Headline | News | Site".
      return Optional.of(
          CharMatcher.inRange('0', '9').matchesAnyOf(line)
              ? FurnitureKind.TIMESTAMP
              : FurnitureKind.SECTION);
    }
    return Optional.empty();
  }

  private static final CharMatcher WORD_CHARACTERS =
      CharMatcher.forPredicate(Character::isLetterOrDigit);

  /** A stamp is short: a date, a time, its labels ("Written:", "Updated:", "Last Update :"). */
  private static final int MAX_STAMP_WORDS = 12;

  private static final Pattern STAMP_DATE =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}"
              + "|"
              + MONTH
              + "\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}|\\d{1,2}\\s+"
              + MONTH
              + ",?\\s+(?:19|20)\\d{2})(?!\\d)",
          CI);

  private static final Pattern CLOCK = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?!\\d)");

  /**
   * A short line with a full date and a clock time and no sentence end is a stamp, whatever the
   * page glued to it ("Saturday, December 20, 2025 | 03:42 PM IST" and a "read in Hindi" link, or
   * "Written: 2022-08-25 10:25:10Updated: …"): a story's sentence gives a time of day with its date
   * only inside a sentence.
   */
  private static boolean isStamp(String line, int words) {
    return words <= MAX_STAMP_WORDS
        && !LineShapes.endsSentence(line)
        && CLOCK.matcher(line).find()
        && STAMP_DATE.matcher(line).find();
  }

  private static final CharMatcher SEGMENT_SEPARATORS = CharMatcher.anyOf("|❯›»");

  /** Three or more short parts between vertical bars or a breadcrumb's arrows, no sentence end. */
  private static boolean isSegmented(String line) {
    if (LineShapes.endsProse(line)) {
      return false;
    }
    // "Headline | News | Site" with bars; "Society ❯ Community Safety ❯ Evacuations", a
    // breadcrumb, with arrows.
    int separator = SEGMENT_SEPARATORS.indexIn(line);
    if (separator < 0) {
      return false;
    }
    List<String> parts = Splitter.on(line.charAt(separator)).trimResults().splitToList(line);
    return parts.size() >= MIN_SEGMENTS
        && parts.stream().allMatch(p -> Whitespace.wordCount(p) <= MAX_SEGMENT_WORDS);
  }

  /**
   * Three or more short items joined by commas and no sentence end: "Earthquake, China, Gansu". A
   * sentence listing things has a verb phrase around the list, so one of its items is long.
   */
  static boolean isKeywordList(String line) {
    if (LineShapes.endsSentence(line)) {
      return false;
    }
    List<String> items = Splitter.on(',').trimResults().splitToList(line);
    return items.size() >= MIN_TAGS
        && items.stream().allMatch(i -> !i.isEmpty() && Whitespace.wordCount(i) <= MAX_TAG_WORDS);
  }

  /** The outlet named by a "SOURCE: X" line. */
  static Optional<String> sourceOf(String line) {
    Matcher m = SOURCE.matcher(line);
    return m.matches() ? Optional.of(m.group(1).trim()) : Optional.empty();
  }
}
