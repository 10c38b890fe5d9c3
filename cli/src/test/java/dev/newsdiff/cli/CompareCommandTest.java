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
    Run files = Run.of("compare", "--format", "json", SAMPLES + "daily-sabah.txt", SAMPLES + "trt-world.txt", SAMPLES + "anadolu-agency.txt");
    assertThat(folder.code()).isZero();
    assertThat(folder.err()).isEmpty();
    assertThat(files.out()).isEqualTo(folder.out());
    assertThat(folder.out()).contains("\"statements\"").contains("\"exclusives\"").contains("\"schemaVersion\": 1");
  }

  @Test
  void textReportLeadsWithTheSummaryAndExclusives() {
    Run run = Run.of("compare", "../samples/turkiye-defence-briefing");
    assertThat(run.code()).isZero();
    String out = run.out();
    assertThat(out).startsWith("Comparing 3 outlets: Anadolu Agency [anadolu-agency], Daily Sabah [daily-sabah], TRT World [trt-world]");
    assertThat(out.indexOf("== Only in one outlet ==")).isLessThan(out.indexOf("== Wording differences =="));
    assertThat(out).contains("548 kilometers").contains("Gaza");
  }

  @Test
  void oneArticleIsAUsageError() {
    Run run = Run.of("compare", SAMPLES + "trt-world.txt");
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("compare needs at least two articles, got 1").hasLineCount(1);
  }

  @Test
  void badThresholdIsAUsageError() {
    Run run = Run.of("compare", "--threshold", "2", SAMPLES + "trt-world.txt", SAMPLES + "daily-sabah.txt");
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("--threshold must be above 0 and at most 1: 2.0");
  }

  @Test
  void folderWithoutArticlesIsBadInput() {
    Run run = Run.of("compare", dir.toString());
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("no article files (*.txt) in this folder");
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
    assertThat(json.out().replaceAll("\\s", "")).matches("\\[\\{\"score\":0\\.\\d{3},\"same\":true},\\{\"score\":0\\.000,\"same\":false}]");
  }

  @Test
  void pairsWithAMalformedLineNamesTheLine() throws IOException {
    Path tsv = dir.resolve("bad.tsv");
    Files.writeString(tsv, "a\tb\nonly one column\n", StandardCharsets.UTF_8);
    Run run = Run.of("pairs", tsv.toString());
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).isEqualTo("newsdiff: error: " + tsv + ": line 2: expected two tab-separated sentences in the last two columns" + System.lineSeparator());
  }
}
