package dev.newsdiff.internal.facts;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Table;
import dev.newsdiff.internal.Pair;
import dev.newsdiff.internal.facts.Measures.Verdict;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Figures of one kind that two outlets each state once, compared where the aligner did not pair
 * their sentences. Rewrites put the story's toll in sentences built differently ("At least 24
 * people died as a bus carrying 40 people plunged into a ravine" against "The bus, with about 50
 * passengers on board, crashed on the way to ..."), and an outlet that gives the time of the event
 * "according to passengers" opens its sentence with its own sourcing: the sentences are not
 * aligned, but the figures count the same thing. A figure is matched so only when:
 *
 * <ul>
 *   <li>the two articles tell one story: they share {@value #SHARED_STATEMENTS} statements or more,
 *       or the lead of one is aligned with a sentence of the other;
 *   <li>it says what it is: a count of a kind {@link Counted} reads (killed, injured, on board, a
 *       prison term, …), or a time with the same two event words before it ("the fire started at");
 *   <li>the text marks no other scope ({@link Scope}: another period, a part, a further count, a
 *       region, a conversion);
 *   <li>each outlet gives one value of that kind in its body (the same value as often as it likes):
 *       an outlet that gives two tolls ("rose from 24 to 26") leaves no way to tell which to
 *       compare;
 *   <li>no sentence of one with that kind was aligned with one of the other's (the aligned
 *       sentences were compared already), and the two sentences share {@value #SHARED_WORDS}
 *       content words: the same subject or event.
 * </ul>
 */
final class UnalignedFigures {

  /** Articles that share this many statements tell one story; unrelated stories share none. */
  private static final int SHARED_STATEMENTS = 2;

  /** Sentences about one subject or event share this many content words ("bus", "ravine"). */
  private static final int SHARED_WORDS = 2;

  /** How many mentions of a figure, from the first, are paired with the other's. */
  private static final int MENTIONS = 3;

  /** Content words: letters, four or more of them, that are not function words. */
  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

  private static final ImmutableSet<String> FUNCTION_WORDS =
      ImmutableSet.of(
          "that",
          "this",
          "with",
          "from",
          "were",
          "have",
          "been",
          "said",
          "says",
          "after",
          "they",
          "their",
          "them",
          "when",
          "which",
          "what",
          "about",
          "more",
          "than",
          "also",
          "according",
          "while",
          "into",
          "some",
          "other",
          "there",
          "least");

  /** A figure of one outlet matched with one of another, and the statement to report it in. */
  record Match(String articleA, Compared x, String articleB, Compared y, String statement) {}

  private UnalignedFigures() {}

  /** The matches among {@code articles}, in article order and each article's story order. */
  static List<Match> find(List<Article> articles, List<Statement> statements, Scopes scopes) {
    StatementsOf statementsOf = new StatementsOf();
    Map<Set<String>, Integer> shared = new HashMap<>();
    for (Statement s : statements) {
      s.members().forEach(m -> statementsOf.add(m.article(), m.sentence(), s.id()));
      for (Pair<String> p : Pair.of(s.articles())) {
        shared.merge(Set.of(p.first(), p.second()), 1, Integer::sum);
      }
    }
    Map<String, Map<List<String>, List<Compared>>> kinds = new HashMap<>();
    List<Match> out = new ArrayList<>();
    for (Pair<Article> p : Pair.of(articles)) {
      Article a = p.first();
      Article b = p.second();
      if (shared.getOrDefault(Set.of(a.id(), b.id()), 0) < SHARED_STATEMENTS
          && !leadsAligned(a, b, statementsOf)) {
        continue;
      }
      // The article with fewer facts first: where none of its figures says what it is (most short
      // articles), there is nothing to match, and the other's figures are not read.
      Article fewer = a.facts().size() <= b.facts().size() ? a : b;
      if (kinds.computeIfAbsent(fewer.id(), k -> byKind(fewer, scopes)).isEmpty()) {
        continue;
      }
      Map<List<String>, List<Compared>> left =
          kinds.computeIfAbsent(a.id(), k -> byKind(a, scopes));
      Map<List<String>, List<Compared>> right =
          kinds.computeIfAbsent(b.id(), k -> byKind(b, scopes));
      Integer yearA = Measures.publicationYear(a);
      Integer yearB = Measures.publicationYear(b);
      for (Map.Entry<List<String>, List<Compared>> e : left.entrySet()) {
        List<Compared> xs = e.getValue();
        List<Compared> ys = right.getOrDefault(e.getKey(), List.of());
        if (ys.isEmpty()
            || !oneValue(xs, yearA)
            || !oneValue(ys, yearB)
            || Measures.compare(xs.get(0).fact(), ys.get(0).fact(), yearA, yearB) == Verdict.SAME
            || anyAligned(a, xs, b, ys, statementsOf)) {
          continue;
        }
        match(a, xs, b, ys, statementsOf).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The first pair of figures, in story order, whose sentences share content words, reported in the
   * statement of the first one's sentence, else of the second's: a pair whose sentences both stand
   * in no statement has nowhere to be shown, and is left out.
   */
  private static Optional<Match> match(
      Article a, List<Compared> xs, Article b, List<Compared> ys, StatementsOf statementsOf) {
    // An outlet states its toll in its first mentions: only those are paired, so that a text
    // that repeats one figure thousands of times is not read once per pair of them.
    for (Compared x : xs.subList(0, Math.min(xs.size(), MENTIONS))) {
      for (Compared y : ys.subList(0, Math.min(ys.size(), MENTIONS))) {
        List<String> home =
            statementsOf.of(a.id(), x.sentence()).isEmpty()
                ? statementsOf.of(b.id(), y.sentence())
                : statementsOf.of(a.id(), x.sentence());
        if (!home.isEmpty()
            && sharedWords(a.sentence(x.sentence()), b.sentence(y.sentence())) >= SHARED_WORDS) {
          return Optional.of(new Match(a.id(), x, b.id(), y, home.get(0)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The counts of {@code what} that {@code article} gives in its body with no other scope, in story
   * order, when it gives one value of that kind (as often as it likes); else none.
   */
  static List<Compared> restated(Article article, Counted.What what, Scopes scopes) {
    List<Compared> counts = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      if (s.role() == Role.BODY) {
        for (Compared c : Compared.sayingWhatTheyAre(article, s.id(), scopes)) {
          if (c.fact().kind() == Fact.Kind.NUMBER
              && c.scopeBeyondLocality().isEmpty()
              && c.what().equals(Optional.of(what))) {
            counts.add(c);
          }
        }
      }
    }
    return !counts.isEmpty() && oneValue(counts, Measures.publicationYear(article))
        ? counts
        : List.of();
  }

  /**
   * An article's body figures that say what they are, by kind, in story order: a count by what it
   * counts, a time by the event words before it.
   */
  private static Map<List<String>, List<Compared>> byKind(Article article, Scopes scopes) {
    Map<List<String>, List<Compared>> out = new LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      if (s.role() != Role.BODY) {
        continue;
      }
      for (Compared c : Compared.sayingWhatTheyAre(article, s.id(), scopes)) {
        List<String> kind = kind(c);
        if (kind != null) {
          out.computeIfAbsent(kind, k -> new ArrayList<>()).add(c);
        }
      }
    }
    return out;
  }

  /**
   * What a figure is (its key and what it counts, or the event words before a time), when it says
   * so and the text marks no other scope; else null.
   */
  private static @Nullable List<String> kind(Compared c) {
    if (!c.scopeBeyondLocality().isEmpty()) {
      return null;
    }
    // Ages are of many people in a story: one outlet's only age may be another person's.
    if (c.what().isPresent() && c.what().get() != Counted.What.AGE) {
      return List.of(c.key(), c.what().get().name());
    }
    return Compared.isEventTime(c.fact()) ? List.of(c.key(), c.fact().about()) : null;
  }

  /** Whether every figure agrees with the first: one value, however often it is given. */
  private static boolean oneValue(List<Compared> figures, Integer year) {
    Fact first = figures.get(0).fact();
    return figures.stream()
        .allMatch(c -> Measures.compare(first, c.fact(), year, year) != Verdict.DIFFERENT);
  }

  /** Whether the lead of one stands in a statement with a sentence of the other. */
  private static boolean leadsAligned(Article a, Article b, StatementsOf statementsOf) {
    return leadSharesStatement(a, b, statementsOf) || leadSharesStatement(b, a, statementsOf);
  }

  private static boolean leadSharesStatement(
      Article article, Article other, StatementsOf statementsOf) {
    List<String> ids =
        article.sentences().stream()
            .filter(s -> s.role() == Role.BODY)
            .findFirst()
            .map(s -> statementsOf.of(article.id(), s.id()))
            .orElse(List.of());
    return other.sentences().stream()
        .anyMatch(s -> !Collections.disjoint(ids, statementsOf.of(other.id(), s.id())));
  }

  /** Whether a sentence of {@code xs} stands in a statement with one of {@code ys}. */
  private static boolean anyAligned(
      Article a, List<Compared> xs, Article b, List<Compared> ys, StatementsOf statementsOf) {
    Set<String> left = new HashSet<>();
    xs.forEach(x -> left.addAll(statementsOf.of(a.id(), x.sentence())));
    return ys.stream()
        .anyMatch(y -> statementsOf.of(b.id(), y.sentence()).stream().anyMatch(left::contains));
  }

  static int sharedWords(Sentence a, Sentence b) {
    Set<String> left = contentWords(a.text());
    return (int) contentWords(b.text()).stream().filter(left::contains).count();
  }

  private static Set<String> contentWords(String text) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    return m.results()
        .map(r -> r.group())
        .filter(w -> !FUNCTION_WORDS.contains(w))
        .collect(Collectors.toSet());
  }

  /** The statements each sentence stands in, in the order of the statements. */
  private static final class StatementsOf {
    private final Table<String, String, List<String>> ids = HashBasedTable.create();

    void add(String article, String sentence, String statement) {
      List<String> of = ids.get(article, sentence);
      if (of == null) {
        ids.put(article, sentence, of = new ArrayList<>());
      }
      if (!of.contains(statement)) {
        of.add(statement);
      }
    }

    List<String> of(String article, String sentence) {
      List<String> of = ids.get(article, sentence);
      return of == null ? List.of() : of;
    }
  }
}
