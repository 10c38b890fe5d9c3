package dev.newsdiff.internal.diff;

import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Splits a span of article text into {@link Token}s for diffing. */
final class Tokenizer {

  private static final String WORD_JOINERS = "'’-‐.,";
  private static final java.util.regex.Pattern DOTTED =
      java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

  private Tokenizer() {}

  static List<Token> tokens(String text, Span span) {
    List<Token> out = new ArrayList<>();
    int i = span.start();
    int end = span.end();
    while (i < end) {
      char c = text.charAt(i);
      if (Whitespace.isSpace(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      if (Character.isLetterOrDigit(c)) {
        while (j < end) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d)) {
            j++;
          } else if (WORD_JOINERS.indexOf(d) >= 0
              && j + 1 < end
              && Character.isLetterOrDigit(text.charAt(j + 1))
              && joins(d, text.charAt(j - 1), text.charAt(j + 1))) {
            j++;
          } else if (d == '.' && DOTTED.matcher(text.substring(i, j)).matches()) {
            j++; // the last period of "U.S." belongs to it, so "U.S.-owned" stays one word
          } else if (d == '-'
              && j + 1 < end
              && text.charAt(j - 1) == '.'
              && Character.isLetter(text.charAt(j + 1))) {
            j++;
          } else {
            break;
          }
        }
      }
      out.add(new Token(text.substring(i, j), Span.of(i, j)));
      i = j;
    }
    return out;
  }

  /** "27,000" and "2.5" are one number, "U.S" one word; "end.Next" and "a,b" are not joined. */
  private static boolean joins(char joiner, char before, char after) {
    if (joiner == ',') {
      return Character.isDigit(before) && Character.isDigit(after);
    }
    if (joiner == '.') {
      return Character.isDigit(before) && Character.isDigit(after)
          || Character.isUpperCase(before) && Character.isUpperCase(after);
    }
    return true;
  }
}
