package dev.newsdiff.internal.derive;

import dev.newsdiff.model.Article;
import dev.newsdiff.model.Role;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

/**
 * How much of one article's body wording stands in another's, whatever the statement alignment made
 * of them: each body sentence is matched with the other article's body sentence it shares the most
 * wording with ({@link SharedWording}: runs of words in order, quotes and names aside).
 *
 * <p>Why not the aligned statements alone: a reworded agency story keeps whole runs of its source
 * in sentences that also say something else, and the aligner may pair only one clause of such a
 * sentence, or pair it with the sentence that carries the same fact in other words. Copying is a
 * matter of wording, so the wording is matched sentence by sentence here, and a slightly better or
 * worse alignment does not change the verdict.
 *
 * <p>Only sentence pairs that share a run of {@link SharedWording#MIN_RUN} words are compared: an
 * index of each body's runs finds them, so two long articles cost the sentences they share, not the
 * product of their lengths.
 */
final class SharedBodies {

  /**
   * What one body shares with another.
   *
   * @param contained words of the follower in runs shared with the source, each sentence counted
   *     with the source sentence it shares most with
   * @param countable the follower's countable body words
   * @param longest the longest shared run, in words
   * @param orderKept the share of consecutive sharing sentences of the follower whose source
   *     sentences come in the same order
   */
  record Shared(int contained, int countable, int longest, double orderKept) {

    double share() {
      return countable == 0 ? 0 : Math.min(1.0, (double) contained / countable);
    }
  }

  /**
   * A run found in more sentences of the other body than this finds no candidates: "one of the" or
   * "said on Monday" in a long article would make every sentence a candidate of every other, and a
   * sentence that copies another shares rarer runs with it too. No article of ordinary length
   * repeats a run this often; a 1 MB one does.
   */
  static final int COMMON = 16;

  /** Body sentences' words of each article, as {@link SharedWording} reads them, by article id. */
  private final Map<String, List<int[]>> bodies = new HashMap<>();

  /** Each body's runs of {@link SharedWording#MIN_RUN} words to the sentences holding them. */
  private final Map<String, Map<Long, BitSet>> runs = new HashMap<>();

  private final SharedWording wording;

  SharedBodies(SharedWording wording) {
    this.wording = wording;
  }

  /** What {@code a}'s body shares with {@code b}'s, and {@code b}'s with {@code a}'s. */
  List<Shared> of(Article a, Article b) {
    List<int[]> bodyA = body(a);
    List<int[]> bodyB = body(b);
    Map<Long, BitSet> runsB = runs.computeIfAbsent(b.id(), id -> index(bodyB));
    Best inA = new Best(bodyA.size());
    Best inB = new Best(bodyB.size());
    int longest = 0;
    for (int i = 0; i < bodyA.size(); i++) {
      int[] sentence = bodyA.get(i);
      BitSet candidates = new BitSet();
      forEachRun(
          sentence,
          key -> {
            BitSet holders = runsB.getOrDefault(key, EMPTY);
            if (holders.cardinality() <= COMMON) {
              candidates.or(holders);
            }
          });
      // In index order, so that of two equally good matches the first is kept.
      for (int j = candidates.nextSetBit(0); j >= 0; j = candidates.nextSetBit(j + 1)) {
        SharedWording.Overlap o = wording.overlap(sentence, bodyB.get(j));
        longest = Math.max(longest, o.longest());
        inA.offer(i, j, o.shared());
        inB.offer(j, i, o.shared());
      }
    }
    return List.of(inA.shared(bodyA, longest), inB.shared(bodyB, longest));
  }

  /** For each sentence of a follower, the source sentence it shares most words with. */
  private static final class Best {
    final int[] source;
    final int[] words;

    Best(int sentences) {
      source = new int[sentences];
      words = new int[sentences];
    }

    void offer(int sentence, int sourceSentence, int shared) {
      if (shared > words[sentence]) {
        words[sentence] = shared;
        source[sentence] = sourceSentence;
      }
    }

    Shared shared(List<int[]> body, int longest) {
      int[] matched = IntStream.range(0, words.length).filter(i -> words[i] > 0).toArray();
      long inOrder =
          IntStream.range(1, matched.length)
              .filter(k -> source[matched[k]] > source[matched[k - 1]])
              .count();
      return new Shared(
          IntStream.of(words).sum(),
          body.stream().mapToInt(SharedWording::countable).sum(),
          longest,
          matched.length < 2 ? 1.0 : (double) inOrder / (matched.length - 1));
    }
  }

  private static final BitSet EMPTY = new BitSet();

  private List<int[]> body(Article a) {
    return bodies.computeIfAbsent(
        a.id(),
        id ->
            a.sentences().stream()
                .filter(s -> s.role() == Role.BODY)
                .map(s -> wording.words(a, s.span()))
                .toList());
  }

  private static Map<Long, BitSet> index(List<int[]> body) {
    Map<Long, BitSet> index = new HashMap<>();
    for (int j = 0; j < body.size(); j++) {
      int sentence = j;
      forEachRun(body.get(j), key -> index.computeIfAbsent(key, k -> new BitSet()).set(sentence));
    }
    return index;
  }

  /**
   * Calls {@code action} with a key for each run of {@link SharedWording#MIN_RUN} countable words
   * of {@code words}: the run's word ids, 21 bits each (two million distinct words).
   */
  private static void forEachRun(int[] words, LongConsumer action) {
    for (int i = 0; i + SharedWording.MIN_RUN <= words.length; i++) {
      long key = 0;
      boolean countable = true;
      for (int k = i; k < i + SharedWording.MIN_RUN && countable; k++) {
        countable = words[k] != SharedWording.UNMATCHED;
        key = key << 21 ^ words[k];
      }
      if (countable) {
        action.accept(key);
      }
    }
  }
}
