package dev.newsdiff.internal.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.newsdiff.model.InputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of an article file into text, strictly: UTF-8 only, a byte order mark dropped,
 * binary content refused. Offsets everywhere else in newsdiff point into the text this returns.
 */
final class TextDecoder {

  private static final int SNIFF_BYTES = 8192;

  /** Below this, ICU's guess is no better than mojibake (0 to 100). */
  private static final int MIN_CONFIDENCE = 30;

  private TextDecoder() {}

  /** Text and, when it was not UTF-8, the encoding it was read in and whether that was a guess. */
  record Decoded(String text, @Nullable String encoding, boolean guessed) {}

  /**
   * Decodes {@code bytes}: in {@code encoding} when one is named; else as UTF-8; else, when the
   * bytes are not UTF-8, in the legacy encoding ICU's detector is confident of (the caller warns
   * the user). Refuses what it cannot read.
   */
  static Decoded decode(String input, byte[] bytes, @Nullable Charset encoding)
      throws InputException {
    if (bytes.length == 0) {
      throw new InputException(input, "empty file");
    }
    if (encoding != null && !encoding.equals(StandardCharsets.UTF_8)) {
      String text = new String(bytes, encoding);
      if (text.isBlank()) {
        throw new InputException(input, "empty file (only white space)");
      }
      return new Decoded(text, encoding.name(), false);
    }
    try {
      return new Decoded(decode(input, bytes), null, false);
    } catch (InputException notUtf8) {
      if (encoding != null || !notUtf8.reason().startsWith("not valid UTF-8")) {
        throw notUtf8;
      }
      CharsetDetector detector = new CharsetDetector();
      detector.setText(bytes);
      CharsetMatch match = detector.detect();
      if (match == null
          || match.getConfidence() < MIN_CONFIDENCE
          || match.getName().startsWith("UTF")
          || !Charset.isSupported(match.getName())) {
        throw new InputException(
            input,
            notUtf8
                .reason()
                .replace(
                    "; convert it to UTF-8 first", ", and its encoding could not be detected"));
      }
      String text = new String(bytes, Charset.forName(match.getName()));
      return new Decoded(text, match.getName(), true);
    }
  }

  static String decode(String input, byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException(input, "empty file");
    }
    if (looksBinary(bytes)) {
      throw new InputException(input, "binary file, expected UTF-8 text");
    }
    int offset = hasBom(bytes) ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    String text;
    try {
      CharBuffer chars = decoder.decode(in);
      text = chars.toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, offset);
      throw new InputException(
          input,
          String.format(
              "not valid UTF-8 (byte 0x%02X at offset %d); convert it to UTF-8 first",
              bytes[bad] & 0xFF, bad),
          e);
    }
    if (text.isBlank()) {
      throw new InputException(input, "empty file (only white space)");
    }
    return text;
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /**
   * A NUL byte never occurs in text; neither do many C0 control bytes. Looks at the head of the
   * file only, which is where binary formats announce themselves.
   */
  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    return controls > n / 10;
  }

  /** The index of the first byte that breaks UTF-8, for the error message. */
  private static int firstInvalidUtf8(byte[] b, int from) {
    int i = from;
    while (i < b.length) {
      int lead = b[i] & 0xFF;
      int extra;
      if (lead < 0x80) {
        extra = 0;
      } else if (lead >= 0xC2 && lead <= 0xDF) {
        extra = 1;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        extra = 2;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        extra = 3;
      } else {
        return i;
      }
      for (int k = 1; k <= extra; k++) {
        if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += extra + 1;
    }
    return Math.max(from, b.length - 1);
  }
}
