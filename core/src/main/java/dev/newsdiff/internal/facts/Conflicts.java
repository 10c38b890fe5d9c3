package dev.newsdiff.internal.facts;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.Table;
import dev.newsdiff.internal.Pair;
import dev.newsdiff.internal.Spans;
import dev.newsdiff.internal.facts.Measures.Verdict;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.FurnitureKind;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

  private static final String DURATION = "quantity:duration";

  private Conflicts() {}

  public static List<Conflict> find(List<Article> articles, List<Statement> statements) {
    Map<String, Article> byId = Article.byId(articles);
    List<Conflict> out = new ArrayList<>();
    // Whole sentences are compared, and a sentence can stand in several statements (one per
    // clause): a pair of facts is reported in the first of them only.
    Set<Set<Side>> reported = new HashSet<>();
    // A sentence's figures are read once: it meets every other member of its statement, and
    // stands in a statement per clause. (Reading them per pair made conflicts most of corpus
    // mode's time: 80% of a 1,500-article run.)
    Figures figures = new Figures(HashBasedTable.create());
    for (Statement s : statements) {
      Map<Thing, Found> found = new LinkedHashMap<>();
      for (Pair<Member> pair : Pair.across(s.members(), Member::article)) {
        Member a = pair.first();
        Member b = pair.second();
        compare(byId.get(a.article()), a, byId.get(b.article()), b, figures, found, reported);
      }
      for (Found f : found.values()) {
        List<Conflict.Member> sides = new ArrayList<>(f.sides.values());
        out.add(new Conflict("c" + (out.size() + 1), s.id(), f.kind, f.approximation, sides));
      }
    }
    return out;
  }

  /*
   * Side and Thing write out equals and hashCode: a record's generated ones are linked through
   * java.lang.runtime.ObjectMethods the first time they run, which cost a cold comparison that
   * hashes no other record 45 ms of CPU on its main thread (docs/performance.md).
   */

  /** A fact where one article states it. */
  private record Side(String article, Span span) {

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Side s && article.equals(s.article) && span.compareTo(s.span) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(article, span.start(), span.end());
    }
  }

  /**
   * What facts disagree about: what they are ({@link Measures#key}), whether they only approximate
   * each other, what they count and their scope.
   */
  private record Thing(
      String key, boolean approximation, Optional<Counted.What> what, Set<String> scope) {

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Thing t
          && key.equals(t.key)
          && approximation == t.approximation
          && what.equals(t.what)
          && scope.equals(t.scope);
    }

    @Override
    public int hashCode() {
      return Objects.hash(key, approximation, what, scope);
    }
  }

  private static final class Found {
    final Fact.Kind kind;
    boolean approximation = true;
    final Map<Side, Conflict.Member> sides = new LinkedHashMap<>();

    Found(Fact.Kind kind) {
      this.kind = kind;
    }
  }

  /**
   * A fact as compared: what it is ({@link Measures#key}), what it counts when the sentence says,
   * and its scope. Facts are compared only when their keys and scopes are equal and what they count
   * does not differ.
   */
  private record Compared(
      Fact fact, String key, Optional<Counted.What> what, Set<String> scope, String sentence) {

    boolean sameKindAs(Compared o) {
      return key.equals(o.key)
          && scope.equals(o.scope)
          && (what.equals(o.what) || !isDuration() && (what.isEmpty() || o.what.isEmpty()));
    }

    /** Durations are many in a story: one is compared only with one known to be of its kind. */
    private boolean isDuration() {
      return key.equals(DURATION);
    }

    /** Both say what they count, and it is the same thing. */
    boolean countsSameAs(Compared o) {
      return what.isPresent() && what.equals(o.what);
    }
  }

  private static void compare(
      Article aa,
      Member a,
      Article bb,
      Member b,
      Figures figures,
      Map<Thing, Found> found,
      Set<Set<Side>> reported) {
    List<Compared> left = figures.of(aa, a);
    List<Compared> right = figures.of(bb, b);
    Integer yearA = publicationYear(aa);
    Integer yearB = publicationYear(bb);
    // Facts that agree with one of their kind on the other side are settled; the rest are compared.
    List<Compared> openLeft =
        left.stream().filter(x -> right.stream().noneMatch(y -> same(x, y, yearA, yearB))).toList();
    List<Compared> openRight =
        right.stream().filter(y -> left.stream().noneMatch(x -> same(x, y, yearA, yearB))).toList();
    for (Compared x : openLeft) {
      List<Compared> candidates = openRight.stream().filter(y -> comparable(x, y)).toList();
      // x and its one candidate are each other's only possible partner
      boolean onlyPair =
          candidates.size() == 1
              && openLeft.stream().filter(z -> comparable(z, candidates.get(0))).count() == 1;
      for (Compared y : candidates) {
        // Two figures that both say they count the same thing disagree, however many there are;
        // a figure that does not say what it counts is compared only when nothing else could be.
        if ((x.countsSameAs(y) || onlyPair)
            && reported.add(Set.of(side(a, x.fact()), side(b, y.fact())))) {
          record(a, x, b, y, yearA, yearB, found);
        }
      }
    }
  }

  private static Side side(Member m, Fact f) {
    return new Side(m.article(), f.span());
  }

  private static boolean comparable(Compared x, Compared y) {
    return x.sameKindAs(y)
        && (x.countsSameAs(y) && x.fact().kind() == Fact.Kind.NUMBER
            || Measures.comparable(x.fact(), y.fact()));
  }

  /** The same value of the same kind is taken for the same fact, whatever words surround it. */
  private static boolean same(Compared x, Compared y, Integer yearA, Integer yearB) {
    return x.sameKindAs(y) && Measures.compare(x.fact(), y.fact(), yearA, yearB) == Verdict.SAME;
  }

  private static void record(
      Member a,
      Compared cx,
      Member b,
      Compared cy,
      Integer yearA,
      Integer yearB,
      Map<Thing, Found> found) {
    Fact x = cx.fact();
    Fact y = cy.fact();
    Verdict v = Measures.compare(x, y, yearA, yearB);
    if (v == Verdict.SAME) {
      return;
    }
    boolean approximation = v == Verdict.APPROXIMATE;
    // One finding per thing disagreed about: the sides of "12" vs "15" join whichever pair found
    // them.
    Thing thing = new Thing(cx.key(), approximation, cx.what().or(cy::what), cx.scope());
    Found f =
        found.values().stream()
            .filter(
                g ->
                    g.approximation == approximation
                        && g.kind == x.kind()
                        && g.sides.values().stream()
                            .anyMatch(m -> m.fact().equals(x) || m.fact().equals(y)))
            .findFirst()
            .orElseGet(() -> found.computeIfAbsent(thing, k -> new Found(x.kind())));
    f.approximation = approximation;
    f.sides.putIfAbsent(side(a, x), new Conflict.Member(a.article(), cx.sentence(), x));
    f.sides.putIfAbsent(side(b, y), new Conflict.Member(b.article(), cy.sentence(), y));
  }

  /**
   * The facts of the member's whole sentence, not only of the clause that was aligned: the other
   * clauses of two aligned sentences often carry the same figures ("3.2 m" in one clause, the
   * aligned words in another).
   */
  /** Each sentence's figures as {@link #compared} reads them, read once per comparison. */
  private record Figures(Table<String, String, List<Compared>> bySentence) {

    /** The figures of {@code m}'s sentence; its dates only where they are in {@code m}'s clause. */
    List<Compared> of(Article article, Member m) {
      List<Compared> all = bySentence.get(article.id(), m.sentence());
      if (all == null) {
        all = compared(article, m.sentence());
        bySentence.put(article.id(), m.sentence(), all);
      }
      // Dates are read in the aligned clause only: the other clauses of a sentence date other
      // events ("following the visit to India in January").
      return all.stream()
          .filter(c -> c.fact().kind() != Fact.Kind.DATE || m.span().contains(c.fact().span()))
          .toList();
    }
  }

  private static List<Compared> compared(Article article, String sentenceId) {
    Sentence sentence = article.sentence(sentenceId);
    Span span = sentence.span();
    String text = sentence.text();
    List<Compared> out = new ArrayList<>();
    for (Fact f :
        Spans.inside(
            article.facts(),
            g -> g.span().start(),
            g -> g.span().end(),
            span.start(),
            span.end())) {
      String key = Measures.key(f);
      if (key == null) {
        continue;
      }
      int start = f.span().start() - span.start();
      int end = f.span().end() - span.start();
      Optional<Counted.What> what =
          switch (f.kind()) {
            case NUMBER -> Counted.in(text, start, end);
            case QUANTITY ->
                key.equals(DURATION) ? Counted.ofDuration(text, start, end) : Optional.empty();
            default -> Optional.empty();
          };
      Set<String> scope =
          switch (f.kind()) {
            case DATE -> Scope.ofDate(text, start, f.value().contains("/"));
            case TIME -> Scope.inZoneConversion(text, start) ? Set.of(Scope.CONVERSION) : Set.of();
            default -> Scope.of(text, start, end, what.isPresent());
          };
      // A conversion is at the day's rate, which outlets take from different days.
      Fact fact =
          scope.contains(Scope.CONVERSION) && !f.approximate()
              ? new Fact(f.kind(), f.span(), f.text(), f.value(), f.about(), true)
              : f;
      out.add(new Compared(fact, key, what, scope, sentenceId));
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
