package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  static final String SAMPLES = MainTest.SAMPLES;

  @TempDir Path dir;

  @Test
  void folderOrFilesInAnyOrderGiveTheSameJson() {
    Run folder = Run.of("compare", "--format", "json", "../samples/turkiye-defence-briefing");
    Run files =
        Run.of(
            "compare",
            "--format",
            "json",
            SAMPLES + "daily-sabah.txt",
            SAMPLES + "trt-world.txt",
            SAMPLES + "anadolu-agency.txt");
    assertThat(folder.code()).isZero();
    assertThat(folder.err()).isEmpty();
    assertThat(files.out()).isEqualTo(folder.out());
    assertThat(folder.out())
        .contains("\"statements\"")
        .contains("\"exclusives\"")
        .contains("\"schemaVersion\": 1");
  }

  @Test
  void textReportLeadsWithTheSummaryAndExclusives() {
    Run run = Run.of("compare", "../samples/turkiye-defence-briefing");
    assertThat(run.code()).isZero();
    String out = run.out();
    assertThat(out.lines().limit(2))
        .containsExactly(
            "Türkiye plans technical visits to Syria, rejects claims of Turkish peacekeepers being"
                + " sent to Ukraine",
            "Comparing 3 outlets: Anadolu Agency [anadolu-agency], Daily Sabah [daily-sabah], TRT"
                + " World [trt-world]");
    assertThat(out.indexOf("== Only in one outlet =="))
        .isLessThan(out.indexOf("== Wording differences =="));
    assertThat(out).contains("548 kilometers").contains("Gaza");
  }

  @Test
  void oneArticleIsAUsageError() {
    Run run = Run.of("compare", SAMPLES + "trt-world.txt");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("compare needs at least two articles, got 1").hasLineCount(1);
  }

  @Test
  void badThresholdIsAUsageError() {
    Run run =
        Run.of(
            "compare", "--threshold", "2", SAMPLES + "trt-world.txt", SAMPLES + "daily-sabah.txt");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("--threshold must be above 0 and at most 1: 2.0");
  }

  @Test
  void folderWithoutArticlesIsBadInput() {
    Run run = Run.of("compare", dir.toString());
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err()).contains("no article files (*.txt, *.html) in this folder");
  }

  @Test
  void failOnExitsFourWithOneLine() {
    Run exclusive =
        Run.of("compare", "--fail-on", "exclusive", "../samples/turkiye-defence-briefing");
    assertThat(exclusive.code()).isEqualTo(ExitCode.FINDING.code());
    assertThat(exclusive.err())
        .isEqualTo("newsdiff: failing on 11 exclusives (--fail-on)" + System.lineSeparator());
    assertThat(exclusive.out()).contains("Comparing 3 outlets"); // the report is still written
    assertThat(
            Run.of("compare", "--fail-on", "conflict", "../samples/turkiye-defence-briefing")
                .code())
        .isZero();
    assertThat(
            Run.of("compare", "--fail-on", "conflict,quote-variant", "../samples/ferry-fire")
                .code())
        .isEqualTo(ExitCode.FINDING.code());
    assertThat(Run.of("compare", "--fail-on", "any", "../samples/unrelated-stories").code())
        .isEqualTo(ExitCode.FINDING.code());
    Run bad = Run.of("compare", "--fail-on", "typo", "../samples/ferry-fire");
    assertThat(bad.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(bad.err())
        .contains(
            "expected one of [exclusive, conflict, quote-variant, any] (case-insensitive) but was"
                + " 'typo'");
  }

  @Test
  void checkPassesOnTheSamplesAndShowsWhatChanged() throws IOException {
    Run ok = Run.of("check", "../samples/turkiye-defence-briefing", "../samples/ferry-fire");
    assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("ok, 20 findings as expected");
    // A fixture whose articles changed: one exclusive is gone, the check says so.
    Path fixture = Files.createDirectory(dir.resolve("fixture"));
    for (String name :
        new String[] {
          "trt-world.txt", "anadolu-agency.txt", "daily-sabah.txt", "expected-findings.json"
        }) {
      Files.copy(Path.of(SAMPLES, name), fixture.resolve(name));
    }
    Path sabah = fixture.resolve("daily-sabah.txt");
    Files.writeString(
        sabah,
        Files.readString(sabah, StandardCharsets.UTF_8)
            .replace(
                "the length of destroyed tunnels has reached 548 kilometers",
                "the tunnels were destroyed"),
        StandardCharsets.UTF_8);
    Run changed = Run.of("check", fixture.toString());
    assertThat(changed.code()).isEqualTo(ExitCode.FINDING.code());
    assertThat(changed.out())
        .contains("findings changed")
        .contains("- exclusive daily-sabah: He provided specific metrics")
        .contains(
            "+ exclusive daily-sabah: He provided specific metrics on tunnel destruction operations: \"In Syrian operational areas, including Tel Rifaat and Manbij, the tunnels were destroyed.\"");
    assertThat(Run.of("check", "--update", fixture.toString()).code()).isZero();
    assertThat(Run.of("check", fixture.toString()).code()).isZero();
  }

  @Test
  void checkWithoutExpectedFindingsSaysHowToRecordThem() throws IOException {
    Path fixture = Files.createDirectory(dir.resolve("bare"));
    Files.copy(Path.of(SAMPLES, "trt-world.txt"), fixture.resolve("trt-world.txt"));
    Files.copy(Path.of(SAMPLES, "anadolu-agency.txt"), fixture.resolve("anadolu-agency.txt"));
    Run run = Run.of("check", fixture.toString());
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err())
        .contains(
            "no expected-findings.json; record the current findings with 'newsdiff check --update")
        .hasLineCount(1);
  }

  @Test
  void pairsScoresEachLineInOrder() throws IOException {
    Path tsv = dir.resolve("pairs.tsv");
    Files.writeString(
        tsv,
        "1\tNobody was hurt in the crash.\tNo one was injured in the crash.\n\n"
            + "2\tyes\tThe minister resigned on Monday.\tShares rose 4% in early trading.\n",
        StandardCharsets.UTF_8);
    Run text = Run.of("pairs", tsv.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out().lines()).hasSize(2);
    assertThat(text.out().lines().toList().get(0)).endsWith("\tsame");
    assertThat(text.out().lines().toList().get(1)).isEqualTo("0.000\tdifferent");
    Run json = Run.of("pairs", "--format", "json", tsv.toString());
    assertThat(json.out().replaceAll("\\s", ""))
        .matches("\\[\\{\"score\":0\\.\\d{3},\"same\":true},\\{\"score\":0\\.000,\"same\":false}]");
  }

  @Test
  void pairsWithAMalformedLineNamesTheLine() throws IOException {
    Path tsv = dir.resolve("bad.tsv");
    Files.writeString(tsv, "a\tb\nonly one column\n", StandardCharsets.UTF_8);
    Run run = Run.of("pairs", tsv.toString());
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err())
        .isEqualTo(
            "newsdiff: error: "
                + tsv
                + ": line 2: expected two tab-separated sentences in the last two columns"
                + System.lineSeparator());
  }
}
