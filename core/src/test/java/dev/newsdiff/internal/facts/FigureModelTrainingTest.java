package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.internal.facts.FigureModelTraining.Labelled;
import dev.newsdiff.internal.facts.FigureModelTraining.Score;
import dev.newsdiff.internal.learn.LogisticModel;
import dev.newsdiff.internal.learn.LogisticTrainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The learned figure-pair decision: the shipped weights are what the labelled examples train, and
 * judged leave-one-group-out (each event of the table, each sample set) it does better than the
 * rules it replaces. To train it again after changing the features or the examples:
 *
 * <pre>mvn -B -o test -pl core -Dtest=FigureModelTrainingTest -Dnewsdiff.updateModels=true</pre>
 */
class FigureModelTrainingTest {

  private static final Path SHIPPED =
      Path.of("src/main/resources/dev/newsdiff/internal/facts", FigureDecision.MODEL);

  private static List<Labelled> examples;

  @BeforeAll
  static void readExamples() {
    examples = FigureModelTraining.all();
  }

  @Test
  void theShippedModelIsTheOneItsExamplesTrain() throws IOException {
    LogisticTrainer trainer = FigureModelTraining.bestTrainer(examples);
    LogisticModel trained = FigureModelTraining.train(examples, trainer);
    String tsv =
        "# Whether two figures of one unit kind count the same thing (FigureDecision).\n"
            + "# Trained by FigureModelTrainingTest on "
            + FigureModelTraining.learned(examples).size()
            + " weighed figure pairs, times aside ("
            + FigureModelTraining.learned(examples).stream().filter(Labelled::positive).count()
            + " positive), ridge "
            + trainer.ridge()
            + (trainer.balanced() ? ", classes balanced" : "")
            + ", chosen leave-one-group-out;\n# retrain with -Dnewsdiff.updateModels=true.\n"
            + trained.toTsv();
    if (Boolean.getBoolean("newsdiff.updateModels")) {
      Files.writeString(SHIPPED, tsv, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SHIPPED, StandardCharsets.UTF_8))
        .as("the shipped model; retrain with -Dnewsdiff.updateModels=true")
        .isEqualTo(tsv);
    assertThat(LogisticModel.resource(FigureDecision.class, FigureDecision.MODEL))
        .isEqualTo(LogisticModel.parse(trained.toTsv()));
  }

  /**
   * Floors of the leave-one-group-out figures (penalty chosen inside each fold): the model against
   * the rules on the same pairs, and half B of the table scored by a model trained without it.
   */
  @Test
  void learnedDecisionBeatsTheRulesLeaveOneGroupOut() {
    List<Boolean> rules = examples.stream().map(e -> e.pair().rules().selected()).toList();
    List<Boolean> model = FigureModelTraining.nestedDecisions(examples);
    Score rulesConflicts = Score.of(examples, rules, true);
    Score rulesApproximations = Score.of(examples, rules, false);
    Score conflicts = Score.of(examples, model, true);
    Score approximations = Score.of(examples, model, false);
    Score halfB =
        FigureModelTraining.byRow(examples, FigureModelTraining.withoutHalfB(examples), "B");
    System.out.printf(
        "figure pairs, leave one group out: rules conflicts %s, approximations %s;"
            + " model conflicts %s, approximations %s; half B rows, model trained without B %s,"
            + " rules %s%n",
        rulesConflicts,
        rulesApproximations,
        conflicts,
        approximations,
        halfB,
        FigureModelTraining.byRow(examples, rules, "B"));
    assertThat(conflicts.f1() + approximations.f1())
        .isGreaterThan(rulesConflicts.f1() + rulesApproximations.f1());
    assertThat(conflicts.precision()).isGreaterThanOrEqualTo(0.79);
    assertThat(conflicts.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(approximations.f1()).isGreaterThanOrEqualTo(0.84);
    assertThat(halfB.precision()).isGreaterThanOrEqualTo(0.28);
    assertThat(halfB.recall()).isGreaterThanOrEqualTo(1.0);
  }
}
