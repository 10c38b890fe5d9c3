package dev.newsdiff.internal.align;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.stream.Collectors.toSet;

import dev.newsdiff.internal.UnionFind;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import dev.newsdiff.similarity.SimilarityModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Groups the body statements of all outlets into shared statements, all outlets at once.
 *
 * <p>Every pair of clauses from different outlets is scored. A pair above the threshold is a
 * candidate only when each side is nearly the other's best match in its outlet (so a claim does not
 * also catch a weaker echo elsewhere). Candidates are merged into groups strongest first, as long
 * as (a) no outlet has more than a few members in a group (an outlet may state a claim twice, or
 * split it over two sentences), (b) at most one outlet has members on both sides in different
 * sentences (when several outlets state two claims apart, they are two claims), and (c) the two
 * groups being merged are alike on average, not just through their strongest pair (this stops
 * chains A~B~C where A and C share nothing). Finally a clause may also join the one further group
 * it matches best, at least as well as the threshold on average, since one sentence can state a
 * claim two statements share; and a clause whose claim another outlet splits over two adjacent
 * sentences belongs with both (what the two carry together and neither alone). Ties break on
 * article id and position, and articles are taken in id order, so the result does not depend on the
 * order the files were given in. Immutable.
 */
public final class Aligner {

  /** Members of each group compared when checking linkage. */
  private static final int LINKAGE_SAMPLE = 24;

  /**
   * Outlets that may have members in both of two groups being merged: one outlet splitting a claim
   * over two sentences. Chosen among 0, 1, 2 and any (docs/alignment.md).
   */
  private static final int MAX_OUTLETS_ON_BOTH_SIDES = 1;

  private final SimilarityModel model;
  private final double threshold;
  private final double linkage;
  private final double orderWeight;
  private final int maxPerArticle;
  private final double nearBest;

  /** The learned pair decision, or null for the hand rules (threshold and near-best). */
  private final @Nullable PairModel decision;

  public Aligner(
      SimilarityModel model,
      double threshold,
      double linkage,
      double orderWeight,
      int maxPerArticle,
      double nearBest) {
    this(model, threshold, linkage, orderWeight, maxPerArticle, nearBest, PairModel.shipped());
  }

  private Aligner(
      SimilarityModel model,
      double threshold,
      double linkage,
      double orderWeight,
      int maxPerArticle,
      double nearBest,
      @Nullable PairModel decision) {
    checkArgument(threshold > 0 && threshold <= 1, "threshold must be in (0, 1]: %s", threshold);
    checkArgument(linkage >= 0 && linkage <= 1, "linkage must be in [0, 1]: %s", linkage);
    checkArgument(
        orderWeight >= 0 && orderWeight < 1, "orderWeight must be in [0, 1): %s", orderWeight);
    checkArgument(maxPerArticle >= 1, "maxPerArticle must be >= 1: %s", maxPerArticle);
    checkArgument(nearBest >= 0 && nearBest <= 1, "nearBest must be in [0, 1]: %s", nearBest);
    this.model = model;
    this.threshold = threshold;
    this.linkage = linkage;
    this.orderWeight = orderWeight;
    this.maxPerArticle = maxPerArticle;
    this.nearBest = nearBest;
    this.decision = decision;
  }

  /** This aligner deciding pairs with {@code decision}, or by the hand rules when null. */
  Aligner withDecision(@Nullable PairModel decision) {
    return new Aligner(model, threshold, linkage, orderWeight, maxPerArticle, nearBest, decision);
  }

  /** Aligns {@code articles}, which must be in id order. */
  public Alignment align(List<Article> articles) {
    List<Unit> units = units(articles);
    List<String> texts = units.stream().map(Unit::text).toList();
    SimilarityModel.Scorer scorer = model.prepare(texts);
    // The model weighs what the words of two clauses share: it needs a scorer that can tell.
    PairModel learned = scorer instanceof SharedTerms.Source ? decision : null;
    Pairs pairs = new Pairs(scorer, units, orderWeight, learned);
    double floor = learned == null ? threshold : PairModel.PREFILTER;
    List<Edge> edges = decide(candidates(articles, units, pairs, floor), articles, units, pairs);
    edges.sort(STRONGEST_FIRST);
    double mergeLinkage = learned == null ? linkage : learned.linkage();

    UnionFind groups = new UnionFind(units.size());
    for (Edge e : edges) {
      if (groups.find(e.a()) != groups.find(e.b())
          && compatible(groups.members(e.a()), groups.members(e.b()), units, pairs, mergeLinkage)) {
        groups.union(e.a(), e.b());
      }
    }
    List<List<Integer>> all =
        groups.groups().stream().map(ArrayList::new).collect(Collectors.toList());
    addSecondMemberships(
        all, edges, units, pairs, learned == null ? threshold : learned.threshold());
    addSplitClaims(all, units, pairs);
    return result(articles, units, all, pairs);
  }

  /**
   * Every pair of clauses of two outlets that the model is asked about, with its features and the
   * sentences it joins: what the model is trained on ({@code PairModelTraining}).
   */
  List<PairCase> cases(List<Article> articles) {
    List<Unit> units = units(articles);
    SimilarityModel.Scorer scorer = model.prepare(units.stream().map(Unit::text).toList());
    checkArgument(
        scorer instanceof SharedTerms.Source, "the model needs a lexical scorer: %s", model);
    Pairs pairs = new Pairs(scorer, units, orderWeight, null);
    List<PairCase> cases = new ArrayList<>();
    for (Edge e : candidates(articles, units, pairs, PairModel.PREFILTER)) {
      Unit u = units.get(e.a());
      Unit v = units.get(e.b());
      cases.add(
          new PairCase(
              u.article(),
              u.sentence(),
              v.article(),
              v.sentence(),
              PairFeatures.named(pairs.features(e.a(), e.b()))));
    }
    return cases;
  }

  /** A pair of clauses (by article and sentence index) and its features. */
  record PairCase(
      int articleA, int sentenceA, int articleB, int sentenceB, Map<String, Double> features) {}

  /**
   * Pairs of clauses of different articles that score at least {@code floor}; records each unit's
   * best score in each article in {@code pairs} on the way.
   */
  private static List<Edge> candidates(
      List<Article> articles, List<Unit> units, Pairs pairs, double floor) {
    List<Edge> candidates = new ArrayList<>();
    double[][] best = new double[units.size()][articles.size()];
    // Units come in article order: the pairs of a unit are with the units after its article's.
    int[] nextArticle = new int[units.size()];
    for (int i = units.size() - 1; i >= 0; i--) {
      boolean last = i == units.size() - 1 || units.get(i + 1).article() != units.get(i).article();
      nextArticle[i] = last ? i + 1 : nextArticle[i + 1];
    }
    for (int i = 0; i < units.size(); i++) {
      if (nextArticle[i] == units.size()) {
        break;
      }
      for (int j : pairs.candidates(i, nextArticle[i], units.size())) {
        Unit u = units.get(i);
        Unit v = units.get(j);
        // Not remembered: most candidates are never looked at again, and a memo of them all
        // would grow with the pairs rather than the units.
        double score = pairs.scoreOnce(i, j);
        best[i][v.article()] = Math.max(best[i][v.article()], score);
        best[j][u.article()] = Math.max(best[j][u.article()], score);
        if (score >= floor) {
          candidates.add(new Edge(i, j, score));
        }
      }
    }
    pairs.best = best;
    pairs.related = related(articles.size(), units, best);
    return candidates;
  }

  /** A pair's hand score from which a unit counts as matched in another article. */
  private static final double MATCHED = 0.3;

  /**
   * How related two articles are: the share of the first's units whose best match in the second
   * scores at least {@link #MATCHED}. Two unrelated stories share words ("said", "officials", a
   * weekday) but few statements.
   */
  private static double[][] related(int articleCount, List<Unit> units, double[][] best) {
    double[][] matched = new double[articleCount][articleCount];
    int[] size = new int[articleCount];
    for (int u = 0; u < units.size(); u++) {
      int a = units.get(u).article();
      size[a]++;
      for (int b = 0; b < articleCount; b++) {
        matched[a][b] += best[u][b] >= MATCHED ? 1 : 0;
      }
    }
    for (int a = 0; a < articleCount; a++) {
      for (int b = 0; b < articleCount; b++) {
        matched[a][b] = size[a] == 0 ? 0 : matched[a][b] / size[a];
      }
    }
    return matched;
  }

  /**
   * The candidates that are statements' pairs, each with the strength it merges by. By the hand
   * rules: a pair scoring at least the threshold that is (nearly) each side's best match in the
   * other's article, with its score. By the model: a pair whose probability reaches the model's
   * threshold, with its probability, between two articles that report one story: they share at
   * least one pair by the rules, or, when an outlet rewrote the story so that no sentence reads
   * like another's, a name neither writes as a common word ({@link StoryNames}). Two stories of one
   * kind (two mine blasts) share words and kinds of figure in many sentences, and even leads that
   * read alike, but neither such a pair nor the places and people they name.
   */
  private List<Edge> decide(
      List<Edge> candidates, List<Article> articles, List<Unit> units, Pairs pairs) {
    List<Edge> byRules = new ArrayList<>();
    for (Edge e : candidates) {
      if (e.score() >= threshold
          && e.score() >= nearBest * pairs.best[e.a()][units.get(e.b()).article()]
          && e.score() >= nearBest * pairs.best[e.b()][units.get(e.a()).article()]) {
        byRules.add(e);
      }
    }
    if (pairs.decision == null) {
      return byRules;
    }
    // Per pair of articles: 0 not yet known, SAME_STORY or OTHER_STORY.
    byte[][] story = new byte[articles.size()][articles.size()];
    for (Edge e : byRules) {
      story[units.get(e.a()).article()][units.get(e.b()).article()] = SAME_STORY;
    }
    StoryNames names = new StoryNames(articles);
    List<Edge> edges = new ArrayList<>();
    for (Edge e : candidates) {
      int a = units.get(e.a()).article();
      int b = units.get(e.b()).article();
      if (story[a][b] == OTHER_STORY) {
        continue;
      }
      double p = pairs.strength(e.a(), e.b());
      if (p < pairs.decision.threshold()) {
        continue;
      }
      if (story[a][b] == 0) {
        // Read only for the few pairs of articles the rules relate nothing in.
        story[a][b] = names.shareAName(a, b) ? SAME_STORY : OTHER_STORY;
      }
      if (story[a][b] == SAME_STORY) {
        edges.add(new Edge(e.a(), e.b(), p));
      }
    }
    return edges;
  }

  private static final byte SAME_STORY = 1;
  private static final byte OTHER_STORY = 2;

  /**
   * A clause may state a claim that a second statement shares ("… held talks with Nakatani, where
   * bilateral cooperation was discussed"): a unit joins one further group when one of its candidate
   * pairs leads there and it scores at least the threshold with that group's members on average — a
   * stricter test than merging groups, since the unit already has a home.
   */
  private record Addition(int group, int unit, double meanScore) {}

  /** The better match first; ties by group, so the choice is fixed. */
  private static final Comparator<Addition> BEST_MATCH_FIRST =
      Comparator.comparingDouble((Addition x) -> -x.meanScore()).thenComparingInt(Addition::group);

  private void addSecondMemberships(
      List<List<Integer>> all, List<Edge> edges, List<Unit> units, Pairs pairs, double fit) {
    Map<Integer, List<Integer>> groupOf = new HashMap<>();
    for (int g = 0; g < all.size(); g++) {
      for (int u : all.get(g)) {
        groupOf.computeIfAbsent(u, k -> new ArrayList<>()).add(g);
      }
    }
    // Whether each group spans two articles, read once: each edge asks it of every group of an end.
    boolean[] acrossArticles = new boolean[all.size()];
    for (int g = 0; g < all.size(); g++) {
      acrossArticles[g] = spansArticles(all.get(g), units);
    }
    List<Addition> additions = new ArrayList<>();
    for (Edge e : edges) {
      for (int side = 0; side < 2; side++) {
        int u = side == 0 ? e.a() : e.b();
        int v = side == 0 ? e.b() : e.a();
        for (int g : groupOf.get(v)) {
          List<Integer> group = all.get(g);
          if (!acrossArticles[g] || groupOf.getOrDefault(u, List.of()).contains(g)) {
            continue;
          }
          int sameArticle = 0;
          double sum = 0;
          int count = 0;
          for (int w : group) {
            if (units.get(w).article() == units.get(u).article()) {
              sameArticle++;
            } else {
              sum += pairs.strength(u, w);
              count++;
            }
          }
          if (sameArticle < maxPerArticle && count > 0 && sum / count >= fit) {
            additions.add(new Addition(g, u, sum / count));
          }
        }
      }
    }
    // One further statement per unit, the one it matches best: a sentence with words common in
    // the story (a visit, a president, a country) otherwise joins every statement that shares them.
    Map<Integer, Addition> bestPerUnit = new TreeMap<>();
    for (Addition a : additions) {
      bestPerUnit.merge(a.unit(), a, (x, y) -> BEST_MATCH_FIRST.compare(x, y) <= 0 ? x : y);
    }
    for (Addition a : bestPerUnit.values()) {
      all.get(a.group()).add(a.unit());
    }
    all.forEach(g -> g.sort(Integer::compare));
  }

  /**
   * How much more of a unit its partner and the partner's neighbour carry together than the partner
   * alone, at least, for the neighbour to count as the other half of a claim split in two; chosen
   * leave-one-set-out (docs/alignment.md).
   */
  private static final double SPLIT_GAIN = 0.1;

  /**
   * How much of the neighbour the unit must carry: the neighbour states part of the unit's claim,
   * not a claim of its own that shares a word with it.
   */
  private static final double SPLIT_CONTAINED = 0.5;

  /**
   * How alike, on average, a unit must be to the members of the neighbour's statement to join it:
   * the neighbour's statement may hold more than the half the unit shares.
   */
  private static final double SPLIT_FIT = 0.25;

  /** A claim split in two: {@code unit} joins {@code group}. */
  private record Join(int group, int unit) {}

  /**
   * One outlet may state in one sentence what another splits over two ("… is due to reach the
   * station late Monday and will stay there until spring" / "… is due to reach the station late
   * Monday." "They will stay there until spring."). A unit u aligned with v of another article also
   * belongs with v's neighbour w when w carries a part of u that v does not (the two read as one
   * carry at least {@link #SPLIT_GAIN} more of u) and u carries most of w. Then w joins u's
   * statement when it has none, and u joins w's when u fits it on average. Runs on the statements
   * as merged, so it only adds members: it never undoes a merge. Statements larger than {@link
   * #LINKAGE_SAMPLE} (copies of one wire story in a corpus) are left alone, which keeps it linear.
   */
  private void addSplitClaims(List<List<Integer>> all, List<Unit> units, Pairs pairs) {
    Map<Integer, List<Integer>> groupsOf = new HashMap<>();
    for (int g = 0; g < all.size(); g++) {
      List<Integer> group = all.get(g);
      if (group.size() <= LINKAGE_SAMPLE && spansArticles(group, units)) {
        for (int u : group) {
          groupsOf.computeIfAbsent(u, k -> new ArrayList<>()).add(g);
        }
      }
    }
    Set<Join> joins =
        new TreeSet<>(Comparator.comparingInt(Join::group).thenComparingInt(Join::unit));
    for (Map.Entry<Integer, List<Integer>> entry : new TreeMap<>(groupsOf).entrySet()) {
      int u = entry.getKey();
      List<Integer> home = entry.getValue();
      // u's best partner in each other article among its statements' members, and through which.
      Map<Integer, Join> partnerIn = new TreeMap<>();
      for (int g : home) {
        for (int v : all.get(g)) {
          int article = units.get(v).article();
          Join known = partnerIn.get(article);
          if (article != units.get(u).article()
              && (known == null || pairs.score(u, v) > pairs.score(u, known.unit()))) {
            partnerIn.put(article, new Join(g, v));
          }
        }
      }
      for (Join partner : partnerIn.values()) {
        int v = partner.unit();
        for (int w : new int[] {v - 1, v + 1}) {
          if (w < 0
              || w >= units.size()
              || units.get(w).article() != units.get(v).article()
              || pairs.coverage(u, v, w) - pairs.coverage(u, v) < SPLIT_GAIN
              || pairs.coverage(w, u) < SPLIT_CONTAINED) {
            continue;
          }
          List<Integer> ofW = groupsOf.getOrDefault(w, List.of());
          if (ofW.isEmpty()) {
            joins.add(new Join(partner.group(), w));
          }
          for (int g : ofW) {
            if (!home.contains(g) && meanScore(u, all.get(g), units, pairs) >= SPLIT_FIT) {
              joins.add(new Join(g, u));
            }
          }
        }
      }
    }
    for (Join j : joins) {
      List<Integer> group = all.get(j.group());
      int article = units.get(j.unit()).article();
      long sameArticle = group.stream().filter(x -> units.get(x).article() == article).count();
      if (!group.contains(j.unit()) && sameArticle < maxPerArticle) {
        group.add(j.unit());
      }
    }
    all.forEach(g -> g.sort(Integer::compare));
  }

  /**
   * Whether the units of {@code group} come from two articles or more. Most groups hold one unit,
   * and are told without a stream.
   */
  private static boolean spansArticles(List<Integer> group, List<Unit> units) {
    return group.size() >= 2
        && group.stream().map(u -> units.get(u).article()).distinct().count() >= 2;
  }

  /** The mean score of {@code u} with the members of other articles in {@code group}. */
  private static double meanScore(int u, List<Integer> group, List<Unit> units, Pairs pairs) {
    double sum = 0;
    int count = 0;
    for (int w : group) {
      if (units.get(w).article() != units.get(u).article()) {
        sum += pairs.score(u, w);
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  private boolean compatible(
      List<Integer> a, List<Integer> b, List<Unit> units, Pairs pairs, double linkage) {
    Map<Integer, Integer> perArticle = new HashMap<>();
    for (List<Integer> side : List.of(a, b)) {
      for (int u : side) {
        if (perArticle.merge(units.get(u).article(), 1, Integer::sum) > maxPerArticle) {
          return false;
        }
      }
    }
    // One outlet may split a claim over two sentences; when several outlets each state the two
    // groups' claims in sentences of their own, those are two claims that share words, not one.
    // (Two clauses of one sentence are one outlet stating both in one place: no evidence.)
    // Most joins are of groups from different outlets, which state nothing apart.
    Set<Integer> articlesOfA = a.stream().map(u -> units.get(u).article()).collect(toSet());
    if (b.stream().anyMatch(u -> articlesOfA.contains(units.get(u).article()))
        && statedApart(a, b, articlesOfA, units) > MAX_OUTLETS_ON_BOTH_SIDES) {
      return false;
    }
    // The average over bounded samples of large groups: enough to stop chains, and linear.
    double sum = 0;
    int count = 0;
    for (int u : a.subList(0, Math.min(a.size(), LINKAGE_SAMPLE))) {
      for (int v : b.subList(0, Math.min(b.size(), LINKAGE_SAMPLE))) {
        if (units.get(u).article() != units.get(v).article()) {
          sum += pairs.strength(u, v);
          count++;
        }
      }
    }
    return count == 0 || sum / count >= linkage;
  }

  /** How many outlets of both groups state their claims in sentences apart. */
  private static long statedApart(
      List<Integer> a, List<Integer> b, Set<Integer> articlesOfA, List<Unit> units) {
    Set<Long> sentencesOfA = a.stream().map(u -> sentenceKey(units.get(u))).collect(toSet());
    Set<Integer> sharingASentence =
        b.stream()
            .filter(u -> sentencesOfA.contains(sentenceKey(units.get(u))))
            .map(u -> units.get(u).article())
            .collect(toSet());
    return b.stream()
        .map(u -> units.get(u).article())
        .distinct()
        .filter(article -> articlesOfA.contains(article) && !sharingASentence.contains(article))
        .count();
  }

  private static long sentenceKey(Unit unit) {
    return sentenceKey(unit.article(), unit.sentence());
  }

  /** Sentence {@code sentence} of article {@code article}, as one number. */
  private static long sentenceKey(int article, int sentence) {
    return (long) article << 32 | sentence;
  }

  private static Alignment result(
      List<Article> articles, List<Unit> units, List<List<Integer>> groups, Pairs pairs) {
    List<Alignment.Group> out = new ArrayList<>();
    boolean[] aligned = new boolean[units.size()];
    // Groups kept apart can end up with the same members once clauses join a second group: one
    // statement, shown once.
    Set<List<Member>> seen = new HashSet<>();
    for (List<Integer> g : groups) {
      if (!spansArticles(g, units)) {
        continue;
      }
      g.forEach(u -> aligned[u] = true);
      List<Member> members = members(articles, units, g);
      if (seen.add(members)) {
        out.add(new Alignment.Group(members, meanScore(g, units, pairs)));
      }
    }
    out.sort(
        Comparator.comparing((Alignment.Group g) -> g.members().get(0).article())
            .thenComparingInt(g -> g.members().get(0).span().start()));

    List<Exclusive> exclusives = new ArrayList<>();
    Map<Long, Boolean> sentenceAligned = new HashMap<>();
    for (int u = 0; u < units.size(); u++) {
      sentenceAligned.merge(sentenceKey(units.get(u)), aligned[u], Boolean::logicalOr);
    }
    for (int a = 0; a < articles.size(); a++) {
      Article article = articles.get(a);
      for (int s = 0; s < article.sentences().size(); s++) {
        Boolean any = sentenceAligned.get(sentenceKey(a, s));
        if (any == null || any || !Clauses.statesAnything(article.sentences().get(s).text())) {
          continue;
        }
        exclusives.add(new Exclusive(article.id(), article.sentences().get(s).id()));
      }
    }
    return new Alignment(out, exclusives);
  }

  /** Members in article order, then reading order; clauses of one sentence joined. */
  private static List<Member> members(
      List<Article> articles, List<Unit> units, List<Integer> group) {
    TreeMap<Long, Span> bySentence = new TreeMap<>();
    for (int u : group) {
      Unit unit = units.get(u);
      long key = sentenceKey(unit);
      bySentence.merge(
          key,
          unit.span(),
          (x, y) -> Span.of(Math.min(x.start(), y.start()), Math.max(x.end(), y.end())));
    }
    List<Member> members = new ArrayList<>();
    for (Map.Entry<Long, Span> e : bySentence.entrySet()) {
      Article article = articles.get((int) (e.getKey() >> 32));
      Sentence sentence = article.sentences().get((int) (long) e.getKey());
      Span span = e.getValue();
      // A clause that covers its whole sentence (less the final stop) stands for the sentence.
      if (sentence.span().end() - span.end() <= 1 && span.start() == sentence.span().start()) {
        span = sentence.span();
      }
      members.add(new Member(article.id(), sentence.id(), span));
    }
    return members;
  }

  private static double meanScore(List<Integer> g, List<Unit> units, Pairs pairs) {
    double sum = 0;
    int count = 0;
    for (int x = 0; x < g.size(); x++) {
      for (int y = x + 1; y < g.size(); y++) {
        if (units.get(g.get(x)).article() != units.get(g.get(y)).article()) {
          sum += pairs.score(g.get(x), g.get(y));
          count++;
        }
      }
    }
    return count == 0 ? 0 : Math.min(1.0, sum / count);
  }

  /** Clauses of the body sentences of every article, in article and reading order. */
  static List<Unit> units(List<Article> articles) {
    List<Unit> units = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      Article article = articles.get(a);
      List<Span> clauses = new ArrayList<>();
      List<Integer> sentenceOf = new ArrayList<>();
      for (int s = 0; s < article.sentences().size(); s++) {
        Sentence sentence = article.sentences().get(s);
        if (sentence.role() != Role.BODY) {
          continue;
        }
        for (Span clause : Clauses.of(article.text(), sentence.span())) {
          clauses.add(clause);
          sentenceOf.add(s);
        }
      }
      for (int k = 0; k < clauses.size(); k++) {
        Span span = clauses.get(k);
        double position = clauses.size() == 1 ? 0 : (double) k / (clauses.size() - 1);
        units.add(
            new Unit(
                a,
                sentenceOf.get(k),
                k,
                span,
                span.in(article.text()),
                position,
                quoted(article, span)));
      }
    }
    return units;
  }

  private static boolean quoted(Article article, Span span) {
    return !article.quotesIn(span).isEmpty();
  }

  /** A candidate pair of units ({@code a < b}) and its score. */
  private record Edge(int a, int b, double score) {}

  /** Strongest pair first; ties by unit index, so the merge order is fixed. */
  private static final Comparator<Edge> STRONGEST_FIRST =
      Comparator.comparingDouble((Edge e) -> -e.score())
          .thenComparingInt(Edge::a)
          .thenComparingInt(Edge::b);

  /** Scores with a weak preference for statements at similar places in their articles. */
  private static final class Pairs {
    private final SimilarityModel.Scorer scorer;
    private final List<Unit> units;
    private final double orderWeight;
    private final ScoreMemo memo = new ScoreMemo();
    private final @Nullable PairModel decision;
    private final ScoreMemo probabilities = new ScoreMemo();
    private final PairFeatures.Place[] places;

    /** Each unit's best score in each article, once the candidates are scored. */
    private double[][] best = new double[0][];

    /** How related each article is to each other ({@link #related}). */
    private double[][] related = new double[0][];

    Pairs(
        SimilarityModel.Scorer scorer,
        List<Unit> units,
        double orderWeight,
        @Nullable PairModel decision) {
      this.scorer = scorer;
      this.units = units;
      this.orderWeight = orderWeight;
      this.decision = decision;
      this.places = new PairFeatures.Place[units.size()];
      // The lead is the sentence of the article's first unit; an article's units are consecutive.
      // (Walking back to it from each unit was quadratic: a sixth of a 1 MB article's comparison.)
      int first = 0;
      for (int u = 0; u < units.size(); u++) {
        Unit unit = units.get(u);
        if (units.get(u).article() != units.get(first).article()) {
          first = u;
        }
        places[u] =
            new PairFeatures.Place(
                unit.position(), unit.sentence() == units.get(first).sentence(), unit.quoted());
      }
    }

    /**
     * What a pair merges by: the model's probability that the two state the same thing, or the hand
     * score where there is no model. A pair under the prefilter is never a statement's.
     */
    double strength(int a, int b) {
      if (decision == null) {
        return score(a, b);
      }
      long key = ScoreMemo.key(a, b);
      double known = probabilities.get(key);
      if (!Double.isNaN(known)) {
        return known;
      }
      double p =
          score(a, b) < PairModel.PREFILTER
              ? 0
              : decision.probability(features(Math.min(a, b), Math.max(a, b)));
      probabilities.put(key, p);
      return p;
    }

    double[] features(int a, int b) {
      int articleA = units.get(a).article();
      int articleB = units.get(b).article();
      return PairFeatures.of(
          score(a, b),
          best[a][articleB],
          best[b][articleA],
          coverage(a, b),
          coverage(b, a),
          ((SharedTerms.Source) scorer).shared(a, b),
          Math.min(related[articleA][articleB], related[articleB][articleA]),
          places[a],
          places[b]);
    }

    int[] candidates(int a, int from, int to) {
      return scorer.candidates(a, from, to);
    }

    double score(int a, int b) {
      long key = ScoreMemo.key(a, b);
      double known = memo.get(key);
      if (!Double.isNaN(known)) {
        return known;
      }
      // The lower index first, as the candidates are scored: a scorer need not be symmetric.
      double score = scoreOnce(Math.min(a, b), Math.max(a, b));
      memo.put(key, score);
      return score;
    }

    /** How much of a's terms b (and c) carry; 0 when the model cannot tell. */
    double coverage(int a, int b) {
      return scorer instanceof CoverageScorer c ? c.coverage(a, b) : 0;
    }

    double coverage(int a, int b, int c) {
      return scorer instanceof CoverageScorer s ? s.coverage(a, b, c) : 0;
    }

    double scoreOnce(int a, int b) {
      double s = scorer.score(a, b);
      if (s <= 0) {
        return 0.0;
      }
      double distance = Math.abs(units.get(a).position() - units.get(b).position());
      return Math.min(1.0, s * (1 - orderWeight * distance));
    }
  }
}
