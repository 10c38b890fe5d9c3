package dev.newsdiff.internal.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import dev.newsdiff.model.Change;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.WordDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Word-level differences between two statements, computed with java-diff-utils over our own tokens.
 * The only class that touches java-diff-utils; none of its types leave it.
 */
public final class WordDiffer {

  /**
   * How much work the exact diff may take, in tokens compared: Myers' algorithm takes time the
   * product of the two texts' length and their number of differences, and two long quotes that
   * differ throughout (thousands of tokens of punctuation) would take seconds. Past it the diff is
   * coarser, never wrong. It binds only when the two texts hold more than a thousand tokens
   * together, far more than any sentence or quote of a news story.
   */
  static final int MAX_WORK = 1_000_000;

  private WordDiffer() {}

  /** How {@code to} is worded differently from {@code from}. */
  public static WordDiff diff(String fromText, Member from, String toText, Member to) {
    if (sameText(fromText, from.span(), toText, to.span())) {
      return new WordDiff(from, to, List.of()); // tokens are read from the span's text alone
    }
    List<Token> a = Tokenizer.tokens(fromText, from.span());
    List<Token> b = Tokenizer.tokens(toText, to.span());
    List<Change> changes = new ArrayList<>();
    for (Edit edit : edits(a, b)) {
      List<Token> before = a.subList(edit.fromStart(), edit.fromEnd());
      List<Token> after = b.subList(edit.toStart(), edit.toEnd());
      Change.Type type =
          before.isEmpty()
              ? Change.Type.INSERT
              : after.isEmpty() ? Change.Type.DELETE : Change.Type.REPLACE;
      Span beforeSpan = before.isEmpty() ? gap(a, edit.fromStart(), from.span()) : cover(before);
      Span afterSpan = after.isEmpty() ? gap(b, edit.toStart(), to.span()) : cover(after);
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

  /** Token ranges {@code [fromStart, fromEnd)} of a replaced by {@code [toStart, toEnd)} of b. */
  record Edit(int fromStart, int fromEnd, int toStart, int toEnd) {}

  /**
   * The fewest edits that turn {@code a} into {@code b} (Myers). When finding them would take more
   * than {@link #MAX_WORK}, the fewest edits with each run of consecutive marks taken as one token
   * ("((((((", ". . ."), and when that too would take more, one edit of everything between the
   * tokens the two share at their start and at their end.
   */
  static List<Edit> edits(List<Token> a, List<Token> b) {
    return myers(a.stream().map(Token::text).toList(), b.stream().map(Token::text).toList())
        .or(() -> byUnits(a, b))
        .orElseGet(() -> coarse(a, b));
  }

  /** Myers' edits with each run of marks as one token, in token positions. */
  private static Optional<List<Edit>> byUnits(List<Token> a, List<Token> b) {
    List<Integer> unitsA = unitStarts(a);
    List<Integer> unitsB = unitStarts(b);
    if (unitsA.size() == a.size() + 1 && unitsB.size() == b.size() + 1) {
      return Optional.empty(); // no run of marks: the same lists again
    }
    return myers(texts(a, unitsA), texts(b, unitsB))
        .map(
            edits ->
                edits.stream()
                    .map(
                        e ->
                            new Edit(
                                unitsA.get(e.fromStart()),
                                unitsA.get(e.fromEnd()),
                                unitsB.get(e.toStart()),
                                unitsB.get(e.toEnd())))
                    .toList());
  }

  /** Myers' edits of two lists of texts, unless they take more than {@link #MAX_WORK} to find. */
  private static Optional<List<Edit>> myers(List<String> a, List<String> b) {
    int maxEdits = MAX_WORK / (a.size() + b.size() + 1);
    try {
      return Optional.of(
          DiffUtils.diff(a, b, new MyersDiff<String>(String::equals), new Bound(maxEdits))
              .getDeltas()
              .stream()
              .map(WordDiffer::edit)
              .toList());
    } catch (TooDifferent e) {
      return Optional.empty();
    }
  }

  /**
   * Where each unit of {@code tokens} starts, a unit being a word or a run of consecutive marks,
   * and the list's size last. A mark is a token of its own character (see {@link Tokenizer}), so
   * two runs with the same characters are the same tokens.
   */
  private static List<Integer> unitStarts(List<Token> tokens) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (i == 0 || !isMark(tokens.get(i)) || !isMark(tokens.get(i - 1))) {
        starts.add(i);
      }
    }
    starts.add(tokens.size());
    return starts;
  }

  private static boolean isMark(Token token) {
    return !Character.isLetterOrDigit(token.text().charAt(0));
  }

  /** The text of each unit: the tokens from each start to the next, joined. */
  private static List<String> texts(List<Token> tokens, List<Integer> starts) {
    return IntStream.range(0, starts.size() - 1)
        .mapToObj(
            u ->
                tokens.subList(starts.get(u), starts.get(u + 1)).stream()
                    .map(Token::text)
                    .collect(Collectors.joining()))
        .toList();
  }

  private static Edit edit(AbstractDelta<String> delta) {
    Chunk<String> source = delta.getSource();
    Chunk<String> target = delta.getTarget();
    return new Edit(
        source.getPosition(),
        source.getPosition() + source.size(),
        target.getPosition(),
        target.getPosition() + target.size());
  }

  private static List<Edit> coarse(List<Token> a, List<Token> b) {
    int start = 0;
    while (start < a.size() && start < b.size() && sameText(a.get(start), b.get(start))) {
      start++;
    }
    int endA = a.size();
    int endB = b.size();
    while (endA > start && endB > start && sameText(a.get(endA - 1), b.get(endB - 1))) {
      endA--;
      endB--;
    }
    return start == endA && start == endB ? List.of() : List.of(new Edit(start, endA, start, endB));
  }

  private static boolean sameText(Token x, Token y) {
    return x.text().equals(y.text());
  }

  /**
   * Stops Myers' algorithm once it has looked for more than {@code maxEdits} edits: the algorithm's
   * progress report is called before each larger number of edits is tried, and java-diff-utils
   * offers no other way to stop it.
   */
  private record Bound(int maxEdits) implements DiffAlgorithmListener {
    @Override
    public void diffStart() {}

    @Override
    public void diffStep(int edits, int max) {
      if (edits > maxEdits) {
        throw new TooDifferent();
      }
    }

    @Override
    public void diffEnd() {}
  }

  /** Thrown by {@link Bound}; carries no stack trace, since it is always caught. */
  private static final class TooDifferent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDifferent() {
      super("too different for an exact diff", null, false, false);
    }
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
