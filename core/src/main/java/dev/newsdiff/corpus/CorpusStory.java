package dev.newsdiff.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Table;
import com.google.common.hash.Hashing;
import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Copying;
import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Statement;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One story of a corpus as the output shows it: its articles, what each outlet carries of it, and
 * the copying verdicts between its articles. Immutable.
 *
 * @param id {@code s-} and 12 hex digits of a hash of the sorted article ids: the same story gets
 *     the same id whatever order the corpus was read in, and any change of its articles changes it
 * @param articles in id order
 * @param outlets each outlet's part in the story, in outlet order
 * @param statements how many statements two or more outlets carry
 * @param conflicts how many real disagreements (not approximations) the comparison found
 * @param copying the pairs of articles whose verdict is not "independent", in id order of the pairs
 */
public record CorpusStory(
    String id,
    List<Member> articles,
    List<Outlet> outlets,
    int statements,
    int conflicts,
    List<Copy> copying)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One article of the story, as the corpus lists it. */
  public record Member(
      String id,
      String outlet,
      String path,
      @Nullable String headline,
      @Nullable Instant published,
      @Nullable String url)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public Member {
      checkNotNull(id, "id");
      checkNotNull(outlet, "outlet");
      checkNotNull(path, "path");
    }
  }

  /**
   * One outlet's part in a story.
   *
   * @param shared statements it carries that another outlet carries too
   * @param exclusives statements only it carries
   * @param original statements it reported rather than copied: its exclusives, and its share of
   *     each shared statement's one credit per group of carriers joined by copying (as docs/json.md
   *     defines it), so that text reproduced by N outlets counts once
   * @param conflicts real disagreements its sentences take part in
   * @param follows how many outlets of the story are its likely source
   * @param followedBy how many outlets of the story it is the likely source of
   */
  public record Outlet(
      String outlet,
      int articles,
      int shared,
      int exclusives,
      double original,
      int conflicts,
      int follows,
      int followedBy)
      implements Serializable {

    private static final long serialVersionUID = 1L;
  }

  /**
   * A copying verdict between two articles of the story ({@code first < second}): identical, copy
   * or rewrite, and the article the other is based on where the evidence tells (else null).
   */
  public record Copy(String first, String second, String verdict, @Nullable String source)
      implements Serializable {

    private static final long serialVersionUID = 1L;
  }

  public CorpusStory {
    checkNotNull(id, "id");
    articles = ImmutableList.copyOf(articles);
    outlets = ImmutableList.copyOf(outlets);
    copying = ImmutableList.copyOf(copying);
    checkArgument(!articles.isEmpty(), "story %s has no articles", id);
  }

  /** How many outlets carry the story. */
  public int outletCount() {
    return outlets.size();
  }

  /** The id of a story made of these articles. */
  public static String idOf(List<String> articleIds) {
    String joined = String.join("\n", articleIds.stream().sorted().toList());
    return "s-"
        + Hashing.sha256().hashString(joined, StandardCharsets.UTF_8).toString().substring(0, 12);
  }

  /**
   * The story of {@code articles}, compared when there are two or more.
   *
   * @param members each article's listing, by id
   */
  public static CorpusStory of(List<Article> articles, Map<String, Member> members) {
    List<Member> listed =
        articles.stream()
            .map(a -> checkNotNull(members.get(a.id()), "no listing for article %s", a.id()))
            .sorted(Comparator.comparing(Member::id))
            .toList();
    return articles.size() < 2 ? alone(listed) : compared(NewsDiff.compare(articles), listed);
  }

  /** A story of one article: nothing to compare, and nothing it could copy. */
  public static CorpusStory alone(List<Member> listed) {
    Map<String, Tally> tallies = new TreeMap<>();
    listed.forEach(m -> tallies.computeIfAbsent(m.outlet(), o -> new Tally()).articles++);
    return new CorpusStory(
        idOf(listed.stream().map(Member::id).toList()), listed, outlets(tallies), 0, 0, List.of());
  }

  private static CorpusStory compared(Comparison c, List<Member> listed) {
    Map<String, Member> byId = new HashMap<>();
    listed.forEach(m -> byId.put(m.id(), m));
    Map<String, Tally> tallies = new TreeMap<>();
    listed.forEach(m -> tallies.computeIfAbsent(m.outlet(), o -> new Tally()).articles++);
    Function<String, Tally> tallyOf = article -> tallies.get(byId.get(article).outlet());

    Originals originals = new Originals(c, byId);
    for (Statement s : c.statements()) {
      s.articles().stream()
          .map(a -> byId.get(a).outlet())
          .distinct()
          .forEach(o -> tallies.get(o).shared++);
      originals.credit(s).forEach((a, share) -> tallyOf.apply(a).original += share);
    }
    for (Exclusive e : c.exclusives()) {
      Tally t = tallyOf.apply(e.article());
      t.exclusives++;
      t.original++;
    }
    int conflicts = 0;
    for (var x : c.conflicts()) {
      if (!x.approximation()) {
        conflicts++;
        x.members().stream()
            .map(m -> byId.get(m.article()).outlet())
            .distinct()
            .forEach(o -> tallies.get(o).conflicts++);
      }
    }
    for (Derivation d : c.derivation()) {
      if (d.likelySource()) {
        tallyOf.apply(d.to()).follows++;
        tallyOf.apply(d.from()).followedBy++;
      }
    }
    List<Copy> copying =
        c.copying().stream()
            .filter(p -> p.verdict() != Copying.Verdict.INDEPENDENT)
            .map(p -> new Copy(p.first(), p.second(), p.verdict().label(), p.source()))
            .toList();
    return new CorpusStory(
        idOf(listed.stream().map(Member::id).toList()),
        listed,
        outlets(tallies),
        c.statements().size(),
        conflicts,
        copying);
  }

  private static List<Outlet> outlets(Map<String, Tally> tallies) {
    return tallies.entrySet().stream()
        .map(
            e -> {
              Tally t = e.getValue();
              return new Outlet(
                  e.getKey(),
                  t.articles,
                  t.shared,
                  t.exclusives,
                  t.original,
                  t.conflicts,
                  t.follows,
                  t.followedBy);
            })
        .toList();
  }

  /**
   * Who reported a shared statement, rather than copied it: each group of its carriers joined by
   * copying verdicts other than "independent" reported it once, and that one credit goes to the
   * carriers of the group no other carrier is ahead of, split evenly. {@code y} is ahead of {@code
   * x} when their verdict names {@code y} the source, or, with no source known, when {@code y} was
   * published first. So an agency's text reproduced by N outlets counts once, for the agency; N
   * outlets reproducing a text that is not in the corpus share its one credit; outlets that report
   * independently each have their own.
   */
  private static final class Originals {
    private final Table<String, String, Copying> copying = HashBasedTable.create();
    private final Map<String, Member> byId;

    Originals(Comparison c, Map<String, Member> byId) {
      this.byId = byId;
      for (Copying p : c.copying()) {
        if (p.verdict() != Copying.Verdict.INDEPENDENT) {
          copying.put(p.first(), p.second(), p);
          copying.put(p.second(), p.first(), p);
        }
      }
    }

    /** Each carrier's share of the credit for {@code s}, in article id order. */
    Map<String, Double> credit(Statement s) {
      List<String> carriers = s.articles().stream().sorted().toList();
      Map<String, Double> out = new TreeMap<>();
      Set<String> placed = new HashSet<>();
      for (String first : carriers) {
        if (!placed.add(first)) {
          continue;
        }
        // The group of carriers copying joins to this one.
        List<String> group = new ArrayList<>(List.of(first));
        for (int i = 0; i < group.size(); i++) {
          for (String other : carriers) {
            if (copying.contains(group.get(i), other) && placed.add(other)) {
              group.add(other);
            }
          }
        }
        List<String> front =
            group.stream()
                .filter(x -> group.stream().noneMatch(y -> !y.equals(x) && ahead(y, x)))
                .toList();
        List<String> credited = front.isEmpty() ? group : front; // a cycle of sources: all share
        credited.forEach(x -> out.put(x, 1.0 / credited.size()));
      }
      return out;
    }

    private boolean ahead(String y, String x) {
      Copying p = copying.get(x, y);
      if (p == null) {
        return false;
      }
      if (p.source() != null) {
        return p.source().equals(y);
      }
      Instant py = byId.get(y).published();
      Instant px = byId.get(x).published();
      return py != null && px != null && py.isBefore(px);
    }
  }

  /** One outlet's counts in one story, as they are made. */
  private static final class Tally {
    int articles;
    int shared;
    int exclusives;
    double original;
    int conflicts;
    int follows;
    int followedBy;
  }
}
