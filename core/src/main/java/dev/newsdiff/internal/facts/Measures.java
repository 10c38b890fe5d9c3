package dev.newsdiff.internal.facts;

import dev.newsdiff.model.Article;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.FurnitureKind;
import dev.newsdiff.model.Span;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What facts can be compared with what, and whether two values agree, disagree, or agree within an
 * approximation. Values are those {@link NumericFacts} writes: "548 km", "40", "85000 GBP", "3.5%",
 * "23:52", "08-13", "2025-06-03", "Tuesday", "this week".
 */
final class Measures {

  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");
  private static final Pattern WEEKDAY =
      Pattern.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");

  enum Verdict {
    SAME,
    APPROXIMATE,
    DIFFERENT
  }

  /** Units of one dimension, in a common base unit. */
  private static final Map<String, Double> BASE =
      Map.ofEntries(
          Map.entry("km", 1000.0),
          Map.entry("m", 1.0),
          Map.entry("cm", 0.01),
          Map.entry("mm", 0.001),
          Map.entry("mi", 1609.344),
          Map.entry("ft", 0.3048),
          Map.entry("in", 0.0254),
          Map.entry("yd", 0.9144),
          Map.entry("t", 1000.0),
          Map.entry("kg", 1.0),
          Map.entry("g", 0.001),
          Map.entry("lb", 0.4536),
          Map.entry("s", 1.0),
          Map.entry("min", 60.0),
          Map.entry("h", 3600.0),
          Map.entry("d", 86400.0),
          Map.entry("wk", 604800.0),
          Map.entry("mo", 2629800.0),
          Map.entry("yr", 31557600.0));

  private static final Map<String, String> DIMENSION =
      Map.ofEntries(
          Map.entry("km", "length"),
          Map.entry("m", "length"),
          Map.entry("cm", "length"),
          Map.entry("mm", "length"),
          Map.entry("mi", "length"),
          Map.entry("ft", "length"),
          Map.entry("in", "length"),
          Map.entry("yd", "length"),
          Map.entry("t", "mass"),
          Map.entry("kg", "mass"),
          Map.entry("g", "mass"),
          Map.entry("lb", "mass"),
          Map.entry("s", "duration"),
          Map.entry("min", "duration"),
          Map.entry("h", "duration"),
          Map.entry("d", "duration"),
          Map.entry("wk", "duration"),
          Map.entry("mo", "duration"),
          Map.entry("yr", "duration"));

  /** Equal within this share counts as the same (unit conversions round). */
  private static final double SAME_WITHIN = 0.05;

  /** A hedged figure within this share of the other is an approximation of it. */
  private static final double APPROXIMATE_WITHIN = 0.10;

  /** Two times this many minutes apart, one of them hedged, approximate each other. */
  static final int APPROXIMATE_MINUTES = 15;

  private Measures() {}

  /** Facts with the same key can be compared; null when a fact is not compared at all. */
  static @Nullable String key(Fact f) {
    return switch (f.kind()) {
      case NUMBER -> f.about() == null ? null : "number";
      case QUANTITY -> "quantity:" + DIMENSION.getOrDefault(unit(f.value()), unit(f.value()));
      case MONEY -> "money:" + unit(f.value());
      case PERCENT -> "percent";
      case TIME -> f.about() == null ? null : "time";
      case DATE -> "date";
      default -> null;
    };
  }

  /**
   * Whether two facts of one key can be about the same thing: counts and times must share a context
   * word.
   */
  static boolean comparable(Fact a, Fact b) {
    if (a.kind() == Fact.Kind.QUANTITY) {
      return sameScale(a, b);
    }
    if (a.kind() != Fact.Kind.NUMBER && a.kind() != Fact.Kind.TIME) {
      return true;
    }
    if (a.about() == null || b.about() == null) {
      return false;
    }
    java.util.Set<String> x =
        new java.util.HashSet<>(java.util.Arrays.asList(a.about().split(" ")));
    for (String w : b.about().split(" ")) {
      if (x.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two outlets measuring one thing do not differ a hundredfold: "towed 2.5 km" and "1.4 metres
   * below the dock" are two measurements. The same number in other units ("2.5 m" against "2.5 km")
   * is still compared: that is a unit slip worth showing.
   */
  private static boolean sameScale(Fact a, Fact b) {
    double x = Math.abs(magnitude(a));
    double y = Math.abs(magnitude(b));
    if (x == 0 || y == 0 || number(a.value()).compareTo(number(b.value())) == 0) {
      return true;
    }
    return Math.max(x, y) / Math.min(x, y) <= MAX_SCALE;
  }

  /** Measurements of one thing by different outlets are within this factor of each other. */
  private static final double MAX_SCALE = 100;

  static Verdict compare(Fact a, Fact b, @Nullable Integer yearA, @Nullable Integer yearB) {
    return switch (a.kind()) {
      case TIME -> compareTimes(a, b);
      case DATE ->
          compatibleDates(a.value(), b.value(), yearA, yearB) ? Verdict.SAME : Verdict.DIFFERENT;
      default -> compareNumbers(a, b);
    };
  }

  private static Verdict compareNumbers(Fact a, Fact b) {
    double x = magnitude(a);
    double y = magnitude(b);
    double scale = Math.max(Math.abs(x), Math.abs(y));
    double gap = scale == 0 ? 0 : Math.abs(x - y) / scale;
    Hedge ha = Hedge.of(a);
    Hedge hb = Hedge.of(b);
    if (gap == 0 && (ha == Hedge.ABOUT) != (hb == Hedge.ABOUT)) {
      return Verdict.APPROXIMATE; // "about 2.5 km" gives as a round figure what the other states
    }
    if (gap == 0
        || a.kind() == Fact.Kind.QUANTITY
            && gap <= SAME_WITHIN
            && !unit(a.value()).equals(unit(b.value()))) {
      return Verdict.SAME;
    }
    // "At least 18 killed" and "at least 25 killed" are two tolls, not two estimates of one.
    if (ha == Hedge.AT_LEAST && hb == Hedge.AT_LEAST) {
      return Verdict.DIFFERENT;
    }
    if (ha.roundsDown(x, y) || hb.roundsDown(y, x)) {
      return Verdict.APPROXIMATE;
    }
    return gap <= APPROXIMATE_WITHIN && (ha.admits(x, y) || hb.admits(y, x))
        ? Verdict.APPROXIMATE
        : Verdict.DIFFERENT;
  }

  /**
   * How a figure is hedged, read from its words: "about 200" may be 197 or 203; "more than 40" and
   * "at least 40" are 43 but not 38; "nearly 14 years" is 13 years and nine months but not 14 and a
   * half. A figure hedged without its words in the fact (a sum, a percentage) counts as "about".
   */
  enum Hedge {
    NONE,
    ABOUT,
    AT_LEAST,
    MORE_THAN,
    LESS_THAN;

    private static final Pattern AT_LEAST_WORDS = Pattern.compile("(?i)at least\\b.*");
    private static final Pattern MORE_WORDS =
        Pattern.compile("(?i)(?:more than|over|just over|upwards of)\\b.*");
    private static final Pattern LESS_WORDS =
        Pattern.compile("(?i)(?:nearly|almost|under|just under|up to|at most|close to)\\b.*");

    static Hedge of(Fact f) {
      if (!f.approximate()) {
        return NONE;
      }
      if (AT_LEAST_WORDS.matcher(f.text()).matches()) {
        return AT_LEAST;
      }
      if (MORE_WORDS.matcher(f.text()).matches()) {
        return MORE_THAN;
      }
      return LESS_WORDS.matcher(f.text()).matches() ? LESS_THAN : ABOUT;
    }

    /**
     * Whether {@code mine} is a round figure that a writer gave "more than" for {@code theirs}:
     * "more than 400" is how 459 or "at least 450" is rounded down, to the round step below it (400
     * to 500, 2,000 to 3,000), not a different toll.
     */
    boolean roundsDown(double mine, double theirs) {
      if (this != MORE_THAN || mine <= 0) {
        return false;
      }
      double step = Math.pow(10, Math.floor(Math.log10(mine)));
      return mine % step == 0 && step >= 10 && theirs > mine && theirs < mine + step;
    }

    /** Whether a figure {@code mine} hedged this way allows the other's {@code theirs}. */
    boolean admits(double mine, double theirs) {
      return switch (this) {
        case NONE -> false;
        case ABOUT -> true;
        case AT_LEAST -> theirs >= mine;
        case MORE_THAN -> theirs > mine;
        case LESS_THAN -> theirs < mine;
      };
    }
  }

  private static Verdict compareTimes(Fact a, Fact b) {
    int gap = Math.abs(minutes(a.value()) - minutes(b.value()));
    if (gap == 0) {
      return Verdict.SAME;
    }
    return (a.approximate() || b.approximate()) && gap <= APPROXIMATE_MINUTES
        ? Verdict.APPROXIMATE
        : Verdict.DIFFERENT;
  }

  /**
   * Dates agree when they name the same day, or one is vaguer ("this week", "last year"), or a
   * weekday falls on the other's calendar date in a year that is known.
   */
  static boolean compatibleDates(
      String a, String b, @Nullable Integer yearA, @Nullable Integer yearB) {
    if (a.equals(b) || isRelative(a) || isRelative(b)) {
      return true;
    }
    if (isDays(a) && isDays(b) && (a.contains("/") || b.contains("/"))) {
      return within(a, b) || within(b, a);
    }
    boolean weekdayA = isWeekday(a);
    boolean weekdayB = isWeekday(b);
    if (weekdayA && weekdayB) {
      return false;
    }
    if (weekdayA || weekdayB) {
      String weekday = weekdayA ? a : b;
      String date = weekdayA ? b : a;
      LocalDate day = day(date, weekdayA ? yearB : yearA);
      return day == null || day.getDayOfWeek().name().equalsIgnoreCase(weekday);
    }
    if (YEAR.matcher(a).matches() || YEAR.matcher(b).matches()) {
      return a.startsWith(b) || b.startsWith(a);
    }
    return monthDay(a).equals(monthDay(b));
  }

  /** A calendar day or a range of them: "06-04", "2023-06-04", "06-04/06-09". */
  private static boolean isDays(String v) {
    for (String end : v.split("/", -1)) {
      if (!FULL_DATE.matcher(end).matches() && !MONTH_DAY.matcher(end).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the days of {@code inner} fall within {@code outer}: "June 7" within "June 7-9", the
   * Suriname leg "June 4-6" within the tour "June 4 to 9". Years are left aside where one side
   * gives none.
   */
  private static boolean within(String inner, String outer) {
    String[] in = inner.split("/");
    String[] out = outer.split("/");
    boolean years = in[0].length() > 5 && out[0].length() > 5;
    String from = years ? out[0] : monthDay(out[0]);
    String to = years ? out[out.length - 1] : monthDay(out[out.length - 1]);
    String first = years ? in[0] : monthDay(in[0]);
    String last = years ? in[in.length - 1] : monthDay(in[in.length - 1]);
    return first.compareTo(from) >= 0 && last.compareTo(to) <= 0;
  }

  private static @Nullable LocalDate day(String date, @Nullable Integer year) {
    try {
      if (FULL_DATE.matcher(date).matches()) {
        return LocalDate.parse(date);
      }
      if (MONTH_DAY.matcher(date).matches() && year != null) {
        return LocalDate.parse(year + "-" + date);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static String monthDay(String date) {
    return date.length() > 5 ? date.substring(date.length() - 5) : date;
  }

  private static boolean isWeekday(String v) {
    return WEEKDAY.matcher(v).matches();
  }

  private static boolean isRelative(String v) {
    return !v.isEmpty() && Character.isLowerCase(v.charAt(0));
  }

  private static int minutes(String hhmm) {
    return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3, 5));
  }

  /**
   * Whether the ranges {@code [lowA, highA]} and {@code [lowB, highB]} of values of one kind share
   * a value: "between 5.9 and 6.6" holds 6.6.
   */
  static boolean overlap(String lowA, String highA, String lowB, String highB, Fact.Kind kind) {
    double a0 = magnitude(kind, lowA);
    double a1 = magnitude(kind, highA);
    double b0 = magnitude(kind, lowB);
    double b1 = magnitude(kind, highB);
    return Math.max(Math.min(a0, a1), Math.min(b0, b1))
        <= Math.min(Math.max(a0, a1), Math.max(b0, b1));
  }

  private static double magnitude(Fact.Kind kind, String value) {
    return magnitude(new Fact(kind, Span.of(0, 0), value, value, null, false));
  }

  /** A quantity in its base unit; a compound duration ("13 yr 9 mo") is the sum of its parts. */
  private static double magnitude(Fact f) {
    String v = f.value();
    if (f.kind() != Fact.Kind.QUANTITY) {
      return number(v).doubleValue();
    }
    String[] parts = v.split(" ");
    double n = 0;
    for (int i = 0; i + 1 < parts.length; i += 2) {
      n +=
          new BigDecimal(parts[i]).doubleValue()
              * BASE.getOrDefault(parts[i + 1].toLowerCase(Locale.ROOT), 1.0);
    }
    return parts.length == 1 ? number(v).doubleValue() : n;
  }

  /** The number a value starts with: "2.5" of "2.5 km", "3.5" of "3.5%". */
  private static BigDecimal number(String value) {
    int space = value.indexOf(' ');
    return new BigDecimal((space < 0 ? value : value.substring(0, space)).replace("%", ""));
  }

  /** The unit of a value: "km" of "2.5 km", "yr" of "13 yr 9 mo", "USD" of "5 USD". */
  private static String unit(String value) {
    String[] parts = value.split(" ");
    return parts.length < 2 ? "" : parts[1].toLowerCase(Locale.ROOT);
  }

  /** The year of publication, from a timestamp line, when the page gives one. */
  static @Nullable Integer publicationYear(Article a) {
    for (Furniture f : a.furniture()) {
      if (f.kind() == FurnitureKind.TIMESTAMP) {
        Matcher m = PUBLISHED_YEAR.matcher(f.text());
        if (m.find()) {
          return Integer.parseInt(m.group());
        }
      }
    }
    return null;
  }

  private static final Pattern PUBLISHED_YEAR =
      Pattern.compile(
          "(?=[12])\\b(19|20)\\d{2}\\b"); // the look-ahead before \b: see NumericFacts.DATE
}
