package dev.newsdiff.internal.align;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import dev.newsdiff.internal.text.Stems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Common paraphrases of news English, so that outlets that reword a claim ("nobody was hurt", "no
 * one was injured") still share terms. Each group maps to one concept term. The list is
 * general-purpose newsroom vocabulary, not taken from any one story; words are matched by their
 * stems.
 */
final class Thesaurus {

  /**
   * What news stories count: a number next to one of these is a figure of that kind ("26 killed",
   * "injuring 13", "14 detained"). The first word of a group names its concept.
   */
  private static final List<List<String>> COUNTED =
      List.of(
          List.of("injured", "hurt", "wounded", "injury", "injuries"),
          List.of("killed", "dead", "died", "death", "deaths", "fatalities", "toll"),
          List.of("missing", "unaccounted"),
          List.of("arrested", "detained", "apprehended"),
          List.of("evacuated", "displaced"),
          List.of("residents", "inhabitants"),
          List.of("homes", "houses", "dwellings"),
          List.of("protesters", "demonstrators"),
          List.of("troops", "soldiers"),
          List.of("car", "vehicle", "vehicles", "cars"));

  private static final List<List<String>> OTHERS =
      List.of(
          List.of("landslide", "landslip", "mudslide"),
          List.of("ravine", "gorge", "chasm"),
          List.of("protests", "demonstrations", "rallies"),
          List.of("election", "vote", "ballot"),
          List.of("lawyer", "attorney", "counsel"),
          List.of("defamation", "libel", "slander"),
          List.of("ineligible", "disqualified", "barred"),
          List.of("suspended", "suspension"),
          List.of("nobody", "noone"),
          List.of("talks", "meeting", "discussions", "negotiations", "met"),
          List.of("assessment", "evaluation", "appraisal", "evaluations", "assessments"),
          List.of(
              "prediction", "projection", "forecast", "predictions", "projections", "forecasts"),
          List.of("accurate", "correct", "right"),
          List.of("speculation", "rumours", "rumors", "conjecture"),
          List.of("help", "assist", "aid", "assistance"),
          List.of("begin", "start", "launch", "initiated", "commence"),
          List.of("end", "finish", "conclude", "completed"),
          List.of("buy", "purchase", "acquire"),
          List.of("rise", "increase", "grow", "climb", "expand", "boost", "enhance", "strengthen"),
          List.of(
              "fall",
              "fell",
              "decrease",
              "drop",
              "decline",
              "shrink",
              "plunge",
              "plummet",
              "tumble",
              "slump"),
          List.of("firm", "company", "business"),
          List.of("closed", "shut", "sealed"),
          List.of("reopen", "reopening"),
          List.of("damage", "damaged"),
          List.of("quarrel", "dispute", "row"),
          List.of("ceasefire", "truce"),
          List.of("capabilities", "capacity", "capability"),
          List.of("advisory", "consultancy", "advice"),
          List.of("reciprocal", "mutual"),
          List.of("ground", "basis"),
          List.of("reject", "dismiss", "deny", "rule"),
          List.of("warn", "caution", "urge"),
          List.of("nation", "country"),
          List.of("roughly", "about", "around", "approximately", "nearly"));

  private static final String CONCEPT_MARK = "~";

  private static final ImmutableMap<String, String> CONCEPT;
  private static final ImmutableSet<String> COUNTED_CONCEPTS;

  static {
    Stems stems = new Stems();
    Map<String, String> concepts = new HashMap<>();
    for (List<String> group : Iterables.concat(COUNTED, OTHERS)) {
      String concept = CONCEPT_MARK + stems.stem(group.get(0));
      for (String word : group) {
        concepts.putIfAbsent(stems.stem(WordForms.of(word)), concept);
      }
    }
    CONCEPT = ImmutableMap.copyOf(concepts);
    COUNTED_CONCEPTS =
        COUNTED.stream()
            .map(group -> CONCEPT_MARK + stems.stem(group.get(0)))
            .collect(ImmutableSet.toImmutableSet());
  }

  private Thesaurus() {}

  /** The concept a stem belongs to, or null. */
  static String conceptOf(String stem) {
    return CONCEPT.get(stem);
  }

  /** Whether {@code term} is a concept term: two rewordings of one thing ("hurt" for "injured"). */
  static boolean isConcept(String term) {
    return term.startsWith(CONCEPT_MARK);
  }

  /** Whether {@code term} is a concept of what news counts (killed, injured, detained, …). */
  static boolean isCounted(String term) {
    return COUNTED_CONCEPTS.contains(term);
  }
}
