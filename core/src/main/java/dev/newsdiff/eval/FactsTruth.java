package dev.newsdiff.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.newsdiff.model.InputException;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A hand-made annotation of facts and voices ({@code facts.json}): every fact in the body
 * sentences, the conflicts and approximations between outlets, quote variants, which outlet follows
 * which, and each outlet's exclusive a reader wants first. Given as text. Immutable.
 */
record FactsTruth(
    ImmutableList<FactRef> facts,
    ImmutableList<ImmutableList<ValueRef>> conflicts,
    ImmutableList<ImmutableList<ValueRef>> approximations,
    ImmutableList<Variant> quoteVariants,
    ImmutableList<String> derivations,
    ImmutableMap<String, String> topExclusive) {

  public record FactRef(String article, String sentence, String kind, String text, String value) {}

  public record ValueRef(String article, String sentence, String value) {}

  /**
   * A quote variant: its kind and members as "article|quote text" or "article|reported|sentence".
   */
  public record Variant(String kind, ImmutableList<String> members) {}

  public static final String FILE_NAME = "facts.json";

  public static FactsTruth read(Path file) throws InputException {
    JsonNode root = Matching.readJson(file, "facts");
    ImmutableList.Builder<FactRef> facts = ImmutableList.builder();
    for (JsonNode f : root.path("facts")) {
      facts.add(
          new FactRef(
              text(f, "article"),
              text(f, "sentence"),
              text(f, "kind"),
              text(f, "text"),
              text(f, "value")));
    }
    ImmutableList.Builder<Variant> variants = ImmutableList.builder();
    for (JsonNode v : root.path("quoteVariants")) {
      ImmutableList.Builder<String> members = ImmutableList.builder();
      for (JsonNode m : v.path("members")) {
        String quote = m.path("quote").isTextual() ? m.path("quote").asText() : null;
        members.add(member(text(m, "article"), quote, text(m, "sentence")));
      }
      variants.add(new Variant(text(v, "kind"), members.build()));
    }
    ImmutableList.Builder<String> derivations = ImmutableList.builder();
    for (JsonNode d : root.path("derivation")) {
      if (d.path("likelySource").asBoolean()) {
        derivations.add(text(d, "from") + ">" + text(d, "to"));
      }
    }
    ImmutableMap.Builder<String, String> top = ImmutableMap.builder();
    for (Map.Entry<String, JsonNode> e : root.path("topExclusive").properties()) {
      top.put(e.getKey(), e.getValue().asText());
    }
    return new FactsTruth(
        facts.build(),
        groups(root.path("conflicts")),
        groups(root.path("approximations")),
        variants.build(),
        derivations.build(),
        top.buildOrThrow());
  }

  /** How a quote variant member is compared: by quote words, or by the reporting sentence. */
  static String member(String article, @Nullable String quote, String sentence) {
    return quote != null ? article + "|" + quote : article + "|reported|" + sentence;
  }

  private static ImmutableList<ImmutableList<ValueRef>> groups(JsonNode list) {
    ImmutableList.Builder<ImmutableList<ValueRef>> out = ImmutableList.builder();
    for (JsonNode c : list) {
      ImmutableList.Builder<ValueRef> members = ImmutableList.builder();
      for (JsonNode m : c.path("members")) {
        members.add(new ValueRef(text(m, "article"), text(m, "sentence"), text(m, "value")));
      }
      out.add(members.build());
    }
    return out.build();
  }

  private static String text(JsonNode n, String field) {
    return n.path(field).asText("");
  }
}
