package dev.newsdiff.eval;

import dev.newsdiff.Comparison;
import dev.newsdiff.eval.FactsTruth.FactRef;
import dev.newsdiff.eval.FactsTruth.ValueRef;
import dev.newsdiff.eval.FactsTruth.Variant;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Copying;
import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.QuoteVariant;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scores facts and voices against a hand-made {@link FactsTruth}: figures (numbers, quantities,
 * money, percentages, dates, times: kind and value per sentence), names (text per sentence),
 * conflicts and approximations (found when a predicted finding holds two of the annotated sides),
 * quote variants (same kind, two shared renderings), derivation, and whether each outlet's
 * first-ranked exclusive is the annotated one; where the set gives a copying verdict per pair, the
 * pairs judged identical, copy or rewrite against those annotated so, each counted right only with
 * its verdict and its direction (the source, or "direction unknown"). Immutable.
 */
public record FactsEvaluation(
    Score figures,
    Score names,
    Score conflicts,
    Score approximations,
    Score quoteVariants,
    Score derivations,
    Score topExclusives,
    Score copying,
    List<String> misses) {

  public FactsEvaluation {
    misses = List.copyOf(misses);
  }

  static FactsEvaluation of(FactsTruth truth, Comparison c) {
    List<String> misses = new ArrayList<>();
    Set<String> wantFigures = new TreeSet<>();
    Set<String> wantNames = new TreeSet<>();
    for (FactRef f : truth.facts()) {
      boolean name =
          f.kind().equals("person") || f.kind().equals("organisation") || f.kind().equals("place");
      if (name) {
        wantNames.add(f.article() + "|" + f.sentence() + "|" + f.text());
      } else {
        wantFigures.add(f.article() + "|" + f.sentence() + "|" + f.kind() + "|" + f.value());
      }
    }
    Set<String> gotFigures = new TreeSet<>();
    Set<String> gotNames = new TreeSet<>();
    for (Article a : c.articles()) {
      for (Sentence s : a.sentences()) {
        if (s.role() != Role.BODY) {
          continue;
        }
        for (Fact f : a.factsIn(s)) {
          if (f.kind().isName()) {
            gotNames.add(a.id() + "|" + s.text() + "|" + f.text());
          } else {
            gotFigures.add(a.id() + "|" + s.text() + "|" + f.kind().label() + "|" + f.value());
          }
        }
      }
    }
    Score figures = Matching.sets("figure", wantFigures, gotFigures, misses);
    Score names = Matching.sets("name", wantNames, gotNames, misses);
    Score conflicts = findings("conflict", truth.conflicts(), c, false, misses);
    Score approximations = findings("approximation", truth.approximations(), c, true, misses);
    Score variants = variants(truth.quoteVariants(), c, misses);
    Set<String> gotDerivations = new TreeSet<>();
    for (Derivation d : c.derivation()) {
      if (d.likelySource()) {
        gotDerivations.add(d.from() + ">" + d.to());
      }
    }
    Score derivations =
        Matching.sets("derivation", new TreeSet<>(truth.derivations()), gotDerivations, misses);
    int top = 0;
    for (var e : truth.topExclusive().entrySet()) {
      Exclusive first =
          c.exclusives().stream()
              .filter(x -> x.article().equals(e.getKey()))
              .findFirst()
              .orElse(null);
      String got = first == null ? null : c.sentence(first).text();
      if (e.getValue().equals(got)) {
        top++;
      } else {
        misses.add(
            "top exclusive of "
                + e.getKey()
                + ": expected \""
                + Matching.abbreviate(e.getValue())
                + "\", got \""
                + Matching.abbreviate(String.valueOf(got))
                + "\"");
      }
    }
    Score tops = Score.of(top, truth.topExclusive().size(), truth.topExclusive().size());
    Set<String> gotCopied = new TreeSet<>();
    for (Copying v : c.copying()) {
      if (v.verdict() == Copying.Verdict.INDEPENDENT) {
        continue;
      }
      gotCopied.add(FactsTruth.copying(v.first(), v.second(), v.verdict().label(), v.direction()));
      // A copy is in no pair but its identical one: the verdicts of its group's first are its own.
      if (v.verdict() != Copying.Verdict.IDENTICAL) {
        for (String copy : c.copiesOf(v.first())) {
          if (!copy.equals(v.second())) {
            gotCopied.add(as(v, v.first(), copy));
          }
        }
        for (String copy : c.copiesOf(v.second())) {
          if (!copy.equals(v.first())) {
            gotCopied.add(as(v, v.second(), copy));
          }
        }
      }
    }
    Score copying =
        truth.copied() == null
            ? Score.of(0, 0, 0)
            : Matching.sets("copying", new TreeSet<>(truth.copied()), gotCopied, misses);
    return new FactsEvaluation(
        figures, names, conflicts, approximations, variants, derivations, tops, copying, misses);
  }

  /** Verdict {@code v} as the copy {@code copy} of its article {@code original} has it. */
  private static String as(Copying v, String original, String copy) {
    String other = v.first().equals(original) ? v.second() : v.first();
    String source = v.source() == null ? null : v.source().equals(original) ? copy : other;
    boolean firstIsCopy = copy.compareTo(other) < 0;
    String direction =
        source == null ? "unknown" : source.equals(firstIsCopy ? copy : other) ? "a>b" : "b>a";
    return firstIsCopy
        ? FactsTruth.copying(copy, other, v.verdict().label(), direction)
        : FactsTruth.copying(other, copy, v.verdict().label(), direction);
  }

  private static Score findings(
      String what,
      List<? extends List<ValueRef>> truth,
      Comparison c,
      boolean approximation,
      List<String> misses) {
    List<Set<String>> got = new ArrayList<>();
    for (Conflict x : c.conflicts()) {
      if (x.approximation() == approximation) {
        Set<String> sides = new HashSet<>();
        for (Conflict.Member m : x.members()) {
          sides.add(m.article() + "|" + c.sentence(m).text());
        }
        got.add(sides);
      }
    }
    List<Set<String>> want = new ArrayList<>();
    for (List<ValueRef> g : truth) {
      Set<String> sides = new HashSet<>();
      g.forEach(m -> sides.add(m.article() + "|" + m.sentence()));
      want.add(sides);
    }
    return overlapping(what, want, got, misses);
  }

  /**
   * Quote variants matched to the annotated ones: a variant matches an annotated one that shares
   * two of its renderings and one of its kinds. An annotated variant has one kind; newsdiff gives
   * an utterance once with every way its renderings differ, and a variant that is reworded and
   * credited to someone else is right about both.
   */
  private static Score variants(List<Variant> truth, Comparison c, List<String> misses) {
    List<Set<String>> want = new ArrayList<>();
    List<Set<String>> wantKinds = new ArrayList<>();
    for (Variant v : truth) {
      want.add(new HashSet<>(v.members()));
      wantKinds.add(Set.of(v.kind()));
    }
    List<Set<String>> got = new ArrayList<>();
    List<Set<String>> gotKinds = new ArrayList<>();
    for (QuoteVariant v : c.quoteVariants()) {
      Set<String> members = new HashSet<>();
      for (QuoteVariant.Member m : v.members()) {
        String quote = c.quote(m).map(Quote::text).orElse(null);
        members.add(FactsTruth.member(m.article(), quote, c.sentence(m).text()));
      }
      got.add(members);
      gotKinds.add(v.kinds().stream().map(QuoteVariant.Kind::label).collect(Collectors.toSet()));
    }
    int tpGot = 0;
    for (int i = 0; i < got.size(); i++) {
      if (matchesAny(got.get(i), gotKinds.get(i), want, wantKinds)) {
        tpGot++;
      } else {
        misses.add("quote variant extra: " + c.quoteVariants().get(i).label() + " " + got.get(i));
      }
    }
    int tpWant = 0;
    for (int i = 0; i < want.size(); i++) {
      if (matchesAny(want.get(i), wantKinds.get(i), got, gotKinds)) {
        tpWant++;
      } else {
        misses.add("quote variant missed: " + truth.get(i).kind() + " " + want.get(i));
      }
    }
    return scoreOf(tpGot, got.size(), tpWant, want.size());
  }

  private static boolean matchesAny(
      Set<String> x, Set<String> kinds, List<Set<String>> others, List<Set<String>> otherKinds) {
    for (int i = 0; i < others.size(); i++) {
      if (!Collections.disjoint(kinds, otherKinds.get(i)) && shared(x, others.get(i)) >= 2) {
        return true;
      }
    }
    return false;
  }

  private static Score overlapping(
      String what, List<Set<String>> want, List<Set<String>> got, List<String> misses) {
    int tpGot = 0;
    for (Set<String> g : got) {
      if (want.stream().anyMatch(w -> shared(g, w) >= 2)) {
        tpGot++;
      } else {
        misses.add(what + " extra: " + g);
      }
    }
    int tpWant = 0;
    for (Set<String> w : want) {
      if (got.stream().anyMatch(g -> shared(g, w) >= 2)) {
        tpWant++;
      } else {
        misses.add(what + " missed: " + w);
      }
    }
    return scoreOf(tpGot, got.size(), tpWant, want.size());
  }

  private static Score scoreOf(int tpGot, int got, int tpWant, int want) {
    return Score.of(tpGot, got, tpWant, want);
  }

  private static int shared(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.retainAll(b);
    return s.size();
  }

  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("figures    ").append(figures).append('\n');
    sb.append("names      ").append(names).append('\n');
    sb.append("conflicts  ").append(conflicts).append('\n');
    sb.append("approx.    ").append(approximations).append('\n');
    sb.append("quote var. ").append(quoteVariants).append('\n');
    sb.append("derivation ").append(derivations).append('\n');
    sb.append("top excl.  ").append(topExclusives).append('\n');
    sb.append("copying    ").append(copying).append('\n');
    for (String miss : misses) {
      sb.append("  - ").append(miss).append('\n');
    }
    return sb.toString();
  }
}
