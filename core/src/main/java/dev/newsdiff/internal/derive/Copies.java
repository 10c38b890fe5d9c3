package dev.newsdiff.internal.derive;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multiset;
import dev.newsdiff.internal.UnionFind;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Groups articles that carry the same story: the same body sentences, word for word (white space
 * aside), in the same order or another; or the same sentences but the headline, whatever role each
 * plays (a shuffled copy may show the other's standfirst among its body paragraphs); or the same
 * lines in another order, however each is read. Such copies have nothing to compare with one
 * another, and comparing each with every other outlet again only repeats the first one's findings:
 * a comparison takes one article of each group, the first in id order, and names the others as its
 * copies.
 *
 * <p>Only the body counts. Headlines, standfirsts and crossheads are what republishing outlets
 * rewrite, and page furniture (bylines, times, share buttons) is no part of the story: an agency
 * text run under another headline is still that text. Articles without body sentences are copies of
 * nothing.
 */
public final class Copies {

  /**
   * Articles that carry one body text.
   *
   * @param articles two or more, in id order; the first is the one compared for all
   * @param reordered ids of those whose sentences come in another order than the first's (its
   *     paragraphs shuffled, say)
   */
  public record Group(List<Article> articles, ImmutableSet<String> reordered) {

    public Group {
      articles = ImmutableList.copyOf(articles);
      checkArgument(articles.size() >= 2, "a group of copies needs two articles: %s", articles);
      checkArgument(
          !reordered.contains(articles.get(0).id()),
          "the first of a group is not reordered: %s",
          reordered);
    }

    /** The article compared in place of all the group's. */
    public Article compared() {
      return articles.get(0);
    }
  }

  private Copies() {}

  /**
   * The groups of copies among {@code articles}, in order of their first article; articles that are
   * no copy of another are in no group.
   *
   * @param articles in id order
   */
  public static ImmutableList<Group> group(List<Article> articles) {
    // Same body, or same story sentences: a paragraph that one copy's page shows as its
    // standfirst or a crosshead may stand among the other's body paragraphs once they are
    // shuffled, and be read as body there.
    UnionFind same = new UnionFind(articles.size());
    List<Integer> told =
        IntStream.range(0, articles.size())
            .filter(i -> BODY.count().applyAsInt(articles.get(i)) > 0)
            .boxed()
            .toList();
    for (Reading reading : List.of(BODY, STORY, LINES)) {
      // Only texts with as many parts can be copies: the others' parts are not read, which on a
      // long article compared with short ones is every part.
      Map<Integer, List<Integer>> bySize =
          told.stream()
              .collect(Collectors.groupingBy(i -> reading.count().applyAsInt(articles.get(i))));
      // Keyed as a multiset: the same parts in any order, counted in one pass, where sorting them
      // compared long sentences that open alike again and again.
      Map<Multiset<String>, Integer> firsts = new HashMap<>();
      for (List<Integer> sameSize : bySize.values()) {
        if (sameSize.size() > 1) {
          for (int i : sameSize) {
            joinFirstWith(
                same, firsts, HashMultiset.create(reading.parts().apply(articles.get(i))), i);
          }
        }
      }
    }
    ImmutableList.Builder<Group> groups = ImmutableList.builder();
    for (List<Integer> group : same.groups()) {
      if (group.size() > 1) {
        List<Article> members = group.stream().map(articles::get).toList();
        List<String> order = body(members.get(0));
        groups.add(
            new Group(
                members,
                members.stream()
                    .filter(a -> !body(a).equals(order))
                    .map(Article::id)
                    .collect(ImmutableSet.toImmutableSet())));
      }
    }
    return groups.build();
  }

  /** The articles that stand for all: each article that is no copy, and the first of each group. */
  public static ImmutableList<Article> distinct(List<Article> articles, List<Group> groups) {
    ImmutableSet<String> copies =
        groups.stream()
            .flatMap(g -> g.articles().stream().skip(1))
            .map(Article::id)
            .collect(ImmutableSet.toImmutableSet());
    return articles.stream()
        .filter(a -> !copies.contains(a.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /** How many different texts there are among {@code articles}: copies count once. */
  public static int distinctCount(List<Article> articles) {
    return distinct(articles, group(articles)).size();
  }

  /** A way to read a text as parts, and to count them without reading them. */
  private record Reading(Function<Article, List<String>> parts, ToIntFunction<Article> count) {}

  private static final Reading BODY =
      new Reading(Copies::body, a -> sentences(a, role -> role == Role.BODY));

  private static final Reading STORY =
      new Reading(Copies::story, a -> sentences(a, role -> role != Role.HEADLINE));

  private static final Reading LINES =
      new Reading(
          Copies::lines,
          a -> (int) a.text().lines().filter(line -> !Whitespace.strip(line).isEmpty()).count());

  private static int sentences(Article a, Predicate<Role> role) {
    return (int) a.sentences().stream().filter(s -> role.test(s.role())).count();
  }

  /** The body sentences as compared: white space made plain, so a rewrapped line is no change. */
  private static List<String> body(Article a) {
    return a.sentences().stream()
        .filter(s -> s.role() == Role.BODY)
        .map(s -> Whitespace.collapse(s.text()))
        .toList();
  }

  /** Joins article {@code i} to the first article seen with the same {@code key}. */
  private static void joinFirstWith(
      UnionFind same, Map<Multiset<String>, Integer> firsts, Multiset<String> key, int i) {
    Integer first = firsts.putIfAbsent(key, i);
    if (first != null) {
      same.union(first, i);
    }
  }

  /** Every sentence but the headline, as compared: body, standfirst and crossheads. */
  private static List<String> story(Article a) {
    return a.sentences().stream()
        .filter(s -> s.role() != Role.HEADLINE)
        .map(s -> Whitespace.collapse(s.text()))
        .toList();
  }

  /**
   * The text's lines, white space made plain. Where paragraphs are moved about, a line may be read
   * differently in its new place: a caption after the body, a dateline that no longer opens the
   * story, a headline among the paragraphs. The same lines in another order are still one text.
   */
  private static List<String> lines(Article a) {
    return a.text()
        .lines()
        .map(line -> Whitespace.collapse(line).strip())
        .filter(line -> !line.isEmpty())
        .toList();
  }
}
