package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.newsdiff.internal.Spans;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One outlet's version of a story, read and analysed: its page furniture, dateline, sentences and
 * quotes, each pointing into {@code text}: the article as decoded from its file, with the line
 * breaks of hard-wrapped paragraphs made spaces (one for one, so every offset is also the file's).
 * Immutable and safe to share between threads.
 *
 * @param id short stable id, e.g. {@code "anadolu-agency"}
 * @param outlet display name of the outlet, e.g. {@code "Anadolu Agency"}
 * @param source the outlet named by a SOURCE line in the article, or null
 * @param headline the headline text, or null when the article has none
 * @param facts numbers, dates and names in the sentences, in reading order
 * @param credits the outlets and agencies the article credits as the source of its copy ("SOURCE:
 *     X", "(AFP)", "— Reuters", "With inputs from PTI"), in order of first mention; never the
 *     article's own outlet
 */
public record Article(
    String id,
    String outlet,
    @Nullable String source,
    @Nullable String headline,
    String text,
    List<Sentence> sentences,
    List<Quote> quotes,
    List<Furniture> furniture,
    @Nullable Dateline dateline,
    List<Fact> facts,
    List<String> credits) {

  public Article {
    checkNotNull(id, "id");
    checkNotNull(outlet, "outlet");
    checkNotNull(text, "text");
    sentences = ImmutableList.copyOf(sentences);
    quotes = ImmutableList.copyOf(quotes);
    furniture = ImmutableList.copyOf(furniture);
    facts = ImmutableList.copyOf(facts);
    credits = ImmutableList.copyOf(credits);
    for (Sentence s : sentences) {
      checkArgument(s.span().end() <= text.length(), "sentence %s outside the text", s.id());
    }
  }

  /** An article that credits no other outlet. */
  public Article(
      String id,
      String outlet,
      @Nullable String source,
      @Nullable String headline,
      String text,
      List<Sentence> sentences,
      List<Quote> quotes,
      List<Furniture> furniture,
      @Nullable Dateline dateline,
      List<Fact> facts) {
    this(
        id, outlet, source, headline, text, sentences, quotes, furniture, dateline, facts,
        List.of());
  }

  /**
   * The articles keyed by id, in the order given: the one index a comparison and its stages resolve
   * ids with. Fails on two articles with one id.
   */
  public static ImmutableMap<String, Article> byId(Iterable<Article> articles) {
    return Maps.uniqueIndex(articles, Article::id);
  }

  /** The same article with other facts (e.g. names linked across outlets). */
  public Article withFacts(List<Fact> newFacts) {
    return new Article(
        id, outlet, source, headline, text, sentences, quotes, furniture, dateline, newFacts,
        credits);
  }

  /** The facts inside a sentence. */
  public List<Fact> factsIn(Sentence sentence) {
    Span range = sentence.span();
    return Spans.inside(
        facts, f -> f.span().start(), f -> f.span().end(), range.start(), range.end());
  }

  /** The quotes that overlap a span (a sentence, a clause). */
  public List<Quote> quotesIn(Span span) {
    return Spans.overlapping(
        quotes, q -> q.span().start(), q -> q.span().end(), span.start(), span.end());
  }

  /** The sentence with this id. */
  public Sentence sentence(String sentenceId) {
    // Ids are "<article>/s<n>", numbered from 1 in order: look the number up directly.
    int slash = sentenceId.lastIndexOf("/s");
    if (slash >= 0 && sentenceId.startsWith(id + "/s")) {
      try {
        int n = Integer.parseInt(sentenceId.substring(slash + 2));
        if (n >= 1 && n <= sentences.size() && sentences.get(n - 1).id().equals(sentenceId)) {
          return sentences.get(n - 1);
        }
      } catch (NumberFormatException e) {
        // not a number: fall through to the error below
      }
    }
    throw new IllegalArgumentException("no sentence " + sentenceId + " in article " + id);
  }
}
