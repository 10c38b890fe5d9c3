package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

  static final String SAMPLES = "../samples/turkiye-defence-briefing/";

  @TempDir Path dir;

  @Test
  void helpAndVersionGoToStdout() {
    Run help = Run.of("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out())
        .contains("Usage: newsdiff")
        .contains("compare")
        .contains("inspect")
        .contains("pairs")
        .contains("Exit codes");
    assertThat(help.err()).isEmpty();
    Run version = Run.of("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("newsdiff ").doesNotContain("unknown");
    assertThat(Run.of("inspect", "--help").out()).contains("--format");
  }

  @Test
  void aMisspeltCommandIsAUsageErrorThatSuggestsTheRightOne() {
    Run run = Run.of("comapre", SAMPLES);
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err())
        .startsWith("newsdiff: error: Unmatched argument")
        .contains("'comapre'")
        .contains("did you mean compare")
        .hasLineCount(1);
    assertThat(run.out()).isEmpty();
    Run option = Run.of("compare", "--formt", "json", SAMPLES);
    assertThat(option.err()).contains("Unknown option: '--formt'; did you mean --format?");
  }

  /** The table that starts the model early names real commands: all that read articles. */
  @Test
  void everyCommandButPairsPreloadsTheSentenceModel() {
    assertThat(
            NewsdiffCommand.commandLine(java.io.InputStream.nullInputStream())
                .getSubcommands()
                .keySet())
        .filteredOn(NewsdiffCommand::readsArticles)
        .containsExactlyInAnyOrder("compare", "inspect", "check", "corpus", "eval");
    assertThat(NewsdiffCommand.readsArticles("--help")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"compare", "inspect", "check", "corpus", "pairs", "eval"})
  void everyCommandHasHelpVersionAndAOneLineSummary(String command) {
    Run help = Run.of(command, "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out())
        .startsWith("Usage: newsdiff " + command + " [-hV]")
        .contains("--help")
        .contains("--version");
    assertThat(Run.of(command, "-V").out()).startsWith("newsdiff ").doesNotContain("unknown");
    // The list of commands shows each one's first description line, whole.
    String summary =
        help.out()
            .lines()
            .filter(l -> !l.startsWith(" ") && !l.startsWith("Usage:"))
            .findFirst()
            .orElseThrow();
    assertThat(Run.of("--help").out()).contains("  " + command + " ").contains(summary);
    assertThat(summary).endsWith(".");
  }

  @Test
  void usageErrorsComeBeforeAnyFileIsRead() {
    Run run = Run.of("compare", "--threshold", "2", "no/such/a.txt", "no/such/b.txt");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).startsWith("newsdiff: error: --threshold must be above 0 and at most 1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "--no-such-option",
        "inspect",
        "inspect --format xml x.txt",
        "frobnicate",
        "compare x.txt --fail-on=bogus",
        "pairs",
        "corpus",
        "check"
      })
  void usageErrorsExitTwoWithOneLine(String args) {
    Run run = Run.of(args.isEmpty() ? new String[0] : args.split(" "));
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).startsWith("newsdiff: error: ").hasLineCount(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingFile() {
    Run run = Run.of("inspect", "no/such/file.txt");
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err())
        .isEqualTo(
            "newsdiff: error: no/such/file.txt: no such file\n"
                .replace("\n", System.lineSeparator()));
  }

  @Test
  void emptyFolderEmptyBinaryAndUnreadableFilesAreBadInput() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path binary =
        Files.write(
            dir.resolve("photo.txt"),
            new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 'J', 'F', 'I', 'F'});
    Path legacy =
        Files.write(
            dir.resolve("legacy.txt"), new byte[] {'T', (byte) 0xFC, 'r', 'k', 'i', 'y', 'e'});
    assertBadInput(folder, "no article files (*.txt, *.html) in this folder");
    assertBadInput(empty, "empty file");
    assertBadInput(binary, "binary file");
    assertBadInput(
        legacy,
        "not valid UTF-8 (byte 0xFC at offset 1), and its encoding could not be detected;"
            + " name its encoding with --encoding");
  }

  /** Core says what is wrong with the encoding; a command says how to fix it only with a flag. */
  @Test
  void theEncodingHintNamesAFlagOnlyWhereTheCommandHasIt() throws IOException {
    Path fixture = Files.createDirectory(dir.resolve("fixture"));
    Files.copy(Path.of(SAMPLES, "trt-world.txt"), fixture.resolve("trt-world.txt"));
    Files.write(
        fixture.resolve("legacy.txt"), new byte[] {'T', (byte) 0xFC, 'r', 'k', 'i', 'y', 'e'});
    Run check = Run.of("check", fixture.toString());
    assertThat(check.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(check.err())
        .endsWith(
            "legacy.txt: not valid UTF-8 (byte 0xFC at offset 1), and its encoding could not be"
                + " detected"
                + System.lineSeparator());
    Run named = Run.of("inspect", "--encoding", "UTF-8", fixture.resolve("legacy.txt").toString());
    assertThat(named.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(named.err())
        .contains("not valid UTF-8 (byte 0xFC at offset 1); convert it to UTF-8 first")
        .doesNotContain("--encoding");
  }

  @Test
  void aWebPageWithoutArticleText() throws IOException {
    Path page =
        Files.writeString(
            dir.resolve("empty.html"),
            "<html><head><title></title></head><body><nav>Home</nav><script>x()</script></body></html>",
            StandardCharsets.UTF_8);
    assertBadInput(page, "a web page with no article text in it");
  }

  @Test
  void aBrokenFindingsFile() throws IOException {
    Path fixture = Files.createDirectory(dir.resolve("fixture"));
    Files.copy(Path.of(SAMPLES, "trt-world.txt"), fixture.resolve("trt-world.txt"));
    Files.copy(Path.of(SAMPLES, "anadolu-agency.txt"), fixture.resolve("anadolu-agency.txt"));
    Files.writeString(
        fixture.resolve("expected-findings.json"), "{\"oops\": 1}", StandardCharsets.UTF_8);
    Run run = Run.of("check", fixture.toString());
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err())
        .contains("expected-findings.json: not a findings file: no \"findings\" array")
        .hasLineCount(1);
  }

  @Test
  void aFolderStandsForItsArticles() {
    Run run = Run.of("inspect", "../samples/turkiye-defence-briefing");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("== anadolu-agency")
        .contains("== daily-sabah")
        .contains("== trt-world");
  }

  @Test
  void standardInputIsDash() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    byte[] text =
        "The talks ended on Friday without a deal.\nBoth sides left Geneva.\n"
            .getBytes(StandardCharsets.UTF_8);
    int code =
        Main.run(
            new String[] {"inspect", "wire=-"},
            new ByteArrayInputStream(text),
            new PrintWriter(out),
            new PrintWriter(err));
    assertThat(code).isZero();
    assertThat(out.toString()).contains("== wire").contains("Both sides left Geneva.");
  }

  @Test
  void legacyEncodingNamedOrDetected() throws IOException {
    String turkish =
        "Savunma Bakanlığı açıklama yaptı. İstanbul'da düzenlenen toplantıda ağır sorular yanıtlandı ve "
            + "bakanlık kaynakları şöyle dedi: barış gücü gönderilmeyecek. Ülkenin güneyinde çalışmalar sürüyor.\n";
    Path file =
        Files.write(
            dir.resolve("tr.txt"),
            turkish.getBytes(java.nio.charset.Charset.forName("windows-1254")));
    Run detected = Run.of("inspect", file.toString());
    assertThat(detected.code()).isZero();
    assertThat(detected.err())
        .isEqualTo(
            "newsdiff: warning: "
                + file
                + ": not UTF-8; read as ISO-8859-9 (detected); name the encoding with --encoding"
                + " if that is wrong"
                + System.lineSeparator());
    assertThat(detected.out()).contains("Bakanlığı");
    Run named = Run.of("inspect", "--encoding", "windows-1254", file.toString());
    assertThat(named.err()).isEmpty();
    assertThat(named.out()).contains("İstanbul");
    Run bad = Run.of("inspect", "--encoding", "klingon", file.toString());
    assertThat(bad.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(bad.err())
        .startsWith(
            "newsdiff: error: Invalid value for option '--encoding': unknown encoding 'klingon'")
        .hasLineCount(1);
  }

  @Test
  void aSavedWebPage() {
    Run run =
        Run.of(
            "inspect", "../core/src/test/resources/dev/newsdiff/internal/ingest/saved-page.html");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("== saved-page (The City Herald)")
        .doesNotContain("Advertisement")
        .doesNotContain("cookies");
  }

  private static void assertBadInput(Path path, String reason) {
    Run run = Run.of("inspect", path.toString());
    assertThat(run.code()).as(path.toString()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err())
        .startsWith("newsdiff: error: " + path + ": ")
        .contains(reason)
        .hasLineCount(1);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void duplicateIdsAreRefused() {
    Run run = Run.of("inspect", SAMPLES + "daily-sabah.txt", SAMPLES + "daily-sabah.txt");
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err()).contains("article id 'daily-sabah' is already used");
  }

  @Test
  void idEqualsPathNamesTheArticle() {
    Run run = Run.of("inspect", "--format", "json", "aa=" + SAMPLES + "anadolu-agency.txt");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("\"id\": \"aa\"")
        .contains("\"aa/s1\"")
        .contains("\"outlet\": \"Anadolu Agency\"");
  }

  @Test
  void inputFilesAreNeverWritten() throws IOException {
    Path copy = Files.copy(Path.of(SAMPLES + "trt-world.txt"), dir.resolve("trt-world.txt"));
    byte[] before = Files.readAllBytes(copy);
    assertThat(Run.of("inspect", copy.toString()).code()).isZero();
    assertThat(Files.readAllBytes(copy)).isEqualTo(before);
  }

  @Test
  void evalPrintsScores() {
    Run run = Run.of("eval", "../samples");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("turkiye-defence-briefing")
        .contains("sentences  P ")
        .contains("quotes     P ");
  }

  @Test
  void evalOnAFolderWithoutAnnotationIsBadInput() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Hello there.", StandardCharsets.UTF_8);
    Run run = Run.of("eval", dir.toString());
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err()).contains("no annotated sample sets");
  }
}
