package dev.newsdiff.facts;

import dev.newsdiff.facts.Measures.Verdict;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.FurnitureKind;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds facts that disagree between outlets stating the same claim. Within a statement, facts of
 * the same kind (counts of the same thing, lengths, sums in one currency, times, dates) are first
 * paired where they agree; a fact left over on each side is then compared: a real difference is a
 * conflict, a hedged figure close to the other an approximation, and vaguer or differently precise
 * dates ("this week", "Tuesday", "Aug. 19") are not conflicts.
 */
public final class Conflicts {

  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

  // Fact::span as a class: quicker on a cold start than a method reference (see
  // docs/performance.md).
  private static final Function<Fact, Span> SPAN =
      new Function<>() {
        @Override
        public Span apply(Fact f) {
          return f.span();
        }
      };

  private Conflicts() {}

  public static List<Conflict> find(List<Article> articles, List<Statement> statements) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a);
    }
    List<Conflict> out = new ArrayList<>();
    for (Statement s : statements) {
      Map<String, Found> found = new LinkedHashMap<>();
      for (List<Member> pair : s.crossArticlePairs()) {
        Member a = pair.get(0);
        Member b = pair.get(1);
        compare(byId.get(a.article()), a, byId.get(b.article()), b, found);
      }
      for (Found f : found.values()) {
        List<Conflict.Member> sides = new ArrayList<>(f.sides.values());
        out.add(new Conflict("c" + (out.size() + 1), s.id(), f.kind, f.approximation, sides));
      }
    }
    return out;
  }

  private static final class Found {
    final Fact.Kind kind;
    boolean approximation = true;
    final Map<String, Conflict.Member> sides = new LinkedHashMap<>();

    Found(Fact.Kind kind) {
      this.kind = kind;
    }
  }

  private static void compare(
      Article aa, Member a, Article bb, Member b, Map<String, Found> found) {
    Map<String, List<Fact>> factsA = byKey(aa, a);
    Map<String, List<Fact>> factsB = byKey(bb, b);
    Integer yearA = publicationYear(aa);
    Integer yearB = publicationYear(bb);
    for (Map.Entry<String, List<Fact>> e : factsA.entrySet()) {
      // Facts that agree with one on the other side are settled; what is left is compared.
      List<Fact> rightAll = factsB.getOrDefault(e.getKey(), List.of());
      List<Fact> unmatchedLeft = new ArrayList<>();
      for (Fact x : e.getValue()) {
        if (!sameAsAnyRight(x, rightAll, yearA, yearB)) {
          unmatchedLeft.add(x);
        }
      }
      List<Fact> unmatchedRight = new ArrayList<>();
      for (Fact y : rightAll) {
        if (!sameAsAnyLeft(e.getValue(), y, yearA, yearB)) {
          unmatchedRight.add(y);
        }
      }
      for (Fact x : unmatchedLeft) {
        List<Fact> candidates = new ArrayList<>();
        for (Fact y : unmatchedRight) {
          if (Measures.comparable(x, y)) {
            candidates.add(y);
          }
        }
        long rivals = 0;
        for (Fact z : unmatchedLeft) {
          if (comparableToAny(z, candidates)) {
            rivals++;
          }
        }
        if (candidates.size() == 1 && rivals == 1) {
          record(a, x, b, candidates.get(0), yearA, yearB, e.getKey(), found);
        }
      }
    }
  }

  /** The same value in one statement is taken for the same fact, whatever words surround it. */
  private static boolean same(Fact x, Fact y, Integer yearA, Integer yearB) {
    return Measures.compare(x, y, yearA, yearB) == Verdict.SAME;
  }

  private static boolean sameAsAnyRight(Fact x, List<Fact> right, Integer yearA, Integer yearB) {
    for (Fact y : right) {
      if (same(x, y, yearA, yearB)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameAsAnyLeft(List<Fact> left, Fact y, Integer yearA, Integer yearB) {
    for (Fact x : left) {
      if (same(x, y, yearA, yearB)) {
        return true;
      }
    }
    return false;
  }

  private static boolean comparableToAny(Fact z, List<Fact> others) {
    for (Fact y : others) {
      if (Measures.comparable(z, y)) {
        return true;
      }
    }
    return false;
  }

  private static void record(
      Member a,
      Fact x,
      Member b,
      Fact y,
      Integer yearA,
      Integer yearB,
      String key,
      Map<String, Found> found) {
    Verdict v = Measures.compare(x, y, yearA, yearB);
    if (v == Verdict.SAME) {
      return;
    }
    // One finding per thing disagreed about: the sides of "12" vs "15" join whichever pair found
    // them.
    String thing =
        key
            + "#"
            + (v == Verdict.APPROXIMATE)
            + "#"
            + (x.about() == null ? "" : x.about().split(" ")[0]);
    Found f = null;
    for (Found g : found.values()) {
      if (g.approximation == (v == Verdict.APPROXIMATE)
          && g.kind == x.kind()
          && hasEither(g, x, y)) {
        f = g;
        break;
      }
    }
    if (f == null) {
      f = found.get(thing);
      if (f == null) {
        f = new Found(x.kind());
        found.put(thing, f);
      }
    }
    f.approximation = v == Verdict.APPROXIMATE;
    f.sides.putIfAbsent(
        a.article() + "|" + x.span(), new Conflict.Member(a.article(), a.sentence(), x));
    f.sides.putIfAbsent(
        b.article() + "|" + y.span(), new Conflict.Member(b.article(), b.sentence(), y));
  }

  /** Whether a finding already has {@code x} or {@code y} on one of its sides. */
  private static boolean hasEither(Found g, Fact x, Fact y) {
    for (Conflict.Member m : g.sides.values()) {
      if (m.fact().equals(x) || m.fact().equals(y)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, List<Fact>> byKey(Article article, Member m) {
    Map<String, List<Fact>> out = new LinkedHashMap<>();
    for (Fact f : dev.newsdiff.model.Spans.inside(article.facts(), SPAN, m.span())) {
      String key = Measures.key(f);
      if (key != null) {
        List<Fact> facts = out.get(key);
        if (facts == null) {
          facts = new ArrayList<>();
          out.put(key, facts);
        }
        facts.add(f);
      }
    }
    return out;
  }

  /** The year of publication, from a timestamp line, when the page gives one. */
  static @Nullable Integer publicationYear(Article a) {
    for (Furniture f : a.furniture()) {
      if (f.kind() == FurnitureKind.TIMESTAMP) {
        Matcher m = YEAR.matcher(f.text());
        if (m.find()) {
          return Integer.parseInt(m.group());
        }
      }
    }
    return null;
  }
}
