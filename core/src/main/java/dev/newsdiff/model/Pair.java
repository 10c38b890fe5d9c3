package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Two items of one list, {@code first} before {@code second}: two members of a statement, two
 * articles of a story. Immutable.
 */
public record Pair<T>(T first, T second) {

  public Pair {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
  }

  /** Every pair of {@code items}, each once and in list order: (0, 1), (0, 2), …, (1, 2), …. */
  public static <T> List<Pair<T>> of(List<T> items) {
    return IntStream.range(0, items.size())
        .boxed()
        .flatMap(
            i ->
                items.subList(i + 1, items.size()).stream()
                    .map(later -> new Pair<>(items.get(i), later)))
        .toList();
  }
}
