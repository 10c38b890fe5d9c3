package dev.newsdiff.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.newsdiff.model.InputException;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A hand-made annotation of a sample set ({@code annotation.json} beside the articles): per
 * article, the outlet's display name and the outlets it credits (both optional: older sets lack
 * them), its page furniture, dateline, sentences with roles, and quotes with speakers. Everything
 * is given as text, not offsets, so people can write and review it. Immutable.
 */
record Annotation(ImmutableMap<String, ArticleTruth> articles) {

  /**
   * The annotated truth for one article.
   *
   * @param outlet the display name a reader expects, or null when not annotated
   * @param credits the outlets and agencies the text credits as the source of its copy
   */
  public record ArticleTruth(
      @Nullable String outlet,
      ImmutableList<String> credits,
      ImmutableList<Item> furniture,
      @Nullable String dateline,
      ImmutableList<Item> sentences,
      ImmutableList<QuoteTruth> quotes) {

    /** The annotated headline sentence, or null when the article has none. */
    @Nullable String headline() {
      return sentences.stream()
          .filter(s -> s.label().equals(HEADLINE))
          .map(Item::text)
          .findFirst()
          .orElse(null);
    }
  }

  /** A piece of text with a label (a furniture kind or a sentence role). */
  public record Item(String label, String text) {}

  /** The role label of a headline sentence. */
  static final String HEADLINE = "headline";

  /** A quotation: its words, who said it, the words naming the speaker, the reporting verb. */
  public record QuoteTruth(
      String text, @Nullable String speaker, @Nullable String mention, @Nullable String cue) {}

  public static final String FILE_NAME = "annotation.json";

  public static Annotation read(Path file) throws InputException {
    JsonNode root = Matching.readJson(file, "annotation");
    ImmutableMap.Builder<String, ArticleTruth> articles = ImmutableMap.builder();
    for (Map.Entry<String, JsonNode> e : root.path("articles").properties()) {
      JsonNode a = e.getValue();
      ImmutableList.Builder<Item> furniture = ImmutableList.builder();
      a.path("furniture")
          .forEach(f -> furniture.add(new Item(f.path("kind").asText(), f.path("text").asText())));
      ImmutableList.Builder<Item> sentences = ImmutableList.builder();
      a.path("sentences")
          .forEach(s -> sentences.add(new Item(s.path("role").asText(), s.path("text").asText())));
      ImmutableList.Builder<QuoteTruth> quotes = ImmutableList.builder();
      a.path("quotes")
          .forEach(
              q ->
                  quotes.add(
                      new QuoteTruth(
                          q.path("text").asText(),
                          textOrNull(q, "speaker"),
                          textOrNull(q, "mention"),
                          textOrNull(q, "cue"))));
      ImmutableList.Builder<String> credits = ImmutableList.builder();
      a.path("credits").forEach(c -> credits.add(c.asText()));
      JsonNode dateline = a.path("dateline");
      articles.put(
          e.getKey(),
          new ArticleTruth(
              textOrNull(a, "outlet"),
              credits.build(),
              furniture.build(),
              dateline.isObject() ? dateline.path("text").asText() : null,
              sentences.build(),
              quotes.build()));
    }
    return new Annotation(articles.buildOrThrow());
  }

  private static @Nullable String textOrNull(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? v.asText() : null;
  }
}
