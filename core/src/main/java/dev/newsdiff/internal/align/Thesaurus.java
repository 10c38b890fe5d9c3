package dev.newsdiff.internal.align;

import com.google.common.collect.ImmutableMap;
import dev.newsdiff.internal.text.Stems;
import java.util.List;

/**
 * Common paraphrases of news English, so that outlets that reword a claim ("nobody was hurt", "no
 * one was injured") still share terms. Each group maps to one concept term. The list is
 * general-purpose newsroom vocabulary, not taken from any one story; words are matched by their
 * stems.
 */
final class Thesaurus {

  private static final List<List<String>> GROUPS =
      List.of(
          List.of("injured", "hurt", "wounded", "injury", "injuries"),
          List.of("killed", "dead", "died", "death", "deaths", "fatalities"),
          List.of("nobody", "noone"),
          List.of("talks", "meeting", "discussions", "negotiations", "met"),
          List.of("troops", "soldiers"),
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
          List.of("fall", "decrease", "drop", "decline", "shrink"),
          List.of("car", "vehicle", "vehicles", "cars"),
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

  private static final ImmutableMap<String, String> CONCEPT = build();

  private Thesaurus() {}

  /** The concept a stem belongs to, or null. */
  static String conceptOf(String stem) {
    return CONCEPT.get(stem);
  }

  private static ImmutableMap<String, String> build() {
    java.util.Map<String, String> map = new java.util.HashMap<>();
    Stems stems = new Stems();
    for (List<String> group : GROUPS) {
      String concept = "~" + stems.stem(group.get(0));
      for (String word : group) {
        map.putIfAbsent(stems.stem(WordForms.of(word)), concept);
      }
    }
    return ImmutableMap.copyOf(map);
  }
}
