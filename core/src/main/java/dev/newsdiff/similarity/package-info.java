/**
 * The extension point for scoring how alike two statements are: implement {@link
 * dev.newsdiff.similarity.SimilarityModel} and pass it to {@code CompareOptions.withSimilarity}. A
 * package of its own, below the pipeline, so that the aligning stage can call a user's model
 * without depending on the facade.
 */
@NullMarked
package dev.newsdiff.similarity;

import org.jspecify.annotations.NullMarked;
