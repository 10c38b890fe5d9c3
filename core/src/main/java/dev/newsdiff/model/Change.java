package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One wording difference between two members of a statement: words deleted, inserted or
 * replaced, with where they stand in each article. {@code cosmetic} marks a difference that
 * does not change the meaning (Defence/Defense, curly/straight quotes, Aug./August). Immutable.
 */
public record Change(Type type, @Nullable Span before, String beforeText, @Nullable Span after, String afterText, boolean cosmetic) {

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
    checkArgument(type == Type.INSERT || before != null, "a %s needs the text before", type);
    checkArgument(type == Type.DELETE || after != null, "a %s needs the text after", type);
  }
}
