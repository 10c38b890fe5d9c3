package dev.newsdiff;

/**
 * Settings of reading an article. Immutable; {@code withX} methods return a changed copy.
 *
 * <pre>{@code
 * Article a = NewsDiff.read(path, "bbc", ReadOptions.defaults().withSpeakers(false));
 * }</pre>
 *
 * @param speakers whether each quote's speaker is worked out ({@link
 *     dev.newsdiff.model.Quote#attribution()}); without, the same quotes are found, each with no
 *     attribution. A comparison reads quotes' places and words, not who speaks (only {@link
 *     Comparison#quoteVariants()} does), so a caller that shows neither, such as corpus mode, saves
 *     what finding speakers costs: about 15% of reading a generated news article
 *     (docs/performance.md). Default true.
 */
public record ReadOptions(boolean speakers) {

  private static final ReadOptions DEFAULTS = new ReadOptions(true);

  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  public ReadOptions withSpeakers(boolean value) {
    return new ReadOptions(value);
  }
}
