package dev.newsdiff.facts;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The facts of sentences: numbers, quantities, money, percentages, dates, times and names. */
public final class FactExtractor {

  /** Facts in reading order: by span. */
  static final Comparator<Fact> BY_SPAN =
      new Comparator<>() {
        @Override
        public int compare(Fact a, Fact b) {
          return a.span().compareTo(b.span());
        }
      };

  private FactExtractor() {}

  /** Facts of each sentence span, in reading order; name variants linked within the text. */
  public static ImmutableList<Fact> extract(String text, List<Span> sentences) {
    List<Fact> facts = new ArrayList<>();
    for (Span s : sentences) {
      List<Fact> numeric = NumericFacts.in(text, s);
      facts.addAll(numeric);
      for (Fact name : NameFacts.in(text, s)) {
        if (!overlapsAny(name, numeric)) {
          facts.add(name);
        }
      }
    }
    facts.sort(BY_SPAN);
    return relink(facts, NameLinker.canonical(facts));
  }

  private static boolean overlapsAny(Fact name, List<Fact> numeric) {
    for (Fact n : numeric) {
      if (n.span().overlaps(name.span())) {
        return true;
      }
    }
    return false;
  }

  /** The same facts with names' values set to the canonical forms given. */
  public static ImmutableList<Fact> relink(List<Fact> facts, Map<String, String> canonical) {
    ImmutableList.Builder<Fact> out = ImmutableList.builder();
    for (Fact f : facts) {
      out.add(
          f.kind().isName()
              ? new Fact(
                  f.kind(),
                  f.span(),
                  f.text(),
                  canonical.getOrDefault(f.text(), f.text()),
                  f.about(),
                  f.approximate())
              : f);
    }
    return out.build();
  }
}
