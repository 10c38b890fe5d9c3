package dev.newsdiff.voices;

import dev.newsdiff.diff.WordDiffer;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Change;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.QuoteVariant;
import dev.newsdiff.model.QuoteVariant.Kind;
import dev.newsdiff.model.Statement;
import dev.newsdiff.model.WordDiff;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds one utterance rendered differently by different outlets, within each statement: reworded
 * (the words differ), trimmed (one quote is part of the other), direct against reported (one outlet
 * quotes, another paraphrases without quote marks), and a change of attribution (the same words
 * credited to someone else).
 */
public final class QuoteVariants {

  // Compiled once: String.split and String.replaceAll compile their pattern on every call.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** Two renderings of one utterance share at least this many content words. */
  private static final int MIN_SHARED_WORDS = 3;

  private QuoteVariants() {}

  /** How two quote texts differ in wording, worked out once per comparison. */
  private static final ThreadLocal<Map<String, Kind>> WORDING =
      ThreadLocal.withInitial(HashMap::new);

  public static List<QuoteVariant> find(List<Article> articles, List<Statement> statements) {
    WORDING.get().clear();
    WORDS.get().clear();
    NORMAL.get().clear();
    try {
      return findAll(articles, statements);
    } finally {
      WORDING.get().clear();
      WORDS.get().clear();
      NORMAL.get().clear();
    }
  }

  private static List<QuoteVariant> findAll(List<Article> articles, List<Statement> statements) {
    Map<String, Article> byId = Article.byId(articles);
    List<QuoteVariant> out = new ArrayList<>();
    // A sentence in two statements would report the same variant twice. Variants are compared
    // by the keys of their renderings: the same test as comparing the member records, without
    // bootstrapping record equality in a short run.
    Set<String> reported = new HashSet<>();
    for (Statement s : statements) {
      Map<Kind, Map<String, QuoteVariant.Member>> found = new LinkedHashMap<>();
      for (List<Member> pair : s.crossArticlePairs()) {
        Member a = pair.get(0);
        Member b = pair.get(1);
        compare(byId.get(a.article()), a, byId.get(b.article()), b, found);
      }
      for (Map.Entry<Kind, Map<String, QuoteVariant.Member>> e : found.entrySet()) {
        List<QuoteVariant.Member> renderings = new ArrayList<>(e.getValue().values());
        if (reported.add(e.getKey() + "\u0000" + String.join("\u0000", e.getValue().keySet()))) {
          List<WordDiff> diffs =
              e.getKey() == Kind.REWORDED || e.getKey() == Kind.TRIMMED
                  ? diffs(byId, renderings)
                  : List.of();
          out.add(new QuoteVariant("qv" + (out.size() + 1), s.id(), e.getKey(), renderings, diffs));
        }
      }
    }
    return out;
  }

  private static void compare(
      Article aa,
      Member a,
      Article bb,
      Member b,
      Map<Kind, Map<String, QuoteVariant.Member>> found) {
    List<Quote> qa = quotesIn(aa, a);
    List<Quote> qb = quotesIn(bb, b);
    if (qa.isEmpty() && qb.isEmpty()) {
      return;
    }
    if (qa.isEmpty() || qb.isEmpty()) {
      // One outlet quotes; the other says the same without quote marks.
      Article quotingArticle = qa.isEmpty() ? bb : aa;
      Article reportingArticle = qa.isEmpty() ? aa : bb;
      Member quoting = qa.isEmpty() ? b : a;
      Member reporting = qa.isEmpty() ? a : b;
      String reported = reportingArticle.sentence(reporting.sentence()).text();
      Quote q = closest(reported, qa.isEmpty() ? qb : qa);
      if (shared(q.text(), reported) >= MIN_SHARED_WORDS) {
        add(
            found,
            Kind.DIRECT_VS_REPORTED,
            new QuoteVariant.Member(quoting.article(), q.id(), quoting.sentence()));
        add(
            found,
            Kind.DIRECT_VS_REPORTED,
            new QuoteVariant.Member(reporting.article(), null, reporting.sentence()));
      }
      return;
    }
    Quote x = qa.get(0);
    Quote y = closest(x.text(), qb);
    // (Copies repeat quotes word for word: what two renderings are to each other is worked out
    // once.)
    for (Quote candidate : qa) {
      Quote other = closest(candidate.text(), qb);
      if (shared(candidate.text(), other.text()) > shared(x.text(), y.text())) {
        x = candidate;
        y = other;
      }
    }
    Quote fx = x;
    Quote fy = y;
    Kind wording =
        WORDING
            .get()
            .computeIfAbsent(
                x.text() + "\u0000" + y.text(),
                k -> {
                  if (fx.text().equals(fy.text())) {
                    return Kind.ATTRIBUTION; // stands for "worded alike"
                  }
                  boolean fragment =
                      isFragment(fx.text(), fy.text()) || isFragment(fy.text(), fx.text());
                  if (!fragment && shared(fx.text(), fy.text()) < MIN_SHARED_WORDS) {
                    return Kind.DIRECT_VS_REPORTED; // stands for "not one utterance"
                  }
                  WordDiff d =
                      WordDiffer.diff(
                          aa.text(),
                          new Member(a.article(), a.sentence(), fx.span()),
                          bb.text(),
                          new Member(b.article(), b.sentence(), fy.span()));
                  List<Change> substantive = d.substantive();
                  if (substantive.isEmpty()) {
                    return Kind.ATTRIBUTION;
                  }
                  return fragment || isTrim(substantive, d) ? Kind.TRIMMED : Kind.REWORDED;
                });
    if (wording == Kind.DIRECT_VS_REPORTED) {
      return; // two different things said, not one thing said differently
    }
    QuoteVariant.Member mx = new QuoteVariant.Member(a.article(), x.id(), a.sentence());
    QuoteVariant.Member my = new QuoteVariant.Member(b.article(), y.id(), b.sentence());
    if (wording == Kind.TRIMMED || wording == Kind.REWORDED) {
      add(found, wording, mx);
      add(found, wording, my);
    }
    if (x.speaker() != null && y.speaker() != null && !sameSpeaker(x.speaker(), y.speaker())) {
      add(found, Kind.ATTRIBUTION, mx);
      add(found, Kind.ATTRIBUTION, my);
    }
  }

  /** Word diffs of each quoted rendering against the first one. */
  private static List<WordDiff> diffs(
      Map<String, Article> byId, List<QuoteVariant.Member> renderings) {
    List<WordDiff> out = new ArrayList<>();
    QuoteVariant.Member first = renderings.get(0);
    Quote from = quote(byId.get(first.article()), first.quote());
    for (QuoteVariant.Member m : renderings.subList(1, renderings.size())) {
      Quote to = quote(byId.get(m.article()), m.quote());
      if (from != null && to != null) {
        out.add(
            WordDiffer.diff(
                byId.get(first.article()).text(),
                    new Member(first.article(), first.sentence(), from.span()),
                byId.get(m.article()).text(), new Member(m.article(), m.sentence(), to.span())));
      }
    }
    return out;
  }

  private static Quote quote(Article a, String id) {
    return id == null
        ? null
        : a.quotes().stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
  }

  /** Trimmed: words are only cut from (or added to) one side, nothing replaced. */
  private static boolean isTrim(List<Change> changes, WordDiff d) {
    boolean onlyDeletes = changes.stream().allMatch(c -> c.type() == Change.Type.DELETE);
    boolean onlyInserts = changes.stream().allMatch(c -> c.type() == Change.Type.INSERT);
    return onlyDeletes || onlyInserts;
  }

  /** "cooperating fully" is a fragment of "We are cooperating fully with …". */
  private static boolean isFragment(String part, String whole) {
    String p = normal(part);
    return p.split(" ").length >= 2
        && p.length() < normal(whole).length()
        && normal(whole).contains(p);
  }

  /** Lower case, words separated by single spaces; worked out once per text and comparison. */
  private static String normal(String s) {
    return NORMAL
        .get()
        .computeIfAbsent(
            s,
            t ->
                String.join(
                    " ",
                    SPACES.split(
                        NOT_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").trim())));
  }

  private static final ThreadLocal<Map<String, String>> NORMAL =
      ThreadLocal.withInitial(HashMap::new);

  /** The quote that shares the most content words with {@code text}. */
  private static Quote closest(String text, List<Quote> candidates) {
    Quote best = candidates.get(0);
    for (Quote q : candidates) {
      if (shared(text, q.text()) > shared(text, best.text())) {
        best = q;
      }
    }
    return best;
  }

  /** Content words (four letters or more) two texts share. */
  private static int shared(String a, String b) {
    Set<String> y = wordSet(b);
    int count = 0;
    for (String w : wordSet(a)) {
      if (w.length() >= 4 && y.contains(w)) {
        count++;
      }
    }
    return count;
  }

  private static List<Quote> quotesIn(Article a, Member m) {
    return a.quotesIn(m.span());
  }

  /**
   * "the sources" and "ministry sources" are one speaker; "ministry officials" and "the sources"
   * two.
   */
  static boolean sameSpeaker(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    x.removeAll(ARTICLES);
    y.removeAll(ARTICLES);
    return x.containsAll(y) || y.containsAll(x);
  }

  /** A text's words, a copy to change. */
  private static Set<String> words(String s) {
    return new TreeSet<>(wordSet(s));
  }

  /** A text's words, shared: not to be changed. Only ever counted or looked up, never listed. */
  private static Set<String> wordSet(String s) {
    return WORDS.get().computeIfAbsent(s, QuoteVariants::wordsOf);
  }

  /** Each text's words, worked out once per comparison. */
  private static final ThreadLocal<Map<String, Set<String>>> WORDS =
      ThreadLocal.withInitial(HashMap::new);

  private static Set<String> wordsOf(String s) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
            .replaceAll("");
    Set<String> out = new HashSet<>();
    for (String w : NOT_WORD.split(folded)) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  private static void add(
      Map<Kind, Map<String, QuoteVariant.Member>> found, Kind kind, QuoteVariant.Member m) {
    found.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(key(m), m);
  }

  /**
   * Identifies a rendering: equal members have equal keys, and only they (ids hold no control
   * characters).
   */
  private static String key(QuoteVariant.Member m) {
    return m.article() + "\u0001" + m.quote() + "\u0001" + m.sentence();
  }
}
