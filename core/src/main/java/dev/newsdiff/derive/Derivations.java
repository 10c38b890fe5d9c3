package dev.newsdiff.derive;

import dev.newsdiff.diff.WordDiffer;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Change;
import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.Statement;
import dev.newsdiff.model.Whitespace;
import dev.newsdiff.model.WordDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Measures, for each ordered pair of outlets, how much of one follows the other: the share of its
 * body sentences that repeat the other's nearly word for word, the longest passage they share, and
 * whether the repeated sentences keep the other's order. The source is named only where the
 * evidence is clear: much is repeated and the follower credits the source ("/ AA", "With files from
 * Harbor Wire"), or the source is a news agency and the follower is not. Independent renderings of
 * one event repeat little word for word and are not called copies.
 */
public final class Derivations {

  /** A sentence repeats another when this share of its words stand unchanged in it. */
  private static final double NEAR_VERBATIM = 0.6;

  /** Below this share of repeated sentences, no outlet is called another's source. */
  private static final double MIN_SHARE = 0.25;

  private static final Pattern AGENCY =
      Pattern.compile(
          "\\b(?:agency|wire|press|news service|reuters|afp|associated press|xinhua|tass|anadolu)\\b",
          Pattern.CASE_INSENSITIVE);

  private Derivations() {}

  public static List<Derivation> measure(List<Article> articles, List<Statement> statements) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    // One pass over the statements: each pair of members of different outlets is diffed once.
    Map<String, Pair> pairs = new HashMap<>();
    // Copies repeat sentences word for word: two texts are compared once, however many outlets
    // carry them.
    Map<String, int[]> compared = new HashMap<>();
    // Word counts of members and of their whole sentences, counted once: with dozens of
    // outlets each text takes part in many pairs. By identity: a record's own hashCode is slow
    // in a cold JVM, and a text's would hash the whole text.
    Map<Object, Integer> wordCounts = new IdentityHashMap<>();
    for (Statement s : statements) {
      for (List<Member> pair : s.crossArticlePairs()) {
        Member a = pair.get(0);
        Member b = pair.get(1);
        String textA = a.span().in(byId.get(a.article()).text());
        String textB = b.span().in(byId.get(b.article()).text());
        WordDiff known = diffOf(s, a, b);
        int[] r =
            compared.computeIfAbsent(
                textA + "\u0000" + textB, k -> compare(byId, a, b, textA, textB, known));
        record(pairs, a, b, r[1], r[2], byId, wordCounts);
        record(pairs, b, a, r[0], r[2], byId, wordCounts);
      }
    }
    List<Derivation> out = new ArrayList<>();
    Map<String, String> lowerCased = new HashMap<>(); // each follower's text, for finding credits
    for (Article from : articles) {
      for (Article to : articles) {
        if (from != to) {
          Pair p = pairs.get(from.id() + "\u0000" + to.id());
          out.add(
              derivation(
                  from, to, p, () -> lowerCased.computeIfAbsent(to.id(), k -> lower(to.text()))));
        }
      }
    }
    // Evidence pointing both ways is no evidence of who copied whom.
    java.util.Set<String> likely = new java.util.HashSet<>();
    for (Derivation d : out) {
      if (d.likelySource()) {
        likely.add(d.from() + "\u0000" + d.to());
      }
    }
    List<Derivation> clear = new ArrayList<>();
    for (Derivation d : out) {
      boolean reverse = likely.contains(d.to() + "\u0000" + d.from());
      clear.add(
          d.likelySource() && reverse
              ? new Derivation(
                  d.from(), d.to(), d.share(), d.longestPassage(), d.orderKept(), false)
              : d);
    }
    return clear;
  }

  /**
   * The statement's own diff from {@code a} to {@code b} (it has one from its first member to each
   * other), or null.
   */
  private static WordDiff diffOf(Statement s, Member a, Member b) {
    for (WordDiff d : s.diffs()) {
      if (d.from() == a && d.to() == b) {
        return d;
      }
    }
    return null;
  }

  /**
   * {changed words of a, changed words of b, longest unchanged run} of two members; {@code known}
   * is their diff if one was made.
   */
  private static int[] compare(
      Map<String, Article> byId, Member a, Member b, String textA, String textB, WordDiff known) {
    if (textA.equals(textB)) {
      return new int[] {0, 0, words(textB)};
    }
    WordDiff d =
        known != null
            ? known
            : WordDiffer.diff(byId.get(a.article()).text(), a, byId.get(b.article()).text(), b);
    int changedA = 0;
    int changedB = 0;
    for (Change c : d.changes()) {
      if (!c.cosmetic()) {
        changedA += words(c.beforeText());
        changedB += words(c.afterText());
      }
    }
    return new int[] {
      changedA, changedB, longestUnchanged(byId.get(b.article()).text(), b.span(), d)
    };
  }

  /**
   * What one ordered pair of outlets shares: repeated sentences (follower → source) and the longest
   * run.
   */
  private static final class Pair {
    final TreeMap<Integer, Integer> repeated = new TreeMap<>();
    int longest;
  }

  /**
   * Records what {@code to} repeats of {@code from}: {@code changed} of its member's words changed.
   */
  private static void record(
      Map<String, Pair> pairs,
      Member from,
      Member to,
      int changed,
      int longest,
      Map<String, Article> byId,
      Map<Object, Integer> wordCounts) {
    Pair p = pairs.computeIfAbsent(from.article() + "\u0000" + to.article(), k -> new Pair());
    p.longest = Math.max(p.longest, longest);
    // Shares of the whole sentence: when the member is one clause of it, repeating that clause
    // ("The ferry was towed back to port, where …") is not repeating the sentence.
    Article follower = byId.get(to.article());
    int sentence = index(follower, to.sentence());
    int words = wordCounts.computeIfAbsent(to, m -> words(to.span().in(follower.text())));
    Sentence whole = follower.sentences().get(sentence);
    int sentenceWords =
        Math.max(words, wordCounts.computeIfAbsent(whole, x -> words(whole.text())));
    if (words > 0 && (double) (words - changed) / sentenceWords >= NEAR_VERBATIM) {
      p.repeated.putIfAbsent(sentence, index(byId.get(from.article()), from.sentence()));
    }
  }

  private static Derivation derivation(
      Article from, Article to, Pair p, Supplier<String> followerLowerCased) {
    if (p == null) {
      return new Derivation(from.id(), to.id(), 0, 0, 1.0, false);
    }
    long body = to.sentences().stream().filter(x -> x.role() == Role.BODY).count();
    double share = body == 0 ? 0 : Math.min(1.0, (double) p.repeated.size() / body);
    int inOrder = 0;
    Integer previous = null;
    for (int fromSentence : p.repeated.values()) {
      if (previous != null && fromSentence > previous) {
        inOrder++;
      }
      previous = fromSentence;
    }
    double orderKept = p.repeated.size() < 2 ? 1.0 : (double) inOrder / (p.repeated.size() - 1);
    boolean likely =
        share >= MIN_SHARE
            && (credits(to, followerLowerCased.get(), from) || isAgency(from) && !isAgency(to));
    return new Derivation(from.id(), to.id(), round(share), p.longest, round(orderKept), likely);
  }

  /** A sentence's index in its article, from its id ("aa/s4" is index 3). */
  private static int index(Article a, String sentenceId) {
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

  /** The follower names the source: its outlet name, id or initials ("/ AA"). */
  static boolean credits(Article follower, Article source) {
    return credits(follower, lower(follower.text()), source);
  }

  /** {@link #credits(Article, Article)} with the follower's text already lower-cased. */
  private static boolean credits(Article follower, String lower, Article source) {
    String text = follower.text();
    String name = source.outlet();
    StringBuilder initials = new StringBuilder();
    for (String w : Whitespace.words(name)) {
      if (Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    // Asked of every pair of outlets: plain searches in a lower-cased copy of the text, rather
    // than a pattern compiled each time.
    return hasWord(lower, name.toLowerCase(Locale.ROOT))
        || source.id().length() >= 3 && hasWord(lower, source.id().toLowerCase(Locale.ROOT))
        || initials.length() >= 2 && hasWord(text, initials.toString());
  }

  /** A copy for matching in any case. */
  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** {@code text} contains {@code word} with no letter or digit right before or after it. */
  static boolean hasWord(String text, String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }

  /**
   * An agency files copy others run: its name says so, or its dateline credits it ("(Reuters)").
   */
  static boolean isAgency(Article a) {
    return AGENCY.matcher(a.outlet()).find()
        || a.dateline() != null && a.dateline().text().contains("(");
  }

  private static int words(String s) {
    return Whitespace.wordCount(s);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
