package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inputs too large or too many: refused with one line and exit 3, never an internal error. */
class InputLimitsTest {

  @TempDir Path dir;

  private static Run run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, stdin, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** Standard input that never ends, like {@code inspect - < /dev/zero}. */
  private static InputStream endless() {
    return new InputStream() {
      @Override
      public int read() {
        return 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'a');
        return len;
      }
    };
  }

  @Test
  void anEndlessStandardInputIsRefusedAtTheCap() {
    Run r = run(endless(), "inspect", "-");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo("newsdiff: error: -: input is larger than 64 MB; an article is far smaller\n");
  }

  @Test
  void aDeviceArgumentIsRefusedAndPointsToStandardInput() {
    Run r = Run.of("inspect", "/dev/zero");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo(
            "newsdiff: error: /dev/zero: not a regular file (a device, pipe or socket); to read a"
                + " stream, pipe it to standard input and name it '-'\n");
  }

  /** The files are empty, which reading would refuse: the count is checked before any is read. */
  @Test
  void compareRefusesMoreThanFiveThousandFilesBeforeReadingAny() throws IOException {
    for (int i = 0; i <= CompareCommand.MAX_FILES; i++) {
      Files.createFile(dir.resolve(String.format("a%04d.txt", i)));
    }
    Run r = Run.of("compare", dir.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo(
            "newsdiff: error: 5001 articles: compare reads at most 5000 files and compares at most"
                + " 1000 different texts, since it measures every pair of outlets; use 'newsdiff"
                + " corpus' for thousands of articles\n");
  }

  @Test
  void compareRefusesMoreThanAThousandDifferentTexts() throws IOException {
    for (int i = 0; i <= CompareCommand.MAX_ARTICLES; i++) {
      Files.writeString(dir.resolve(String.format("a%04d.txt", i)), "Story number " + i + ".\n");
    }
    Files.writeString(dir.resolve("copy.txt"), "Story number 7.\n");
    Run r = Run.of("compare", dir.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo(
            "newsdiff: error: 1002 articles carry 1001 different texts: compare takes at most 1000,"
                + " since it measures every pair of outlets; use 'newsdiff corpus' for thousands of"
                + " articles\n");
  }

  /** 500 copies of three articles are three texts: compared once each, not refused. */
  @Test
  void compareTakesMoreThanAThousandArticlesWhenTheyAreCopies() throws IOException {
    List<String> texts =
        List.of(
            "The bridge closes on Monday for repairs, the council said.\n",
            "Repairs will shut the bridge from Monday, officials said.\n",
            "A ferry caught fire off the coast on Sunday.\n");
    for (int i = 0; i <= CompareCommand.MAX_ARTICLES; i++) {
      Files.writeString(dir.resolve(String.format("a%04d.txt", i)), texts.get(i % 3));
    }
    Run r = Run.of("compare", "--format", "json", dir.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
  }

  /** Memory running out while an input is read names that input: exit 3, not an internal error. */
  @Test
  void runningOutOfMemoryWhileReadingNamesTheInput() {
    InputStream exhausting =
        new InputStream() {
          @Override
          public int read() {
            throw new OutOfMemoryError("Java heap space");
          }
        };
    Run r = run(exhausting, "inspect", "wire=-");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .startsWith("newsdiff: error: wire=-: out of memory reading this article after 0 others")
        .endsWith("; give Java more with NEWSDIFF_JAVA_OPTS=-Xmx4g (or java -Xmx4g -jar …)\n")
        .hasLineCount(1);
  }

  @ParameterizedTest
  @CsvSource({
    "0, NEWSDIFF_JAVA_OPTS=-Xmx4g",
    "998, NEWSDIFF_JAVA_OPTS=-Xmx4g",
    "999, use 'newsdiff corpus' for thousands of articles",
    "5000, use 'newsdiff corpus' for thousands of articles"
  })
  void theAdviceFitsHowManyArticlesWereRead(int read, String advice) {
    assertThat(OutOfMemory.reading("a.txt", read).getMessage()).contains(advice);
    assertThat(OutOfMemory.reading("a.txt", read).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void outOfMemoryAfterReadingNamesTheFirstInputsAndCountsTheRest() {
    assertThat(
            OutOfMemory.processing(java.util.List.of("a.txt", "b.txt", "c.txt", "d.txt", "e.txt"))
                .getMessage())
        .startsWith("out of memory on a.txt, b.txt, c.txt and 2 more (Java may use ")
        .endsWith(
            "NEWSDIFF_JAVA_OPTS=-Xmx4g (or java -Xmx4g -jar …), or for thousands of articles use"
                + " 'newsdiff corpus'");
  }
}
