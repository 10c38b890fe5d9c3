package dev.newsdiff.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Two items of one list, {@code first} before {@code second}: two members of a statement, two
 * articles of a story, two outlets. Immutable.
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

  /**
   * Every pair of {@code items} that fall in different groups, each once and in list order: the
   * members of a statement from two different articles, with {@code Member::article}.
   */
  public static <T> List<Pair<T>> across(List<T> items, Function<? super T, ?> group) {
    return of(items).stream()
        .filter(p -> !group.apply(p.first()).equals(group.apply(p.second())))
        .toList();
  }
}
