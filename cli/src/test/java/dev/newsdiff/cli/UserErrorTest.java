package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserErrorTest {

  @Test
  void oneLineJoinsLinesAndShowsControlCharactersInsteadOfSendingThem() {
    assertThat(UserError.oneLine("a\u001b]0;title\u0007.txt: no such file\n  try again"))
        .isEqualTo("a␛]0;title␇.txt: no such file try again");
    assertThat(UserError.oneLine("x\u009b2J\u202e.txt")).isEqualTo("x\\u009B2J\\u202E.txt");
  }

  @Test
  void aFileNameHoldingAnEscapeSequenceCannotSteerTheTerminalThroughAnError() {
    Run run = Run.of("compare", "missing\u001b[2J\u001b]0;pwned\u0007.txt", "other.txt");
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err()).doesNotContain("\u001b", "\u0007").contains("missing␛[2J␛]0;pwned␇.txt");
  }
}
