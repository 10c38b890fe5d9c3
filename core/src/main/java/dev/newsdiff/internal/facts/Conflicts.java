package dev.newsdiff.internal.facts;

import dev.newsdiff.internal.Pair;
import dev.newsdiff.internal.Spans;
import dev.newsdiff.internal.facts.Measures.Verdict;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.FurnitureKind;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private static final Pattern YEAR =
      Pattern.compile(
          "(?=[12])\\b(19|20)\\d{2}\\b"); // the look-ahead before \b: see NumericFacts.DATE

  private Conflicts() {}

  public static List<Conflict> find(List<Article> articles, List<Statement> statements) {
    Map<String, Article> byId = Article.byId(articles);
    List<Conflict> out = new ArrayList<>();
    for (Statement s : statements) {
      Map<String, Found> found = new LinkedHashMap<>();
      for (Pair<Member> pair : Pair.across(s.members(), Member::article)) {
        Member a = pair.first();
        Member b = pair.second();
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
        if (rightAll.stream().noneMatch(y -> same(x, y, yearA, yearB))) {
          unmatchedLeft.add(x);
        }
      }
      List<Fact> unmatchedRight = new ArrayList<>();
      for (Fact y : rightAll) {
        if (e.getValue().stream().noneMatch(x -> same(x, y, yearA, yearB))) {
          unmatchedRight.add(y);
        }
      }
      for (Fact x : unmatchedLeft) {
        List<Fact> candidates =
            unmatchedRight.stream().filter(y -> Measures.comparable(x, y)).toList();
        long rivals =
            unmatchedLeft.stream()
                .filter(z -> candidates.stream().anyMatch(y -> Measures.comparable(z, y)))
                .count();
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
    Found f =
        found.values().stream()
            .filter(
                g ->
                    g.approximation == (v == Verdict.APPROXIMATE)
                        && g.kind == x.kind()
                        && g.sides.values().stream()
                            .anyMatch(m -> m.fact().equals(x) || m.fact().equals(y)))
            .findFirst()
            .orElseGet(() -> found.computeIfAbsent(thing, k -> new Found(x.kind())));
    f.approximation = v == Verdict.APPROXIMATE;
    f.sides.putIfAbsent(
        a.article() + "|" + x.span(), new Conflict.Member(a.article(), a.sentence(), x));
    f.sides.putIfAbsent(
        b.article() + "|" + y.span(), new Conflict.Member(b.article(), b.sentence(), y));
  }

  private static Map<String, List<Fact>> byKey(Article article, Member m) {
    Map<String, List<Fact>> out = new LinkedHashMap<>();
    List<Fact> facts = article.facts();
    for (Fact f :
        Spans.inside(
            facts, g -> g.span().start(), g -> g.span().end(), m.span().start(), m.span().end())) {
      String key = Measures.key(f);
      if (key != null) {
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
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
