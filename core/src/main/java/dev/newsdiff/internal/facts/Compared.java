package dev.newsdiff.internal.facts;

import dev.newsdiff.internal.Spans;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /** A time with the event words before it: "the fire started at 3:40 p.m.". */
  static boolean isEventTime(Fact f) {
    return f.kind() == Fact.Kind.TIME && f.about() != null && f.about().indexOf(' ') > 0;
  }
}
