package dev.newsdiff.internal.voices;

import static java.util.Comparator.comparingInt;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.Table;
import dev.newsdiff.internal.Pair;
import dev.newsdiff.internal.UnionFind;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.internal.diff.WordDiffer;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds one utterance rendered differently by different outlets, within each statement: reworded
 * (the words differ), trimmed (one quote is part of the other), direct against reported (one outlet
 * quotes, another paraphrases without quote marks), and a change of attribution (the same words
 * credited to someone else).
 *
 * <p>An instance serves one comparison: it remembers what it worked out about each text, since
 * copies repeat quotes word for word across many outlets.
 */
public final class QuoteVariants {

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** Words an acronym skips: "Ministry of External Affairs" is "MEA". */
  private static final Set<String> LINKING = Set.of("of", "for", "and", "on", "in", "&");

  /** Two renderings of one utterance share at least this many content words. */
  private static final int MIN_SHARED_WORDS = 3;

  /** How the words of two quotes compare. */
  private enum Wording {
    ALIKE,
    TRIMMED,
    REWORDED,
    /** Too little in common: two different things said, not one thing said differently. */
    UNRELATED
  }

  /** The quote of one article that goes best with a quote of the other. */
  private record Match(Quote x, Quote y) {}

  /**
   * Renderings of one kind as found in one statement: the kind, the statement, its index, and the
   * renderings by {@link #renderingId}.
   */
  private record Found(
      Kind kind, String statement, int index, Map<String, QuoteVariant.Member> renderings) {}

  /**
   * One utterance: every way its renderings differ (most substantive first), the first statement
   * its most substantive difference stands in, that statement's index, and its renderings by {@link
   * #renderingId}.
   */
  private record Utterance(
      List<Kind> kinds, String statement, int index, Map<String, QuoteVariant.Member> renderings) {

    Kind kind() {
      return kinds.get(0);
    }

    boolean worded() {
      return kinds.contains(Kind.REWORDED) || kinds.contains(Kind.TRIMMED);
    }
  }

  /**
   * What a reader wants first: words changed inside the quote marks (reworded, then trimmed), then
   * the same words credited to someone else, then a quote given as reported speech (the order of
   * {@link Kind}), by each utterance's most substantive kind; each kind in the order of the story.
   */
  private static final Comparator<Utterance> READING_ORDER =
      Comparator.comparing(Utterance::kind).thenComparingInt(Utterance::index);

  private final Map<String, Article> articlesById;

  /** How two quote texts compare, in the order they were compared. */
  private final Table<String, String, Wording> wordings = HashBasedTable.create();

  private final Map<String, Set<String>> words = new HashMap<>();
  private final Map<String, String> normals = new HashMap<>();

  /** Word diffs made, by the two quotes' ids (ids, not members: see {@link #diff}). */
  private final Table<String, String, WordDiff> diffsMade = HashBasedTable.create();

  private QuoteVariants(List<Article> articles) {
    this.articlesById = Article.byId(articles);
  }

  public static List<QuoteVariant> find(List<Article> articles, List<Statement> statements) {
    return new QuoteVariants(articles).findAll(statements);
  }

  private List<QuoteVariant> findAll(List<Statement> statements) {
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      // Renderings of each kind by id, in the order found.
      Table<Kind, String, QuoteVariant.Member> renderings = HashBasedTable.create();
      Pair.across(s.members(), Member::article)
          .forEach(pair -> compare(pair.first(), pair.second(), renderings));
      for (Kind kind : Kind.values()) {
        if (!renderings.row(kind).isEmpty()) {
          found.add(new Found(kind, s.id(), i, new LinkedHashMap<>(renderings.row(kind))));
        }
      }
    }
    List<Utterance> utterances = utterances(found);
    utterances.sort(READING_ORDER);
    List<QuoteVariant> out = new ArrayList<>();
    for (Utterance u : utterances) {
      List<QuoteVariant.Member> members = List.copyOf(u.renderings().values());
      List<WordDiff> diffs = u.worded() ? diffs(members) : List.of();
      out.add(new QuoteVariant("qv" + (out.size() + 1), u.statement(), u.kinds(), members, diffs));
    }
    return out;
  }

  /**
   * One variant per utterance, whatever its kinds: a quote pair that is both reworded and credited
   * to someone else, or a quote that stands in several statements (a long quote aligned sentence by
   * sentence, a sentence in two statements), is one utterance, and a reader wants it listed once,
   * with every rendering and every way they differ. Renderings that share a quote (or a reporting
   * sentence) are one utterance; its renderings come kind by kind, the most substantive first, so
   * that a worded variant's diffs are against a quote.
   */
  private static List<Utterance> utterances(List<Found> found) {
    UnionFind groups = new UnionFind(found.size());
    Map<String, Integer> firstWith = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      for (String rendering : found.get(i).renderings().keySet()) {
        Integer other = firstWith.putIfAbsent(rendering, i);
        if (other != null) {
          groups.union(other, i);
        }
      }
    }
    List<Utterance> out = new ArrayList<>();
    for (List<Integer> group : groups.groups()) {
      List<Found> parts = group.stream().map(found::get).toList();
      List<Kind> kinds = parts.stream().map(Found::kind).distinct().sorted().toList();
      Map<String, QuoteVariant.Member> renderings = new LinkedHashMap<>();
      for (Kind kind : kinds) {
        parts.stream()
            .filter(f -> f.kind() == kind)
            .forEach(f -> f.renderings().forEach(renderings::putIfAbsent));
      }
      // Shown where its most substantive difference is first found.
      Found first = parts.stream().filter(f -> f.kind() == kinds.get(0)).findFirst().orElseThrow();
      out.add(new Utterance(kinds, first.statement(), first.index(), renderings));
    }
    return out;
  }

  private void compare(Member a, Member b, Table<Kind, String, QuoteVariant.Member> found) {
    Article aa = articlesById.get(a.article());
    Article bb = articlesById.get(b.article());
    List<Quote> qa = aa.quotesIn(a.span());
    List<Quote> qb = bb.quotesIn(b.span());
    if (qa.isEmpty() && qb.isEmpty()) {
      return;
    }
    if (qa.isEmpty() || qb.isEmpty()) {
      // One outlet quotes; the other says the same without quote marks.
      Member quoting = qa.isEmpty() ? b : a;
      Member reporting = qa.isEmpty() ? a : b;
      String reported = articlesById.get(reporting.article()).sentence(reporting.sentence()).text();
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
    Match best =
        qa.stream()
            .map(x -> new Match(x, closest(x.text(), qb)))
            .max(comparingInt(m -> shared(m.x().text(), m.y().text())))
            .orElseThrow();
    Quote x = best.x();
    Quote y = best.y();
    Wording wording =
        wordings
            .row(x.text())
            .computeIfAbsent(
                y.text(),
                text ->
                    wording(
                        x,
                        y,
                        () ->
                            diff(
                                x,
                                new Member(a.article(), a.sentence(), x.span()),
                                y,
                                new Member(b.article(), b.sentence(), y.span()))));
    if (wording == Wording.UNRELATED) {
      return;
    }
    QuoteVariant.Member mx = new QuoteVariant.Member(a.article(), x.id(), a.sentence());
    QuoteVariant.Member my = new QuoteVariant.Member(b.article(), y.id(), b.sentence());
    if (wording == Wording.TRIMMED || wording == Wording.REWORDED) {
      Kind kind = wording == Wording.TRIMMED ? Kind.TRIMMED : Kind.REWORDED;
      add(found, kind, mx);
      add(found, kind, my);
    }
    if (x.speaker() != null && y.speaker() != null && !samePerson(x, y)) {
      add(found, Kind.ATTRIBUTION, mx);
      add(found, Kind.ATTRIBUTION, my);
    }
  }

  /** How the words of two quotes compare; {@code diff} diffs them, if it comes to that. */
  private Wording wording(Quote x, Quote y, Supplier<WordDiff> diff) {
    String tx = x.text();
    String ty = y.text();
    if (tx.equals(ty)) {
      return Wording.ALIKE;
    }
    boolean fragment = isFragment(tx, ty) || isFragment(ty, tx);
    if (!fragment && (shared(tx, ty) < MIN_SHARED_WORDS || sharesOnlyItsOpening(tx, ty))) {
      return Wording.UNRELATED;
    }
    List<Change> substantive = diff.get().substantive();
    if (substantive.isEmpty()) {
      return Wording.ALIKE;
    }
    return fragment || isTrim(substantive) ? Wording.TRIMMED : Wording.REWORDED;
  }

  /**
   * True when two quotes open with the same words and then go separate ways: "It was a long night,
   * but we got everyone off" and "It was a long night, but the pier held" are two people reaching
   * for one stock phrase, not one utterance reworded. The opening does not count towards the
   * content words two renderings of one utterance share: after it, each goes on with words of its
   * own, and they must share {@link #MIN_SHARED_WORDS} of them. Where the opening is most of the
   * quote ("We will rebuild the bridge within a year" against "… in twelve months"), it is a trim
   * or a small rewording, and the other rules decide.
   */
  static boolean sharesOnlyItsOpening(String a, String b) {
    List<String> x = wordList(a);
    List<String> y = wordList(b);
    int opening = 0;
    while (opening < Math.min(x.size(), y.size()) && x.get(opening).equals(y.get(opening))) {
      opening++;
    }
    if (opening < MIN_SHARED_WORDS) {
      return false; // no shared opening phrase: other rules decide
    }
    Set<String> restX = contentWords(x.subList(opening, x.size()));
    Set<String> restY = contentWords(y.subList(opening, y.size()));
    int least = Math.max(MIN_SHARED_WORDS, contentWords(x.subList(0, opening)).size());
    if (restX.size() < least || restY.size() < least) {
      return false; // the opening is most of the quote: a trim or a small rewording
    }
    return restX.stream().filter(restY::contains).count() < MIN_SHARED_WORDS;
  }

  /** Word diffs of each quoted rendering against the first one. */
  private List<WordDiff> diffs(List<QuoteVariant.Member> renderings) {
    QuoteVariant.Member first = renderings.get(0);
    Quote from = quote(first);
    if (from == null) {
      return List.of();
    }
    Member fromMember = new Member(first.article(), first.sentence(), from.span());
    List<WordDiff> out = new ArrayList<>();
    for (QuoteVariant.Member m : renderings.subList(1, renderings.size())) {
      Quote to = quote(m);
      if (to != null) {
        out.add(diff(from, fromMember, to, new Member(m.article(), m.sentence(), to.span())));
      }
    }
    return out;
  }

  /**
   * The word diff of quote {@code x} (at {@code from}) against {@code y} (at {@code to}), made
   * once: a variant's diffs are mostly the ones its wording was read from, and a diff of long
   * quotes is costly (Myers' algorithm, in time the product of their length and their differences).
   * Kept by the quotes' ids rather than by member: a record's first hashCode costs a cold run tens
   * of milliseconds (docs/performance.md).
   */
  private WordDiff diff(Quote x, Member from, Quote y, Member to) {
    WordDiff made = diffsMade.get(x.id(), y.id());
    // A quote over two sentences stands in two statements, once for each sentence: the diff names
    // the sentences, so it is reused only for the same two.
    if (made != null
        && made.from().sentence().equals(from.sentence())
        && made.to().sentence().equals(to.sentence())) {
      return made;
    }
    WordDiff d =
        WordDiffer.diff(
            articlesById.get(from.article()).text(),
            from,
            articlesById.get(to.article()).text(),
            to);
    diffsMade.put(x.id(), y.id(), d);
    return d;
  }

  private Quote quote(QuoteVariant.Member m) {
    return m.quote() == null
        ? null
        : articlesById.get(m.article()).quotes().stream()
            .filter(q -> q.id().equals(m.quote()))
            .findFirst()
            .orElse(null);
  }

  /** Trimmed: words are only cut from (or added to) one side, nothing replaced. */
  private static boolean isTrim(List<Change> changes) {
    return changes.stream().allMatch(c -> c.type() == Change.Type.DELETE)
        || changes.stream().allMatch(c -> c.type() == Change.Type.INSERT);
  }

  /** "cooperating fully" is a fragment of "We are cooperating fully with …". */
  private boolean isFragment(String part, String whole) {
    String p = normal(part);
    String w = normal(whole);
    return Whitespace.wordCount(p) >= 2 && p.length() < w.length() && w.contains(p);
  }

  /** Lower case, words separated by single spaces. */
  private String normal(String s) {
    return normals.computeIfAbsent(
        s, t -> NOT_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip());
  }

  /** The quote that shares the most content words with {@code text}; the first of equals. */
  private Quote closest(String text, List<Quote> candidates) {
    return candidates.stream().max(comparingInt(q -> shared(text, q.text()))).orElseThrow();
  }

  /** Content words (four letters or more) two texts share. */
  private int shared(String a, String b) {
    Set<String> other = wordSet(b);
    return (int) wordSet(a).stream().filter(w -> isContentWord(w) && other.contains(w)).count();
  }

  /**
   * "the sources" and "ministry sources" are one speaker; "ministry officials" and "the sources"
   * two.
   */
  /**
   * Whether two quotes have one speaker, as written or by the fullest name each article gives:
   * "SpaceX founder Elon Musk" and "SpaceX chief executive Elon Musk" are both Elon Musk.
   */
  private static boolean samePerson(Quote x, Quote y) {
    return sameSpeaker(x.speaker(), y.speaker())
        || x.speakerName() != null
            && y.speakerName() != null
            && sameSpeaker(x.speakerName(), y.speakerName());
  }

  static boolean sameSpeaker(String a, String b) {
    if (isAcronymOf(a, b) || isAcronymOf(b, a)) {
      return true;
    }
    Set<String> x = new TreeSet<>(wordsOf(a));
    Set<String> y = new TreeSet<>(wordsOf(b));
    x.removeAll(ARTICLES);
    y.removeAll(ARTICLES);
    return x.containsAll(y) || y.containsAll(x);
  }

  /**
   * "the MEA" for "the Ministry of External Affairs", "NTSB" for "the National Transportation
   * Safety Board": news writing names a body in full once and by its initials after, often in
   * another outlet's copy.
   */
  private static boolean isAcronymOf(String acronym, String name) {
    List<String> initialism =
        wordList(acronym).stream().filter(w -> !ARTICLES.contains(w)).toList();
    if (initialism.size() != 1
        || initialism.get(0).length() < 2
        || !acronym.contains(initialism.get(0).toUpperCase(Locale.ROOT))) {
      return false;
    }
    String initials =
        wordList(name).stream()
            .filter(w -> !ARTICLES.contains(w) && !LINKING.contains(w))
            .map(w -> w.substring(0, 1))
            .collect(Collectors.joining());
    return initials.equals(initialism.get(0));
  }

  /** A text's words, shared: only ever counted or looked up, never listed or changed. */
  private Set<String> wordSet(String s) {
    return words.computeIfAbsent(s, QuoteVariants::wordsOf);
  }

  /** Lower-cased words without accents: "Türkiye" and "Turkiye" are one word. */
  private static Set<String> wordsOf(String s) {
    return Set.copyOf(wordList(s));
  }

  /** {@link #wordsOf}, in order and with repeats. */
  private static List<String> wordList(String s) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
            .replaceAll("");
    return Arrays.stream(NOT_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
  }

  /** The words that carry content: four letters or more, as {@link #shared} counts them. */
  private static Set<String> contentWords(List<String> words) {
    return words.stream().filter(QuoteVariants::isContentWord).collect(Collectors.toSet());
  }

  private static boolean isContentWord(String w) {
    return w.length() >= 4;
  }

  private static void add(
      Table<Kind, String, QuoteVariant.Member> found, Kind kind, QuoteVariant.Member m) {
    found.row(kind).putIfAbsent(renderingId(m), m);
  }

  /**
   * What names a rendering: its quote, or for reported speech its sentence. Both ids name the
   * article ("aa/q2", "aa/s4").
   */
  private static String renderingId(QuoteVariant.Member m) {
    return m.quote() != null ? m.quote() : m.sentence();
  }
}
