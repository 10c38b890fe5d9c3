package dev.newsdiff.internal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticTrainerTest {

  /** Lines of a page: long lines with a full stop are story, short ones without are furniture. */
  private static List<Example> lines(long seed, int count) {
    Random random = new Random(seed);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean story = random.nextBoolean();
      double words = story ? 12 + random.nextInt(25) : 1 + random.nextInt(14);
      double fullStop = (story ? random.nextDouble() < 0.9 : random.nextDouble() < 0.2) ? 1 : 0;
      double noise = random.nextGaussian();
      examples.add(
          Example.of(
              Map.of("words", words, "fullStop", fullStop, "noise", noise),
              story,
              "outlet" + i % 5));
    }
    return examples;
  }

  @Test
  void learnsWhichFeaturesPointWhichWay() {
    LogisticModel model = LogisticTrainer.defaults().train(lines(1, 400));

    assertThat(model.weights().get("words")).isPositive();
    assertThat(model.weights().get("fullStop")).isPositive();
    assertThat(Math.abs(model.weights().get("noise"))).isLessThan(model.weights().get("fullStop"));
    assertThat(model.probability(Map.of("words", 30.0, "fullStop", 1.0))).isGreaterThan(0.9);
    assertThat(model.probability(Map.of("words", 2.0, "fullStop", 0.0))).isLessThan(0.1);
  }

  @Test
  void theSameExamplesInAnyOrderGiveTheSameModel() {
    List<Example> examples = lines(2, 200);
    List<Example> shuffled = new ArrayList<>(examples);
    Collections.shuffle(shuffled, new Random(3));

    assertThat(LogisticTrainer.defaults().train(shuffled).toTsv())
        .isEqualTo(LogisticTrainer.defaults().train(examples).toTsv());
  }

  @Test
  void aLargerRidgeKeepsWeightsSmaller() {
    List<Example> examples = lines(4, 100);

    double loose =
        LogisticTrainer.defaults().withRidge(0.01).train(examples).weights().get("words");
    double tight = LogisticTrainer.defaults().withRidge(100).train(examples).weights().get("words");

    assertThat(tight).isPositive().isLessThan(loose);
  }

  @Test
  void balancedClassesLiftARareClass() {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      examples.add(Example.of(Map.of("x", i % 10 / 10.0), i % 10 == 9 && i % 20 == 9, "g"));
    }
    Map<String, Double> rareLooking = Map.of("x", 0.9);

    double plain = LogisticTrainer.defaults().train(examples).probability(rareLooking);
    double balanced =
        LogisticTrainer.defaults().withBalancedClasses().train(examples).probability(rareLooking);

    assertThat(balanced).isGreaterThan(plain);
  }

  @Test
  void aFeatureThatNeverVariesGetsNoWeight() {
    List<Example> examples = new ArrayList<>(lines(5, 50));
    examples.replaceAll(
        e -> {
          var features = new java.util.TreeMap<>(e.features());
          features.put("constant", 7.0);
          return Example.of(features, e.positive(), e.group());
        });

    assertThat(LogisticTrainer.defaults().train(examples).weights().get("constant")).isZero();
  }

  @Test
  void oneLabelOnlyStillTrainsAndLeansThatWay() {
    List<Example> examples =
        List.of(Example.of(Map.of("x", 1.0), true, "g"), Example.of(Map.of("x", 2.0), true, "g"));

    assertThat(LogisticTrainer.defaults().train(examples).probability(Map.of("x", 1.5)))
        .isGreaterThan(0.5);
  }

  @Test
  void recoversKnownWeightsFromManyExamples() {
    Random random = new Random(6);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      double a = random.nextGaussian();
      double b = random.nextGaussian();
      double p = LogisticModel.logistic(0.5 + 2 * a - 1 * b);
      examples.add(Example.of(Map.of("a", a, "b", b), random.nextDouble() < p, "g"));
    }

    LogisticModel model = LogisticTrainer.defaults().withRidge(1e-6).train(examples);

    assertThat(model.bias()).isCloseTo(0.5, within(0.1));
    assertThat(model.weights().get("a")).isCloseTo(2, within(0.15));
    assertThat(model.weights().get("b")).isCloseTo(-1, within(0.1));
  }

  @Test
  void rejectsNoExamplesAndABadRidge() {
    assertThatThrownBy(() -> LogisticTrainer.defaults().train(List.of()))
        .hasMessage("no examples to train on");
    assertThatThrownBy(() -> LogisticTrainer.defaults().withRidge(0))
        .hasMessage("ridge must be positive: 0.0");
  }
}
