package dev.newsdiff.hostile;

/**
 * One change to an article's text. Positions are fractions of the text's length, so that any change
 * applies to any text and a shrunk failure still says where it struck. The records print as their
 * parameters, which is what a failing fuzz run reports.
 */
sealed interface Mutation {

  String apply(String text);

  /** Where fraction {@code at} falls in text of this length. */
  private static int index(double at, int length) {
    return Math.min(length, (int) (at * length));
  }

  private static String insert(String text, double at, String piece) {
    int i = index(at, text.length());
    return text.substring(0, i) + piece + text.substring(i);
  }

  /** Removes {@code length} characters (possibly half a surrogate pair or a line break). */
  record Cut(double at, int length) implements Mutation {
    @Override
    public String apply(String text) {
      int from = index(at, text.length());
      return text.substring(0, from) + text.substring(Math.min(text.length(), from + length));
    }
  }

  /** Copies a stretch to another place: repeated paragraphs, half sentences, doubled marks. */
  record Duplicate(double from, int length, double to) implements Mutation {
    @Override
    public String apply(String text) {
      int start = index(from, text.length());
      String stretch = text.substring(start, Math.min(text.length(), start + length));
      return insert(text, to, stretch);
    }
  }

  /** Inserts a troublemaker: a quote mark, a right-to-left character, an emoji, a control. */
  record Insert(double at, String piece) implements Mutation {
    @Override
    public String apply(String text) {
      return insert(text, at, piece);
    }
  }

  /** Stacks combining marks on the letter (or whatever) before {@code at}. */
  record Combining(double at, char mark, int count) implements Mutation {
    @Override
    public String apply(String text) {
      return insert(text, at, String.valueOf(mark).repeat(count));
    }
  }

  /** Inserts one line of {@code words} words with no line break: a paragraph without an end. */
  record LongLine(double at, int words) implements Mutation {
    @Override
    public String apply(String text) {
      return insert(text, at, "Officials said the 12 ferries, “each late,” ran ".repeat(words / 9));
    }
  }

  /** Every line break becomes a space: the whole article on one line. */
  record JoinLines() implements Mutation {
    @Override
    public String apply(String text) {
      return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
  }

  /** Flips one bit of the UTF-8 bytes: broken sequences, stray controls, another encoding. */
  record FlipByte(double at, int bit) {
    void apply(byte[] bytes) {
      if (bytes.length > 0) {
        int i = Math.min(bytes.length - 1, (int) (at * bytes.length));
        bytes[i] ^= (byte) (1 << bit);
      }
    }
  }
}
