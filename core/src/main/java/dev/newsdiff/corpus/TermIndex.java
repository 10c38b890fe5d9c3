package dev.newsdiff.corpus;

import dev.newsdiff.corpus.CorpusStory.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The articles' {@linkplain Stories#terms terms}, packed: each distinct term is held once, and an
 * article's terms are two arrays of numbers, so that a corpus of 100,000 articles holds its terms
 * in tens of megabytes, not gigabytes of maps. Then groups the articles with the stages of {@link
 * Stories}, as {@link Stories#group} does with articles in memory. {@link #add} is thread-safe.
 */
final class TermIndex {

  private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  private final int[][] terms;
  private final int[][] counts;

  /** For {@code size} articles, numbered from 0. */
  TermIndex(int size) {
    terms = new int[size][];
    counts = new int[size][];
  }

  /** Article {@code i}'s terms and their counts. */
  void add(int i, Map<String, Integer> articleTerms) {
    int[] t = new int[articleTerms.size()];
    int[] c = new int[articleTerms.size()];
    int k = 0;
    for (Map.Entry<String, Integer> e : articleTerms.entrySet()) {
      t[k] = numbers.computeIfAbsent(e.getKey(), x -> next.getAndIncrement());
      c[k] = e.getValue();
      k++;
    }
    terms[i] = t;
    counts[i] = c;
  }

  /**
   * The stories of the articles at {@code positions} (the members read there, in id order), as
   * {@link Stories#merge} gives them; the members' publication times, where known, go to the score
   * as in {@link Stories#group(List, Map)}. The packed terms are dropped as signatures are made.
   */
  List<List<String>> group(List<Integer> positions, List<Member> members) {
    int n = positions.size();
    String[] names = new String[next.get()];
    numbers.forEach((term, number) -> names[number] = term);
    int[] df = new int[names.length];
    for (int p : positions) {
      for (int t : terms[p]) {
        df[t]++;
      }
    }
    // Terms in one article only never link two, and signatures leave them out: not kept.
    Map<String, Integer> dfShared = new HashMap<>();
    for (int t = 0; t < names.length; t++) {
      if (df[t] > 1) {
        dfShared.put(names[t], df[t]);
      }
    }
    List<Map<String, Double>> signatures =
        IntStream.range(0, n)
            .parallel()
            .mapToObj(
                i -> {
                  int p = positions.get(i);
                  Map<String, Integer> own = new HashMap<>();
                  for (int k = 0; k < terms[p].length; k++) {
                    own.put(names[terms[p][k]], counts[p][k]);
                  }
                  terms[p] = null;
                  counts[p] = null;
                  return Stories.signature(own, dfShared, n);
                })
            .toList();
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String t : signatures.get(i).keySet()) {
        if (Stories.findsCandidates(dfShared.get(t))) {
          index.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
        }
      }
    }
    List<Stories.Link> links =
        IntStream.range(0, n)
            .parallel()
            .mapToObj(i -> links(i, signatures, index, members))
            .flatMap(List::stream)
            .toList();
    return Stories.merge(members.stream().map(Member::id).toList(), links);
  }

  /**
   * Article {@code i}'s links to the articles after it that share an indexed signature term with
   * it, scored with both articles' publication times where known.
   */
  private static List<Stories.Link> links(
      int i,
      List<Map<String, Double>> signatures,
      Map<String, List<Integer>> index,
      List<Member> members) {
    int[] candidates =
        signatures.get(i).keySet().stream()
            .map(index::get)
            .filter(Objects::nonNull)
            .flatMapToInt(posting -> posting.stream().mapToInt(Integer::intValue))
            .filter(j -> j > i)
            .distinct()
            .toArray();
    List<Stories.Link> out = new ArrayList<>();
    for (int j : candidates) {
      double score =
          Stories.score(
              signatures.get(i),
              signatures.get(j),
              members.get(i).published(),
              members.get(j).published());
      if (Stories.sameStory(score)) {
        out.add(new Stories.Link(members.get(i).id(), members.get(j).id(), score));
      }
    }
    return out;
  }
}
