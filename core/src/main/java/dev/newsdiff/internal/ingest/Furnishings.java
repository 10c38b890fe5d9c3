package dev.newsdiff.internal.ingest;

import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.model.FurnitureKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line of page furniture by its own words: read-time labels, relative times, bylines,
 * credits, promotion and contact lines. Position-dependent kinds (section labels, a headline
 * repeated as a caption) are decided by {@link Layout}.
 */
final class Furnishings {

  private record Rule(FurnitureKind kind, Pattern pattern, int maxWords) {}

  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

  static final Pattern SOURCE = Pattern.compile("^source\\s*:\\s*(\\S.{0,80})$", CI);

  private static final List<Rule> RULES =
      List.of(
          new Rule(FurnitureKind.SOURCE, SOURCE, 10),
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
              FurnitureKind.TIMESTAMP,
              Pattern.compile(
                  "^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\\s*:?\\s*)?"
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
                  "^(?i:by)\\s+\\p{Lu}[\\p{L}'’.-]*+(?:\\s+\\p{Lu}[\\p{L}'’.-]*+){0,3}"
                      + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}'’.-]*+(?:\\s+\\p{Lu}[\\p{L}'’.-]*+){0,3})*$"),
              12),
          new Rule(
              FurnitureKind.CAPTION,
              Pattern.compile(
                  // A photo credit closing the line: "… / AA", "… | Reuters", "(Photo: AFP)". The
                  // line is searched, so the look-ahead lets most positions fail on one character.
                  "(?=[\\s(.])(?:\\s[/|]\\s*\\p{Lu}[\\p{L}.&-]*(?:\\s\\p{Lu}[\\p{L}.&-]*){0,3}\\s*"
                      // [^()]: each "(photo" reads no further than the next parenthesis, so a line
                      // of
                      // them is read once, not once per "(photo".
                      + "|\\((?:photo|image|picture|file photo|photograph)\\b[^()]*\\)\\s*"
                      + "|\\.\\s+(?:photo|image|photograph)\\s*(?:by|:|credit:?)\\s*[^.]{1,60})$",
                  CI),
              80),
          new Rule(
              FurnitureKind.CREDIT,
              Pattern.compile(
                  "^(?:©|\\(c\\)\\s|copyright\\b)"
                      + "|^(?:(?:additional |further )?(?:reporting|writing|editing|compiled|produced|graphics)"
                      + "(?: and \\w+)? by\\s+\\p{Lu})"
                      + "|^(?:with )?(?:files|reporting|additional reporting|material) from\\s+\\p{Lu}"
                      + "|^\\(?(?:photo|image|photograph|picture|file photo)s?\\s*(?::|by\\b|credit)[^.]{0,80}\\)?$",
                  CI),
              25),
          new Rule(
              FurnitureKind.CONTACT,
              Pattern.compile(
                  "^contact(?: us)?\\.?$|^(?:contact|e-?mail|tel|phone|fax)\\s*:"
                      + "|(?:got|have) a (?:news |story )?tip|^send (?:us )?(?:your )?(?:tips|news)"
                      + "|^(?:e-?mail|write to|call)\\s+\\S+@\\S+",
                  CI),
              15),
          new Rule(
              FurnitureKind.PROMO,
              Pattern.compile(
                  "share your feedback|sneak a peek|subscribe (?:to|now|for)|sign up (?:for|to)"
                      + "|follow us|download (?:our|the) app|join (?:us|our) on|newsletter|^read more\\b"
                      + "|^also read\\b|^related\\s*(?::|stories|articles|news)|^recommended\\b|click here"
                      + "|^advertisement$|^share (?:this|on)\\b|^copy link$|^listen (?:to|on|live)\\b"
                      + "|^watch (?:the|our|live)\\b",
                  CI),
              20));

  private Furnishings() {}

  /** The furniture kind of this trimmed line, if its words alone make it furniture. */
  static Optional<FurnitureKind> kindOf(String line) {
    int words = Whitespace.wordCount(line);
    for (Rule rule : RULES) {
      if (words <= rule.maxWords() && rule.pattern().matcher(line).find()) {
        return Optional.of(rule.kind());
      }
    }
    return Optional.empty();
  }

  /** The outlet named by a "SOURCE: X" line. */
  static Optional<String> sourceOf(String line) {
    Matcher m = SOURCE.matcher(line);
    return m.matches() ? Optional.of(m.group(1).trim()) : Optional.empty();
  }
}
