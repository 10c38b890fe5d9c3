package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * One wording difference between two members of a statement: words deleted, inserted or replaced,
 * with where they stand in each article. For an insertion {@code before} is the empty span where
 * the words would go in the first article; for a deletion {@code after} is the empty span where
 * they were left out in the second. {@code cosmetic} marks a difference that does not change the
 * meaning (Defence/Defense, curly/straight quotes, Aug./August). Immutable.
 */
public record Change(
    Type type, Span before, String beforeText, Span after, String afterText, boolean cosmetic) {

  public enum Type {
    DELETE,
    INSERT,
    REPLACE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Change {
    checkNotNull(type, "type");
    checkNotNull(beforeText, "beforeText");
    checkNotNull(afterText, "afterText");
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    checkArgument(type == Type.INSERT || !before.isEmpty(), "a %s needs the text before", type);
    checkArgument(type == Type.DELETE || !after.isEmpty(), "a %s needs the text after", type);
  }
}
