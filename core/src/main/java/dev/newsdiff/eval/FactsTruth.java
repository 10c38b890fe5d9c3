package dev.newsdiff.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.newsdiff.model.InputException;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A hand-made annotation of facts and voices ({@code facts.json}): every fact in the body
 * sentences, the conflicts and approximations between outlets, quote variants, which outlet follows
 * which, each outlet's exclusive a reader wants first, and (optional: older sets lack it) a copying
 * verdict per pair of outlets. Given as text. Immutable.
 *
 * @param copied the pairs of outlets whose verdict says one is based on the other (identical, copy
 *     or rewrite), each as {@link #copying} writes it; null when not annotated
 */
record FactsTruth(
    ImmutableList<FactRef> facts,
    ImmutableList<ImmutableList<ValueRef>> conflicts,
    ImmutableList<ImmutableList<ValueRef>> approximations,
    ImmutableList<Variant> quoteVariants,
    ImmutableList<String> derivations,
    ImmutableMap<String, String> topExclusive,
    @Nullable ImmutableSet<String> copied) {

  /** The verdicts of {@code copying} that say one outlet of a pair is based on the other. */
  private static final ImmutableSet<String> BASED_ON =
      ImmutableSet.of("identical", "copy", "rewrite");

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
    ImmutableSet.Builder<String> copied = ImmutableSet.builder();
    for (JsonNode v : root.path("copying")) {
      if (BASED_ON.contains(text(v, "verdict"))) {
        copied.add(copying(text(v, "a"), text(v, "b"), text(v, "verdict"), text(v, "direction")));
      }
    }
    return new FactsTruth(
        facts.build(),
        groups(root.path("conflicts")),
        groups(root.path("approximations")),
        variants.build(),
        derivations.build(),
        top.buildOrThrow(),
        root.has("copying") ? copied.build() : null);
  }

  /**
   * A copying verdict as one key: the pair in name order, the verdict, and the source where the
   * direction ({@code "a>b"}, {@code "b>a"}) gives one: "x|y rewrite x>y", "x|y copy unknown".
   */
  static String copying(String a, String b, String verdict, String direction) {
    String source =
        switch (direction) {
          case "a>b" -> a + ">" + b;
          case "b>a" -> b + ">" + a;
          default -> "direction unknown";
        };
    return pair(a, b) + " " + verdict + " " + source;
  }

  /** An unordered pair of article ids as one key. */
  static String pair(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
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
