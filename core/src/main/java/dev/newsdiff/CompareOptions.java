package dev.newsdiff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.newsdiff.internal.align.LexicalSimilarity;
import dev.newsdiff.similarity.SimilarityModel;

/**
 * Settings of a comparison. Immutable; {@code withX} methods return a changed copy.
 *
 * <pre>{@code
 * CompareOptions options = CompareOptions.defaults().withThreshold(0.4);
 * }</pre>
 *
 * @param threshold how alike two statements must be (0 to 1) to be taken for the same statement;
 *     default {@value #DEFAULT_THRESHOLD}
 * @param linkage how alike two groups of statements must be on average to merge into one statement
 *     (stops chains of statements that share nothing end to end); default {@value #DEFAULT_LINKAGE}
 * @param orderWeight how much a statement's place in its article counts: similarity is reduced by
 *     up to this share for statements at opposite ends; default {@value #DEFAULT_ORDER_WEIGHT}
 * @param maxPerArticle how many adjacent sentences or clauses of one outlet one statement may hold
 *     (an outlet may split a claim over two sentences); default {@value #DEFAULT_MAX_PER_ARTICLE}
 * @param nearBest a pair of statements is considered only when its similarity is at least this
 *     share of each side's best match in the other outlet; default {@value #DEFAULT_NEAR_BEST}
 * @param similarity how statements are scored; default: by the words they share, rare words
 *     counting more
 */
public record CompareOptions(
    double threshold,
    double linkage,
    double orderWeight,
    int maxPerArticle,
    double nearBest,
    SimilarityModel similarity) {

  public static final double DEFAULT_THRESHOLD = 0.3;
  public static final double DEFAULT_LINKAGE = 0.25;
  public static final double DEFAULT_ORDER_WEIGHT = 0.1;
  public static final int DEFAULT_MAX_PER_ARTICLE = 3;
  public static final double DEFAULT_NEAR_BEST = 0.6;

  public CompareOptions {
    checkArgument(threshold > 0 && threshold <= 1, "threshold must be in (0, 1]: %s", threshold);
    checkArgument(linkage >= 0 && linkage <= 1, "linkage must be in [0, 1]: %s", linkage);
    checkArgument(
        orderWeight >= 0 && orderWeight < 1, "orderWeight must be in [0, 1): %s", orderWeight);
    checkArgument(maxPerArticle >= 1, "maxPerArticle must be >= 1: %s", maxPerArticle);
    checkArgument(nearBest >= 0 && nearBest <= 1, "nearBest must be in [0, 1]: %s", nearBest);
    checkNotNull(similarity, "similarity");
  }

  public static CompareOptions defaults() {
    return new CompareOptions(
        DEFAULT_THRESHOLD,
        DEFAULT_LINKAGE,
        DEFAULT_ORDER_WEIGHT,
        DEFAULT_MAX_PER_ARTICLE,
        DEFAULT_NEAR_BEST,
        new LexicalSimilarity());
  }

  public CompareOptions withThreshold(double value) {
    return new CompareOptions(value, linkage, orderWeight, maxPerArticle, nearBest, similarity);
  }

  public CompareOptions withLinkage(double value) {
    return new CompareOptions(threshold, value, orderWeight, maxPerArticle, nearBest, similarity);
  }

  public CompareOptions withOrderWeight(double value) {
    return new CompareOptions(threshold, linkage, value, maxPerArticle, nearBest, similarity);
  }

  public CompareOptions withMaxPerArticle(int value) {
    return new CompareOptions(threshold, linkage, orderWeight, value, nearBest, similarity);
  }

  public CompareOptions withNearBest(double value) {
    return new CompareOptions(threshold, linkage, orderWeight, maxPerArticle, value, similarity);
  }

  public CompareOptions withSimilarity(SimilarityModel value) {
    return new CompareOptions(threshold, linkage, orderWeight, maxPerArticle, nearBest, value);
  }
}
