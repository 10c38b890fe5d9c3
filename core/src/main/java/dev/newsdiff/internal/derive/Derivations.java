package dev.newsdiff.internal.derive;

import static com.google.common.collect.ImmutableSetMultimap.toImmutableSetMultimap;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.SetMultimap;
import com.google.common.collect.Table;
import dev.newsdiff.internal.Pair;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.internal.diff.WordDiffer;
import dev.newsdiff.internal.ingest.Outlets;
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
 * whether the repeated sentences keep the other's order. The source is named only where the
 * evidence is clear: much is repeated and the follower credits the source ("/ AA", "With files from
 * Harbor Wire"), or the source is a news agency and the follower is not. Independent renderings of
 * one event repeat little word for word and are not called copies.
 *
 * <p>An instance serves one comparison and remembers what it counted and compared.
 */
public final class Derivations {

  /** A sentence repeats another when this share of its words stand unchanged in it. */
  private static final double NEAR_VERBATIM = 0.6;

  /** Below this share of repeated sentences, no outlet is called another's source. */
  private static final double MIN_SHARE = 0.25;

  /** What two texts of two members have in common, in words. */
  private record Overlap(
      int wordsInFirst,
      int wordsInSecond,
      int changedInFirst,
      int changedInSecond,
      int longestUnchanged) {}

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

  public static List<Derivation> measure(List<Article> articles, List<Statement> statements) {
    return new Derivations(articles).measureAll(articles, statements);
  }

  private List<Derivation> measureAll(List<Article> articles, List<Statement> statements) {
    // One pass over the statements: each pair of members of different outlets is diffed once.
    for (Statement s : statements) {
      // The statement's own diffs, from its first member to each other, are used, not made again.
      s.diffs().forEach(d -> overlap(d.from(), d.to(), () -> d));
      for (Pair<Member> pair : Pair.across(s.members(), Member::article)) {
        Member a = pair.first();
        Member b = pair.second();
        Overlap o = overlap(a, b, () -> WordDiffer.diff(articleText(a), a, articleText(b), b));
        record(a, b, o.wordsInSecond(), o.changedInSecond(), o.longestUnchanged());
        record(b, a, o.wordsInFirst(), o.changedInFirst(), o.longestUnchanged());
      }
    }
    List<Derivation> all =
        articles.stream()
            .flatMap(
                from ->
                    articles.stream()
                        .filter(to -> to != from)
                        .map(to -> derivation(from, to, repeats.get(from.id(), to.id()))))
            .toList();
    // Evidence pointing both ways is no evidence of who copied whom.
    SetMultimap<String, String> likely =
        all.stream()
            .filter(Derivation::likelySource)
            .collect(toImmutableSetMultimap(Derivation::from, Derivation::to));
    return all.stream()
        .map(
            d ->
                d.likelySource() && likely.containsEntry(d.to(), d.from())
                    ? new Derivation(
                        d.from(), d.to(), d.share(), d.longestPassage(), d.orderKept(), false)
                    : d)
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
    List<Integer> sourceOrder = List.copyOf(r.sentences.values());
    long inOrder =
        IntStream.range(1, sourceOrder.size())
            .filter(i -> sourceOrder.get(i) > sourceOrder.get(i - 1))
            .count();
    double orderKept = sourceOrder.size() < 2 ? 1.0 : (double) inOrder / (sourceOrder.size() - 1);
    boolean likely = share >= MIN_SHARE && (credits(to, from) || isAgency(from) && !isAgency(to));
    return new Derivation(from.id(), to.id(), round(share), r.longest, round(orderKept), likely);
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

  /**
   * The follower credits the source as a whole outlet name ("/ AA", "With files from Harbor Wire",
   * "(AFP)"): a word of the source's id in a sentence ("the" for an outlet "the") is no credit.
   */
  static boolean credits(Article follower, Article source) {
    return follower.credits().stream()
        .anyMatch(c -> Outlets.sameOutlet(c, source.id(), source.outlet()));
  }

  /**
   * An agency files copy others run: it is a known agency, or its dateline credits one
   * ("(Reuters)"). Its name alone does not make it one: "Free Press Journal" is a newspaper.
   */
  static boolean isAgency(Article a) {
    return Outlets.isKnownAgency(a.outlet())
        || Outlets.isKnownAgency(a.id())
        || a.dateline() != null && a.dateline().text().contains("(");
  }

  private static int words(String s) {
    return Whitespace.wordCount(s);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
