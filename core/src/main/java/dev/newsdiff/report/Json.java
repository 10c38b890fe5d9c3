package dev.newsdiff.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.newsdiff.internal.Controls;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * JSON output shared by all JSON reports: two-space indentation and "\n" line ends on every
 * platform, fields in a fixed order, so the same input gives byte-identical output. Every control
 * character and bidirectional formatting character is written as a {@code \}{@code uXXXX} escape,
 * not only the C0 controls JSON requires: JSON printed to a terminal cannot steer it, and a parser
 * reads the same strings.
 */
final class Json {

  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder().characterEscapes(new TerminalSafeEscapes()).build();

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private Json() {}

  /** JSON's own escapes, and {@code \}{@code uXXXX} for DEL, C1 controls and bidi formatting. */
  private static final class TerminalSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalSafeEscapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int c) {
      boolean escape = Character.getType(c) == Character.CONTROL || Controls.isBidiFormatting(c);
      return escape ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", c)) : null;
    }
  }

  static String write(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter);
      g.setPrettyPrinter(printer);
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString() + "\n";
  }

  /** One line of compact JSON and "\n", for JSON Lines output. */
  static String line(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString() + "\n";
  }
}
