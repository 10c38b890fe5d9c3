package dev.newsdiff.internal.derive;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Table;
import dev.newsdiff.internal.Pair;
import dev.newsdiff.internal.derive.Derivations.SharedText;
import dev.newsdiff.internal.ingest.Outlets;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Copying;
import dev.newsdiff.model.Copying.Verdict;
import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Sentence;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One copying verdict per pair of outlets. The texts' wording decides the verdict: the same body is
 * identical; a text nearly all of whose wording stands in the other is a copy; a pair that shares a
 * passage of {@link #PASSAGE} words or more (quotes and names aside) is a rewrite: one reworded the
 * other, or both the same text; anything less is what independent reports of one event share. Which
 * text is the source is said only where the evidence tells it:
 *
 * <ol>
 *   <li>a credit: one text credits the other's outlet, or the agency the other speaks for ("(AFP)"
 *       in one, an "X, May 3 (AFP) —" dateline in the other);
 *   <li>for copies only, an agency: the one is a news agency (by the known-agency list or its own
 *       agency dateline) and the other is not. A rewrite may rework a third text both had (a press
 *       release, another agency's copy), so an agency among a rewriting pair says nothing;
 *   <li>for copies only, one text inside the other: a copy is trimmed from its source, so the text
 *       found nearly whole in the other, by a clear margin more than the other in it, follows it.
 * </ol>
 *
 * <p>Evidence pointing both ways is none. No outlet is an agency by its name alone ("Free Press
 * Journal", "Business Wire"): only by the list or what the texts say.
 */
public final class Verdicts {

  /**
   * A text whose countable words stand this much in runs shared with the other is a copy. The dev
   * sets' copies stand 85% and more in their sources, their closest rewrites 63%.
   */
  static final double NEAR_VERBATIM = 0.75;

  /**
   * A run of this many words outside quotes and names is a passage: independent reports of one
   * event share runs of up to 8 ("the Ministry of External Affairs said in a"), reworded copies
   * keep longer ones.
   */
  static final int PASSAGE = 9;

  /**
   * A pair where one credits the other (or the agency it speaks for) is a rewrite when this share
   * of either text stands in wording shared with the other: the credit says where the wording came
   * from, shorter runs than a {@link #PASSAGE} are then enough.
   */
  static final double CREDITED_SHARE = 0.2;

  /** A copy found inside its source by this much more than the source in it was trimmed from it. */
  static final double TRIMMED = 0.05;

  /** The bracketed agency of a dateline: "NEW DELHI, May 29 (ANI)". */
  private static final Pattern DATELINE_AGENCY = Pattern.compile("\\(([^()]{2,40})\\)");

  private Verdicts() {}

  /**
   * The verdict for each pair of different texts among {@code articles} (all compared, in id
   * order), and for each copy the pair it makes with its group's first article (identical): a copy
   * is in no other pair, as it is in no other finding, since the first's verdicts are its own too.
   * Pairs in id order of their first, then second article.
   *
   * @param groups the groups of identical texts among them
   * @param shared what each pair of different texts shares
   */
  public static ImmutableList<Copying> judge(
      List<Article> articles, List<Copies.Group> groups, List<SharedText> shared) {
    Table<String, String, SharedText> byPair = HashBasedTable.create();
    shared.forEach(s -> byPair.put(s.first(), s.second(), s));
    Stream<Copying> different =
        Pair.of(Copies.distinct(articles, groups)).stream()
            .map(
                p -> {
                  SharedText s = byPair.get(p.first().id(), p.second().id());
                  return s == null
                      ? judge(p.first(), p.second(), 0, 0, 0, 1.0)
                      : judge(
                          p.first(),
                          p.second(),
                          s.firstContained(),
                          s.secondContained(),
                          s.longest(),
                          s.orderKept());
                });
    Stream<Copying> identical =
        groups.stream()
            .flatMap(g -> g.articles().stream().skip(1).map(copy -> identical(g.compared(), copy)));
    return Stream.concat(different, identical)
        .sorted(Comparator.comparing(Copying::first).thenComparing(Copying::second))
        .collect(toImmutableList());
  }

  /**
   * {@code derivation} with {@link Derivation#likelySource()} set where a verdict other than
   * independent names {@code from} the source of {@code to}.
   */
  public static ImmutableList<Derivation> withSources(
      List<Derivation> derivation, List<Copying> verdicts) {
    Table<String, String, Copying> byPair = HashBasedTable.create();
    verdicts.forEach(v -> byPair.put(v.first(), v.second(), v));
    return derivation.stream()
        .map(
            d -> {
              Copying v =
                  d.from().compareTo(d.to()) < 0
                      ? byPair.get(d.from(), d.to())
                      : byPair.get(d.to(), d.from());
              boolean likely =
                  v != null && v.verdict() != Verdict.INDEPENDENT && d.from().equals(v.source());
              return new Derivation(
                  d.from(), d.to(), d.share(), d.longestPassage(), d.orderKept(), likely);
            })
        .collect(toImmutableList());
  }

  private static Copying identical(Article a, Article b) {
    List<String> bodyA = body(a);
    List<String> bodyB = body(b);
    int words = bodyA.stream().mapToInt(s -> s.split(" ").length).sum();
    List<Integer> order = bodyB.stream().map(bodyA::indexOf).toList();
    long inOrder =
        IntStream.range(1, order.size()).filter(i -> order.get(i) > order.get(i - 1)).count();
    double orderKept = order.size() < 2 ? 1.0 : (double) inOrder / (order.size() - 1);
    return withDirection(
        a,
        b,
        Verdict.IDENTICAL,
        1.0,
        1.0,
        orderKept == 1.0 ? words : longestSentence(bodyA),
        orderKept);
  }

  private static Copying judge(
      Article a, Article b, double inA, double inB, int longest, double orderKept) {
    double most = Math.max(inA, inB);
    boolean credited = credit(a, b).isPresent() || credit(b, a).isPresent();
    Verdict verdict =
        most >= NEAR_VERBATIM
            ? Verdict.COPY
            : longest >= PASSAGE || credited && most >= CREDITED_SHARE
                ? Verdict.REWRITE
                : Verdict.INDEPENDENT;
    return withDirection(a, b, verdict, inA, inB, longest, orderKept);
  }

  private static Copying withDirection(
      Article a,
      Article b,
      Verdict verdict,
      double inA,
      double inB,
      int longest,
      double orderKept) {
    String why = verdict == Verdict.INDEPENDENT ? "" : whySource(a, b, verdict, inA, inB);
    String whyB = verdict == Verdict.INDEPENDENT ? "" : whySource(b, a, verdict, inB, inA);
    // Evidence both ways, or none, gives no direction.
    @Nullable String source =
        why.isEmpty() == whyB.isEmpty() ? null : why.isEmpty() ? b.id() : a.id();
    String evidence = source == null ? "" : why.isEmpty() ? whyB : why;
    return new Copying(
        a.id(), b.id(), verdict, source, inA, inB, longest, round(orderKept), evidence);
  }

  /**
   * Why {@code source} would be {@code follower}'s source, or "" when nothing says so; {@code
   * sourceInFollower} is the share of the source's wording found in the follower, {@code
   * followerInSource} the other way.
   */
  private static String whySource(
      Article source,
      Article follower,
      Verdict verdict,
      double sourceInFollower,
      double followerInSource) {
    Optional<String> credit = credit(source, follower);
    if (credit.isPresent()) {
      return follower.id()
          + " credits "
          + credit.get()
          + (credits(credit.get(), source) ? "" : ", whose copy " + source.id() + " carries");
    }
    if (verdict == Verdict.REWRITE) {
      return "";
    }
    if (isAgency(source) && !isAgency(follower)) {
      return source.id() + " is a news agency";
    }
    if (verdict == Verdict.COPY
        && followerInSource >= NEAR_VERBATIM
        && followerInSource - sourceInFollower >= TRIMMED) {
      return String.format(
          Locale.ROOT,
          "%s's text is %.0f%% inside %s's, %s's %.0f%% inside it",
          follower.id(),
          100 * followerInSource,
          source.id(),
          source.id(),
          100 * sourceInFollower);
    }
    return "";
  }

  /**
   * The follower's credit that names the source's outlet, or the agency the source speaks for (see
   * {@link #agencyOf}).
   */
  private static Optional<String> credit(Article source, Article follower) {
    Optional<String> agency = agencyOf(source);
    return follower.credits().stream()
        .filter(c -> credits(c, source) || agency.filter(g -> sameAgency(c, g)).isPresent())
        .findFirst();
  }

  /**
   * The agency whose copy a text is: the known agency its dateline names ("NEW DELHI, May 29
   * (ANI)"), else the one known agency it credits when it credits no other ("By AFP"). A text
   * crediting several ("AFP, dpa") compiled them; it speaks for none.
   */
  private static Optional<String> agencyOf(Article a) {
    Optional<String> dateline = datelineAgency(a);
    if (dateline.isPresent() || a.credits().size() != 1) {
      return dateline;
    }
    String only = a.credits().get(0);
    return Outlets.isKnownAgency(only)
        ? Optional.of(Outlets.known(only).orElse(only.strip()))
        : Optional.empty();
  }

  /**
   * The follower credits the source as a whole outlet name ("/ AA", "With files from Harbor Wire",
   * "(AFP)"): a word of the source's id in a sentence ("the" for an outlet "the") is no credit.
   */
  static boolean credits(Article follower, Article source) {
    return follower.credits().stream().anyMatch(c -> credits(c, source));
  }

  private static boolean credits(String credit, Article source) {
    return Outlets.sameOutlet(credit, source.id(), source.outlet());
  }

  /**
   * A news agency: a known one ({@link Outlets#isKnownAgency}), or a text that speaks for one in
   * its dateline ("NEW DELHI, May 29 (ANI)").
   */
  static boolean isAgency(Article a) {
    return Outlets.isKnownAgency(a.outlet())
        || Outlets.isKnownAgency(a.id())
        || datelineAgency(a).isPresent();
  }

  /** The known agency a text's dateline names in brackets, if any. */
  private static Optional<String> datelineAgency(Article a) {
    if (a.dateline() == null) {
      return Optional.empty();
    }
    Matcher m = DATELINE_AGENCY.matcher(a.dateline().text());
    while (m.find()) {
      if (Outlets.isKnownAgency(m.group(1))) {
        return Outlets.known(m.group(1)).or(() -> Optional.of(m.group(1).strip()));
      }
    }
    return Optional.empty();
  }

  private static boolean sameAgency(String credit, String agency) {
    return Outlets.known(credit).orElse(credit.strip()).equals(agency);
  }

  private static List<String> body(Article a) {
    return a.sentences().stream()
        .filter(s -> s.role() == Role.BODY)
        .map(Sentence::text)
        .map(t -> t.strip().replaceAll("\\s+", " "))
        .toList();
  }

  private static int longestSentence(List<String> sentences) {
    return sentences.stream().mapToInt(s -> s.split(" ").length).max().orElse(0);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
