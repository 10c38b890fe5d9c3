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
import java.util.Arrays;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
    Map<String, Article> byId = Article.byId(articles);
    // Whole sentences are compared, and a sentence can stand in several statements (one per
    // clause): a pair of facts is reported in the first of them only.
    Set<Set<Side>> reported = new HashSet<>();
    // A sentence's figures are read once: it meets every other member of its statement, and
    // stands in a statement per clause. (Reading them per pair made conflicts most of corpus
    // mode's time: 80% of a 1,500-article run.)
    // Its figures' scopes are read once per sentence text: copies of a sentence share them.
    Scopes scopes = new Scopes();
    Figures figures = new Figures(scopes);
    NamedTogether namedTogether = new NamedTogether(articles);
    Clock clock = Clock.of(articles);
    People people = new People();
    // The findings of each statement, in statement order.
    Map<String, Map<Thing, Found>> found = new LinkedHashMap<>();
    for (Statement s : statements) {
      Map<Thing, Found> here = found.computeIfAbsent(s.id(), k -> new LinkedHashMap<>());
      for (Pair<Member> pair : Pair.across(s.members(), Member::article)) {
        Member a = pair.first();
        Member b = pair.second();
        Article aa = byId.get(a.article());
        Article bb = byId.get(b.article());
        compare(aa, a, bb, b, figures, clock, here, reported);
        compareNames(aa, a, bb, b, people, namedTogether, here, reported);
      }
    }
    // Figures each outlet states once, where the aligner did not pair their sentences.
    for (UnalignedFigures.Match m : UnalignedFigures.find(articles, statements, scopes)) {
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
    found
        .values()
        .forEach(here -> here.values().forEach(f -> addRestatements(f, byId, restated, scopes)));
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
      Found f,
      Map<String, Article> byId,
      Table<String, Counted.What, List<Compared>> read,
      Scopes scopes) {
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
            counts = UnalignedFigures.restated(byId.get(id), f.what.get(), scopes);
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
      Set<Set<Side>> reported) {
    List<Compared> left = figures.of(aa, a);
    List<Compared> right = figures.of(bb, b);
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    Integer yearA = Measures.publicationYear(aa);
    Integer yearB = Measures.publicationYear(bb);
    // Each test of two figures runs once, by their positions: the passes below ask the same
    // questions of a pair several times (half of the conflicts pass of a corpus run did).
    PairTest same =
        new PairTest(
            left.size(),
            right.size(),
            (i, j) -> same(aa, left.get(i), bb, right.get(j), clock, yearA, yearB));
    PairTest comparable =
        new PairTest(
            left.size(),
            right.size(),
            (i, j) -> comparable(aa, left.get(i), bb, right.get(j), clock, figures));
    // Facts that agree with one of their kind on the other side are settled; the rest are compared.
    int[] openLeft =
        IntStream.range(0, left.size())
            .filter(i -> IntStream.range(0, right.size()).noneMatch(j -> same.test(i, j)))
            .toArray();
    int[] openRight =
        IntStream.range(0, right.size())
            .filter(j -> IntStream.range(0, left.size()).noneMatch(i -> same.test(i, j)))
            .toArray();
    for (int i : openLeft) {
      Compared x = left.get(i);
      int[] candidates = Arrays.stream(openRight).filter(j -> comparable.test(i, j)).toArray();
      // x and its one candidate are each other's only possible partner
      boolean onlyPair =
          candidates.length == 1
              && Arrays.stream(openLeft).filter(k -> comparable.test(k, candidates[0])).count()
                  == 1;
      // Else the one whose surrounding words only x shares: "7.5 miles southwest of the
      // valley" and "about seven miles southwest of the valley", not the "6.6 miles" deep.
      int byWords =
          onlyPair
              ? NONE
              : partnerByWords(aa, left, i, bb, right, candidates, openLeft, comparable, figures);
      for (int j : candidates) {
        Compared y = right.get(j);
        // Two figures that both say they count the same thing disagree, however many there are;
        // two that do not say what they count are compared only when nothing else could be.
        if ((x.countsSameAs(y) || (onlyPair || j == byWords) && !saysWhatOnlyOne(x, y))
            && reported.add(Set.of(side(a.article(), x.fact()), side(b.article(), y.fact())))) {
          verdict(aa, x, bb, y, clock, yearA, yearB)
              .ifPresent(v -> record(a.article(), x, b.article(), y, v, found, found.values()));
        }
      }
    }
  }

  private static final int NONE = -1;

  /** A test of the figure at position i of one side and j of the other. */
  @FunctionalInterface
  private interface FigureTest {
    boolean test(int i, int j);
  }

  /**
   * A {@link FigureTest} that runs once for each pair of positions, however often asked; for two
   * sentences of thousands of figures each (a hostile input) it runs as asked, rather than hold a
   * table of millions of answers.
   */
  private static final class PairTest {
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    /** The most pairs whose answers are kept: a megabyte. */
    private static final long MAX_KEPT = 1 << 20;

    private final byte @Nullable [] known;
    private final int width;
    private final FigureTest test;

    PairTest(int left, int right, FigureTest test) {
      this.known = (long) left * right <= MAX_KEPT ? new byte[left * right] : null;
      this.width = right;
      this.test = test;
    }

    boolean test(int i, int j) {
      if (known == null) {
        return test.test(i, j);
      }
      int at = i * width + j;
      if (known[at] == UNKNOWN) {
        known[at] = test.test(i, j) ? YES : NO;
      }
      return known[at] == YES;
    }
  }

  /**
   * The position of the one candidate that shares words around it with the figure at {@code i}
   * where no other figure of its side does, or {@link #NONE}.
   */
  private static int partnerByWords(
      Article aa,
      List<Compared> left,
      int i,
      Article bb,
      List<Compared> right,
      int[] candidates,
      int[] openLeft,
      PairTest comparable,
      Figures figures) {
    int[] sharing =
        Arrays.stream(candidates)
            .filter(j -> figures.shareWordsAround(aa, left.get(i), bb, right.get(j)))
            .toArray();
    if (sharing.length != 1) {
      return NONE;
    }
    int j = sharing[0];
    long rivals =
        Arrays.stream(openLeft)
            .filter(
                k ->
                    comparable.test(k, j)
                        && figures.shareWordsAround(aa, left.get(k), bb, right.get(j)))
            .count();
    return rivals == 1 ? j : NONE;
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
        if (people.disagree(x.fact().value(), y.value())
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
  private record People(
      Table<String, String, Named> bySentence, Table<String, String, Boolean> disagreements) {

    People() {
      this(HashBasedTable.create(), HashBasedTable.create());
    }

    Named of(Article article, String sentenceId) {
      Named named = bySentence.get(article.id(), sentenceId);
      if (named == null) {
        named = Named.in(article, sentenceId);
        bySentence.put(article.id(), sentenceId, named);
      }
      return named;
    }

    /**
     * {@link NameConflicts#disagree}, each two names compared once per comparison: a story names
     * its people in sentence after sentence, and each pair of its statements' members meets them.
     */
    boolean disagree(String x, String y) {
      Boolean known = disagreements.get(x, y);
      if (known == null) {
        known = NameConflicts.disagree(x, y);
        disagreements.put(x, y, known);
      }
      return known;
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
  private static boolean comparable(
      Article aa, Compared x, Article bb, Compared y, Clock clock, Figures figures) {
    return x.sameKindAs(y)
        && Compared.sameReference(aa, x, bb, y)
        && Compared.sameLocality(aa, x, bb, y)
        && (x.countsSameAs(y) && x.fact().kind() == Fact.Kind.NUMBER
            || Measures.comparable(x.fact(), y.fact()))
        && (x.fact().kind() != Fact.Kind.TIME
            || clock.compare(aa, x.fact(), bb, y.fact()).isPresent())
        && (!x.isUntoldDuration()
            || figures.shareWordsAround(aa, x, bb, y)
            || Measures.compare(x.fact(), y.fact(), null, null) != Verdict.DIFFERENT);
  }

  /**
   * The same value of the same kind is taken for the same fact, whatever words surround it; so is a
   * value inside a range the other gives ("between 5.9 and 6.6" and "6.6").
   */
  private static boolean same(
      Article aa, Compared x, Article bb, Compared y, Clock clock, Integer yearA, Integer yearB) {
    return x.sameKindAs(y)
        && (Compared.agreesAsRange(x, y)
            || verdict(aa, x, bb, y, clock, yearA, yearB).orElse(null) == Verdict.SAME);
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
  private record Figures(
      Scopes scopes,
      Table<String, String, List<Compared>> bySentence,
      Map<Side, Set<String>> wordsAround) {

    Figures(Scopes scopes) {
      this(scopes, HashBasedTable.create(), new HashMap<>());
    }

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
        all = Compared.in(article, sentenceId, scopes);
        bySentence.put(article.id(), sentenceId, all);
      }
      return all;
    }

    /**
     * {@link Compared#shareWordsAround}, each figure's words read once per comparison: a figure is
     * tested against each candidate of each pair of members its sentence stands in.
     */
    boolean shareWordsAround(Article a, Compared x, Article b, Compared y) {
      return Compared.shareAny(wordsAround(a, x), wordsAround(b, y));
    }

    private Set<String> wordsAround(Article article, Compared c) {
      return wordsAround.computeIfAbsent(
          side(article.id(), c.fact()), k -> Compared.wordsAround(article, c.fact()));
    }
  }
}
