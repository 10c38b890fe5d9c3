package dev.newsdiff.internal.quote;

import dev.newsdiff.model.Span;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A speaker named next to a reporting verb ("the sources said", "Akturk stated", "He provided …:"),
 * with a rough kind used to resolve later pronouns.
 */
record Mention(Span span, String text, String cue, Span cueSpan, Kind kind) {

  // Compiled once: String.split and String.matches compile their pattern on every call.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PEOPLE_SUFFIX =
      Pattern.compile(".*(?:ers|ors|ists|ians|ants|ents|als|ives|ees|ats)");

  enum Kind {
    PERSON,
    GROUP,
    ORGANISATION,
    /** "Mt. Ruang", "Lake Kallo": a named place, which no pronoun of a speaker refers to. */
    PLACE,
    PRONOUN_PERSON,
    PRONOUN_GROUP,
    PRONOUN_ORGANISATION
  }

  static final Set<String> PERSON_NOUNS =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "minister",
          "official",
          "president",
          "leader",
          "chief",
          "head",
          "director",
          "secretary",
          "ambassador",
          "envoy",
          "commander",
          "general",
          "admiral",
          "analyst",
          "expert",
          "witness",
          "source",
          "officer",
          "mayor",
          "governor",
          "senator",
          "lawmaker",
          "man",
          "woman",
          "resident",
          "prosecutor",
          "judge",
          "lawyer",
          "adviser",
          "advisor",
          "chairman",
          "chairwoman",
          "ceo",
          "founder",
          "professor",
          "doctor",
          "manager");

  private static final Set<String> ORGANISATION_NOUNS =
      Set.of(
          "ministry",
          "agency",
          "government",
          "council",
          "office",
          "army",
          "forces",
          "department",
          "commission",
          "union",
          "organization",
          "organisation",
          "bank",
          "company",
          "party",
          "court",
          "police",
          "institute",
          "university",
          "association",
          "committee",
          "service",
          "authority",
          "embassy",
          "group",
          "corporation",
          "presidency",
          "parliament",
          "assembly",
          "administration",
          "house",
          "kremlin",
          "pentagon",
          "nato",
          "un",
          "branch",
          "firm",
          "inc",
          "ltd",
          "corp",
          "network",
          "board",
          "chamber",
          "foundation",
          "airline",
          "airlines",
          "airways",
          "labs",
          "holdings",
          "motors");

  /** First words that make a name a place's: "Mt. Ruang", "Lake Kallo", "Cape Brand". */
  private static final Set<String> PLACE_FIRST_WORDS =
      Set.of("mt", "mt.", "mount", "lake", "river", "cape", "gulf", "isle", "glacier");

  /** First words that make a name a body's: "Air Canada". */
  private static final Set<String> ORGANISATION_FIRST_WORDS = Set.of("air");

  static Kind kindOf(String np) {
    String[] words = SPACES.split(np.trim());
    String head = words[words.length - 1];
    String lower = head.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "he", "she", "him", "her":
        return Kind.PRONOUN_PERSON;
      case "they", "them":
        return Kind.PRONOUN_GROUP;
      case "it":
        return Kind.PRONOUN_ORGANISATION;
      default:
        break;
    }
    boolean named = Character.isUpperCase(head.charAt(0));
    if (named
        && words.length > 1
        && PLACE_FIRST_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return Kind.PLACE;
    }
    boolean article = words.length > 1 && words[0].equalsIgnoreCase("the");
    boolean firstWord = ORGANISATION_FIRST_WORDS.contains(words[0].toLowerCase(Locale.ROOT));
    if (named && (article || firstWord || isOrganisationWord(lower) || np.contains(" of "))) {
      return Kind.ORGANISATION; // "The Marine Accident Investigation Branch", "Chamber of Commerce"
    }
    if (named) {
      return Kind.PERSON;
    }
    if (PERSON_NOUNS.contains(lower)) {
      return Kind.PERSON;
    }
    if (lower.endsWith("s") && !lower.endsWith("ss")) {
      return Kind.GROUP;
    }
    return Kind.ORGANISATION;
  }

  /** "released a statement": verbs whose object is a document its subject issued. */
  static final Set<String> ISSUING = Set.of("released", "issued", "published", "sent", "posted");

  /** Documents that "say" what their issuer said: "the statement said", "the filing shows". */
  static final Set<String> DOCUMENTS =
      Set.of(
          "statement",
          "filing",
          "release",
          "communique",
          "communiqué",
          "report",
          "letter",
          "notice",
          "memo",
          "announcement",
          "document",
          "bulletin",
          "post",
          "message",
          // what an inquiry found speaks for whoever held it: "an investigation by the agency"
          "investigation",
          "inquiry",
          "probe",
          "study",
          "review",
          "audit",
          "survey");

  /**
   * "found", "concluded": verbs by which a document or a body gives its findings, which report
   * speech when "that" follows them ("The agency found that …") or a document is their subject
   * ("The investigation found the system …").
   */
  static final Set<String> FINDING_VERBS = Set.of("found", "finds", "find", "showed", "shows");

  /** A noun for a person by their role: "minister", "coach", "spokeswoman". */
  static boolean isRoleNoun(String lower) {
    return PERSON_NOUNS.contains(lower) || ROLE_NOUNS.contains(lower);
  }

  private static final Set<String> ROLE_NOUNS =
      Set.of("coach", "captain", "manager", "pilot", "inspector", "sheriff", "chancellor");

  static boolean isOrganisationWord(String lower) {
    return ORGANISATION_NOUNS.contains(lower);
  }

  /** "officials", "residents", "engineers", "police": a plural that names people, not things. */
  static boolean namesPeople(String np) {
    String[] words = SPACES.split(np.trim());
    String head = words[words.length - 1].toLowerCase(Locale.ROOT);
    return PEOPLE_PLURALS.contains(head) || PEOPLE_SUFFIX.matcher(head).matches();
  }

  private static final Set<String> PEOPLE_PLURALS =
      Set.of(
          "people",
          "police",
          "authorities",
          "sources",
          "witnesses",
          "crew",
          "staff",
          "men",
          "women",
          "children");

  boolean isPronoun() {
    return kind == Kind.PRONOUN_PERSON
        || kind == Kind.PRONOUN_GROUP
        || kind == Kind.PRONOUN_ORGANISATION;
  }

  /** Whether a pronoun of this mention's kind can refer to {@code antecedent}. */
  boolean canReferTo(Mention antecedent) {
    return switch (kind) {
      case PRONOUN_PERSON -> antecedent.kind == Kind.PERSON;
      case PRONOUN_GROUP -> antecedent.kind == Kind.GROUP;
      case PRONOUN_ORGANISATION -> antecedent.kind == Kind.ORGANISATION;
      default -> false;
    };
  }
}
