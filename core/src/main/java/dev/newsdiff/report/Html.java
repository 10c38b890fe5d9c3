package dev.newsdiff.report;

import java.util.regex.Pattern;

/** Escaping for HTML text and attribute values: article text never becomes markup. */
final class Html {

  /** Compiled once: String.replaceAll compiles its pattern on every call. */
  private static final Pattern NOT_ID = Pattern.compile("[^\\p{Alnum}-]");

  private Html() {}

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** An id fragment from an article or sentence id: letters, digits and '-' only. */
  static String id(String s) {
    return NOT_ID.matcher(s).replaceAll("-");
  }
}
