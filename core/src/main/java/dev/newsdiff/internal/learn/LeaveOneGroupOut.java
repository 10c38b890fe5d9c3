package dev.newsdiff.internal.learn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.collect.ImmutableSortedMap.toImmutableSortedMap;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The honest figure for a learned decision: each group's examples (one outlet's lines, one event's
 * figure pairs, one sample set's sentences) are scored by a model trained on every other group, so
 * no case is ever scored by a model that saw it or its neighbours.
 */
public final class LeaveOneGroupOut {

  private LeaveOneGroupOut() {}

  /** Each example's probability of being positive, in the order the examples came. */
  public static List<Double> probabilities(List<Example> examples, LogisticTrainer trainer) {
    Set<String> groups =
        examples.stream().map(Example::group).collect(Collectors.toCollection(TreeSet::new));
    checkArgument(groups.size() >= 2, "leave-one-group-out needs two groups or more: %s", groups);
    ImmutableSortedMap<String, LogisticModel> trainedWithout =
        groups.stream()
            .collect(
                toImmutableSortedMap(
                    Comparator.<String>naturalOrder(),
                    Function.<String>identity(),
                    group ->
                        trainer.train(
                            examples.stream().filter(e -> !e.group().equals(group)).toList())));
    return examples.stream()
        .map(e -> trainedWithout.get(e.group()).probability(e.features()))
        .toList();
  }
}
