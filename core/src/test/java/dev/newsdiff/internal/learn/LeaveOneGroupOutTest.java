package dev.newsdiff.internal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeaveOneGroupOutTest {

  @Test
  void scoresEachGroupWithAModelThatNeverSawIt() {
    // Three outlets where a high x means positive, and one that labels the other way round: a
    // model that had seen the odd outlet would fit it, one trained without it gets it wrong.
    List<Example> examples = new ArrayList<>();
    for (String outlet : List.of("a", "b", "c", "odd")) {
      for (int i = 0; i < 20; i++) {
        double x = i / 20.0;
        boolean high = x >= 0.5;
        examples.add(Example.of(Map.of("x", x), outlet.equals("odd") != high, outlet));
      }
    }

    List<Double> heldOut = LeaveOneGroupOut.probabilities(examples, LogisticTrainer.defaults());

    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      boolean predicted = heldOut.get(i) >= 0.5;
      if (e.group().equals("odd")) {
        assertThat(predicted).as("odd outlet, x=%s", e.features()).isNotEqualTo(e.positive());
      }
    }
    assertThat(heldOut).hasSameSizeAs(examples);
  }

  @Test
  void needsTwoGroups() {
    List<Example> one = List.of(Example.of(Map.of("x", 1.0), true, "only"));

    assertThatThrownBy(() -> LeaveOneGroupOut.probabilities(one, LogisticTrainer.defaults()))
        .hasMessage("leave-one-group-out needs two groups or more: [only]");
  }
}
