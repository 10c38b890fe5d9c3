package dev.newsdiff;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.QuoteVariant;
import dev.newsdiff.model.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The comparison of several outlets' versions of one story: which statements they share (with their
 * wording differences) and which sentences only one outlet carries. Immutable and thread-safe; the
 * same articles give the same comparison whatever their order.
 *
 * <pre>{@code
 * List<Article> articles = List.of(NewsDiff.read(trt), NewsDiff.read(aa), NewsDiff.read(sabah));
 * Comparison c = Comparison.of(articles, CompareOptions.defaults());
 * for (Exclusive e : c.exclusives()) {
 *   System.out.println(e.article() + ": " + c.article(e.article()).sentence(e.sentence()).text());
 * }
 * }</pre>
 *
 * @param articles the articles compared, in id order, with name variants linked across them
 *     ("Nakatani Gen" and "Gen Nakatani" share one value)
 * @param statements statements carried by two or more outlets, in reading order
 * @param exclusives body sentences only one outlet carries, per article (in id order) with those a
 *     reader wants first leading: claims with numbers, quotes and names ahead of connective
 *     sentences
 * @param conflicts facts that disagree between outlets stating the same claim, and approximations
 *     ({@link Conflict#approximation()})
 * @param quoteVariants quotations worded, trimmed, paraphrased or attributed differently
 * @param derivation for each ordered pair of outlets, how much the second follows the first
 */
public record Comparison(
    List<Article> articles,
    List<Statement> statements,
    List<Exclusive> exclusives,
    List<Conflict> conflicts,
    List<QuoteVariant> quoteVariants,
    List<Derivation> derivation) {

  public Comparison {
    articles = ImmutableList.copyOf(articles);
    statements = ImmutableList.copyOf(statements);
    exclusives = ImmutableList.copyOf(exclusives);
    conflicts = ImmutableList.copyOf(conflicts);
    quoteVariants = ImmutableList.copyOf(quoteVariants);
    derivation = ImmutableList.copyOf(derivation);
  }

  /** Compares two or more articles with distinct ids. */
  public static Comparison of(List<Article> articles, CompareOptions options) {
    checkArgument(
        articles.size() >= 2, "a comparison needs at least two articles, got %s", articles.size());
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      checkArgument(ids.add(a.id()), "two articles have the id %s", a.id());
    }
    List<Article> sorted = articles.stream().sorted(Comparator.comparing(Article::id)).toList();
    return Comparer.compare(sorted, options);
  }

  /** The article with this id. */
  public Article article(String id) {
    for (Article a : articles) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException("no article " + id + " in this comparison");
  }
}
