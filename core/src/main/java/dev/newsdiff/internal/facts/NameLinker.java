package dev.newsdiff.internal.facts;

import dev.newsdiff.internal.Pair;
import dev.newsdiff.internal.UnionFind;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Fact.Kind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Links variants of one name: the same words in another order ("Gen Nakatani", "Nakatani Gen"), a
 * surname alone ("Guler" for "Yasar Guler") when only one full name fits, a shorter form of an
 * organisation ("Defense Ministry" for "Ministry of National Defense") and its acronym ("MoND").
 * Each group takes as its value the form written most often (then the longest, then the first in
 * alphabetical order), so the result does not depend on order.
 */
public final class NameLinker {

  // Compiled once: String.split and String.replaceAll compile their pattern on every call.
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Set<String> SMALL = Set.of("of", "and", "the", "for", "de", "al");

  private NameLinker() {}

  /** For each distinct name written, the canonical form of its entity. */
  public static Map<String, String> canonical(List<Fact> names) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Kind> kinds = new HashMap<>();
    for (Fact f : names) {
      if (f.kind().isName()) {
        counts.merge(f.text(), 1, Integer::sum);
        kinds.putIfAbsent(f.text(), f.kind());
      }
    }
    List<String> forms = new ArrayList<>(counts.keySet());
    // What the pairwise tests need of each form, worked out once: every pair of forms is tested.
    Map<String, Form> parsed = new HashMap<>();
    forms.forEach(f -> parsed.put(f, Form.of(f)));
    List<Set<String>> allTokens =
        forms.stream().map(f -> parsed.get(f).tokens()).distinct().toList();
    Map<String, Integer> position = new HashMap<>();
    forms.forEach(f -> position.put(f, position.size()));
    UnionFind entities = new UnionFind(forms.size());
    for (Pair<String> p : Pair.of(forms)) {
      String a = p.first();
      String b = p.second();
      if (kinds.get(a) == kinds.get(b)
          && sameEntity(parsed.get(a), parsed.get(b), kinds.get(a), allTokens)) {
        entities.union(position.get(a), position.get(b));
      }
    }
    List<List<String>> groups =
        entities.groups().stream().map(g -> g.stream().map(forms::get).toList()).toList();
    Map<String, String> out = new HashMap<>();
    for (List<String> group : groups) {
      String best =
          group.stream()
              .max(
                  Comparator.<String>comparingInt(counts::get)
                      .thenComparingInt(String::length)
                      .thenComparing(Comparator.<String>reverseOrder()))
              .orElseThrow();
      group.forEach(f -> out.put(f, best));
    }
    return out;
  }

  private static boolean sameEntity(Form a, Form b, Kind kind, List<Set<String>> allTokens) {
    Set<String> ta = a.tokens();
    Set<String> tb = b.tokens();
    if (ta.isEmpty() || tb.isEmpty()) {
      return false;
    }
    if (ta.equals(tb)) {
      return true;
    }
    Set<String> small = ta.size() <= tb.size() ? ta : tb;
    Set<String> large = small == ta ? tb : ta;
    if (kind == Kind.ORGANISATION && (a.isAcronymOf(b) || b.isAcronymOf(a))) {
      return true;
    }
    if (!large.containsAll(small)) {
      return false;
    }
    if (kind == Kind.PERSON || kind == Kind.ORGANISATION && small.size() >= 2) {
      // "Guler" is "Yasar Guler", "Defense Ministry" the "Ministry of National Defense", only
      // when no other, unrelated longer name contains it too.
      return maximalSupersets(small, allTokens) == 1;
    }
    return false;
  }

  private static long maximalSupersets(Set<String> small, List<Set<String>> allTokens) {
    List<Set<String>> supersets =
        allTokens.stream().filter(t -> t.size() > small.size() && t.containsAll(small)).toList();
    return supersets.stream()
        .filter(
            t ->
                supersets.stream()
                    .noneMatch(u -> u != t && u.size() > t.size() && u.containsAll(t)))
        .count();
  }

  /**
   * A name as the pairwise tests see it: its folded content words; its capitals, when it may be an
   * acronym (one word, two capitals or more); the initials of its content words.
   */
  private record Form(Set<String> tokens, @Nullable String capitals, String initials) {

    static Form of(String name) {
      StringBuilder caps = new StringBuilder();
      name.chars().filter(Character::isUpperCase).forEach(c -> caps.append((char) c));
      boolean acronym = !name.contains(" ") && caps.length() >= 2;
      StringBuilder initials = new StringBuilder();
      for (String w : Whitespace.words(name)) {
        if (!w.isEmpty() && !SMALL.contains(w.toLowerCase(Locale.ROOT))) {
          initials.append(Character.toUpperCase(w.charAt(0)));
        }
      }
      return new Form(
          NameLinker.tokens(name), acronym ? caps.toString() : null, initials.toString());
    }

    /**
     * "MoND" for "Ministry of National Defense": the capitals are the initials of the content
     * words.
     */
    boolean isAcronymOf(Form name) {
      return capitals != null && name.initials.length() >= 2 && name.initials.equals(capitals);
    }
  }

  private static Set<String> tokens(String name) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
            .replaceAll("");
    Set<String> out = new LinkedHashSet<>();
    for (String w : NOT_WORD.split(folded)) {
      if (w.isEmpty() || SMALL.contains(w)) {
        continue;
      }
      out.add(
          w.replace("defence", "defense").replace("harbour", "harbor").replace("centre", "center"));
    }
    return out;
  }
}
