package dev.newsdiff.internal.quote;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/** Reporting verbs that attribute speech: "said", "told", "stressed", "noted" and their forms. */
final class CueVerbs {

  private static final ImmutableSet<String> STEMS =
      ImmutableSet.of(
          "say",
          "tell",
          "state",
          "add",
          "note",
          "stress",
          "emphasise",
          "emphasize",
          "confirm",
          "conclude",
          "explain",
          "announce",
          "declare",
          "warn",
          "insist",
          "argue",
          "claim",
          "ask",
          "reply",
          "respond",
          "write",
          "tweet",
          "post",
          "urge",
          "remark",
          "observe",
          "comment",
          "report",
          "acknowledge",
          "admit",
          "recall",
          "suggest",
          "underline",
          "underscore",
          "highlight",
          "reiterate",
          "maintain",
          "elaborate",
          "reveal",
          "caution",
          "vow",
          "pledge",
          "predict",
          "contend",
          "agree",
          "deny",
          "disclose",
          "inform",
          "mention",
          "assure",
          "affirm",
          "assert",
          "estimate",
          "shout",
          "whisper",
          "quip",
          "boast",
          "concede",
          "complain",
          "demand",
          "promise",
          "threaten",
          "point",
          "continue",
          "add",
          "answer",
          "counter",
          "call",
          "describe",
          "testify",
          "allege",
          "charge",
          "brief",
          "outline",
          "recount",
          "request",
          // how speech is voiced: "…," she joked; "…!" exclaimed the pilot; "…," he radioed
          "exclaim",
          "joke",
          "cry",
          "yell",
          "scream",
          "mutter",
          "murmur",
          "plead",
          "beg",
          "wonder",
          "marvel",
          "sigh",
          "laugh",
          "retort",
          "interject",
          "lament",
          "radio",
          "sob",
          // what a report or a body calls a thing in its own words: "referred to it as "…""
          "refer",
          "concur",
          "recommend",
          "advise",
          "clarify",
          "specify");

  private static final ImmutableSet<String> IRREGULAR =
      ImmutableSet.of(
          "said", "says", "told", "tells", "wrote", "writes", "read", "reads", "wept", "spoke",
          "spoken");

  /**
   * Present-tense forms, limited to verbs that are rarely nouns: "reports", "comments" and "claims"
   * after a noun phrase are more often the noun ("media reports about …").
   */
  private static final ImmutableSet<String> PRESENT =
      ImmutableSet.of(
          "adds",
          "notes",
          "stresses",
          "states",
          "warns",
          "insists",
          "argues",
          "explains",
          "emphasises",
          "emphasizes",
          "urges",
          "asks",
          "confirms",
          "announces",
          "declares",
          "writes",
          "tweets",
          "says",
          "speaks",
          "tells",
          "believes",
          "thinks");

  private CueVerbs() {}

  /** "replied" less "ed" is "repli", whose stem is "reply". */
  private static String iToY(String form) {
    return form.endsWith("i") ? form.substring(0, form.length() - 1) + "y" : form;
  }

  /** True for a finite form of a reporting verb: "said", "stresses", "emphasised". */
  /** A reporting verb's plain form, as after "to": "went on to add". */
  static boolean isStem(String word) {
    return STEMS.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isCue(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (IRREGULAR.contains(w)) {
      return true;
    }
    if (PRESENT.contains(w)) {
      return true;
    }
    for (String form : new String[] {stripSuffix(w, "ed"), stripSuffix(w, "d")}) {
      if (form != null
          && (STEMS.contains(form)
              || STEMS.contains(undouble(form))
              || STEMS.contains(iToY(form)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Common irregular past tenses: they introduce a colon quote ("He gave a warning: …") and end the
   * subject of a sentence ("Ada Okafor lost her home in the flood."), whom a later "she said"
   * means. English's irregular verbs, leaving out the forms that are as often nouns or adjectives
   * ("cut", "hit", "shot", "cost", "lit").
   */
  private static final ImmutableSet<String> IRREGULAR_PAST =
      ImmutableSet.of(
          "gave",
          "made",
          "spoke",
          "took",
          "put",
          "set",
          "sent",
          "went",
          "came",
          "held",
          "brought",
          "struck",
          "laid",
          "kept",
          "felt",
          "meant",
          "thought",
          "saw",
          "found",
          "began",
          "drew",
          "threw",
          "read",
          "left",
          "led",
          "won",
          "sought",
          "taught",
          "showed",
          "shown",
          "lost",
          "fled",
          "met",
          "ran",
          "got",
          "did",
          "wrote",
          "knew",
          "stood",
          "fell",
          "flew",
          "fought",
          "paid",
          "sold",
          "bought",
          "caught",
          "chose",
          "drove",
          "ate",
          "grew",
          "heard",
          "hid",
          "built",
          "broke",
          "became",
          "rose",
          "sat",
          "spent",
          "woke",
          "wore",
          "tore",
          "stole",
          "swore",
          "sank",
          "rang",
          "sang",
          "swam",
          "understood",
          "withdrew",
          "forgot",
          "forgave",
          "overcame",
          "undertook",
          "upheld",
          "oversaw",
          "dealt",
          "lent",
          "slept",
          "fed",
          "dug",
          "hung",
          "shook",
          "rode",
          "drank",
          "froze",
          "sped",
          "arose",
          "bore",
          "swept",
          "wept",
          "lay");

  /** True for a past-tense verb, which may introduce a colon quote: "provided", "gave". */
  static boolean isPastTense(String word) {
    boolean regular =
        word.length() > 4 && word.endsWith("ed") && word.chars().allMatch(Character::isLowerCase);
    return regular || IRREGULAR_PAST.contains(word);
  }

  private static String stripSuffix(String w, String suffix) {
    return w.endsWith(suffix) && w.length() > suffix.length() + 1
        ? w.substring(0, w.length() - suffix.length())
        : null;
  }

  /** "stressed" → "stress" is already handled; "planned" → "plan". */
  private static String undouble(String w) {
    int n = w.length();
    return n > 2 && w.charAt(n - 1) == w.charAt(n - 2) ? w.substring(0, n - 1) : w;
  }
}
