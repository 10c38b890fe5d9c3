package dev.newsdiff.internal.derive;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.SetMultimap;
import com.google.common.collect.Table;
import com.google.common.collect.TreeMultimap;
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
 * One copying verdict per pair of outlets. The texts' wording decides the verdict ({@link
 * SharedBodies}: each body sentence matched with the other body's sentence it shares most runs of
 * words with, quotes and names aside): the same body is identical; a text nearly all of whose
 * wording stands in the other is a copy; a pair where either text stands {@link #REWORDED} or more
 * in the other, or that shares a passage of {@link #PASSAGE} words, is a rewrite: one reworded the
 * other, or both the same text; anything less is what independent reports of one event share. Which
 * text is the source is said only where the evidence tells it:
 *
 * <ol>
 *   <li>a credit: one text credits the other's outlet, or the agency the other speaks for ("(AFP)"
 *       in one, an "X, May 3 (AFP) —" dateline in the other);
 *   <li>for copies, an agency: the one is a news agency (by the known-agency list or its own agency
 *       dateline) and the other is not;
 *   <li>for copies, the wire's reporting credit ("Reporting by …; Editing by …") in one and not in
 *       the other: republishers drop it, nobody adds it;
 *   <li>for copies, one text inside the other: a copy is trimmed from its source, so the text found
 *       nearly whole in the other, by a clear margin more than the other in it, follows it;
 *   <li>for rewrites, an agency story taken whole: the one speaks for an agency (its dateline or
 *       its only credit), the other credits no one, and the agency's text stands in the other by a
 *       clear margin more than the other in it: the other took the story and added to it. A rewrite
 *       may also rework a third text both had (a press release): then each stands in the other
 *       about as much, and no direction is given;
 *   <li>a chain: a text that follows one that follows a third follows the third too, when it shares
 *       wording with it ("Panorama credits DW, DW's is the AP story reworded").
 * </ol>
 *
 * <p>Evidence pointing both ways is weighed by its kind ({@link Kind}): a credit outweighs an
 * agency's mark (dateline, sign-off, reporting credit), which outweighs one text standing inside
 * the other (an agency's later, longer version contains its first take as a trimmed copy would);
 * evidence of one kind both ways is none. No outlet is an agency by its name alone ("Free Press
 * Journal", "Business Wire"): only by the list or what the texts say.
 */
public final class Verdicts {

  /**
   * A text whose countable words stand this much in runs shared with the other is a copy. The real
   * sample sets' copies stand 84% and more in their sources, their closest rewrites 64%
   * (leave-one-set-out: docs/derivation.md).
   */
  static final double NEAR_VERBATIM = 0.75;

  /**
   * A pair where either text stands this much in runs shared with the other is a rewrite. Reworded
   * agency stories on the real sample sets stand 20% and more in their sources or in one another,
   * independent reports of one event up to 19% (a short text whose few sentences all carry the same
   * official figures); leave-one-set-out: docs/derivation.md.
   */
  static final double REWORDED = 0.2;

  /**
   * A run of this many words outside quotes and names is a passage, and a pair sharing one is a
   * rewrite however little else it shares: independent reports of one event share runs of up to 8
   * ("the Ministry of External Affairs said in a"), reworded copies keep longer ones.
   */
  static final int PASSAGE = 9;

  /**
   * A copy found inside its source by this much more than the source in it was trimmed from it; an
   * agency's story found in a rewrite by this much more than the rewrite in it was taken whole.
   */
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
    List<Copying> different =
        chained(
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
                    })
                .toList());
    Stream<Copying> identical =
        groups.stream()
            .flatMap(g -> g.articles().stream().skip(1).map(copy -> identical(g.compared(), copy)));
    return Stream.concat(different.stream(), identical)
        .sorted(Comparator.comparing(Copying::first).thenComparing(Copying::second))
        .collect(toImmutableList());
  }

  /**
   * {@code verdicts} with a direction added where a chain gives one: a copy or rewrite of no known
   * direction whose one text follows a text that follows the other. Chains both ways give none.
   */
  private static List<Copying> chained(List<Copying> verdicts) {
    // follower -> the texts it follows, by the verdicts' own evidence
    SetMultimap<String, String> sources = TreeMultimap.create();
    verdicts.stream()
        .filter(v -> v.source() != null)
        .forEach(v -> sources.put(follower(v), v.source()));
    return verdicts.stream()
        .map(
            v -> {
              if (v.verdict() == Verdict.INDEPENDENT || v.source() != null) {
                return v;
              }
              Optional<String> viaFirst = via(sources, v.first(), v.second());
              Optional<String> viaSecond = via(sources, v.second(), v.first());
              if (viaFirst.isPresent() == viaSecond.isPresent()) {
                return v;
              }
              String source = viaFirst.isPresent() ? v.first() : v.second();
              String follower = viaFirst.isPresent() ? v.second() : v.first();
              String middle = viaFirst.orElseGet(viaSecond::orElseThrow);
              return new Copying(
                  v.first(),
                  v.second(),
                  v.verdict(),
                  source,
                  v.firstContained(),
                  v.secondContained(),
                  v.longestPassage(),
                  v.orderKept(),
                  follower + " follows " + middle + ", which follows " + source);
            })
        .toList();
  }

  private static String follower(Copying v) {
    return v.first().equals(v.source()) ? v.second() : v.first();
  }

  /** The first text (in id order) that {@code follower} follows and that follows {@code source}. */
  private static Optional<String> via(
      SetMultimap<String, String> sources, String source, String follower) {
    return sources.get(follower).stream()
        .filter(middle -> sources.get(middle).contains(source))
        .findFirst();
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
    Verdict verdict =
        most >= NEAR_VERBATIM
            ? Verdict.COPY
            : most >= REWORDED || longest >= PASSAGE ? Verdict.REWRITE : Verdict.INDEPENDENT;
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
    Optional<Evidence> forA =
        verdict == Verdict.INDEPENDENT ? Optional.empty() : whySource(a, b, verdict, inA, inB);
    Optional<Evidence> forB =
        verdict == Verdict.INDEPENDENT ? Optional.empty() : whySource(b, a, verdict, inB, inA);
    // The stronger kind of evidence wins; one kind both ways, or none, is no direction.
    int strengthA = forA.map(e -> e.kind().ordinal() + 1).orElse(0);
    int strengthB = forB.map(e -> e.kind().ordinal() + 1).orElse(0);
    @Nullable String source =
        strengthA == strengthB ? null : strengthA > strengthB ? a.id() : b.id();
    String evidence =
        source == null ? "" : (strengthA > strengthB ? forA : forB).orElseThrow().why();
    return new Copying(
        a.id(), b.id(), verdict, source, inA, inB, longest, round(orderKept), evidence);
  }

  /** Kinds of evidence that one text is the other's source, weakest first. */
  enum Kind {
    /** One copy stands nearly whole in the other, which stands in it clearly less. */
    CONTAINMENT,
    /**
     * One text carries an agency's marks (its dateline, its sign-off, the wire's reporting credit)
     * and the other does not: how the copy left the agency.
     */
    AGENCY_MARK,
    /** One text credits the other's outlet, or the agency the other speaks for. */
    CREDIT
  }

  /** Why a text would be the other's source, and what kind of reason that is. */
  record Evidence(Kind kind, String why) {}

  /**
   * Why {@code source} would be {@code follower}'s source, if anything says so; {@code
   * sourceInFollower} is the share of the source's wording found in the follower, {@code
   * followerInSource} the other way.
   */
  private static Optional<Evidence> whySource(
      Article source,
      Article follower,
      Verdict verdict,
      double sourceInFollower,
      double followerInSource) {
    Optional<String> credit = credit(source, follower);
    if (credit.isPresent()) {
      return Optional.of(
          new Evidence(
              Kind.CREDIT,
              follower.id()
                  + " credits "
                  + credit.get()
                  + (credits(credit.get(), source)
                      ? ""
                      : ", whose copy " + source.id() + " carries")));
    }
    if (verdict == Verdict.REWRITE) {
      return takenWhole(source, follower, sourceInFollower, followerInSource)
          .map(why -> new Evidence(Kind.AGENCY_MARK, why));
    }
    if (isAgency(source) && !isAgency(follower)) {
      return Optional.of(new Evidence(Kind.AGENCY_MARK, source.id() + " is a news agency"));
    }
    Optional<String> signOff = reportingCredit(source);
    if (verdict == Verdict.COPY && signOff.isPresent() && reportingCredit(follower).isEmpty()) {
      return Optional.of(
          new Evidence(
              Kind.AGENCY_MARK,
              source.id()
                  + " keeps the wire copy's \""
                  + signOff.get()
                  + "\", "
                  + follower.id()
                  + "'s copy drops it"));
    }
    // A copy is trimmed from its source: the text found nearly whole in the other, by a clear
    // margin more than the other in it, follows it.
    if (verdict == Verdict.COPY
        && followerInSource >= NEAR_VERBATIM
        && followerInSource - sourceInFollower >= TRIMMED) {
      return Optional.of(
          new Evidence(
              Kind.CONTAINMENT,
              String.format(
                  Locale.ROOT,
                  "%s's text is %.0f%% inside %s's, %s's %.0f%% inside it",
                  follower.id(),
                  100 * followerInSource,
                  source.id(),
                  source.id(),
                  100 * sourceInFollower)));
    }
    return Optional.empty();
  }

  /**
   * Why {@code follower}, a rewrite, took {@code source}'s agency story whole, or "": the source is
   * signed as an agency's copy (its dateline, or the agency in brackets on a line of its own, as
   * wire copy ends: "(Reuters)"; "With inputs from PTI" is an outlet's own story), the follower
   * credits no one, and the source stands in the follower by a clear margin more than the follower
   * in it.
   */
  private static Optional<String> takenWhole(
      Article source, Article follower, double sourceInFollower, double followerInSource) {
    Optional<String> agency = datelineAgency(source).or(() -> signOffAgency(source));
    if (agency.isEmpty()
        || !follower.credits().isEmpty()
        || sourceInFollower - followerInSource < TRIMMED) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%s carries %s's story, %.0f%% of it in %s's text, which credits no one (%.0f%% of it in"
                + " %s's)",
            source.id(),
            agency.get(),
            100 * sourceInFollower,
            follower.id(),
            100 * followerInSource,
            source.id()));
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

  /**
   * The reporting and editing credit wire copy closes with: "(Reporting by Ana Ruiz; Editing by Tom
   * Hall)".
   */
  private static final Pattern REPORTING_CREDIT =
      Pattern.compile(
          "\\(?(?i:(?:additional\\s+)?reporting\\s+by\\s)[^;()]+;.*(?i:editing\\s+by\\s).+");

  /**
   * The reporting and editing credit line of a text, if it has one. Of two copies of one wire
   * story, the one that keeps it is nearer the wire's copy: republishers drop it, nobody adds it.
   */
  private static Optional<String> reportingCredit(Article a) {
    return a.text()
        .lines()
        .map(String::strip)
        .filter(line -> REPORTING_CREDIT.matcher(line).matches())
        .findFirst();
  }

  /** A line that is a bracketed name alone: the sign-off wire copy ends with, "(AFP)". */
  private static final Pattern SIGN_OFF = Pattern.compile("\\(([^()]{2,40})\\)");

  /** The known agency a text signs off with on a line of its own, if any. */
  private static Optional<String> signOffAgency(Article a) {
    return a.text()
        .lines()
        .map(String::strip)
        .map(SIGN_OFF::matcher)
        .filter(Matcher::matches)
        .map(m -> knownAgency(m.group(1)))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The known agency a text's dateline names in brackets, if any. */
  private static Optional<String> datelineAgency(Article a) {
    if (a.dateline() == null) {
      return Optional.empty();
    }
    Matcher m = DATELINE_AGENCY.matcher(a.dateline().text());
    while (m.find()) {
      Optional<String> agency = knownAgency(m.group(1));
      if (agency.isPresent()) {
        return agency;
      }
    }
    return Optional.empty();
  }

  /** Where agencies are named together: "(BSS/AFP)", "(Reuters, ANI)". */
  private static final Pattern AGENCIES_TOGETHER = Pattern.compile("\\s*[/,;&]\\s*");

  /**
   * The known agency a bracketed credit names: the whole ("AFP"), else the first known one of
   * several named together ("BSS/AFP": a national agency relaying AFP's copy is AFP's copy).
   */
  private static Optional<String> knownAgency(String bracketed) {
    return Stream.concat(Stream.of(bracketed), AGENCIES_TOGETHER.splitAsStream(bracketed))
        .map(String::strip)
        .filter(Outlets::isKnownAgency)
        .map(name -> Outlets.known(name).orElse(name))
        .findFirst();
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
