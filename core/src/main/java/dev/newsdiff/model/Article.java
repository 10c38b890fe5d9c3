package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One outlet's version of a story, read and analysed: its page furniture, dateline, sentences
 * and quotes, each pointing into {@code text}, the article as decoded from its file.
 * Immutable and safe to share between threads.
 *
 * @param id short stable id, e.g. {@code "anadolu-agency"}
 * @param outlet display name of the outlet, e.g. {@code "Anadolu Agency"}
 * @param source the outlet named by a SOURCE line in the article, or null
 * @param headline the headline text, or null when the article has none
 * @param facts numbers, dates and names in the sentences, in reading order
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
    List<Fact> facts) {

  public Article {
    checkNotNull(id, "id");
    checkNotNull(outlet, "outlet");
    checkNotNull(text, "text");
    sentences = ImmutableList.copyOf(sentences);
    quotes = ImmutableList.copyOf(quotes);
    furniture = ImmutableList.copyOf(furniture);
    facts = ImmutableList.copyOf(facts);
    for (Sentence s : sentences) {
      checkArgument(s.span().end() <= text.length(), "sentence %s outside the text", s.id());
    }
  }

  /** The same article with other facts (e.g. names linked across outlets). */
  public Article withFacts(List<Fact> newFacts) {
    return new Article(id, outlet, source, headline, text, sentences, quotes, furniture, dateline, newFacts);
  }

  /** The facts inside a sentence. */
  public List<Fact> factsIn(Sentence sentence) {
    return facts.stream().filter(f -> sentence.span().contains(f.span())).toList();
  }

  /** The sentence with this id. */
  public Sentence sentence(String sentenceId) {
    for (Sentence s : sentences) {
      if (s.id().equals(sentenceId)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no sentence " + sentenceId + " in article " + id);
  }
}
