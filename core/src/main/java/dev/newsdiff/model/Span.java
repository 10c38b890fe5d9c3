package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * A half-open range {@code [start, end)} of character offsets (Java {@code String} indices) into an
 * article's original text. Immutable.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    checkArgument(start >= 0, "start must be >= 0: %s", start);
    checkArgument(end >= start, "end must be >= start: [%s, %s)", start, end);
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code text}. */
  public String in(CharSequence text) {
    checkArgument(
        end <= text.length(), "span %s runs past the text (length %s)", this, text.length());
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  // equals and hashCode are written out (the same as a record's own, 31 * start + end): a record's
  // generated ones are linked through java.lang.runtime.ObjectMethods the first time they run,
  // about 5 ms of a cold comparison's main thread for these two ints (docs/performance.md).

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Span s && start == s.start && end == s.end;
  }

  @Override
  public int hashCode() {
    return 31 * start + end;
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
