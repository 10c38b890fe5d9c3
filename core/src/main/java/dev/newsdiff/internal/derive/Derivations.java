package dev.newsdiff.internal.derive;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.Table;
import dev.newsdiff.internal.Pair;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.internal.diff.WordDiffer;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Change;
import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.Statement;
import dev.newsdiff.model.WordDiff;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Measures, for each ordered pair of outlets, how much of one follows the other: the share of its
 * body sentences that repeat the other's nearly word for word, the longest passage they share, and
 * whether the repeated sentences keep the other's order; and, for each pair, the wording the two
 * bodies share ({@link SharedBodies}), which {@link Verdicts} turns into a copying verdict. Which
 * outlet is the likely source is the verdict's to say.
 *
 * <p>An instance serves one comparison and remembers what it counted and compared.
 */
public final class Derivations {

  /** A sentence repeats another when this share of its words stand unchanged in it. */
  private static final double NEAR_VERBATIM = 0.6;

  /** What two texts of two members have in common, in words. */
  private record Overlap(
      int wordsInFirst,
      int wordsInSecond,
      int changedInFirst,
      int changedInSecond,
      int longestUnchanged) {}

  /** Derivation per ordered pair, and the wording each unordered pair shares. */
  public record Measures(List<Derivation> derivation, List<SharedText> shared) {}

  /**
   * What two distinct texts share.
   *
   * @param first in id order
   * @param second after it
   * @param firstContained share of {@code first}'s countable body words in runs shared with {@code
   *     second}
   * @param secondContained the other way
   * @param longest the longest shared run, in words
   * @param orderKept the share of sentences sharing wording that keep the other's order
   */
  public record SharedText(
      String first,
      String second,
      double firstContained,
      double secondContained,
      int longest,
      double orderKept) {}

  /**
   * What a follower repeats of a source: its sentence index to the source's, and the longest run.
   */
  private static final class Repeats {
    final SortedMap<Integer, Integer> sentences = new TreeMap<>();
    int longest;
  }

  private final Map<String, Article> articlesById;

  /**
   * Copies repeat sentences word for word: two texts (first, second) are compared once, however
   * many outlets carry them.
   */
  private final Table<String, String, Overlap> overlaps = HashBasedTable.create();

  /** Word counts of sentences by id: with dozens of outlets, each is in many pairs. */
  private final Map<String, Integer> sentenceWords = new HashMap<>();

  /** What a follower repeats of a source, by source and follower article id. */
  private final Table<String, String, Repeats> repeats = HashBasedTable.create();

  private Derivations(List<Article> articles) {
    this.articlesById = Article.byId(articles);
  }

  /**
   * Measures derivation for every ordered pair of {@code articles} (distinct texts, in id order)
   * from the statements aligned across them, with the wording each pair's bodies share ({@link
   * #sharedTexts}).
   */
  public static Measures measure(
      List<Article> articles, List<Statement> statements, List<SharedText> shared) {
    Derivations d = new Derivations(articles);
    return new Measures(d.measureAll(articles, statements), shared);
  }

  /**
   * The wording each pair of {@code articles} (distinct texts, in id order) shares, body against
   * body: it reads the texts alone, not the statements aligned across them.
   */
  public static List<SharedText> sharedTexts(List<Article> articles) {
    SharedBodies bodies = new SharedBodies(new SharedWording());
    return Pair.of(articles).stream()
        .map(
            p -> {
              List<SharedBodies.Shared> shared = bodies.of(p.first(), p.second());
              SharedBodies.Shared inFirst = shared.get(0);
              return new SharedText(
                  p.first().id(),
                  p.second().id(),
                  round(inFirst.share()),
                  round(shared.get(1).share()),
                  inFirst.longest(),
                  round(inFirst.orderKept()));
            })
        .toList();
  }

  private List<Derivation> measureAll(List<Article> articles, List<Statement> statements) {
    // One pass over the statements: each pair of members of different outlets is diffed once.
    for (Statement s : statements) {
      // The statement's own diffs, from its first member to each other, are used, not made again.
      s.diffs().forEach(d -> overlap(d.from(), d.to(), () -> d));
      List<Member> members = s.members();
      for (Pair<Member> pair : Pair.across(members, Member::article)) {
        Member a = pair.first();
        Member b = pair.second();
        Overlap o = overlap(a, b, () -> WordDiffer.diff(articleText(a), a, articleText(b), b));
        record(a, b, o.wordsInSecond(), o.changedInSecond(), o.longestUnchanged());
        record(b, a, o.wordsInFirst(), o.changedInFirst(), o.longestUnchanged());
      }
    }
    return articles.stream()
        .flatMap(
            from ->
                articles.stream()
                    .filter(to -> to != from)
                    .map(to -> derivation(from, to, repeats.get(from.id(), to.id()))))
        .toList();
  }

  /**
   * What the texts of members {@code a} and {@code b} share, worked out once for each two texts;
   * {@code diff} diffs the members if it comes to that.
   */
  private Overlap overlap(Member a, Member b, Supplier<WordDiff> diff) {
    String textA = a.span().in(articleText(a));
    String textB = b.span().in(articleText(b));
    return overlaps
        .row(textA)
        .computeIfAbsent(
            textB,
            k -> {
              if (textA.equals(textB)) {
                int words = words(textA);
                return new Overlap(words, words, 0, 0, words);
              }
              WordDiff d = diff.get();
              List<Change> substantive = d.substantive();
              return new Overlap(
                  words(textA),
                  words(textB),
                  substantive.stream().mapToInt(c -> words(c.beforeText())).sum(),
                  substantive.stream().mapToInt(c -> words(c.afterText())).sum(),
                  longestUnchanged(articleText(b), b.span(), d));
            });
  }

  private String articleText(Member m) {
    return articlesById.get(m.article()).text();
  }

  /**
   * Records what {@code to} repeats of {@code from}: {@code changed} of its member's {@code words}
   * words changed.
   */
  private void record(Member from, Member to, int words, int changed, int longest) {
    Repeats r = repeats.row(from.article()).computeIfAbsent(to.article(), k -> new Repeats());
    r.longest = Math.max(r.longest, longest);
    // Shares of the whole sentence: when the member is one clause of it, repeating that clause
    // ("The ferry was towed back to port, where …") is not repeating the sentence.
    Article follower = articlesById.get(to.article());
    int sentence = index(to.sentence());
    Sentence whole = follower.sentences().get(sentence);
    int sentenceWordCount =
        Math.max(words, sentenceWords.computeIfAbsent(whole.id(), id -> words(whole.text())));
    if (words > 0 && (double) (words - changed) / sentenceWordCount >= NEAR_VERBATIM) {
      r.sentences.putIfAbsent(sentence, index(from.sentence()));
    }
  }

  private static Derivation derivation(Article from, Article to, Repeats r) {
    if (r == null) {
      return new Derivation(from.id(), to.id(), 0, 0, 1.0, false);
    }
    long body = to.sentences().stream().filter(x -> x.role() == Role.BODY).count();
    double share = body == 0 ? 0 : Math.min(1.0, (double) r.sentences.size() / body);
    double orderKept = orderKept(r.sentences);
    // Whether from is to's likely source is the pair's copying verdict's to say (Verdicts).
    return new Derivation(from.id(), to.id(), round(share), r.longest, round(orderKept), false);
  }

  /**
   * The share of consecutive repeated sentences (follower index to source index) whose source
   * sentences come in the same order.
   */
  private static double orderKept(SortedMap<Integer, Integer> followerToSource) {
    List<Integer> sourceOrder = List.copyOf(followerToSource.values());
    long inOrder =
        IntStream.range(1, sourceOrder.size())
            .filter(i -> sourceOrder.get(i) > sourceOrder.get(i - 1))
            .count();
    return sourceOrder.size() < 2 ? 1.0 : (double) inOrder / (sourceOrder.size() - 1);
  }

  /** A sentence's index in its article, from its id ("aa/s4" is index 3). */
  private static int index(String sentenceId) {
    return Integer.parseInt(sentenceId.substring(sentenceId.lastIndexOf("/s") + 2)) - 1;
  }

  /** The longest run of words of the follower's member that no substantive change touches. */
  private static int longestUnchanged(String text, Span span, WordDiff d) {
    int best = 0;
    int at = span.start();
    for (Change c : d.changes()) {
      if (c.cosmetic()) {
        continue;
      }
      best = Math.max(best, words(text.substring(at, Math.max(at, c.after().start()))));
      at = Math.max(at, c.after().end());
    }
    return Math.max(best, words(text.substring(at, span.end())));
  }

  private static int words(String s) {
    return Whitespace.wordCount(s);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
