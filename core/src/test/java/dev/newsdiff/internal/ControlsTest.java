package dev.newsdiff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ControlsTest {

  static Stream<Arguments> steering() {
    return Stream.of(
        arguments("ANSI colour (CSI)", "a\u001b[31mred\u001b[0m", "a␛[31mred␛[0m"),
        arguments("clear screen", "\u001b[2J\u001b[H", "␛[2J␛[H"),
        arguments("OSC window title ended by BEL", "\u001b]0;title\u0007", "␛]0;title␇"),
        arguments("OSC ended by ST", "\u001b]0;t\u001b\\", "␛]0;t␛\\"),
        arguments("carriage return writing over a line", "safe\rEVIL", "safe␍EVIL"),
        arguments("backspace, NUL, DEL", "a\b\u0000\u007f", "a␈␀␡"),
        arguments("C1 CSI", "\u009b31m", "\\u009B31m"),
        arguments("C1 next line", "a\u0085b", "a\\u0085b"),
        arguments("right-to-left override", "abc\u202edef", "abc\\u202Edef"),
        arguments(
            "every embedding, override and isolate",
            "\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069",
            "\\u202A\\u202B\\u202C\\u202D\\u2066\\u2067\\u2068\\u2069"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("steering")
  void showsWhatCouldSteerATerminal(String what, String input, String shown) {
    assertThat(Controls.visible(input)).isEqualTo(shown);
  }

  static Stream<Arguments> harmless() {
    return Stream.of(
        arguments("tab and line feed lay text out", "a\tb\nc"),
        arguments("right-to-left letters", "الجزيرة 2024"),
        arguments("marks that only order", "a\u200eb\u200fc\u061c"),
        arguments("joined emoji, a flag, a keycap", "👩‍👩‍👧 🇹🇷 1️⃣"),
        arguments("zero-width non-joiner in Persian", "می\u200cخواهم"),
        arguments("soft hyphen, no-break space", "co\u00adop 10\u00a0km"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("harmless")
  void leavesTextAlone(String what, String text) {
    assertThat(Controls.visible(text)).isSameAs(text);
  }

  static Stream<Arguments> keepingBidi() {
    return Stream.of(
        arguments("override kept, escape shown", "\u202eabc\u001b[2J", "\u202eabc␛[2J"),
        arguments("isolate kept, C1 shown", "\u2067x\u2069\u009b", "\u2067x\u2069\\u009B"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keepingBidi")
  void keepingBidiShowsOnlyControls(String what, String input, String shown) {
    assertThat(Controls.visibleKeepingBidi(input)).isEqualTo(shown);
  }
}
