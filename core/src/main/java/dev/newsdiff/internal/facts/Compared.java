package dev.newsdiff.internal.facts;

import com.google.common.base.Suppliers;
import dev.newsdiff.internal.Spans;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A fact as compared: what it is ({@link Measures#key}), what it counts when the sentence says, and
 * its scope. Facts are compared only when their keys and scopes are equal and what they count does
 * not differ.
 *
 * <p>The scope is read the first time it is asked for: it is most of the cost of reading a
 * sentence's figures, and a figure whose key no figure of the other sentence has is never compared
 * (every test of two figures asks for their keys first).
 */
record Compared(
    Fact fact, String key, Optional<Counted.What> what, Supplier<Marks> marksOf, String sentence) {

  Compared(Fact fact, String key, Optional<Counted.What> what, Set<String> scope, String sentence) {
    this(fact, key, what, constant(Marks.of(scope)), sentence);
  }

  private static Supplier<Marks> constant(Marks marks) {
    return () -> marks;
  }

  /** The scope marks ({@link Scope}), read once, on first use. */
  Set<String> scope() {
    return marksOf.get().all();
  }

  /**
   * The scope marks but the locality a count is of: a figure each outlet states once is matched as
   * before it was read ({@link UnalignedFigures}), the locality of a story's one village being
   * mostly the story's own place.
   */
  Set<String> scopeBeyondLocality() {
    Marks marks = marksOf.get();
    return marks.locality().isEmpty()
        ? marks.all()
        : marks.all().stream()
            .filter(m -> !m.startsWith(Scope.LOCALITY_MARK))
            .collect(Collectors.toSet());
  }

  /**
   * A figure's scope marks and what the tests of two figures read of them, taken apart once per
   * figure rather than at each test of a pair (a figure meets every figure of its key in each
   * sentence aligned with its own).
   *
   * @param all the marks
   * @param compared the marks without those {@linkplain #readAlone read on their own}
   * @param age the age mark ({@link Ages#samePerson})
   * @param range both ends' values of the range the figure is an end of ({@link #agreesAsRange})
   * @param reference the place a distance is measured from ({@link #sameReference})
   * @param locality the one locality the count is of ({@link #sameLocality})
   */
  record Marks(
      Set<String> all,
      Set<String> compared,
      Optional<String> age,
      Optional<String[]> range,
      Optional<String> reference,
      Optional<String> locality) {

    static Marks of(Set<String> scope) {
      return new Marks(
          scope,
          readAlone(scope),
          Ages.markIn(scope),
          scope.stream()
              .filter(m -> m.startsWith(RANGE))
              .findFirst()
              .map(m -> m.substring(RANGE.length()).split("\\|")),
          scope.stream()
              .filter(m -> m.startsWith(Scope.FROM))
              .map(m -> m.substring(Scope.FROM.length()))
              .findFirst(),
          scope.stream()
              .filter(m -> m.startsWith(Scope.LOCALITY_MARK))
              .map(m -> m.substring(Scope.LOCALITY_MARK.length()))
              .findFirst());
    }
  }

  private static final String DURATION = "quantity:duration";

  boolean sameKindAs(Compared o) {
    return key.equals(o.key)
        && marksOf.get().compared().equals(o.marksOf.get().compared())
        && Ages.samePerson(marksOf.get().age(), o.marksOf.get().age())
        && (what.equals(o.what) || !isDuration() && (what.isEmpty() || o.what.isEmpty()));
  }

  /**
   * A scope without the marks read on their own: the place a distance is measured from ({@link
   * #sameReference}), the locality a count is of ({@link #sameLocality}), whose age an age is
   * ({@link Ages#samePerson}) and the range a figure is an end of ({@link #agreesAsRange}), which
   * one side may not say.
   */
  private static Set<String> readAlone(Set<String> scope) {
    return scope.stream().anyMatch(Compared::readAlone)
        ? scope.stream().filter(m -> !readAlone(m)).collect(Collectors.toSet())
        : scope;
  }

  private static boolean readAlone(String mark) {
    return mark.startsWith(Scope.FROM)
        || mark.startsWith(Scope.LOCALITY_MARK)
        || mark.startsWith(Ages.MARK)
        || mark.startsWith(RANGE);
  }

  private Optional<String> reference() {
    return marksOf.get().reference();
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

  /**
   * Whether two counts can be of the same place: a count of one locality ("two died in the nearby
   * village of Pescara del Tronto", "700 bodies piled up in the cemetery") is a part of the area's
   * toll, unless the other outlet names that locality too, where it is likely the event's own place
   * ("62 homes in the village of Xinmo" in a story every outlet sets in Xinmo).
   */
  static boolean sameLocality(Article a, Compared x, Article b, Compared y) {
    Optional<String> here = x.marksOf.get().locality();
    Optional<String> there = y.marksOf.get().locality();
    if (here.equals(there)) {
      return true;
    }
    return here.map(p -> namedIn(b, p)).orElse(true) && there.map(p -> namedIn(a, p)).orElse(true);
  }

  /** Whether an article's text names a place, in any case (a locality mark is rare: no cache). */
  private static boolean namedIn(Article article, String place) {
    return Pattern.compile(
            "\\b" + Pattern.quote(place) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(article.text())
        .find();
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

  /**
   * The figures of a sentence with their keys, what they count and their scopes (read through
   * {@code scopes}).
   */
  static List<Compared> in(Article article, String sentenceId, Scopes scopes) {
    return in(article, sentenceId, false, scopes);
  }

  /**
   * The figures of a sentence that say what they are: counts that say what they count, and times
   * with two event words before them ("the fire started at"). The others' scopes are not read,
   * which is most of the cost of reading a sentence's figures.
   */
  static List<Compared> sayingWhatTheyAre(Article article, String sentenceId, Scopes scopes) {
    return in(article, sentenceId, true, scopes);
  }

  private static List<Compared> in(
      Article article, String sentenceId, boolean sayingWhat, Scopes scopes) {
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
      Supplier<Marks> marks =
          Suppliers.memoize(
              () ->
                  Marks.of(
                      switch (f.kind()) {
                        case DATE -> Scope.ofDate(text, start, f.value().contains("/"));
                        case TIME -> Scope.ofTime(text, start, end);
                        // A person's age is of no period or region ("died in the city of
                        // Valladolid"): only whose age it is tells it apart.
                        default ->
                            isAge(what)
                                ? Ages.mark(text, end).map(Set::of).orElse(Set.of())
                                : withReference(
                                    scopes.of(text, start, end, what.isPresent()), key, text, end);
                      }));
      // A conversion is at the day's rate, which outlets take from different days. (The one mark
      // read before it is asked for: it changes the fact, which every test reads.)
      boolean conversion =
          f.kind() != Fact.Kind.DATE
              && f.kind() != Fact.Kind.TIME
              && !isAge(what)
              && Scope.isConversion(text, start);
      Fact fact =
          conversion && !f.approximate()
              ? new Fact(f.kind(), f.span(), f.text(), f.value(), f.about(), true)
              : f;
      out.add(new Compared(fact, key, what, marks, sentenceId));
    }
    return withParts(withRanges(out, text, span.start()));
  }

  /**
   * The counts of a sentence that gives two or more values of one kind, each marked a part: "We
   * recovered three bodies from the site while two people died in hospital" counts five dead in two
   * parts, and "revised the toll to 275 from 288" gives two tallies; neither is a toll another
   * outlet's single count could contradict.
   */
  private static List<Compared> withParts(List<Compared> figures) {
    Map<Counted.What, Set<String>> values = new EnumMap<>(Counted.What.class);
    for (Compared c : figures) {
      if (c.fact().kind() == Fact.Kind.NUMBER && c.what().isPresent() && c.range().isEmpty()) {
        values.computeIfAbsent(c.what().get(), k -> new HashSet<>()).add(c.fact().value());
      }
    }
    if (values.values().stream().allMatch(v -> v.size() < 2)) {
      return figures;
    }
    List<Compared> out = new ArrayList<>(figures);
    for (int i = 0; i < out.size(); i++) {
      Compared c = out.get(i);
      if (c.fact().kind() == Fact.Kind.NUMBER
          && c.what().isPresent()
          && c.what().get() != Counted.What.MAGNITUDE
          && values.get(c.what().get()).size() >= 2
          && c.range().isEmpty()) {
        out.set(i, c.withMark(PART));
      }
    }
    return out;
  }

  private static final String PART = "part";

  /** The mark of a figure that is one end of a range, with both ends' values: "range 5.9|6.6". */
  private static final String RANGE = "range ";

  /** "between 5.9 and 6.6": the words before a range's first end, and between its two ends. */
  private static final Pattern RANGE_OPENS =
      Pattern.compile("\\bbetween\\s+$", Pattern.CASE_INSENSITIVE);

  private static final Pattern RANGE_JOIN =
      Pattern.compile("^\\s*(?:and|to|-|–)\\s*$", Pattern.CASE_INSENSITIVE);

  /**
   * The figures with each two that open and close a range ("a magnitude of between 5.9 and 6.6")
   * marked so: a range is one figure, which a value inside it agrees with ({@link #agreesAsRange}),
   * not two figures each to be compared on its own.
   */
  private static List<Compared> withRanges(List<Compared> figures, String text, int base) {
    List<Compared> out = new ArrayList<>(figures);
    for (int i = 0; i + 1 < out.size(); i++) {
      Compared low = out.get(i);
      Compared high = out.get(i + 1);
      int lowStart = low.fact().span().start() - base;
      int lowEnd = low.fact().span().end() - base;
      int highStart = high.fact().span().start() - base;
      if (!low.key.equals(high.key)
          || low.fact().kind() == Fact.Kind.DATE
          || low.fact().kind() == Fact.Kind.TIME
          || highStart < lowEnd
          || !RANGE_OPENS.matcher(text.substring(Math.max(0, lowStart - 12), lowStart)).find()
          || !RANGE_JOIN.matcher(text.substring(lowEnd, highStart)).matches()) {
        continue;
      }
      String mark = RANGE + low.fact().value() + "|" + high.fact().value();
      out.set(i, low.withMark(mark));
      out.set(i + 1, high.withMark(mark));
      i++;
    }
    return out;
  }

  private Compared withMark(String mark) {
    return new Compared(
        fact,
        key,
        what,
        Suppliers.memoize(
            () -> {
              Set<String> marks = new HashSet<>(scope());
              marks.add(mark);
              return Marks.of(Set.copyOf(marks));
            }),
        sentence);
  }

  /**
   * Whether one of two figures is an end of a range the other's value stands inside ("between 5.9
   * and 6.6" and "6.6"; two ranges that overlap), so that they agree.
   */
  static boolean agreesAsRange(Compared x, Compared y) {
    Optional<String[]> a = x.range();
    Optional<String[]> b = y.range();
    if (a.isEmpty() && b.isEmpty()) {
      return false;
    }
    String[] r = a.orElseGet(() -> new String[] {x.fact().value(), x.fact().value()});
    String[] q = b.orElseGet(() -> new String[] {y.fact().value(), y.fact().value()});
    return Measures.overlap(r[0], r[1], q[0], q[1], x.fact().kind());
  }

  private Optional<String[]> range() {
    return marksOf.get().range();
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

  private static boolean isAge(Optional<Counted.What> what) {
    return what.isPresent() && what.get() == Counted.What.AGE;
  }

  /** A time with the event words before it: "the fire started at 3:40 p.m.". */
  static boolean isEventTime(Fact f) {
    return f.kind() == Fact.Kind.TIME && f.about() != null && f.about().indexOf(' ') > 0;
  }
}
