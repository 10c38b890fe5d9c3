package dev.newsdiff.quote;

import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Words and punctuation of a stretch of text, with offsets. */
final class Words {

  /** A word ("U.S.", "Syria’s", "Claw-Lock") or a single punctuation character. */
  record Tok(int start, int end, String text, boolean word) {
    Span span() {
      return Span.of(start, end);
    }
  }

  private static final java.util.Set<String> TITLES =
      java.util.Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm",
          "Gov", "Sen", "Rep", "Rev", "St", "Mt", "Jr", "Sr", "Cpl", "Pvt", "Cmdr", "Brig", "Hon",
          "Pres", "Supt", "Det", "Insp", "Amb");

  private Words() {}

  static List<Tok> of(String text, int from, int to) {
    List<Tok> toks = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Marks.isSpace(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          boolean inner = (d == '\'' || d == '’' || d == '-' || d == '.')
              && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1));
          if (Character.isLetterOrDigit(d) || inner) {
            j++;
          } else {
            break;
          }
        }
        if (j < to && text.charAt(j) == '.' && TITLES.contains(text.substring(i, j))) {
          j++; // "Dr." and "Lt." belong to the name that follows
        }
        toks.add(new Tok(i, j, text.substring(i, j), true));
        i = j;
      } else {
        toks.add(new Tok(i, i + 1, String.valueOf(c), false));
        i++;
      }
    }
    return toks;
  }
}
