package dev.newsdiff.internal.learn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;

/**
 * One hand-labelled case: its features by name, whether it is a positive case, and the group it
 * came from (the outlet, page, event or sample set) so that evaluation can hold a whole group out.
 * Immutable; features are kept in name order so that training never depends on map order.
 */
public record Example(ImmutableSortedMap<String, Double> features, boolean positive, String group) {

  public Example {
    checkNotNull(features, "features");
    checkNotNull(group, "group");
    features.forEach(
        (name, value) ->
            checkArgument(Double.isFinite(value), "feature %s is not finite: %s", name, value));
  }

  public static Example of(Map<String, Double> features, boolean positive, String group) {
    return new Example(ImmutableSortedMap.copyOf(features), positive, group);
  }
}
