package dev.newsdiff.internal.ingest;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.eval.SampleSet;
import dev.newsdiff.eval.TrainingSets;
import dev.newsdiff.internal.ingest.Lines.Line;
import dev.newsdiff.internal.learn.Example;
import dev.newsdiff.internal.learn.LogisticModel;
import dev.newsdiff.internal.learn.LogisticTrainer;
import dev.newsdiff.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trains {@link FurnitureLines}' model and holds its honest figures. The data: every line of the
 * real pages of {@code real-furniture.csv} labelled story (headline, standfirst, story) or
 * furniture, but for the held-out halves ({@link #HELD_OUT_PARTS}: D2 and E2, scored only), and
 * every line of the sample sets of {@link TrainingSets#ALL} that the annotation gives as a
 * furniture line or as story sentences. Never the newest held-out generation: it stays the judge.
 *
 * <p>The group is the outlet, so a model is never scored on lines of an outlet it was trained on
 * (one site's template repeats on all its pages). The decision threshold is chosen inside the
 * training data, on probabilities of lines the model was not trained on (outlets split in {@link
 * #INNER_FOLDS} folds), as the lowest that loses at most {@link #STORY_LOST_SHARE} of the story
 * lines: keeping a furniture line costs less than losing a sentence.
 *
 * <p>{@code -Dnewsdiff.updateModels=true} writes the trained model over the shipped resource.
 */
class FurnitureLinesTrainingTest {

  static final Path SAMPLES = Path.of("..", "samples");

  /** Every set but the newest held-out generation, which is never read here. */
  static final List<String> TRAINING_SETS = TrainingSets.ALL;

  static final double RIDGE = 1.0;
  static final double STORY_LOST_SHARE = 0.0075;
  static final int INNER_FOLDS = 4;
  static final int OUTER_FOLDS = 10;

  /**
   * The halves of {@code real-furniture.csv} the model never trains on, scored only: D2, split off
   * by outlet before anything was fitted to it. B and C2 were held out from the rules only; the
   * model has trained on them since round 22, and holding them out again keeps more furniture on C2
   * (17/67 against 16/67 left out outlet by outlet) and on D2 (12/63 against 11/63), see
   * docs/reading.md. {@code -Dnewsdiff.heldOutParts=B,C2,D2} (comma-separated) compares. Half E
   * (round 26) is split likewise: the model trains on E1, never on E2.
   */
  static final Set<String> HELD_OUT_PARTS =
      Set.of(System.getProperty("newsdiff.heldOutParts", "D2,E2").split(","));

  /**
   * Floors of the held-out-outlets figure (10 folds), over all training lines. Raised in round 24
   * from 35 and 5 (33/499 and 4/1120 then) as half D1 joined the data: 42/540 and 8/1187 now, of
   * which D1's own lines are 8 and 2, lines the rules keep and lose as well. Outlet by outlet
   * (-Dnewsdiff.leaveOneOutletOut=true) the lines that trained before keep 36 and lose 3 (35 and 4
   * before), and the held-out half D2 loses one story line fewer: the trade is worth D1. Round 26:
   * half E1 joined (34 furniture and 76 story lines) with its rules and the "repeated" feature:
   * 44/574 and 7/1263 (E1's own 6 and 1); outlet by outlet 42/574 and 6/1263, against 59/574 and
   * 9/1263 with E1 in the data before the rules and the feature (C2, which no rule was written
   * from: 17/67 -> 13/67).
   */
  static final int MAX_KEPT = 44;

  static final int MAX_LOST = 7;

  /** One labelled line: where it came from, its features, what it is, what the rules said. */
  record LabelledLine(
      String group,
      String part,
      String set,
      String text,
      Map<String, Double> features,
      boolean furniture,
      boolean rulesSayFurniture,
      boolean storyByShape) {
    Example example() {
      return Example.of(features, furniture, group);
    }
  }

  /** A model and the threshold chosen for it, folded into its bias. */
  static LogisticModel fit(List<LabelledLine> training) {
    LogisticTrainer trainer = LogisticTrainer.defaults().withRidge(RIDGE);
    List<String> groups =
        training.stream()
            .map(LabelledLine::group)
            .collect(Collectors.toCollection(TreeSet::new))
            .stream()
            .toList();
    Map<String, Integer> fold = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      fold.put(groups.get(i), i % INNER_FOLDS);
    }
    List<Double> storyProbabilities = new ArrayList<>();
    for (int f = 0; f < INNER_FOLDS; f++) {
      int held = f;
      LogisticModel inner =
          trainer.train(
              training.stream()
                  .filter(l -> fold.get(l.group()) != held)
                  .map(LabelledLine::example)
                  .toList());
      training.stream()
          .filter(l -> fold.get(l.group()) == held && !l.furniture())
          .forEach(l -> storyProbabilities.add(inner.probability(l.features())));
    }
    storyProbabilities.sort((a, b) -> Double.compare(b, a));
    int mayLose = (int) Math.floor(STORY_LOST_SHARE * storyProbabilities.size());
    // Just above the story line ranked mayLose + 1: that line and all below it stay story.
    double threshold = Math.min(0.99, storyProbabilities.get(mayLose) + 1e-6);
    LogisticModel model = trainer.train(training.stream().map(LabelledLine::example).toList());
    double shift = Math.log(threshold / (1 - threshold));
    return LogisticModel.of(model.bias() - shift, model.weights());
  }

  /** The product's decision ({@link FurnitureLines#isFurniture}) with this model. */
  static boolean saysFurniture(LogisticModel model, LabelledLine line) {
    if (line.rulesSayFurniture()) {
      return true;
    }
    if (line.storyByShape()
        || LineShapes.isBulleted(line.text())
        || LineShapes.isDatelineShaped(line.text())) {
      return false;
    }
    return model.probability(line.features()) >= 0.5;
  }

  /** The training lines: the trainable halves' and the training sets'. */
  private static List<LabelledLine> lines;

  /** The held-out halves' lines, never trained on. */
  private static List<LabelledLine> heldOut;

  @BeforeAll
  static void readData() throws IOException {
    lines = new ArrayList<>();
    heldOut = new ArrayList<>();
    for (LabelledLine l : realPages()) {
      (HELD_OUT_PARTS.contains(l.part()) ? heldOut : lines).add(l);
    }
    lines.addAll(sampleSets());
  }

  /** Counts of one decision over some lines. */
  record Tally(int furniture, int kept, int story, int lost) {
    static Tally of(List<LabelledLine> lines, Predicate<LabelledLine> saysFurniture) {
      int furniture = 0;
      int kept = 0;
      int story = 0;
      int lost = 0;
      for (LabelledLine l : lines) {
        boolean says = saysFurniture.test(l);
        if (l.furniture()) {
          furniture++;
          kept += says ? 0 : 1;
        } else {
          story++;
          lost += says ? 1 : 0;
        }
      }
      return new Tally(furniture, kept, story, lost);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "furniture kept %d/%d, story lost %d/%d", kept, furniture, lost, story);
    }
  }

  @Test
  void shippedModelIsTheOneTheDataTrains() throws IOException {
    LogisticModel trained = fit(lines);
    Path shipped =
        Path.of("src/main/resources/dev/newsdiff/internal/ingest", FurnitureLines.MODEL_RESOURCE);
    String tsv =
        "# Trained by FurnitureLinesTrainingTest (core/src/test): -Dnewsdiff.updateModels=true\n"
            + "# A line is furniture when the probability is 1/2 or more (threshold in the bias).\n"
            + trained.toTsv();
    if (Boolean.getBoolean("newsdiff.updateModels")) {
      Files.writeString(shipped, tsv, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(shipped, StandardCharsets.UTF_8))
        .as("retrain with -Dnewsdiff.updateModels=true")
        .isEqualTo(tsv);
  }

  /**
   * The honest figure, each outlet's lines decided by a model trained without that outlet, against
   * the rules' verdicts on the same lines. The test holds outlets out in {@link #OUTER_FOLDS} folds
   * (each outlet's lines all in one) to stay fast; {@code -Dnewsdiff.leaveOneOutletOut=true} holds
   * out each outlet alone, the figure docs/reading.md reports. The held-out halves are decided by
   * the model trained on all the training lines. The rules were written from every part but C2 and
   * D2, so only there are their figures as honest as the model's.
   */
  @Test
  void outletsHeldOutTheModelKeepsLessFurnitureThanTheRulesAndLosesLittleStory() {
    boolean alone = Boolean.getBoolean("newsdiff.leaveOneOutletOut");
    List<String> groups =
        lines.stream()
            .map(LabelledLine::group)
            .collect(Collectors.toCollection(TreeSet::new))
            .stream()
            .toList();
    int folds = alone ? groups.size() : OUTER_FOLDS;
    Map<String, Integer> fold = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      fold.put(groups.get(i), i % folds);
    }
    Map<LabelledLine, Boolean> model = new IdentityHashMap<>();
    for (int f = 0; f < folds; f++) {
      int held = f;
      LogisticModel m = fit(lines.stream().filter(l -> fold.get(l.group()) != held).toList());
      lines.stream()
          .filter(l -> fold.get(l.group()) == held)
          .forEach(l -> model.put(l, saysFurniture(m, l)));
    }
    StringBuilder report = new StringBuilder();
    for (String part : parts()) {
      List<LabelledLine> in = lines.stream().filter(l -> l.part().equals(part)).toList();
      report.append(
          String.format(
              "%-8s rules %s | model %s%n",
              part, Tally.of(in, LabelledLine::rulesSayFurniture), Tally.of(in, model::get)));
    }
    Tally rules = Tally.of(lines, LabelledLine::rulesSayFurniture);
    Tally learned = Tally.of(lines, model::get);
    report.append(String.format("all      rules %s | model %s%n", rules, learned));
    LogisticModel all = fit(lines);
    LogisticModel shipped =
        LogisticModel.resource(FurnitureLines.class, FurnitureLines.MODEL_RESOURCE);
    for (String part : new TreeSet<>(HELD_OUT_PARTS)) {
      List<LabelledLine> in = heldOut.stream().filter(l -> l.part().equals(part)).toList();
      report.append(
          String.format(
              "%-8s held out: rules %s | model %s | shipped model %s%n",
              part,
              Tally.of(in, LabelledLine::rulesSayFurniture),
              Tally.of(in, l -> saysFurniture(all, l)),
              Tally.of(in, l -> saysFurniture(shipped, l))));
    }
    Tally heldRules = Tally.of(heldOut, LabelledLine::rulesSayFurniture);
    Tally heldModel = Tally.of(heldOut, l -> saysFurniture(all, l));
    System.out.print(report);
    assertThat(learned.kept()).as(report.toString()).isLessThanOrEqualTo(MAX_KEPT);
    assertThat(learned.lost()).as(report.toString()).isLessThanOrEqualTo(MAX_LOST);
    assertThat(learned.lost()).as(report.toString()).isLessThanOrEqualTo(learned.story() / 100);
    assertThat(heldModel.kept()).as(report.toString()).isLessThan(heldRules.kept());
    assertThat(heldModel.lost()).as(report.toString()).isLessThanOrEqualTo(heldRules.lost() + 1);
  }

  /**
   * The figure per sample set, each set's lines decided by a model trained without that set and
   * without its outlets' lines in any other set, summed by the groups of docs/reading.md. Slow (a
   * model per set): run with {@code -Dnewsdiff.leaveOneSetOut=true}. Lines are scored as the rules
   * and the model decide them; the layout (headline copies, captions) adds furniture after them, so
   * {@code newsdiff eval} keeps no more than this.
   */
  @Test
  void leaveOneSetOut() {
    if (!Boolean.getBoolean("newsdiff.leaveOneSetOut")) {
      return;
    }
    Map<LabelledLine, Boolean> model = new IdentityHashMap<>();
    StringBuilder report = new StringBuilder();
    for (String set : TRAINING_SETS) {
      List<LabelledLine> held = lines.stream().filter(l -> l.set().equals(set)).toList();
      Set<String> outlets = held.stream().map(LabelledLine::group).collect(Collectors.toSet());
      LogisticModel m =
          fit(
              lines.stream()
                  .filter(l -> !l.set().equals(set) && !outlets.contains(l.group()))
                  .toList());
      held.forEach(l -> model.put(l, saysFurniture(m, l)));
      report.append(
          String.format(
              "%-40s rules %s | model %s%n",
              set, Tally.of(held, LabelledLine::rulesSayFurniture), Tally.of(held, model::get)));
    }
    Map<String, List<String>> groups = new LinkedHashMap<>();
    groups.put("written+dev", TrainingSets.DEVELOPMENT_AND_WRITTEN);
    groups.put("H1-H3", TrainingSets.EARLIER_HELD_OUT);
    groups.forEach(
        (name, sets) -> {
          List<LabelledLine> in = lines.stream().filter(l -> sets.contains(l.set())).toList();
          report.append(
              String.format(
                  "%-40s rules %s | model %s%n",
                  name, Tally.of(in, LabelledLine::rulesSayFurniture), Tally.of(in, model::get)));
        });
    System.out.print(report);
  }

  private static List<String> parts() {
    return lines.stream().map(LabelledLine::part).distinct().toList();
  }

  // ---- the data

  /** The lines of real-furniture.csv, each page read as one text; the group is its outlet. */
  private static List<LabelledLine> realPages() throws IOException {
    Map<String, String[]> sources = new LinkedHashMap<>();
    resource("SOURCES.md")
        .lines()
        .filter(l -> l.startsWith("| ") && !l.startsWith("| page"))
        .map(l -> l.split("\\|"))
        .forEach(f -> sources.put(f[1].strip(), new String[] {f[2].strip(), f[3].strip()}));
    Map<String, List<String[]>> pages =
        resource("real-furniture.csv")
            .lines()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(l -> l.split("\\|", 3))
            .collect(groupingBy(f -> f[0], LinkedHashMap::new, toList()));
    List<LabelledLine> out = new ArrayList<>();
    pages.forEach(
        (page, rows) -> {
          String text =
              rows.stream()
                  .map(r -> r[1].equals("gap") ? "" : r[2])
                  .collect(Collectors.joining("\n", "", "\n"));
          String read = NewsDiff.parse(page, text).text();
          List<Line> pageLines = Lines.of(read);
          List<Map<String, Double>> features = features(pageLines);
          FurnitureLines.RuleVerdicts rules = FurnitureLines.ruleVerdicts(pageLines);
          boolean[] byShape = FurnitureLines.storyByShape(pageLines, rules);
          int cursor = 0;
          for (int k = 0; k < pageLines.size(); k++) {
            String line = pageLines.get(k).text();
            for (int r = cursor; r < rows.size(); r++) {
              if (rows.get(r)[2].strip().equals(line)) {
                cursor = r + 1;
                String kind = rows.get(r)[1];
                boolean furniture = kind.startsWith("furniture:");
                boolean story = List.of("headline", "standfirst", "story").contains(kind);
                if (furniture || story) {
                  out.add(
                      new LabelledLine(
                          "outlet:" + sources.get(page)[1],
                          sources.get(page)[0],
                          "",
                          line,
                          features.get(k),
                          furniture,
                          rules.byRules()[k] != null,
                          byShape[k]));
                }
                break;
              }
            }
          }
        });
    return out;
  }

  /**
   * The lines of the training sample sets: furniture where the line is an annotated furniture line,
   * story where annotated sentences cover most of it; lines that are neither (a dateline) are left
   * out. The group is the article's outlet (its id).
   */
  private static List<LabelledLine> sampleSets() throws IOException {
    List<LabelledLine> out = new ArrayList<>();
    for (String set : TRAINING_SETS) {
      Path folder = SAMPLES.resolve(set);
      JsonNode truth =
          new ObjectMapper().readTree(folder.resolve("annotation.json").toFile()).path("articles");
      Map<String, Article> articles;
      try {
        articles = SampleSet.read(folder).articles();
      } catch (Exception e) {
        throw new IllegalStateException(folder + ": " + e.getMessage(), e);
      }
      truth
          .fields()
          .forEachRemaining(
              entry -> {
                String id = entry.getKey();
                List<String> furnitureLines = texts(entry.getValue().path("furniture"));
                List<String> sentences = texts(entry.getValue().path("sentences"));
                List<Line> pageLines = Lines.of(articles.get(id).text());
                List<Map<String, Double>> features = features(pageLines);
                FurnitureLines.RuleVerdicts rules = FurnitureLines.ruleVerdicts(pageLines);
                boolean[] byShape = FurnitureLines.storyByShape(pageLines, rules);
                for (int k = 0; k < pageLines.size(); k++) {
                  String line = pageLines.get(k).text();
                  boolean furniture = furnitureLines.stream().anyMatch(f -> f.strip().equals(line));
                  int storyChars =
                      sentences.stream().filter(line::contains).mapToInt(String::length).sum();
                  boolean story = storyChars * 2 >= line.length();
                  if (furniture != story) {
                    out.add(
                        new LabelledLine(
                            "outlet:" + id,
                            "samples",
                            set,
                            line,
                            features.get(k),
                            furniture,
                            rules.byRules()[k] != null,
                            byShape[k]));
                  }
                }
              });
    }
    return out;
  }

  private static List<String> texts(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.path("text").asText()));
    return out;
  }

  private static List<Map<String, Double>> features(List<Line> pageLines) {
    FurnitureLines.RuleVerdicts rules = FurnitureLines.ruleVerdicts(pageLines);
    return LineFeatures.of(pageLines, rules.byWords(), rules.byRules());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = FurnitureLinesTrainingTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
