package dev.newsdiff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static com.google.common.collect.ImmutableSet.toImmutableSet;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.newsdiff.internal.derive.Copies;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Copying;
import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.QuoteVariant;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The comparison of several outlets' versions of one story: which statements they share (with their
 * wording differences) and which sentences only one outlet carries. Made by {@link
 * NewsDiff#compare}; immutable and thread-safe; the same articles give the same comparison whatever
 * their order.
 *
 * <p>Articles that carry the same body text are compared once: the first of them in id order stands
 * for all, and {@link #copies()} names the others. Copies give no findings against one another.
 *
 * <p>Findings name articles and sentences by id; {@link #article(String)} and the {@code
 * sentence(...)} methods resolve them:
 *
 * <pre>{@code
 * Comparison c = NewsDiff.compare(articles);
 * for (Exclusive e : c.exclusives()) {
 *   System.out.println(c.article(e.article()).outlet() + ": " + c.sentence(e).text());
 * }
 * }</pre>
 */
public final class Comparison {

  private final ImmutableMap<String, Article> articles;
  private final ImmutableList<ImmutableList<String>> copies;
  private final ImmutableSet<String> reorderedCopies;
  private final ImmutableList<Statement> statements;
  private final ImmutableList<Exclusive> exclusives;
  private final ImmutableList<Conflict> conflicts;
  // Found when first asked for: corpus mode never asks, and finding them was 3% of its run.
  private final Supplier<ImmutableList<QuoteVariant>> quoteVariants;
  private final ImmutableList<Derivation> derivation;
  private final ImmutableList<Copying> copying;

  Comparison(
      List<Article> articles,
      List<Copies.Group> copies,
      List<Statement> statements,
      List<Exclusive> exclusives,
      List<Conflict> conflicts,
      Supplier<List<QuoteVariant>> quoteVariants,
      List<Derivation> derivation,
      List<Copying> copying) {
    this.articles = Article.byId(articles);
    this.copies =
        copies.stream()
            .map(g -> g.articles().stream().map(Article::id).collect(toImmutableList()))
            .collect(toImmutableList());
    this.reorderedCopies =
        copies.stream().flatMap(g -> g.reordered().stream()).collect(toImmutableSet());
    this.statements = ImmutableList.copyOf(statements);
    this.exclusives = ImmutableList.copyOf(exclusives);
    this.conflicts = ImmutableList.copyOf(conflicts);
    this.quoteVariants = Suppliers.memoize(() -> ImmutableList.copyOf(quoteVariants.get()));
    this.derivation = ImmutableList.copyOf(derivation);
    this.copying = ImmutableList.copyOf(copying);
  }

  /**
   * The articles compared, in id order, with name variants linked across them ("Nakatani Gen" and
   * "Gen Nakatani" share one value).
   */
  public ImmutableList<Article> articles() {
    return articles.values().asList();
  }

  /**
   * The groups of articles that carry the same body text, white space aside (headlines and page
   * furniture may differ), each in id order, the groups in the order of their first article. The
   * first of each group is the one compared: every finding names it for the whole group, and the
   * others, its copies, are in no finding. Articles that are no copy of another are in no group.
   */
  public ImmutableList<ImmutableList<String>> copies() {
    return copies;
  }

  /**
   * The copies whose sentences come in another order than those of their group's first article (the
   * same paragraphs, shuffled).
   */
  public ImmutableSet<String> reorderedCopies() {
    return reorderedCopies;
  }

  /**
   * The articles that carry the same body text as this one, in id order; empty when there are none.
   */
  public ImmutableList<String> copiesOf(String id) {
    article(id);
    return copies.stream()
        .filter(g -> g.contains(id))
        .findFirst()
        .map(g -> g.stream().filter(x -> !x.equals(id)).collect(toImmutableList()))
        .orElse(ImmutableList.of());
  }

  /** Statements carried by two or more outlets, in reading order. */
  public ImmutableList<Statement> statements() {
    return statements;
  }

  /**
   * Body sentences only one outlet carries, per article (in id order) with those a reader wants
   * first leading: claims with numbers, quotes and names ahead of connective sentences. An article
   * and its {@linkplain #copies() copies} count as one outlet: its exclusives are theirs too.
   */
  public ImmutableList<Exclusive> exclusives() {
    return exclusives;
  }

  /**
   * Facts that disagree between outlets stating the same claim, and approximations ({@link
   * Conflict#approximation()}).
   */
  public ImmutableList<Conflict> conflicts() {
    return conflicts;
  }

  /** Quotations worded, trimmed, paraphrased or attributed differently. */
  public ImmutableList<QuoteVariant> quoteVariants() {
    return quoteVariants.get();
  }

  /**
   * For each ordered pair of outlets, how much the second follows the first; copies are left out,
   * since {@link #copies()} says all there is between them, and they follow others as the first of
   * their group does.
   */
  public ImmutableList<Derivation> derivation() {
    return derivation;
  }

  /**
   * One copying verdict for each pair of different texts, in id order of the pairs: is one a
   * near-verbatim copy or a rewrite of the other (or of a text both reproduce), or are they
   * independent; and which is the source, where the evidence tells. Each {@linkplain #copies()
   * copy} is in one pair, identical, with its group's first article, whose verdicts are its own
   * too.
   */
  public ImmutableList<Copying> copying() {
    return copying;
  }

  /** The article with this id. */
  public Article article(String id) {
    Article article = articles.get(id);
    checkArgument(article != null, "no article %s in this comparison", id);
    return article;
  }

  /** The sentence only one outlet carries. */
  public Sentence sentence(Exclusive exclusive) {
    return article(exclusive.article()).sentence(exclusive.sentence());
  }

  /**
   * The sentence a statement's member stands in (the whole of it, where the member is a clause).
   */
  public Sentence sentence(Member member) {
    return article(member.article()).sentence(member.sentence());
  }

  /** The words a statement's member stands for: its clause, or its whole sentence. */
  public String text(Member member) {
    return member.span().in(article(member.article()).text());
  }

  /** The sentence in which one side of a conflict states its fact. */
  public Sentence sentence(Conflict.Member member) {
    return article(member.article()).sentence(member.sentence());
  }

  /** The sentence that carries a rendering of a quote variant. */
  public Sentence sentence(QuoteVariant.Member member) {
    return article(member.article()).sentence(member.sentence());
  }

  /**
   * The quote a rendering of a quote variant gives; empty for reported speech, which has none.
   *
   * @throws IllegalArgumentException when the member names a quote its article does not have
   */
  public Optional<Quote> quote(QuoteVariant.Member member) {
    String id = member.quote();
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(
        article(member.article()).quotes().stream()
            .filter(q -> q.id().equals(id))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("no quote " + id + " in this comparison")));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Comparison c
        && articles.equals(c.articles)
        && copies.equals(c.copies)
        && reorderedCopies.equals(c.reorderedCopies)
        && statements.equals(c.statements)
        && exclusives.equals(c.exclusives)
        && conflicts.equals(c.conflicts)
        && quoteVariants().equals(c.quoteVariants())
        && derivation.equals(c.derivation)
        && copying.equals(c.copying);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        articles,
        copies,
        reorderedCopies,
        statements,
        exclusives,
        conflicts,
        quoteVariants(),
        derivation,
        copying);
  }

  @Override
  public String toString() {
    return "Comparison of " + articles.keySet();
  }
}
