package dev.newsdiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StoryRangesTest {

  /** Stories of the given sizes, largest first as Stories.merge gives them. */
  private static List<List<String>> stories(int... sizes) {
    List<List<String>> out = new ArrayList<>();
    for (int size : sizes) {
      out.add(Collections.nCopies(size, "a"));
    }
    return out;
  }

  @Test
  void partitionsInOrderHoldTheStoriesInOrder() {
    StoryRanges ranges = StoryRanges.of(stories(8, 8, 4, 2, 2, 1, 1, 1, 1), 4);
    List<Integer> partitions = IntStream.range(0, 9).map(ranges::getPartition).boxed().toList();
    assertThat(partitions).isSorted();
    assertThat(partitions.get(0)).isZero();
    assertThat(partitions.get(8)).isEqualTo(ranges.numPartitions() - 1);
  }

  @Test
  void theLargeStoriesAtTheHeadAreSpreadOverPartitions() {
    // 28 articles over 4 partitions: about 7 each, so each story of 8 gets its own.
    StoryRanges ranges = StoryRanges.of(stories(8, 8, 4, 2, 2, 1, 1, 1, 1), 4);
    assertThat(ranges.getPartition(0)).isNotEqualTo(ranges.getPartition(1));
    assertThat(ranges.numPartitions()).isLessThanOrEqualTo(4);
  }

  @Test
  void fewerStoriesThanPartitionsMakeFewerPartitions() {
    StoryRanges ranges = StoryRanges.of(stories(3, 1), 8);
    assertThat(ranges.numPartitions()).isEqualTo(2);
    assertThat(ranges.getPartition(0)).isZero();
    assertThat(ranges.getPartition(1)).isEqualTo(1);
  }

  @Test
  void oneStoryIsOnePartition() {
    StoryRanges ranges = StoryRanges.of(stories(5), 8);
    assertThat(ranges.numPartitions()).isEqualTo(1);
    assertThat(ranges.getPartition(0)).isZero();
  }
}
