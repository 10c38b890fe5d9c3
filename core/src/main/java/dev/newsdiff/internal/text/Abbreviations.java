package dev.newsdiff.internal.text;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What English news writing abbreviates, by how the abbreviation behaves at a full stop. Words are
 * matched without their final period, case-sensitively where case matters ("St." before a name,
 * "st." after a number).
 */
final class Abbreviations {

  /** Titles and place prefixes: a name always follows, so their period never ends a sentence. */
  private static final ImmutableSet<String> BEFORE_NAME =
      ImmutableSet.of(
          "Mr",
          "Mrs",
          "Ms",
          "Mx",
          "Dr",
          "Prof",
          "Gen",
          "Lt",
          "Col",
          "Maj",
          "Capt",
          "Cpt",
          "Cmdr",
          "Cdr",
          "Adm",
          "Sgt",
          "Cpl",
          "Pvt",
          "Brig",
          "Gov",
          "Sen",
          "Rep",
          "Rev",
          "Hon",
          "Pres",
          "Supt",
          "Insp",
          "Det",
          "Amb",
          "Msgr",
          "Fr",
          "Atty",
          "Lieut",
          "Mme",
          "Mlle",
          "Messrs",
          "Rt",
          "St",
          "Mt",
          "Ft",
          "Pt",
          "Sens",
          "Reps",
          "Govs",
          "Gens",
          "Vs",
          "vs",
          "Sec",
          "Dept",
          // Given names as old style and firm names shorten them: "Jos. A. Bank", "Wm. Wrigley".
          "Jos",
          "Wm",
          "Chas",
          "Thos",
          "Geo",
          "Jas",
          "Benj",
          "Robt",
          // "Cie. Financière": the French "Compagnie" opens a company name.
          "Cie",
          // Turkish titles and ranks: "Doç. Dr.", "Yrd. Doç.", "Av. Ayşe", "Alb. Ali", "Org.
          // Hulusi".
          "Doç",
          "Yrd",
          "Öğr",
          "Gör",
          "Arş",
          "Uzm",
          "Op",
          "Av",
          "Müh",
          "Sn",
          "Org",
          "Korg",
          "Tümg",
          "Tuğg",
          "Alb",
          "Yarb",
          "Bnb",
          "Yzb",
          "Ütğm",
          "Tğm");

  /** Abbreviations that stand before a number: "No. 5", "p. 55", "Aug. 13". */
  private static final ImmutableSet<String> BEFORE_NUMBER =
      ImmutableSet.of(
          "No",
          "no",
          "Nos",
          "nos",
          "N°",
          "Nr",
          "nr",
          "p",
          "pp",
          "Vol",
          "vol",
          "Art",
          "art",
          "Fig",
          "fig",
          "ch",
          "Ch",
          "sec",
          "Sec",
          "para",
          "Para",
          "Ref",
          "ref",
          "Op",
          "op",
          "approx",
          "Approx",
          "ca",
          "c",
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "Jun",
          "Jul",
          "Aug",
          "Sep",
          "Sept",
          "Oct",
          "Nov",
          "Dec",
          "Tel",
          "tel",
          "Rs",
          "Ex",
          "ed",
          "Ed",
          "Eds",
          "Gen",
          // Compass points in street addresses: "555 W. 57th St."
          "N",
          "S",
          "E",
          "W");

  /** Months: before a number they never end a sentence; before a capital they may. */
  private static final ImmutableSet<String> MONTHS =
      ImmutableSet.of(
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

  /**
   * Abbreviations that close a phrase ("& Co.", "Jr.", "etc."): they end the sentence only when a
   * new sentence visibly starts after them.
   */
  private static final ImmutableSet<String> AFTER_PHRASE =
      ImmutableSet.of(
          "co",
          "corp",
          "inc",
          "ltd",
          "plc",
          "Jr",
          "Sr",
          "etc",
          "al",
          "Ave",
          "ave",
          "Rd",
          "rd",
          "Blvd",
          "st",
          "Esq",
          "Univ",
          "Assn",
          "Dept",
          "dept",
          "Govt",
          "govt",
          "intl",
          "est",
          "Est",
          "min",
          "max",
          "km",
          "kg",
          "ft",
          "mi",
          "oz",
          "lb",
          "lbs",
          "hr",
          "hrs",
          "yr",
          "yrs",
          "sq",
          "cu",
          "mln",
          "bln",
          "bn",
          "m",
          // Turkish: "ve benzeri" (and the like); street, avenue, quarter and boulevard.
          "vb",
          "Cad",
          "Sok",
          "Mah",
          "Bul",
          // Turkish company names: "Deniz Gıda San. ve Tic. Ltd. Şti." (industry and trade).
          "San",
          "Tic");

  /**
   * The legal form that closes a company's name. Unlike other phrase-closing abbreviations, a
   * capitalised word after it mostly starts a new sentence ("… led by Acme Corp. Analysts said"),
   * unless it goes on with the name or the company's officer ("Acme Corp. Chairman").
   */
  private static final ImmutableSet<String> COMPANY_FORMS =
      ImmutableSet.of(
          "Co", "Cos", "Corp", "Inc", "Ltd", "Plc", "PLC", "Bros", "Intl", "LLC", "Llc", "Pty",
          "Bhd", "AG", "SA", "NV", "BV", "GmbH", "Şti", "CO", "CORP", "INC", "LTD");

  /** Words that carry on after a company's legal form: more of the name, or an officer's title. */
  private static final ImmutableSet<String> AFTER_COMPANY_FORM =
      ImmutableSet.of(
          "Holdings",
          "Holding",
          "Group",
          "Chairman",
          "Chairwoman",
          "Chair",
          "President",
          "Chief",
          "CEO",
          "Vice",
          "Executive",
          "Director",
          "Managing",
          "Founder",
          "Spokesman",
          "Spokeswoman",
          "Spokesperson",
          "Treasurer",
          "Secretary",
          "Senior",
          "Head");

  /** Never the end: "e.g." and "i.e." introduce more of the same sentence. */
  private static final ImmutableSet<String> INSIDE =
      ImmutableSet.of("e.g", "i.e", "cf", "viz", "vs", "v", "Vs", "incl", "esp", "resp");

  /** "U.S", "a.m", "E.U", "U.S.A", "Ph.D": letters separated by periods. */
  private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}{1,2}\\.)+\\p{L}{1,2}");

  private Abbreviations() {}

  static boolean isBeforeName(String word) {
    return BEFORE_NAME.contains(word);
  }

  static boolean isBeforeNumber(String word) {
    return BEFORE_NUMBER.contains(word);
  }

  static boolean isMonth(String word) {
    return MONTHS.contains(word);
  }

  static boolean isCompanyForm(String word) {
    return COMPANY_FORMS.contains(word);
  }

  /** "Holdings" or "Chairman" after "Acme Corp.": the name, or its officer's title, goes on. */
  static boolean goesOnAfterCompanyForm(String nextWord) {
    return COMPANY_FORMS.contains(nextWord) || AFTER_COMPANY_FORM.contains(nextWord);
  }

  static boolean isAfterPhrase(String word) {
    return AFTER_PHRASE.contains(word);
  }

  static boolean isInside(String word) {
    return INSIDE.contains(word) || INSIDE.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isDotted(String word) {
    return DOTTED.matcher(word).matches();
  }

  /** "a.m", "P.M": a time of day, which often ends a sentence. */
  static boolean isTime(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return w.equals("a.m") || w.equals("p.m");
  }

  private static final ImmutableSet<String> DAYS_AND_ZONES =
      ImmutableSet.of(
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "GMT",
          "UTC",
          "BST",
          "CET",
          "CEST",
          "EET",
          "EEST",
          "ET",
          "EST",
          "EDT",
          "CT",
          "CST",
          "CDT",
          "PT",
          "PST",
          "PDT",
          "TRT",
          "MSK");

  /** Words that carry on a time of day: "5 p.m. Friday", "5 p.m. GMT". */
  static boolean isDayOrZone(String word) {
    return DAYS_AND_ZONES.contains(word);
  }

  /** A single capital letter: a middle initial, or the pronoun "I". */
  static boolean isInitial(String word) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0));
  }
}
