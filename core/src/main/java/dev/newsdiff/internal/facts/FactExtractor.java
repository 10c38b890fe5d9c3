package dev.newsdiff.internal.facts;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.internal.text.Stems;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Span;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The facts of sentences: numbers, quantities, money, percentages, dates, times and names. */
public final class FactExtractor {

  private FactExtractor() {}

  /**
   * Initialises now what reading figures needs, for {@link dev.newsdiff.NewsDiff#preload}: Java
   * 25's {@code BigDecimal} works out 5^65536 as its class is initialised, several milliseconds
   * that would otherwise fall on the first figure read.
   */
  public static void preload() {
    try {
      MethodHandles.lookup().ensureInitialized(BigDecimal.class);
    } catch (IllegalAccessException e) {
      throw new AssertionError("BigDecimal is public", e);
    }
  }

  /** Facts of each sentence span, in reading order; name variants linked within the text. */
  public static ImmutableList<Fact> extract(String text, List<Span> sentences) {
    List<Fact> facts = new ArrayList<>();
    Stems stems = new Stems();
    for (Span s : sentences) {
      List<Fact> numeric = NumericFacts.in(text, s, stems);
      facts.addAll(numeric);
      for (Fact name : NameFacts.in(text, s)) {
        if (numeric.stream().noneMatch(n -> n.span().overlaps(name.span()))) {
          facts.add(name);
        }
      }
    }
    facts.sort((a, b) -> a.span().compareTo(b.span()));
    return relink(facts, NameLinker.canonical(facts));
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
