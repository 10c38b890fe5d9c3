package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An article as read from its file, with what a saved web page's metadata says of it besides the
 * text: the site's own name and when it was published. Immutable.
 *
 * @param article the article, as {@code NewsDiff.read} gives it
 * @param site the site's name for itself ({@code og:site_name}, {@code application-name}), or null
 *     for a text file or a page that gives none
 * @param published when the page says it was published (Open Graph's {@code
 *     article:published_time}, schema.org's {@code datePublished}, the {@code <meta>} names news
 *     sites use, else a {@code <time>} in the article; docs/json.md), or null
 */
public record ArticlePage(Article article, @Nullable String site, @Nullable Instant published) {

  public ArticlePage {
    checkNotNull(article, "article");
  }
}
