package dev.newsdiff.internal;

/**
 * Characters that steer a terminal or reorder text, made visible before text from an article, a
 * file name or an outlet name is shown to a person. A terminal obeys an escape sequence (ESC, or
 * the C1 control CSI, U+009B) it is sent raw: it can retitle or clear the window, move the cursor
 * back over a line or hide what follows. A carriage return writes over its own line. The explicit
 * bidirectional formatting characters (RLO and the like) reorder the rest of a line where text is
 * laid out right to left, and can make it read as something other than what it holds.
 *
 * <p>One notation everywhere: a C0 control or DEL shows as its Unicode control picture (ESC as
 * {@code ␛}, BEL as {@code ␇}, CR as {@code ␍}, DEL as {@code ␡}), which exists for exactly this
 * and takes one column; any other such character, which has no picture, shows as its Java and JSON
 * escape ({@code \u009B}, {@code \u202E}). Tabs and line feeds stay: they lay text out, they do not
 * steer. Everything else, right-to-left letters, joiners and emoji included, is left as it is.
 */
public final class Controls {

  private Controls() {}

  /** {@code s} with every control character and bidirectional formatting character visible. */
  public static String visible(String s) {
    return escape(s, true);
  }

  /**
   * {@code s} with its control characters visible but its bidirectional formatting characters kept:
   * for output that isolates each piece of text, as an HTML {@code <bdi>} does, and so keeps what
   * they mean to right-to-left text without letting them reach beyond it.
   */
  public static String visibleKeepingBidi(String s) {
    return escape(s, false);
  }

  /** Whether {@code c} is one of the explicit bidirectional formatting characters of UAX #9. */
  public static boolean isBidiFormatting(int c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static String escape(String s, boolean bidi) {
    int first = firstToEscape(s, bidi);
    if (first < 0) {
      return s; // the common case: no copy
    }
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!mustEscape(c, bidi)) {
        out.append(c);
      } else if (c < 0x20) {
        out.append((char) (0x2400 + c));
      } else if (c == 0x7F) {
        out.append('\u2421');
      } else {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  private static int firstToEscape(String s, boolean bidi) {
    for (int i = 0; i < s.length(); i++) {
      if (mustEscape(s.charAt(i), bidi)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean mustEscape(char c, boolean bidi) {
    if (c >= ' ' && c < 0x7F || c == '\t' || c == '\n') {
      return false; // printable ASCII, most of any report, without a look-up of its type
    }
    return Character.getType(c) == Character.CONTROL || (bidi && isBidiFormatting(c));
  }
}
