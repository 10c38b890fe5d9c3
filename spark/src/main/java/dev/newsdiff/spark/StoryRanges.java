package dev.newsdiff.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.Partitioner;

/**
 * Stories (numbered in story order) to partitions in contiguous runs, each run about the same
 * number of articles: partition 0 holds the first stories, so reading the partitions in order reads
 * the stories in order, and the large stories at the head of that order are spread over several
 * partitions rather than heaped on one.
 */
final class StoryRanges extends Partitioner {

  private static final long serialVersionUID = 1L;

  /** The first story of each partition after the first. */
  private final int[] starts;

  private StoryRanges(int[] starts) {
    this.starts = starts;
  }

  /** Ranges over {@code stories} (their article ids) for at most {@code partitions} partitions. */
  static StoryRanges of(List<List<String>> stories, int partitions) {
    long articles = stories.stream().mapToLong(List::size).sum();
    int[] starts = new int[Math.max(0, partitions - 1)];
    int made = 0;
    long seen = 0;
    for (int story = 0; story < stories.size() && made < starts.length; story++) {
      // A new partition begins once the articles before this story pass its share.
      if (story > 0 && seen * partitions >= (made + 1) * articles) {
        starts[made++] = story;
      }
      seen += stories.get(story).size();
    }
    return new StoryRanges(Arrays.copyOf(starts, made));
  }

  @Override
  public int numPartitions() {
    return starts.length + 1;
  }

  @Override
  public int getPartition(Object key) {
    int at = Arrays.binarySearch(starts, (Integer) key);
    return at >= 0 ? at + 1 : -at - 1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoryRanges r && Arrays.equals(starts, r.starts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(starts);
  }
}
