package dev.newsdiff.internal.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.newsdiff.model.Change;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.WordDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level differences between two statements, computed with java-diff-utils over our own tokens.
 * The only class that touches java-diff-utils; none of its types leave it.
 */
public final class WordDiffer {

  private WordDiffer() {}

  /** How {@code to} is worded differently from {@code from}. */
  public static WordDiff diff(String fromText, Member from, String toText, Member to) {
    if (sameText(fromText, from.span(), toText, to.span())) {
      return new WordDiff(from, to, List.of()); // tokens are read from the span's text alone
    }
    List<Token> a = Tokenizer.tokens(fromText, from.span());
    List<Token> b = Tokenizer.tokens(toText, to.span());
    Patch<Token> patch = DiffUtils.diff(a, b, (x, y) -> x.text().equals(y.text()));
    List<Change> changes = new ArrayList<>();
    for (AbstractDelta<Token> delta : patch.getDeltas()) {
      List<Token> before = delta.getSource().getLines();
      List<Token> after = delta.getTarget().getLines();
      Change.Type type =
          before.isEmpty()
              ? Change.Type.INSERT
              : after.isEmpty() ? Change.Type.DELETE : Change.Type.REPLACE;
      Span beforeSpan =
          before.isEmpty() ? gap(a, delta.getSource().getPosition(), from.span()) : cover(before);
      Span afterSpan =
          after.isEmpty() ? gap(b, delta.getTarget().getPosition(), to.span()) : cover(after);
      changes.add(
          new Change(
              type,
              beforeSpan,
              beforeSpan.in(fromText),
              afterSpan,
              afterSpan.in(toText),
              Cosmetics.isCosmetic(before, after)));
    }
    return new WordDiff(from, to, changes);
  }

  private static boolean sameText(String fromText, Span from, String toText, Span to) {
    return from.length() == to.length()
        && fromText.regionMatches(from.start(), toText, to.start(), from.length());
  }

  /** The empty span where token {@code position} would start: after the token before it. */
  private static Span gap(List<Token> tokens, int position, Span whole) {
    int at = position == 0 ? whole.start() : tokens.get(position - 1).span().end();
    return Span.of(at, at);
  }

  private static Span cover(List<Token> tokens) {
    return Span.of(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
  }
}
