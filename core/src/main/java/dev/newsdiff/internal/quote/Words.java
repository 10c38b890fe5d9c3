package dev.newsdiff.internal.quote;

import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.model.Span;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Words and punctuation of a stretch of text, with offsets. */
final class Words {

  /** A word ("U.S.", "Syria’s", "Claw-Lock") or a single punctuation character. */
  record Tok(int start, int end, String text, boolean word) {
    Span span() {
      return Span.of(start, end);
    }
  }

  private static final java.util.Set<String> TITLES =
      java.util.Set.of(
          "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Gov",
          "Sen", "Rep", "Rev", "St", "Mt", "Jr", "Sr", "Cpl", "Pvt", "Cmdr", "Brig", "Hon", "Pres",
          "Supt", "Det", "Insp", "Amb");

  private Words() {}

  static List<Tok> of(String text, int from, int to) {
    List<Tok> toks = new ArrayList<>();
    for (Tok t = next(text, from, to); t != null; t = next(text, t.end(), to)) {
      toks.add(t);
    }
    return toks;
  }

  /**
   * The first word {@link #of} finds, past any commas and semicolons before it; null when there is
   * none or other punctuation comes first. Tokenizes no further than that word.
   */
  /**
   * Marks that may stand between a quote and its attribution: {@code "…," she said}, {@code "…";
   * she said}, and a dash some copy puts after the comma ({@code "…", – Ada Okafor wrote}).
   */
  static final Set<String> LEADS_TO_ATTRIBUTION = Set.of(",", ";", "–", "—");

  static @Nullable Tok firstWord(String text, int from, int to) {
    for (Tok t = next(text, from, to); t != null; t = next(text, t.end(), to)) {
      if (t.word()) {
        return t;
      }
      if (!LEADS_TO_ATTRIBUTION.contains(t.text())) {
        return null;
      }
    }
    return null;
  }

  /**
   * For each token of {@code toks}, the index of the first token at or after it where {@link
   * #firstWord} stops: a word, or a mark that does not lead to an attribution; {@code toks.size()}
   * where none follows (also at index {@code toks.size()}). Worked out in one pass from the end, so
   * that the first word after every comma of a sentence is found without reading the marks between
   * again: a run of thousands of commas was read once per comma.
   */
  static int[] firstWordStops(List<Tok> toks) {
    int[] stops = new int[toks.size() + 1];
    stops[toks.size()] = toks.size();
    for (int i = toks.size() - 1; i >= 0; i--) {
      Tok t = toks.get(i);
      stops[i] = t.word() || !LEADS_TO_ATTRIBUTION.contains(t.text()) ? i : stops[i + 1];
    }
    return stops;
  }

  /** {@link #firstWord(String, int, int)} among tokens already read. */
  static @Nullable Tok firstWord(List<Tok> toks) {
    for (Tok t : toks) {
      if (t.word()) {
        return t;
      }
      if (!LEADS_TO_ATTRIBUTION.contains(t.text())) {
        return null;
      }
    }
    return null;
  }

  /**
   * What {@link #of of(text, from, to)} gives, taken where it can be from {@code tokens}: what
   * {@code of} gave for a stretch that ends at or after {@code to}, in which token {@code first} is
   * the first after {@code from}. Asked at every comma of a sentence, it copies nothing.
   */
  static List<Tok> within(String text, List<Tok> tokens, int first, int from, int to) {
    // A token that ends two characters or more before the end reads the same with either end:
    // {@link #next} looks one character past a mark or a capital, and no further. Tokens end in
    // order, so the first that does not is found by halves.
    int low = first;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).end() + 1 < to) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<Tok> head = tokens.subList(first, low);
    List<Tok> tail = of(text, low > first ? tokens.get(low - 1).end() : from, to);
    return tail.isEmpty() ? head : new Joined(head, tail);
  }

  /** Two lists read as one, without a copy. */
  private static final class Joined extends AbstractList<Tok> implements RandomAccess {
    private final List<Tok> head;
    private final List<Tok> tail;

    Joined(List<Tok> head, List<Tok> tail) {
      this.head = head;
      this.tail = tail;
    }

    @Override
    public Tok get(int index) {
      return index < head.size() ? head.get(index) : tail.get(index - head.size());
    }

    @Override
    public int size() {
      return head.size() + tail.size();
    }
  }

  /** "U.S", "U.N": capital letters each followed by a full stop, the last one's still to come. */
  private static boolean isInitialism(String text, int start, int end) {
    if (end - start < 3) {
      return false;
    }
    for (int k = start; k < end; k++) {
      boolean letterPlace = (k - start) % 2 == 0;
      char c = text.charAt(k);
      if (letterPlace ? !Character.isUpperCase(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the capital letter before {@code dot} is an initial inside a name: its full stop is
   * followed by one space and a capitalised word of two letters or more ("David S. Jackson").
   */
  private static boolean isMiddleInitial(String text, int dot, int to) {
    return Character.isUpperCase(text.charAt(dot - 1))
        && dot + 3 < to
        && text.charAt(dot) == '.'
        && text.charAt(dot + 1) == ' '
        && Character.isUpperCase(text.charAt(dot + 2))
        && Character.isLowerCase(text.charAt(dot + 3));
  }

  /**
   * Whether a capitalised word starts at {@code j} inside the word begun at {@code start}: a page
   * that lost a paragraph break runs one sentence into the next ("according to the
   * statementNotably, Murmu's visit"). Only after three or more lower-case letters, so that
   * "iPhone", "eBay" and "McDonald" stay whole.
   */
  private static boolean gluedSentenceAt(String text, int start, int j, int to) {
    if (j - start < 3
        || j + 1 >= to
        || !Character.isUpperCase(text.charAt(j))
        || !Character.isLowerCase(text.charAt(j + 1))) {
      return false;
    }
    for (int k = start; k < j; k++) {
      if (!Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The Levenshtein distance between {@code a} and {@code b}, case-insensitive, or {@code max + 1}
   * as soon as it is known to exceed {@code max}.
   */
  static int editDistance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[y.length()], max + 1);
  }

  /** The token starting at or after {@code i}, or null at {@code to}. */
  private static @Nullable Tok next(String text, int i, int to) {
    while (i < to && Whitespace.isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= to) {
      return null;
    }
    char c = text.charAt(i);
    if (!Character.isLetterOrDigit(c)) {
      return new Tok(i, i + 1, String.valueOf(c), false);
    }
    int j = i + 1;
    while (j < to) {
      char d = text.charAt(j);
      boolean inner =
          (d == '\'' || d == '’' || d == '-' || d == '.')
              && j + 1 < to
              && Character.isLetterOrDigit(text.charAt(j + 1));
      if (gluedSentenceAt(text, i, j, to)) {
        break;
      }
      if (Character.isLetterOrDigit(d) || inner) {
        j++;
      } else {
        break;
      }
    }
    if (j < to && text.charAt(j) == '.' && (TITLES.contains(text.substring(i, j)))) {
      j++; // "Dr." and "Lt." belong to the name that follows
    } else if (j < to && text.charAt(j) == '.' && isInitialism(text, i, j)) {
      j++; // "U.S." is one word: "U.S. Assistant Secretary of State Robert Jacobson said"
    } else if (j - i == 1 && isMiddleInitial(text, j, to)) {
      j++; // "David S. Jackson": an initial belongs to the name it stands in
    }
    return new Tok(i, j, text.substring(i, j), true);
  }
}
