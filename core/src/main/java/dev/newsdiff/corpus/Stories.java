package dev.newsdiff.corpus;

import dev.newsdiff.internal.UnionFind;
import dev.newsdiff.internal.text.CalendarNames;
import dev.newsdiff.internal.text.Stems;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Sentence;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Groups the articles of a corpus into stories: articles about the same event. Each article is
 * summed up by its most distinctive terms (names, figures and rare words, weighted by how rare they
 * are in the corpus); articles that share enough of them, found through an inverted index rather
 * than by comparing every pair, are one story. Deterministic and order-independent.
 */
public final class Stories {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** The mark of a name's term: a capitalised word inside a sentence ("$sichuan"). */
  private static final String NAME = "$";

  /**
   * Capitalised, but in every story of their week or year: a weekday or month alone names no event
   * (a full date is a figure).
   */
  private static final Set<String> CALENDAR = CalendarNames.ALL;

  /** How many distinctive terms stand for an article. */
  private static final int SIGNATURE = 24;

  /**
   * Two articles are one story when this share of the smaller signature's weight is shared. Chosen
   * leave-one-set-out over the sample sets hidden in a generated corpus (docs/grouping.md).
   */
  private static final double SAME_STORY = 0.18;

  /** A story runs over this many days; a report later than that is a follow-up. */
  private static final int STORY_DAYS = 3;

  /** A code ("F-16", "A400M", "COVID-19") runs at most this many characters past its first. */
  private static final int MAX_CODE = 40;

  private static final Pattern CODE =
      Pattern.compile(
          // Bounded runs: every "A" of "A-A-A-…" starts a try, and each try read the rest of the
          // run (quadratic); the first look-ahead keeps \b from looking back over combining marks.
          "(?=[\\p{Lu}\\d])\\b(?=[\\p{Lu}\\d-]{0,"
              + MAX_CODE
              + "}\\d)(?=[\\p{Lu}\\d-]{0,"
              + MAX_CODE
              + "}\\p{Lu})[\\p{Lu}\\d][\\p{Lu}\\d-]{2,"
              + MAX_CODE
              + "}\\b");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Pattern DIGIT = Pattern.compile("\\d");

  private static final Pattern SMALL_NUMBER = Pattern.compile("#\\d{1,2}");

  /**
   * Articles of one story share at least this many distinctive terms (or all, if fewer, but two).
   */
  private static final int MIN_SHARED_TERMS = 4;

  /**
   * Reports of one event share two names, figures or codes; one shared place or person ("China",
   * "Obama") is as likely a different event there.
   */
  private static final int MIN_SHARED_ANCHORS = 1;

  /** No story holds more articles than this (an event covered more often is rare, and costly). */
  private static final int MAX_STORY = 64;

  /**
   * A term in more articles than this share of the corpus tells stories apart too poorly to index.
   */
  private static final double MAX_DOCUMENT_SHARE = 0.02;

  /** ...but terms in this many articles are always indexed (a story covered by ten outlets). */
  private static final int MIN_INDEXED_DF = 10;

  /**
   * Rarity is weighed as in a corpus of at least this many articles: the size below which the floor
   * of {@value #MIN_INDEXED_DF} articles is more than {@link #MAX_DOCUMENT_SHARE} of the corpus,
   * derived from the two, not tuned. In a smaller corpus a story's own names and words, in every
   * one of its articles, are in a large share of it: weighed by that share they counted for less
   * than the words one article alone used, and among the 60 articles of the sample sets one report
   * fell off its story (docs/grouping.md).
   */
  private static final double MIN_WEIGHED_CORPUS = MIN_INDEXED_DF / MAX_DOCUMENT_SHARE;

  private Stories() {}

  /**
   * A candidate link between two articles (ids, {@code a < b}) and how strongly they share terms.
   */
  public record Link(String a, String b, double score) implements Serializable {}

  /**
   * The stories, largest first (then by first article id), each sorted by article id. The stages
   * below ({@link #terms}, {@link #signature}, {@link #score}, {@link #merge}) are composed here in
   * one process; a distributed job composes the same stages its own way.
   */
  public static List<List<Article>> group(List<Article> articles) {
    return group(articles, Map.of());
  }

  /**
   * The stories, as {@link #group(List)}, given when articles were published (by article id; an
   * article missing from {@code published} is grouped by its text alone).
   */
  public static List<List<Article>> group(List<Article> articles, Map<String, Instant> published) {
    List<Article> sorted = articles.stream().sorted(Comparator.comparing(Article::id)).toList();
    // Two passes, so that only the corpus's document frequencies, not every article's terms,
    // are held at once.
    Map<String, Integer> df = new HashMap<>();
    for (Article a : sorted) {
      terms(a).keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    int n = sorted.size();
    List<Map<String, Double>> signatures = new ArrayList<>();
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Map<String, Double> top = signature(terms(sorted.get(i)), df, n);
      signatures.add(top);
      for (String t : top.keySet()) {
        if (findsCandidates(df.get(t))) {
          index.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
        }
      }
    }
    List<Link> links = new ArrayList<>();
    // Each article's candidates, marked in one array rather than collected in a set per article.
    int[] candidateOf = new int[n];
    Arrays.fill(candidateOf, -1);
    int[] candidates = new int[n];
    for (int i = 0; i < n; i++) {
      int count = 0;
      for (String t : signatures.get(i).keySet()) {
        for (int j : index.getOrDefault(t, List.of())) {
          if (j > i && candidateOf[j] != i) {
            candidateOf[j] = i;
            candidates[count++] = j;
          }
        }
      }
      Instant when = published.get(sorted.get(i).id());
      for (int c = 0; c < count; c++) {
        int j = candidates[c];
        double score =
            score(signatures.get(i), signatures.get(j), when, published.get(sorted.get(j).id()));
        if (sameStory(score)) {
          links.add(new Link(sorted.get(i).id(), sorted.get(j).id(), score));
        }
      }
    }
    Map<String, Article> byId = Article.byId(sorted);
    List<List<Article>> out = new ArrayList<>();
    for (List<String> story : merge(sorted.stream().map(Article::id).toList(), links)) {
      out.add(story.stream().map(byId::get).toList());
    }
    return out;
  }

  /**
   * Stage 2: an article's signature, its {@value #SIGNATURE} most distinctive terms weighted by how
   * rare they are among the corpus's {@code n} articles ({@code df}: in how many each term is), a
   * corpus under 500 articles weighed as one of 500.
   */
  public static Map<String, Double> signature(
      Map<String, Integer> terms, Map<String, Integer> df, int n) {
    // In a small corpus a story's own names are in a large share of it; keep them.
    int maxDf = Math.max(MIN_INDEXED_DF, (int) (MAX_DOCUMENT_SHARE * n));
    double weighedAs = Math.max(n, MIN_WEIGHED_CORPUS);
    Map<String, Double> weights = new HashMap<>();
    Stems stems = new Stems();
    for (Map.Entry<String, Integer> e : terms.entrySet()) {
      int d = df.getOrDefault(e.getKey(), 0);
      if (d > 1 && d <= maxDf && !(isName(e.getKey()) && isAlsoAWord(e.getKey(), d, df, stems))) {
        weights.put(e.getKey(), (1 + Math.log(e.getValue())) * Math.log(weighedAs / d));
      }
    }
    Map<String, Double> top = new TreeMap<>();
    weights.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(SIGNATURE)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  private static boolean isName(String term) {
    return term.startsWith(NAME);
  }

  /**
   * Whether the corpus writes a name's word in lower case as often as capitalised: a common word
   * inside a longer name ("Workers Federation", "Space Station"), shared by unrelated events.
   */
  private static boolean isAlsoAWord(
      String name, int nameDf, Map<String, Integer> df, Stems stems) {
    return df.getOrDefault(stems.stem(name.substring(NAME.length())), 0) >= nameDf;
  }

  /**
   * Stage 3's candidates: whether articles sharing a signature term in {@code df} articles are
   * scored as a pair. A term in more articles than two of the largest stories names no one event;
   * the signature keeps terms in up to 2% of the corpus, which at 100,000 articles is 2,000, and
   * each such term would make pairs of all of them.
   */
  public static boolean findsCandidates(int df) {
    return df <= 2 * MAX_STORY;
  }

  /** Stage 3's test: is a link of this {@link #score} strong enough to make one story? */
  public static boolean sameStory(double score) {
    return score >= SAME_STORY;
  }

  /**
   * Stage 4: the stories, given every article id and the links found between them. Strongest links
   * first, and no story past {@value #MAX_STORY} articles: a few shared names must not chain
   * unrelated stories into one. Largest story first, then by first id; ids sorted within.
   */
  public static List<List<String>> merge(List<String> ids, List<Link> links) {
    List<String> sorted = ids.stream().sorted().toList();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      position.put(sorted.get(i), i);
    }
    List<Link> strongestFirst = new ArrayList<>(links);
    strongestFirst.sort(
        Comparator.comparingDouble((Link l) -> -l.score())
            .thenComparing(Link::a)
            .thenComparing(Link::b));
    List<List<Integer>> linked = new ArrayList<>();
    sorted.forEach(id -> linked.add(new ArrayList<>()));
    for (Link l : links) {
      linked.get(position.get(l.a())).add(position.get(l.b()));
      linked.get(position.get(l.b())).add(position.get(l.a()));
    }
    UnionFind stories = new UnionFind(sorted.size());
    for (Link l : strongestFirst) {
      int a = position.get(l.a());
      int b = position.get(l.b());
      if (stories.find(a) != stories.find(b)
          && stories.members(a).size() + stories.members(b).size() <= MAX_STORY
          && linkedEnough(stories, linked, a, b)) {
        stories.union(a, b);
      }
    }
    return stories.groups().stream()
        .map(g -> g.stream().map(sorted::get).toList())
        .sorted(
            Comparator.<List<String>>comparingInt(List::size)
                .reversed()
                .thenComparing(g -> g.get(0)))
        .toList();
  }

  /**
   * Whether the stories of articles {@code a} and {@code b} are linked by enough of their articles
   * to be one: at least one link per two articles of the smaller story. One link between two
   * stories of several articles each is a coincidence of wording (two earthquakes in one country),
   * not one event; an article joins a story on one link.
   */
  private static boolean linkedEnough(UnionFind stories, List<List<Integer>> linked, int a, int b) {
    List<Integer> small = stories.members(a);
    List<Integer> large = stories.members(b);
    if (small.size() > large.size()) {
      List<Integer> t = small;
      small = large;
      large = t;
    }
    int other = stories.find(large.get(0));
    long crossing =
        small.stream()
            .flatMap(i -> linked.get(i).stream())
            .filter(j -> stories.find(j) == other)
            .count();
    return crossing * 2 >= small.size();
  }

  /**
   * Stage 3: how strongly two signatures say "one story": shared weight over the smaller
   * signature's weight; 0 below MIN_SHARED_TERMS shared terms or without a shared anchor.
   */
  public static double score(Map<String, Double> a, Map<String, Double> b) {
    int terms = 0;
    int anchors = 0;
    for (String term : a.keySet()) {
      if (b.containsKey(term)) {
        terms++;
        if (isAnchor(term)) {
          anchors++;
        }
      }
    }
    // An article with few distinctive terms at all (a brief) need only share what it has.
    int needed = Math.max(2, Math.min(MIN_SHARED_TERMS, Math.min(a.size(), b.size())));
    if (terms < needed || anchors < MIN_SHARED_ANCHORS) {
      // A few common words make no story, however small the signatures; and reports of one
      // event share at least one name, figure or code, where two stories that merely sound
      // alike ("board", "tuesday", "million") share none.
      return 0;
    }
    return sharedShare(a, b);
  }

  /**
   * Stage 3 for two articles published at {@code publishedA} and {@code publishedB} (null: not
   * known): {@link #score(Map, Map)} within a story's run of {@value #STORY_DAYS} days. Further
   * apart, the later report is a follow-up, one story with the other only when it repeats its
   * statements: the score is then that of their words alone, since every follow-up repeats the
   * names and figures of the event.
   */
  public static double score(
      Map<String, Double> a,
      Map<String, Double> b,
      @Nullable Instant publishedA,
      @Nullable Instant publishedB) {
    double score = score(a, b);
    if (score == 0
        || publishedA == null
        || publishedB == null
        || Duration.between(publishedA, publishedB).abs().toDays() <= STORY_DAYS) {
      return score;
    }
    return Math.min(score, sharedShare(words(a), words(b)));
  }

  /** The shared weight over the smaller signature's weight. */
  private static double sharedShare(Map<String, Double> a, Map<String, Double> b) {
    double shared = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double other = b.get(e.getKey());
      if (other != null) {
        shared += Math.min(e.getValue(), other);
      }
    }
    double wa = a.values().stream().mapToDouble(Double::doubleValue).sum();
    double wb = b.values().stream().mapToDouble(Double::doubleValue).sum();
    double smaller = Math.min(wa, wb);
    return smaller == 0 ? 0 : shared / smaller;
  }

  /** A signature's words: its terms less its names, figures and codes. */
  private static Map<String, Double> words(Map<String, Double> signature) {
    Map<String, Double> out = new HashMap<>(signature);
    out.keySet().removeIf(Stories::isAnchor);
    return out;
  }

  /**
   * A name, figure or code, as opposed to a stemmed word; bare small numbers ("11", "5") turn up in
   * every kind of story and anchor nothing.
   */
  private static boolean isAnchor(String term) {
    return term.startsWith("@")
        || term.startsWith(NAME)
        || (term.startsWith("#")
            && !SMALL_NUMBER.matcher(term).matches()
            && !CALENDAR.contains(term.substring(1)));
  }

  /**
   * Stage 1: an article's terms with their counts: names and figures as they are, other body words
   * as stems; short and common words left out.
   */
  public static Map<String, Integer> terms(Article a) {
    Map<String, Integer> out = new HashMap<>();
    Stems stems = new Stems();
    for (Fact f : a.facts()) {
      // A date without a figure ("last year", "Thursday") is in every story of its week or year:
      // a word, not an anchor.
      String value = fold(f.value());
      out.merge(
          f.kind() == Fact.Kind.DATE && !DIGIT.matcher(value).find() ? value : "#" + value,
          1,
          Integer::sum);
    }
    // Capitalised words where every word is: a sentence's first, a title-case headline's words.
    Map<String, Integer> openers = new HashMap<>();
    for (Sentence s : a.sentences()) {
      if (s.role() == Role.BODY || s.role() == Role.HEADLINE) {
        Matcher word = WORD.matcher(s.text());
        boolean first = true;
        while (word.find()) {
          String w = word.group();
          String lower = fold(w);
          boolean capitalised =
              w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && !CALENDAR.contains(lower);
          if (capitalised && s.role() == Role.BODY && !first) {
            out.merge(NAME + lower, 1, Integer::sum);
          } else if (capitalised) {
            openers.merge(lower, 1, Integer::sum);
          } else if (w.length() >= 5) {
            out.merge(stems.stem(lower), 1, Integer::sum);
          }
          first = false;
        }
        // Codes with digits ("AB-123", "HR 4521", flight and bill numbers) tell events apart well.
        Matcher code = CODE.matcher(s.text());
        while (code.find()) {
          out.merge("@" + fold(code.group()), 1, Integer::sum);
        }
      }
    }
    // An opener is the name the article writes inside its sentences ("López was sentenced", "López
    // said"): counted as a word, a name that opens sentences looked like a common word to
    // isAlsoAWord and left the signature. Otherwise it is a word, as any capital there may be.
    openers.forEach(
        (lower, count) -> {
          if (out.containsKey(NAME + lower)) {
            out.merge(NAME + lower, count, Integer::sum);
          } else if (lower.length() >= 5) {
            out.merge(stems.stem(lower), count, Integer::sum);
          }
        });
    return out;
  }

  /**
   * A term's matching form: lower case, accents dropped, as the comparison's name and word matching
   * already does. Outlets write one foreign name with its accents or without ("López" and "Lopez",
   * "Nicolás", "Türkiye"): a name written two ways was two terms, each too rare to link anything,
   * and the story lost its strongest evidence.
   */
  static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) >= 0x80) {
        // The dotless i has no accent to drop ("Kılıçdaroğlu", "Kilicdaroglu").
        return MARKS
            .matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
            .replaceAll("")
            .replace('\u0131', 'i');
      }
    }
    return lower; // nothing to fold, and the common case
  }
}
