package dev.newsdiff.eval;

import dev.newsdiff.eval.Annotation.ArticleTruth;
import dev.newsdiff.eval.Annotation.Item;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which characters of an article newsdiff read as story (a sentence of any role), and where the
 * annotated sentences and furniture lines lie in the text, so that a furniture line kept as story
 * or a story sentence lost can be told apart by position, whatever kind or role either side gives
 * it. A text may occur more than once (a headline repeated as a caption, a headline inside a page
 * title line), so sentences are located in order, each after the previous one and never inside a
 * line annotated as furniture as a whole; then furniture lines, preferably where they are a whole
 * line, outside the sentences. Immutable once built.
 */
final class StoryCover {

  private final String text;
  private final BitSet story = new BitSet();
  private final List<@Nullable Span> sentences = new ArrayList<>();
  private final List<@Nullable Span> furniture = new ArrayList<>();

  StoryCover(Article article, ArticleTruth truth) {
    this.text = article.text();
    for (Sentence s : article.sentences()) {
      story.set(s.span().start(), s.span().end());
    }
    Set<String> furnitureLines =
        truth.furniture().stream().map(f -> f.text().strip()).collect(Collectors.toSet());
    BitSet taken = new BitSet();
    int cursor = 0;
    for (Item s : truth.sentences()) {
      Span at = find(s.text(), cursor, taken, span -> !insideFurnitureLine(span, furnitureLines));
      if (at == null) {
        at = find(s.text(), 0, taken, span -> !insideFurnitureLine(span, furnitureLines));
      }
      if (at == null) {
        at = find(s.text(), 0, new BitSet(), span -> true);
      }
      if (at != null) {
        cursor = at.end();
        taken.set(at.start(), at.end());
      }
      sentences.add(at);
    }
    for (Item f : truth.furniture()) {
      Span at = find(f.text(), 0, taken, this::isWholeLine);
      if (at == null) {
        at = find(f.text(), 0, taken, span -> true);
      }
      if (at == null) {
        at = find(f.text(), 0, new BitSet(), span -> true);
      }
      if (at != null) {
        taken.set(at.start(), at.end());
      }
      furniture.add(at);
    }
  }

  /** Where each annotated sentence lies, in annotation order; null where the text lacks it. */
  List<@Nullable Span> sentences() {
    return Collections.unmodifiableList(sentences);
  }

  /**
   * Where each annotated furniture line lies, in annotation order; null where the text lacks it.
   */
  List<@Nullable Span> furniture() {
    return Collections.unmodifiableList(furniture);
  }

  /** Whether newsdiff read most of the span's visible characters as story. */
  boolean readAsStory(Span span) {
    int visible = 0;
    int kept = 0;
    for (int i = span.start(); i < span.end(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        visible++;
        kept += story.get(i) ? 1 : 0;
      }
    }
    return kept * 2 > visible;
  }

  /** The first occurrence of {@code needle} from {@code from} that is free and acceptable. */
  private @Nullable Span find(String needle, int from, BitSet taken, Predicate<Span> acceptable) {
    if (needle.isEmpty()) {
      return null;
    }
    for (int i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
      Span at = Span.of(i, i + needle.length());
      int next = taken.nextSetBit(at.start());
      if ((next < 0 || next >= at.end()) && acceptable.test(at)) {
        return at;
      }
    }
    return null;
  }

  /** Whether the span is part, not all, of a line that is annotated as furniture. */
  private boolean insideFurnitureLine(Span span, Set<String> furnitureLines) {
    Span line = lineAround(span);
    return !line.equals(span) && furnitureLines.contains(line.in(text).strip());
  }

  private boolean isWholeLine(Span span) {
    return lineAround(span).in(text).strip().equals(span.in(text).strip());
  }

  private Span lineAround(Span span) {
    int start = text.lastIndexOf('\n', span.start() - 1) + 1;
    int end = text.indexOf('\n', span.end());
    return Span.of(start, end < 0 ? text.length() : end);
  }
}
