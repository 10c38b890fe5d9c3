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
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trains {@link FurnitureLines}' model and holds its honest figures. The data: every line of the
 * real pages of {@code real-furniture.csv} labelled story (headline, standfirst, story) or
 * furniture, and every line of the development and written sample sets that the annotation gives as
 * a furniture line or as story sentences. Never the held-out sample sets: they stay the judge.
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

  /** The development and written sets: the held-out sets are never read here. */
  static final List<String> TRAINING_SETS = TrainingSets.DEVELOPMENT_AND_WRITTEN;

  static final double RIDGE = 1.0;
  static final double STORY_LOST_SHARE = 0.0075;
  static final int INNER_FOLDS = 4;
  static final int OUTER_FOLDS = 10;

  /** Floors of the held-out-outlets figure (10 folds), over all labelled lines. */
  static final int MAX_KEPT = 34;

  static final int MAX_LOST = 5;

  /** One labelled line: where it came from, its features, what it is, what the rules said. */
  record LabelledLine(
      String group,
      String part,
      String text,
      Map<String, Double> features,
      boolean furniture,
      boolean rulesSayFurniture) {
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
    if (LineShapes.isBulleted(line.text()) || LineShapes.isDatelineShaped(line.text())) {
      return false;
    }
    return model.probability(line.features()) >= 0.5;
  }

  private static List<LabelledLine> lines;

  @BeforeAll
  static void readData() throws IOException {
    lines = new ArrayList<>();
    lines.addAll(realPages());
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
   * out each outlet alone, the figure docs/reading.md reports. The rules were written from every
   * part but C2, so only on C2 are their figures as honest as the model's.
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
    List<LabelledLine> c2 = lines.stream().filter(l -> l.part().equals("C2")).toList();
    LogisticModel withoutC2 = fit(lines.stream().filter(l -> !l.part().equals("C2")).toList());
    Tally c2Rules = Tally.of(c2, LabelledLine::rulesSayFurniture);
    Tally c2Model = Tally.of(c2, l -> saysFurniture(withoutC2, l));
    report.append(String.format("C2 trained without C2: rules %s | model %s%n", c2Rules, c2Model));
    System.out.print(report);
    assertThat(learned.kept()).as(report.toString()).isLessThanOrEqualTo(MAX_KEPT);
    assertThat(learned.lost()).as(report.toString()).isLessThanOrEqualTo(MAX_LOST);
    assertThat(learned.lost()).as(report.toString()).isLessThanOrEqualTo(learned.story() / 100);
    assertThat(c2Model.kept()).as(report.toString()).isLessThan(c2Rules.kept());
    assertThat(c2Model.lost()).as(report.toString()).isLessThanOrEqualTo(c2Rules.lost() + 1);
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
                          line,
                          features.get(k),
                          furniture,
                          rules.byRules()[k] != null));
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
                            line,
                            features.get(k),
                            furniture,
                            rules.byRules()[k] != null));
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
    return LineFeatures.of(pageLines, rules.byWords(), rules.byRules(), rules.prose());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = FurnitureLinesTrainingTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
