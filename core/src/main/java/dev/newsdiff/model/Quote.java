package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One direct quotation. {@code span} runs from its first opening mark to its last closing mark;
 * {@code parts} are the spans of the quoted words themselves (more than one when the quote runs
 * over several paragraphs or is broken by its attribution); {@code text} is the quoted words
 * without the marks, fragments joined by one space. Immutable.
 */
public record Quote(
    String id, Span span, List<Span> parts, String text, @Nullable Attribution attribution) {

  public Quote {
    checkNotNull(id, "id");
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    parts = ImmutableList.copyOf(parts);
    checkArgument(!parts.isEmpty(), "a quote needs at least one part: %s", id);
    for (Span part : parts) {
      checkArgument(span.contains(part), "part %s outside quote span %s", part, span);
    }
  }

  /** The speaker, or null when none is known. */
  @Nullable
  public String speaker() {
    return attribution == null ? null : attribution.speaker();
  }

  /**
   * The speaker's fullest name in the article, the same for every quote of one person, or null when
   * no speaker is known.
   */
  @Nullable
  public String speakerName() {
    return attribution == null ? null : attribution.speakerName();
  }

  /** The reporting verb, or null when none is known. */
  @Nullable
  public String cue() {
    return attribution == null ? null : attribution.cue();
  }
}
