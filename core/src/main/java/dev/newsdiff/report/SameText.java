package dev.newsdiff.report;

import com.google.common.collect.ImmutableMap;
import dev.newsdiff.Comparison;
import dev.newsdiff.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every report says of copies: once per group, which articles carry the same text, which of
 * them has its paragraphs in another order or runs under another headline, and that the findings
 * name the first for all.
 */
final class SameText {

  private SameText() {}

  /**
   * One sentence on a group of copies, e.g. "a and b carry the same text (b under another headline:
   * “…”); what follows names a for both." {@code name} writes an article's id in the report's
   * markup; {@code quote} writes a headline.
   */
  static String sentence(
      Comparison c,
      List<String> group,
      Function<String, String> name,
      Function<String, String> quote) {
    Article first = c.article(group.get(0));
    List<String> notes = new ArrayList<>();
    for (String id : group.subList(1, group.size())) {
      List<String> how = new ArrayList<>();
      if (c.reorderedCopies().contains(id)) {
        how.add("with its paragraphs in another order");
      }
      String headline = c.article(id).headline();
      if (!Objects.equals(headline, first.headline())) {
        how.add(
            headline == null
                ? "without a headline"
                : "under another headline: " + quote.apply(headline));
      }
      if (!how.isEmpty()) {
        notes.add(name.apply(id) + " " + String.join(", ", how));
      }
    }
    return and(group.stream().map(name).toList())
        + " carry the same text"
        + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")")
        + (group.size() == c.articles().size()
            ? ": there is nothing else to compare."
            : "; what follows names "
                + name.apply(first.id())
                + " for "
                + (group.size() == 2 ? "both." : "all " + group.size() + "."));
  }

  /** How many different texts were compared: copies count once. */
  static int texts(Comparison c) {
    return c.articles().size() - c.copies().stream().mapToInt(g -> g.size() - 1).sum();
  }

  /** Each copy's id to the id of the article compared for it, the first of its group. */
  static ImmutableMap<String, String> comparedFor(Comparison c) {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    for (List<String> group : c.copies()) {
      group.subList(1, group.size()).forEach(id -> out.put(id, group.get(0)));
    }
    return out.buildOrThrow();
  }

  private static String and(List<String> names) {
    return names.size() == 2
        ? names.get(0) + " and " + names.get(1)
        : String.join(", ", names.subList(0, names.size() - 1))
            + " and "
            + names.get(names.size() - 1);
  }
}
