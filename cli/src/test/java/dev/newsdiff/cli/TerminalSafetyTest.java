package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an article can make the command line print: escape sequences show instead of acting, and
 * text cut short for display is cut between characters, so every report can be written.
 */
class TerminalSafetyTest {

  @TempDir Path dir;

  private Path set;

  @BeforeEach
  void hostileArticles() throws IOException {
    set = Files.createDirectory(dir.resolve("set"));
    String shared =
        "The ferry caught fire off Izmir on Monday.\u001b]0;pwned\u0007 All 212 passengers"
            + " were rescued.\u001b[2J\u001b[H “The engine room \u009b31mwas to blame,” said the captain.";
    write(
        "wire.txt",
        "SOURCE: Evil\u202e Wire\n\n"
            + shared
            + " Divers\u001b]0;pwned\u0007 searched\u009b2J the hull.");
    write("paper.txt", shared + " A second ferry was kept in port.");
  }

  @Test
  void escapeSequencesInArticlesAndOutletNamesReachTheTerminalOnlyAsText() {
    String wire = set.resolve("wire.txt").toString();
    String paper = set.resolve("paper.txt").toString();
    for (String[] command :
        new String[][] {{"compare", "--color=always", wire, paper}, {"inspect", wire, paper}}) {
      Run run = Run.of(command);
      assertThat(run.code()).as(command[0]).isZero();
      String withoutOurColours = run.out().replaceAll("\u001b\\[[0-9;]*m", "");
      assertThat(withoutOurColours)
          .as(command[0])
          .doesNotContain("\u001b", "\u0007", "\u009b", "\u202e")
          .contains("␛]0;pwned␇");
    }
  }

  @Test
  void checkPrintsChangedFindingsWithTheirControlsShown() throws IOException {
    assertThat(Run.of("check", "--update", set.toString()).code()).isZero();
    Files.writeString(
        set.resolve("paper.txt"),
        " Rescuers\u001b[8m hid\u001b[28m in \u202eport.",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Run run = Run.of("check", set.toString());
    assertThat(run.code()).isEqualTo(ExitCode.FINDING.code());
    assertThat(run.out())
        .doesNotContain("\u001b", "\u202e")
        .contains("+ exclusive paper: Rescuers␛[8m hid␛[28m in \\u202Eport.");
  }

  @Test
  void aReportWithAnEmojiAtTheHtmlCoverageCutCanBeWritten() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("emoji"));
    String sentence = emojiAt(86) + " spread through the engine room of the ship.";
    // One more sentence for the wire: copies would share no statement to cover.
    write(folder.resolve("wire.txt"), sentence + "\n\nNobody was hurt.");
    write(folder.resolve("paper.txt"), sentence);
    Path out = dir.resolve("report.html");
    Run run = Run.of("compare", "--format=html", "-o", out.toString(), folder.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .contains(emojiAt(86).substring(0, 86) + "…");
  }

  @Test
  void checkUpdateRecordsAFixtureWithAnEmojiAtTheFindingsCut() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("emoji-quote"));
    String quote = emojiAt(76) + " and nobody could see the stairs at all";
    write(folder.resolve("wire.txt"), "“" + quote + ",” said Aisha Rahman.");
    write(folder.resolve("paper.txt"), "“" + quote + " today,” said Aisha Rahman.");
    Run update = Run.of("check", "--update", folder.toString());
    assertThat(update.err()).isEmpty();
    assertThat(update.code()).isZero();
    assertThat(Files.readString(folder.resolve("expected-findings.json"), StandardCharsets.UTF_8))
        .contains(emojiAt(76).substring(0, 76) + "...");
    assertThat(Run.of("check", folder.toString()).code()).isZero();
  }

  /** {@code at} chars of words, then an emoji: a cut at {@code at + 1} splits it in half. */
  private static String emojiAt(int at) {
    StringBuilder s = new StringBuilder("The ferry");
    for (int i = 0; s.length() < at; i++) {
      s.append(i % 2 == 0 ? " caught" : " fire");
    }
    s.setLength(at - 1);
    if (s.charAt(at - 2) == ' ') {
      s.setCharAt(at - 2, 's');
    }
    return s.append(" 🔥").toString();
  }

  private void write(String name, String text) throws IOException {
    write(set.resolve(name), text);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
