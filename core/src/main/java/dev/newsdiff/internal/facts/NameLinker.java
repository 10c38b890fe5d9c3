package dev.newsdiff.internal.facts;

import com.google.common.collect.ImmutableSet;
import dev.newsdiff.internal.UnionFind;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Fact.Kind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Kind> kinds = new HashMap<>();
    for (Fact f : names) {
      if (f.kind().isName()) {
        counts.merge(f.text(), 1, Integer::sum);
        kinds.putIfAbsent(f.text(), f.kind());
      }
    }
    List<String> forms = counts.keySet().stream().sorted().toList();
    List<Form> parsed = forms.stream().map(Form::of).toList();
    List<Kind> formKinds = forms.stream().map(kinds::get).toList();
    UnionFind entities = new UnionFind(forms.size());
    // The pairs of forms that name one entity, found through indexes rather than by testing every
    // pair: an article can hold tens of thousands of distinct names.
    linkSameWords(parsed, formKinds, entities);
    linkAcronyms(parsed, formKinds, entities);
    linkContainedNames(parsed, formKinds, entities);
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

  /** "Gen Nakatani" and "Nakatani Gen": the same words, in any order. */
  private static void linkSameWords(List<Form> forms, List<Kind> kinds, UnionFind entities) {
    Map<Map.Entry<Kind, Set<String>>, Integer> first = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      if (!forms.get(i).tokens().isEmpty()) {
        Integer other = first.putIfAbsent(Map.entry(kinds.get(i), forms.get(i).tokens()), i);
        if (other != null) {
          entities.union(other, i);
        }
      }
    }
  }

  /** "MoND" and "Ministry of National Defense". */
  private static void linkAcronyms(List<Form> forms, List<Kind> kinds, UnionFind entities) {
    Map<String, List<Integer>> byInitials = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      Form f = forms.get(i);
      if (kinds.get(i) == Kind.ORGANISATION
          && !f.tokens().isEmpty()
          && f.initials().length() >= 2) {
        byInitials.computeIfAbsent(f.initials(), k -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < forms.size(); i++) {
      Form f = forms.get(i);
      if (kinds.get(i) == Kind.ORGANISATION && !f.tokens().isEmpty() && f.capitals() != null) {
        for (int j : byInitials.getOrDefault(f.capitals(), List.of())) {
          entities.union(i, j);
        }
      }
    }
  }

  /**
   * "Guler" is "Yasar Guler", "Defense Ministry" the "Ministry of National Defense", only when no
   * other, unrelated longer name (of any kind) contains it too.
   */
  private static void linkContainedNames(List<Form> forms, List<Kind> kinds, UnionFind entities) {
    Map<Set<String>, List<Integer>> formsOf = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      formsOf.computeIfAbsent(forms.get(i).tokens(), k -> new ArrayList<>()).add(i);
    }
    Map<String, List<Set<String>>> containing = new HashMap<>();
    for (Set<String> tokens : formsOf.keySet()) {
      tokens.forEach(t -> containing.computeIfAbsent(t, k -> new ArrayList<>()).add(tokens));
    }
    for (int i = 0; i < forms.size(); i++) {
      Set<String> small = forms.get(i).tokens();
      Kind kind = kinds.get(i);
      if (small.isEmpty()
          || kind != Kind.PERSON && !(kind == Kind.ORGANISATION && small.size() >= 2)) {
        continue;
      }
      // Every superset holds the rarest of the name's words: only those are looked at.
      List<Set<String>> supersets =
          small.stream()
              .map(containing::get)
              .min(Comparator.comparingInt(List::size))
              .orElseThrow()
              .stream()
              .filter(t -> t.size() > small.size() && t.containsAll(small))
              .toList();
      if (oneMaximal(supersets)) {
        for (Set<String> large : supersets) {
          for (int j : formsOf.get(large)) {
            if (kinds.get(j) == kind) {
              entities.union(i, j);
            }
          }
        }
      }
    }
  }

  /**
   * Whether exactly one of {@code sets} (distinct) is contained in no other: then a largest one
   * contains them all, and checking that takes one pass.
   */
  private static boolean oneMaximal(List<Set<String>> sets) {
    return sets.stream()
        .max(Comparator.comparingInt(Set::size))
        .map(largest -> sets.stream().allMatch(largest::containsAll))
        .orElse(false);
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

  /**
   * In an {@code ImmutableSet}, which keeps the words' order and works out its hash once: the sets
   * are keys of the indexes above, hashed again at every look-up.
   */
  private static Set<String> tokens(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    // ASCII has no marks to take off: most names are passed without decomposing them
    String folded =
        isAscii(lower)
            ? lower
            : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String w : NOT_WORD.split(folded)) {
      if (w.isEmpty() || SMALL.contains(w)) {
        continue;
      }
      out.add(
          w.replace("defence", "defense").replace("harbour", "harbor").replace("centre", "center"));
    }
    return out.build();
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }
}
