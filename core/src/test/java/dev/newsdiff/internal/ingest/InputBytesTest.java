package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsdiff.model.InputException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputBytesTest {

  @TempDir Path dir;

  /** An endless stream, like /dev/zero on standard input, that counts what was taken from it. */
  private static final class Endless extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      read += len;
      return len;
    }
  }

  @Test
  void anEndlessStandardInputIsRefusedOneBytePastTheCap() {
    Endless stdin = new Endless();
    assertThatThrownBy(() -> InputBytes.ofStream(stdin, "-"))
        .isInstanceOf(InputException.class)
        .hasMessage("-: input is larger than 64 MB; an article is far smaller");
    assertThat(stdin.read).isEqualTo(InputBytes.MAX_BYTES + 1L);
  }

  @Test
  void aStreamWithinTheCapIsReadWhole() throws Exception {
    byte[] text = "Both sides left Geneva.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(InputBytes.ofStream(new java.io.ByteArrayInputStream(text), "-")).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/zero", "/dev/urandom", "/dev/null"})
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aDeviceIsRefusedBeforeItIsRead(String device) {
    assumeTrue(Files.exists(Path.of(device)));
    assertThatThrownBy(() -> InputBytes.ofFile(Path.of(device), device))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(device + ": not a regular file")
        .hasMessageEndingWith("pipe it to standard input and name it '-'");
  }

  /** Opening a FIFO that no one writes to blocks for ever: the type is checked first. */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoWithNoWriterIsRefusedWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("story.txt");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (java.io.IOException noMkfifo) {
      made = false;
    }
    assumeTrue(made, "mkfifo is not available");
    assertThatThrownBy(() -> ArticleFile.read(fifo))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("story.txt: not a regular file");
  }

  @Test
  void aFileLargerThanTheCapIsRefusedUnread() throws Exception {
    Path big = dir.resolve("big.txt");
    try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(InputBytes.MAX_BYTES + 1L); // sparse: nothing is written
    }
    assertThatThrownBy(() -> InputBytes.ofFile(big, "big.txt"))
        .isInstanceOf(InputException.class)
        .hasMessage("big.txt: file is larger than 64 MB");
  }
}
