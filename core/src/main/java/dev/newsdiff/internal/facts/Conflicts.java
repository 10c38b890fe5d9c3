package dev.newsdiff.internal.facts;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.Table;
import dev.newsdiff.internal.Pair;
import dev.newsdiff.internal.facts.Measures.Verdict;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds facts that disagree between outlets stating the same claim. Within a statement, facts of
 * the same kind (counts of the same thing, lengths, sums in one currency, times, dates) are first
 * paired where they agree; a fact left over on each side is then compared: a real difference is a
 * conflict, a hedged figure close to the other an approximation, and vaguer or differently precise
 * dates ("this week", "Tuesday", "Aug. 19") are not conflicts.
 */
public final class Conflicts {

  private Conflicts() {}

  public static List<Conflict> find(List<Article> articles, List<Statement> statements) {
    return find(articles, statements, FigureDecision::conflicts, pair -> {});
  }

  /**
   * Every pair of figures the comparison weighs ({@link FigurePair}), in the order it weighs them,
   * with the rules' decisions: the examples a learned decision is trained and judged on.
   */
  static List<FigurePair> weighed(List<Article> articles, List<Statement> statements) {
    List<FigurePair> out = new ArrayList<>();
    find(articles, statements, pair -> pair.rules().selected(), out::add);
    return out;
  }

  /**
   * The conflicts, where {@code decision} says whether two figures of one kind count the same
   * thing; {@code weighed} is shown each pair it is asked about.
   */
  static List<Conflict> find(
      List<Article> articles,
      List<Statement> statements,
      Predicate<FigurePair> decision,
      Consumer<FigurePair> weighed) {
    Map<String, Article> byId = Article.byId(articles);
    // Whole sentences are compared, and a sentence can stand in several statements (one per
    // clause): a pair of facts is reported in the first of them only.
    Set<Set<Side>> reported = new HashSet<>();
    // A sentence's figures are read once: it meets every other member of its statement, and
    // stands in a statement per clause. (Reading them per pair made conflicts most of corpus
    // mode's time: 80% of a 1,500-article run.)
    Figures figures = new Figures(HashBasedTable.create());
    NamedTogether namedTogether = new NamedTogether(articles);
    Clock clock = Clock.of(articles);
    People people = new People(HashBasedTable.create());
    // The findings of each statement, in statement order.
    Map<String, Map<Thing, Found>> found = new LinkedHashMap<>();
    for (Statement s : statements) {
      Map<Thing, Found> here = found.computeIfAbsent(s.id(), k -> new LinkedHashMap<>());
      for (Pair<Member> pair : Pair.across(s.members(), Member::article)) {
        Member a = pair.first();
        Member b = pair.second();
        Article aa = byId.get(a.article());
        Article bb = byId.get(b.article());
        compare(aa, a, bb, b, figures, clock, here, reported, decision, weighed);
        compareNames(aa, a, bb, b, people, namedTogether, here, reported);
      }
    }
    // Figures each outlet states once, where the aligner did not pair their sentences.
    for (UnalignedFigures.Match m : UnalignedFigures.find(articles, statements)) {
      if (reported.add(
          Set.of(side(m.articleA(), m.x().fact()), side(m.articleB(), m.y().fact())))) {
        Article a = byId.get(m.articleA());
        Article b = byId.get(m.articleB());
        Optional<Verdict> v =
            verdict(
                a,
                m.x(),
                b,
                m.y(),
                clock,
                Measures.publicationYear(a),
                Measures.publicationYear(b));
        List<Found> joinable = found.values().stream().flatMap(f -> f.values().stream()).toList();
        if (v.isPresent()) {
          record(
              m.articleA(),
              m.x(),
              m.articleB(),
              m.y(),
              v.get(),
              found.get(m.statement()),
              joinable);
        }
      }
    }
    // Each article's counts of a kind are read once, however many findings they join.
    Table<String, Counted.What, List<Compared>> restated = HashBasedTable.create();
    found.values().forEach(here -> here.values().forEach(f -> addRestatements(f, byId, restated)));
    List<Conflict> out = new ArrayList<>();
    found.forEach(
        (statement, here) -> {
          for (Found f : here.values()) {
            List<Conflict.Member> sides = new ArrayList<>(f.sides.values());
            out.add(
                new Conflict("c" + (out.size() + 1), statement, f.kind, f.approximation, sides));
          }
        });
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
    final Optional<Counted.What> what;
    boolean approximation = true;
    final Map<Side, Conflict.Member> sides = new LinkedHashMap<>();

    Found(Fact.Kind kind, Optional<Counted.What> what) {
      this.kind = kind;
      this.what = what;
    }
  }

  /**
   * Adds to a disagreement on a count the other sentences where each of its outlets restates its
   * count: "six miners died" in the lead and "six bodies had been retrieved" further down are one
   * toll, and the other outlet's "four dead bodies" disagrees with both. Only an outlet that gives
   * one value of that kind ({@link UnalignedFigures#restated}) has its restatements added.
   */
  private static void addRestatements(
      Found f, Map<String, Article> byId, Table<String, Counted.What, List<Compared>> read) {
    if (f.what.isEmpty() || f.approximation || f.kind != Fact.Kind.NUMBER) {
      return;
    }
    Map<String, Fact> stated = new LinkedHashMap<>();
    f.sides.values().forEach(m -> stated.putIfAbsent(m.article(), m.fact()));
    Map<Side, Conflict.Member> restated = new LinkedHashMap<>();
    stated.forEach(
        (id, fact) -> {
          List<Compared> counts = read.get(id, f.what.get());
          if (counts == null) {
            counts = UnalignedFigures.restated(byId.get(id), f.what.get());
            read.put(id, f.what.get(), counts);
          }
          for (Compared c : counts) {
            Side side = side(id, c.fact());
            if (!f.sides.containsKey(side)
                && Measures.compare(fact, c.fact(), null, null) == Verdict.SAME) {
              restated.put(side, new Conflict.Member(id, c.sentence(), c.fact()));
            }
          }
        });
    if (restated.isEmpty()) {
      return;
    }
    // Each outlet's sentences together, in story order.
    List<Map.Entry<Side, Conflict.Member>> all = new ArrayList<>(f.sides.entrySet());
    all.addAll(restated.entrySet());
    List<String> order = List.copyOf(stated.keySet());
    all.sort(
        Comparator.comparingInt(
                (Map.Entry<Side, Conflict.Member> e) -> order.indexOf(e.getKey().article()))
            .thenComparing(e -> e.getKey().span()));
    f.sides.clear();
    all.forEach(e -> f.sides.put(e.getKey(), e.getValue()));
  }

  private static void compare(
      Article aa,
      Member a,
      Article bb,
      Member b,
      Figures figures,
      Clock clock,
      Map<Thing, Found> found,
      Set<Set<Side>> reported,
      Predicate<FigurePair> decision,
      Consumer<FigurePair> weighed) {
    List<Compared> left = figures.of(aa, a);
    List<Compared> right = figures.of(bb, b);
    Integer yearA = Measures.publicationYear(aa);
    Integer yearB = Measures.publicationYear(bb);
    // Facts that agree with one of their kind on the other side are settled; the rest are compared.
    List<Compared> openLeft =
        left.stream()
            .filter(x -> right.stream().noneMatch(y -> same(aa, x, bb, y, clock, yearA, yearB)))
            .toList();
    List<Compared> openRight =
        right.stream()
            .filter(y -> left.stream().noneMatch(x -> same(aa, x, bb, y, clock, yearA, yearB)))
            .toList();
    for (Compared x : openLeft) {
      List<Compared> candidates =
          openRight.stream().filter(y -> comparable(aa, x, bb, y, clock)).toList();
      // x and its one candidate are each other's only possible partner
      boolean onlyPair =
          candidates.size() == 1
              && openLeft.stream()
                      .filter(z -> comparable(aa, z, bb, candidates.get(0), clock))
                      .count()
                  == 1;
      // Else the one whose surrounding words only x shares: "7.5 miles southwest of the
      // valley" and "about seven miles southwest of the valley", not the "6.6 miles" deep.
      Compared byWords = onlyPair ? null : partnerByWords(aa, x, bb, candidates, openLeft, clock);
      int rivalsLeft = (int) openLeft.stream().filter(z -> z.key().equals(x.key())).count();
      for (Compared y : openRight) {
        // Only figures of one unit kind are weighed: a count is never a length.
        if (!y.key().equals(x.key())) {
          continue;
        }
        // By identity: Compared's generated equals would be linked on a cold comparison's path.
        boolean isCandidate = candidates.stream().anyMatch(c -> c == y);
        // Two figures that both say they count the same thing disagree, however many there are;
        // two that do not say what they count are compared only when nothing else could be.
        boolean selected =
            isCandidate
                && (x.countsSameAs(y) || (onlyPair || y == byWords) && !saysWhatOnlyOne(x, y));
        Optional<Verdict> v = verdict(aa, x, bb, y, clock, yearA, yearB);
        if (v.isEmpty() || v.get() == Verdict.SAME) {
          continue;
        }
        int rivalsRight = (int) openRight.stream().filter(z -> z.key().equals(y.key())).count();
        FigurePair pair =
            new FigurePair(
                aa,
                x,
                bb,
                y,
                v.get(),
                new FigurePair.Rules(isCandidate, selected, onlyPair, y == byWords),
                rivalsLeft,
                rivalsRight);
        weighed.accept(pair);
        if (decision.test(pair)
            && reported.add(Set.of(side(a.article(), x.fact()), side(b.article(), y.fact())))) {
          record(a.article(), x, b.article(), y, v.get(), found, found.values());
        }
      }
    }
  }

  /**
   * The one candidate that shares words around it with {@code x} where no other figure of x's side
   * does, or null.
   */
  private static @Nullable Compared partnerByWords(
      Article aa,
      Compared x,
      Article bb,
      List<Compared> candidates,
      List<Compared> openLeft,
      Clock clock) {
    List<Compared> sharing =
        candidates.stream().filter(y -> Compared.shareWordsAround(aa, x, bb, y)).toList();
    if (sharing.size() != 1) {
      return null;
    }
    Compared y = sharing.get(0);
    long rivals =
        openLeft.stream()
            .filter(z -> comparable(aa, z, bb, y, clock) && Compared.shareWordsAround(aa, z, bb, y))
            .count();
    return rivals == 1 ? y : null;
  }

  /**
   * Whether one of two counts says what it counts and the other does not: "53 trapped workers" and
   * "of the 75 workers on site" are two counts, even where each is the other's only partner.
   */
  private static boolean saysWhatOnlyOne(Compared x, Compared y) {
    return x.fact().kind() == Fact.Kind.NUMBER && x.what().isPresent() != y.what().isPresent();
  }

  /**
   * How two figures compare, or empty when they cannot be: a time in GMT and one in the place's
   * clock, where the story does not say that clock's offset ({@link Clock}).
   */
  private static Optional<Verdict> verdict(
      Article aa, Compared x, Article bb, Compared y, Clock clock, Integer yearA, Integer yearB) {
    return x.fact().kind() == Fact.Kind.TIME
        ? clock.compare(aa, x.fact(), bb, y.fact())
        : Optional.of(Measures.compare(x.fact(), y.fact(), yearA, yearB));
  }

  /**
   * The people the two whole sentences name, compared by {@link NameConflicts}: the same surname
   * with another given name, unless one article names both (two people of one family).
   */
  private static void compareNames(
      Article aa,
      Member a,
      Article bb,
      Member b,
      People people,
      NamedTogether namedTogether,
      Map<Thing, Found> found,
      Set<Set<Side>> reported) {
    Map<String, List<Fact>> right = people.of(bb, b.sentence()).bySurname();
    for (Person x : people.of(aa, a.sentence()).named()) {
      for (Fact y : right.getOrDefault(x.surname(), List.of())) {
        if (NameConflicts.disagree(x.fact().value(), y.value())
            && !namedTogether.both(x.fact().value(), y.value())
            && reported.add(Set.of(side(a.article(), x.fact()), side(b.article(), y)))) {
          record(
              a.article(),
              new Compared(x.fact(), NAME, Optional.empty(), Set.of(), a.sentence()),
              b.article(),
              new Compared(y, NAME, Optional.empty(), Set.of(), b.sentence()),
              Verdict.DIFFERENT,
              found,
              found.values());
        }
      }
    }
  }

  private static final String NAME = "name";

  /** A person a sentence names, and the surname names that may disagree with it share. */
  private record Person(Fact fact, String surname) {}

  /**
   * The people a sentence names, each name once (a sentence that lists thousands of people is not
   * read once per pair of them), in order and by surname: only names of one surname are compared.
   */
  private record Named(List<Person> named, Map<String, List<Fact>> bySurname) {

    static Named in(Article article, String sentenceId) {
      List<Person> named = new ArrayList<>();
      Map<String, List<Fact>> bySurname = new LinkedHashMap<>();
      Set<String> seen = new HashSet<>();
      for (Fact f : article.factsIn(article.sentence(sentenceId))) {
        if (f.kind() == Fact.Kind.PERSON && seen.add(f.value())) {
          Person p = new Person(f, NameConflicts.surname(f.value()));
          named.add(p);
          bySurname.computeIfAbsent(p.surname(), k -> new ArrayList<>()).add(f);
        }
      }
      return new Named(named, bySurname);
    }
  }

  /**
   * Each sentence's people, read once per comparison, as its figures are: a sentence meets every
   * other member of each of its statements.
   */
  private record People(Table<String, String, Named> bySentence) {

    Named of(Article article, String sentenceId) {
      Named named = bySentence.get(article.id(), sentenceId);
      if (named == null) {
        named = Named.in(article, sentenceId);
        bySentence.put(article.id(), sentenceId, named);
      }
      return named;
    }
  }

  /**
   * The people each article names, by article: two names that one article gives both of are two
   * people, not one spelt two ways. Read only where two names disagree, which is rare: comparing
   * every pair of an article's names took time quadratic in their number.
   */
  private static final class NamedTogether {
    private final List<Article> articles;
    private final Map<String, Set<String>> byArticle = new HashMap<>();

    NamedTogether(List<Article> articles) {
      this.articles = articles;
    }

    /** Whether one article names both {@code x} and {@code y}. */
    boolean both(String x, String y) {
      return articles.stream()
          .map(
              a ->
                  byArticle.computeIfAbsent(
                      a.id(),
                      k ->
                          a.facts().stream()
                              .filter(f -> f.kind() == Fact.Kind.PERSON)
                              .map(Fact::value)
                              .collect(Collectors.toSet())))
          .anyMatch(names -> names.contains(x) && names.contains(y));
    }
  }

  private static Side side(String article, Fact f) {
    return new Side(article, f.span());
  }

  /**
   * Whether two figures can be about one thing. Two durations whose kind their sentences do not
   * tell ("a six-month stay", "almost a decade of reliance") disagree only where the words around
   * them share one; close enough to approximate each other, they need none.
   */
  private static boolean comparable(Article aa, Compared x, Article bb, Compared y, Clock clock) {
    return x.sameKindAs(y)
        && Compared.sameReference(aa, x, bb, y)
        && (x.countsSameAs(y) && x.fact().kind() == Fact.Kind.NUMBER
            || Measures.comparable(x.fact(), y.fact()))
        && (x.fact().kind() != Fact.Kind.TIME
            || clock.compare(aa, x.fact(), bb, y.fact()).isPresent())
        && (!x.isUntoldDuration()
            || Compared.shareWordsAround(aa, x, bb, y)
            || Measures.compare(x.fact(), y.fact(), null, null) != Verdict.DIFFERENT);
  }

  /** The same value of the same kind is taken for the same fact, whatever words surround it. */
  private static boolean same(
      Article aa, Compared x, Article bb, Compared y, Clock clock, Integer yearA, Integer yearB) {
    return x.sameKindAs(y)
        && verdict(aa, x, bb, y, clock, yearA, yearB).orElse(null) == Verdict.SAME;
  }

  /**
   * Records that {@code cx} and {@code cy} disagree (or approximate each other) as {@code v} says:
   * in a finding of {@code joinable} that has one of them already, else in {@code home}.
   */
  private static void record(
      String a,
      Compared cx,
      String b,
      Compared cy,
      Verdict v,
      Map<Thing, Found> home,
      Collection<Found> joinable) {
    if (v == Verdict.SAME) {
      return;
    }
    Fact x = cx.fact();
    Fact y = cy.fact();
    boolean approximation = v == Verdict.APPROXIMATE;
    // One finding per thing disagreed about: the sides of "12" vs "15" join whichever pair found
    // them.
    Thing thing = new Thing(cx.key(), approximation, cx.what().or(cy::what), cx.scope());
    Found f =
        joinable.stream()
            .filter(
                g ->
                    g.approximation == approximation
                        && g.kind == x.kind()
                        && g.sides.values().stream()
                            .anyMatch(m -> m.fact().equals(x) || m.fact().equals(y)))
            .findFirst()
            .orElseGet(() -> home.computeIfAbsent(thing, k -> new Found(x.kind(), thing.what())));
    f.approximation = approximation;
    f.sides.putIfAbsent(side(a, x), new Conflict.Member(a, cx.sentence(), x));
    f.sides.putIfAbsent(side(b, y), new Conflict.Member(b, cy.sentence(), y));
  }

  /**
   * The facts of the member's whole sentence, not only of the clause that was aligned: the other
   * clauses of two aligned sentences often carry the same figures ("3.2 m" in one clause, the
   * aligned words in another). Each sentence's figures are read once per comparison.
   */
  private record Figures(Table<String, String, List<Compared>> bySentence) {

    /** The figures of {@code m}'s sentence; its dates only where they are in {@code m}'s clause. */
    List<Compared> of(Article article, Member m) {
      // Dates are read in the aligned clause only: the other clauses of a sentence date other
      // events ("following the visit to India in January").
      return all(article, m.sentence()).stream()
          .filter(c -> c.fact().kind() != Fact.Kind.DATE || m.span().contains(c.fact().span()))
          .toList();
    }

    /** All the figures of a sentence. */
    List<Compared> all(Article article, String sentenceId) {
      List<Compared> all = bySentence.get(article.id(), sentenceId);
      if (all == null) {
        all = Compared.in(article, sentenceId);
        bySentence.put(article.id(), sentenceId, all);
      }
      return all;
    }
  }
}
