package dev.newsdiff.internal.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.eval.SampleSet;
import dev.newsdiff.internal.facts.Measures.Verdict;
import dev.newsdiff.internal.learn.Example;
import dev.newsdiff.internal.learn.LogisticModel;
import dev.newsdiff.internal.learn.LogisticTrainer;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples the figure-pair decision ({@link FigureDecision}) is trained on, and how it scores
 * against the rules. Every pair of figures of one unit kind that the comparison weighs in two
 * aligned sentences is an example: positive where the hand annotation makes it a conflict or an
 * approximation, negative where it leaves the pair alone. Two sources:
 *
 * <ul>
 *   <li>{@code real-figure-pairs.csv}: each row's two sentences aligned whole, as {@link
 *       RealFigurePairsTest} aligns them; a pair is positive when the row is a conflict or an
 *       approximation and the pair's values are the row's figures. Group: the row's event. The rows
 *       of india-train-2016 are left out: the held-out sample set
 *       kanpur-indore-patna-derailment-2016 reports the same derailment.
 *   <li>the development and written sample sets, compared as the product compares them; a pair is
 *       positive when one annotated conflict or approximation of {@code facts.json} holds both of
 *       its sentences (and its values, where the annotation gives numbers). Group: the set.
 * </ul>
 */
final class FigureModelTraining {

  /**
   * The real sets whose annotations may be trained on (the others are held out), and the written.
   */
  static final List<String> SETS =
      List.of(
          "gansu-earthquake-2013",
          "indonesia-sumatra-bus-plunge-2019",
          "leopoldo-lopez-sentence-2015",
          "murmu-suriname-serbia-visit-2023",
          "senegal-sonko-appeal-sentence-2023",
          "spacex-crew1-launch-2020",
          "unrelated-real-stories",
          "us-measles-count-121-2015",
          "xinmo-landslide-2017",
          "zimbabwe-bay-horse-mine-collapse-2023",
          "turkiye-defence-briefing",
          "ferry-fire",
          "harbour-bridge-closure",
          "unrelated-stories");

  /** An event of the table that a held-out sample set also reports. */
  static final Set<String> HELD_OUT_EVENTS = Set.of("india-train-2016");

  static final Path SAMPLES = Path.of("..", "samples");

  /** The trainer, fixed in advance: the library's defaults. */
  static final LogisticTrainer TRAINER = LogisticTrainer.defaults();

  /** A weighed pair with its label, where it came from, and (for the table) its row. */
  record Labelled(FigurePair pair, boolean positive, String group, String half, String row) {

    Example example() {
      return Example.of(FigurePairFeatures.of(pair), positive, group);
    }

    boolean conflict() {
      return pair.verdict() == Verdict.DIFFERENT;
    }
  }

  private FigureModelTraining() {}

  static List<Labelled> all() {
    List<Labelled> out = new ArrayList<>(fromTable());
    out.addAll(fromSamples());
    return out;
  }

  static LogisticModel train(List<Labelled> examples) {
    return TRAINER.train(examples.stream().map(Labelled::example).toList());
  }

  // ---- the table

  static List<Labelled> fromTable() {
    List<Labelled> out = new ArrayList<>();
    for (RealFigurePairsTest.Row row : RealFigurePairsTest.rows()) {
      String event = row.event();
      if (HELD_OUT_EVENTS.contains(event)) {
        continue;
      }
      Article left = NewsDiff.parse("a", "Report\n\n" + row.a() + RealFigurePairsTest.OTHER);
      Article right = NewsDiff.parse("b", "Report\n\n" + row.b() + RealFigurePairsTest.OTHER);
      List<Member> members = new ArrayList<>(RealFigurePairsTest.members(left, row.a()));
      members.addAll(RealFigurePairsTest.members(right, row.b()));
      List<FigurePair> pairs =
          Conflicts.weighed(
              List.of(left, right), List.of(new Statement("st1", members, 1.0, List.of())));
      boolean rowPositive =
          row.verdict().equals("conflict") || row.verdict().equals("approximation");
      Set<String> figuresA = numbers(row.figureA());
      Set<String> figuresB = numbers(row.figureB());
      for (FigurePair p : once(pairs)) {
        String vx = leading(p.x().fact().value());
        String vy = leading(p.y().fact().value());
        boolean rowsFigures =
            p.a().id().equals("a")
                ? figuresA.contains(vx) && figuresB.contains(vy)
                : figuresB.contains(vx) && figuresA.contains(vy);
        out.add(new Labelled(p, rowPositive && rowsFigures, event, row.half(), row.id()));
      }
    }
    return out;
  }

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.:]*");

  /** The numbers a figure column gives: "15 dead / 10 injured" gives 15 and 10. */
  static Set<String> numbers(String figures) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(figures);
    while (m.find()) {
      out.add(canonical(m.group()));
    }
    return out;
  }

  /** The number a fact's value starts with: "105" of "105 mi", "10:33" of "10:33". */
  static String leading(String value) {
    int space = value.indexOf(' ');
    return canonical((space < 0 ? value : value.substring(0, space)).replace("%", ""));
  }

  private static String canonical(String number) {
    String n = number.replace(",", "");
    while (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    if (n.contains(":")) {
      return n.length() == 4 ? "0" + n : n;
    }
    try {
      return new BigDecimal(n).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return n;
    }
  }

  /**
   * Each pair of figures once: a sentence stands in a statement per clause, and the comparison
   * weighs its figures in each (it reports a pair once).
   */
  static List<FigurePair> once(List<FigurePair> pairs) {
    Set<Set<String>> seen = new HashSet<>();
    return pairs.stream()
        .filter(
            p ->
                seen.add(
                    Set.of(
                        p.a().id() + "|" + p.x().fact().span(),
                        p.b().id() + "|" + p.y().fact().span())))
        .toList();
  }

  // ---- the sample sets

  static List<Labelled> fromSamples() {
    List<Labelled> out = new ArrayList<>();
    for (String set : SETS) {
      out.addAll(fromSample(set));
    }
    return out;
  }

  private static List<Labelled> fromSample(String set) {
    try {
      Path folder = SAMPLES.resolve(set);
      Comparison c = NewsDiff.compare(SampleSet.read(folder).articles().values().asList());
      List<List<String[]>> groups = annotated(folder.resolve("facts.json"));
      List<Labelled> out = new ArrayList<>();
      for (FigurePair p : once(Conflicts.weighed(c.articles(), c.statements()))) {
        String[] x = side(p.a(), p.x());
        String[] y = side(p.b(), p.y());
        boolean positive =
            groups.stream()
                .anyMatch(
                    g ->
                        g.stream().anyMatch(m -> same(m, x))
                            && g.stream().anyMatch(m -> same(m, y)));
        out.add(new Labelled(p, positive, set, "sample", ""));
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + set, e);
    }
  }

  private static String[] side(Article a, Compared c) {
    return new String[] {a.id(), a.sentence(c.sentence()).text(), leading(c.fact().value())};
  }

  /** The same article and sentence, and the same number where the annotation gives one. */
  private static boolean same(String[] annotated, String[] side) {
    if (!annotated[0].equals(side[0]) || !annotated[1].equals(side[1])) {
      return false;
    }
    Set<String> numbers = numbers(annotated[2]);
    return numbers.isEmpty() || numbers.contains(side[2]);
  }

  /** The members of the annotated conflicts and approximations: article, sentence, value. */
  private static List<List<String[]>> annotated(Path facts) {
    try {
      JsonNode root = new ObjectMapper().readTree(facts.toFile());
      List<List<String[]>> out = new ArrayList<>();
      for (String field : List.of("conflicts", "approximations")) {
        for (JsonNode g : root.path(field)) {
          List<String[]> members = new ArrayList<>();
          for (JsonNode m : g.path("members")) {
            members.add(
                new String[] {
                  m.path("article").asText(), m.path("sentence").asText(), m.path("value").asText()
                });
          }
          out.add(members);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- nested leave-one-group-out

  /** The trainers a fold chooses from, on the examples it trains on only. */
  static final List<LogisticTrainer> TRAINERS =
      java.util.stream.Stream.of(0.3, 1.0, 3.0, 10.0, 30.0)
          .flatMap(
              r ->
                  java.util.stream.Stream.of(
                      TRAINER.withRidge(r), TRAINER.withRidge(r).withBalancedClasses()))
          .toList();

  /**
   * Each example's decision by a model that never saw its group, with the penalty chosen by a
   * leave-one-group-out of the other groups alone: nothing of the held-out group tunes anything.
   */
  static List<Boolean> nestedDecisions(List<Labelled> examples) {
    Set<String> groups = new java.util.TreeSet<>();
    examples.forEach(e -> groups.add(e.group()));
    // Each fold is trained on its own; the folds run side by side, and their order does not matter.
    java.util.Map<String, LogisticModel> models =
        groups.parallelStream()
            .collect(
                java.util.stream.Collectors.toMap(
                    g -> g,
                    g -> {
                      List<Labelled> rest =
                          examples.stream().filter(e -> !e.group().equals(g)).toList();
                      return train(rest, bestTrainer(rest));
                    }));
    return examples.stream()
        .map(e -> FigureDecision.conflicts(e.pair(), models.get(e.group())))
        .toList();
  }

  /**
   * Each example's decision by a model trained without half B of the table (and its penalty chosen
   * without it): half B is the table's honest figure, as it was for the rules.
   */
  static List<Boolean> withoutHalfB(List<Labelled> examples) {
    List<Labelled> rest = examples.stream().filter(e -> !e.half().equals("B")).toList();
    LogisticModel m = train(rest, bestTrainer(rest));
    return examples.stream().map(e -> FigureDecision.conflicts(e.pair(), m)).toList();
  }

  /**
   * The trainer (penalty, and whether the rarer class is weighted up) whose leave-one-group-out
   * decisions on {@code examples} score best.
   */
  static LogisticTrainer bestTrainer(List<Labelled> examples) {
    LogisticTrainer best = TRAINER;
    double bestF1 = -1;
    List<Labelled> learned = learned(examples);
    List<Example> ex = learned.stream().map(Labelled::example).toList();
    for (LogisticTrainer trainer : TRAINERS) {
      List<Boolean> d =
          dev.newsdiff.internal.learn.LeaveOneGroupOut.probabilities(ex, trainer).stream()
              .map(p -> p >= FigureDecision.THRESHOLD)
              .toList();
      double f1 = Score.of(learned, d, true).f1() + Score.of(learned, d, false).f1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = trainer;
      }
    }
    return best;
  }

  /** A model trained on the pairs it decides ({@link FigureDecision#learns}). */
  static LogisticModel train(List<Labelled> examples, LogisticTrainer trainer) {
    return trainer.train(learned(examples).stream().map(Labelled::example).toList());
  }

  static List<Labelled> learned(List<Labelled> examples) {
    return examples.stream().filter(e -> FigureDecision.learns(e.pair())).toList();
  }

  // ---- scores

  /**
   * Conflict precision and recall by row of the table, as {@link RealFigurePairsTest} counts them:
   * a row is found a conflict when one of its pairs is decided to count one thing twice and
   * differs.
   */
  static Score byRow(List<Labelled> examples, List<Boolean> decided, String half) {
    java.util.Map<String, boolean[]> rows = new java.util.TreeMap<>();
    for (int i = 0; i < examples.size(); i++) {
      Labelled e = examples.get(i);
      if (!e.half().equals(half)) {
        continue;
      }
      boolean[] r = rows.computeIfAbsent(e.row(), k -> new boolean[2]);
      r[0] |= e.positive() && e.conflict();
      r[1] |= decided.get(i) && e.conflict();
    }
    // rows with no weighed pair at all are annotated conflicts only if the table says so
    int tp = 0;
    int predicted = 0;
    int expected = 0;
    for (boolean[] r : rows.values()) {
      tp += r[0] && r[1] ? 1 : 0;
      predicted += r[1] ? 1 : 0;
      expected += r[0] ? 1 : 0;
    }
    for (RealFigurePairsTest.Row row : RealFigurePairsTest.rows()) {
      if (row.half().equals(half)
          && row.verdict().equals("conflict")
          && !rows.containsKey(row.id())
          && !HELD_OUT_EVENTS.contains(row.event())) {
        expected++;
      }
    }
    return new Score(tp, predicted, expected);
  }

  /** Conflict (or approximation) precision and recall of decisions over labelled pairs. */
  record Score(int tp, int predicted, int expected) {

    double precision() {
      return predicted == 0 ? 1 : (double) tp / predicted;
    }

    double recall() {
      return expected == 0 ? 1 : (double) tp / expected;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Score of(List<Labelled> examples, List<Boolean> decided, boolean conflicts) {
      int tp = 0;
      int predicted = 0;
      int expected = 0;
      for (int i = 0; i < examples.size(); i++) {
        Labelled e = examples.get(i);
        if (e.conflict() != conflicts) {
          continue;
        }
        predicted += decided.get(i) ? 1 : 0;
        expected += e.positive() ? 1 : 0;
        tp += decided.get(i) && e.positive() ? 1 : 0;
      }
      return new Score(tp, predicted, expected);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "P %.3f R %.3f (%d/%d, %d/%d)",
          precision(),
          recall(),
          tp,
          predicted,
          tp,
          expected);
    }
  }
}
