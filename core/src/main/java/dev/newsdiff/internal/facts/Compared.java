package dev.newsdiff.internal.facts;

import dev.newsdiff.internal.Spans;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A fact as compared: what it is ({@link Measures#key}), what it counts when the sentence says, and
 * its scope. Facts are compared only when their keys and scopes are equal and what they count does
 * not differ.
 */
record Compared(
    Fact fact, String key, Optional<Counted.What> what, Set<String> scope, String sentence) {

  private static final String DURATION = "quantity:duration";

  boolean sameKindAs(Compared o) {
    return key.equals(o.key)
        && withoutReference(scope).equals(withoutReference(o.scope))
        && (what.equals(o.what) || !isDuration() && (what.isEmpty() || o.what.isEmpty()));
  }

  /** A scope without the place a distance is measured from, which {@link #sameReference} reads. */
  private static Set<String> withoutReference(Set<String> scope) {
    return scope.stream().anyMatch(m -> m.startsWith(Scope.FROM))
        ? scope.stream().filter(m -> !m.startsWith(Scope.FROM)).collect(Collectors.toSet())
        : scope;
  }

  private Optional<String> reference() {
    return scope.stream()
        .filter(m -> m.startsWith(Scope.FROM))
        .map(m -> m.substring(Scope.FROM.length()))
        .findFirst();
  }

  /**
   * Whether two distances are measured between the same places: from the same place, or each from a
   * place the other's sentence names ("125 miles southwest of Ridgecrest" in a sentence on Los
   * Angeles, "150 miles northeast of Los Angeles" in one on Ridgecrest). A distance from a place
   * the other sentence does not name is another distance: "170 km west of Winnipeg" and "about 200
   * km south" (of the town the bus left).
   */
  static boolean sameReference(Article a, Compared x, Article b, Compared y) {
    Optional<String> from = x.reference();
    Optional<String> to = y.reference();
    if (from.equals(to)) {
      return true;
    }
    return from.map(p -> names(b, y, p)).orElse(true) && to.map(p -> names(a, x, p)).orElse(true);
  }

  private static boolean names(Article article, Compared c, String place) {
    return article.sentence(c.sentence()).text().toLowerCase(Locale.ROOT).contains(place);
  }

  /** Durations are many in a story: one is compared only with one known to be of its kind. */
  private boolean isDuration() {
    return key.equals(DURATION);
  }

  /** A duration whose kind its sentence does not tell: "a six-month stay", "nine years of". */
  boolean isUntoldDuration() {
    return isDuration() && what.isEmpty();
  }

  /**
   * Whether the words right around two figures share one: "ending nine years of reliance" and
   * "ending almost a decade of reliance" are one span of time, "a six-month stay" is another.
   */
  static boolean shareWordsAround(Article a, Compared x, Article b, Compared y) {
    return shareAny(wordsAround(a, x.fact()), wordsAround(b, y.fact()));
  }

  /** Whether two figures' {@linkplain #wordsAround words around} share one. */
  static boolean shareAny(Set<String> left, Set<String> right) {
    return right.stream().anyMatch(left::contains);
  }

  /** How many words on each side of a figure {@link #shareWordsAround} reads. */
  private static final int WORDS_AROUND = 3;

  /** How far those words are looked for, in characters. */
  private static final int REACH = 60;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private static final Set<String> FUNCTION_WORDS =
      Set.of("from", "with", "that", "this", "than", "after", "before", "into", "over", "about");

  /** The words right around a figure that {@link #shareWordsAround} reads, lower-cased. */
  static Set<String> wordsAround(Article article, Fact f) {
    String text = article.text();
    List<String> before =
        words(text.substring(Math.max(0, f.span().start() - REACH), f.span().start()));
    List<String> after =
        words(text.substring(f.span().end(), Math.min(text.length(), f.span().end() + REACH)));
    Set<String> out = new HashSet<>();
    Stream.concat(
            before.subList(Math.max(0, before.size() - WORDS_AROUND), before.size()).stream(),
            after.subList(0, Math.min(WORDS_AROUND, after.size())).stream())
        .map(w -> w.toLowerCase(Locale.ROOT))
        .filter(w -> w.length() >= 4 && !FUNCTION_WORDS.contains(w))
        .forEach(out::add);
    return out;
  }

  private static List<String> words(String text) {
    return WORD.matcher(text).results().map(MatchResult::group).toList();
  }

  /** Both say what they count, and it is the same thing. */
  boolean countsSameAs(Compared o) {
    return what.isPresent() && what.equals(o.what);
  }

  /** The figures of a sentence with their keys, what they count and their scopes. */
  static List<Compared> in(Article article, String sentenceId) {
    return in(article, sentenceId, false);
  }

  /**
   * The figures of a sentence that say what they are: counts that say what they count, and times
   * with two event words before them ("the fire started at"). The others' scopes are not read,
   * which is most of the cost of reading a sentence's figures.
   */
  static List<Compared> sayingWhatTheyAre(Article article, String sentenceId) {
    return in(article, sentenceId, true);
  }

  private static List<Compared> in(Article article, String sentenceId, boolean sayingWhat) {
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
      if (sayingWhat && what.isEmpty() && !isEventTime(f)) {
        continue;
      }
      Set<String> scope =
          switch (f.kind()) {
            case DATE -> Scope.ofDate(text, start, f.value().contains("/"));
            case TIME -> Scope.inZoneConversion(text, start) ? Set.of(Scope.CONVERSION) : Set.of();
            default -> withReference(Scope.of(text, start, end, what.isPresent()), key, text, end);
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

  /** A distance's scope with the place it is measured from, when the sentence names one. */
  private static Set<String> withReference(Set<String> scope, String key, String text, int end) {
    String place = key.equals(LENGTH) ? Scope.reference(text, end) : null;
    if (place == null) {
      return scope;
    }
    Set<String> out = new HashSet<>(scope);
    out.add(Scope.FROM + place);
    return Set.copyOf(out);
  }

  private static final String LENGTH = "quantity:length";

  /** A time with the event words before it: "the fire started at 3:40 p.m.". */
  static boolean isEventTime(Fact f) {
    return f.kind() == Fact.Kind.TIME && f.about() != null && f.about().indexOf(' ') > 0;
  }
}
