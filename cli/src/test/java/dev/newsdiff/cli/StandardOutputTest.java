package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class StandardOutputTest {

  /** Accepts {@code capacity} bytes, then fails every write with {@code message}. */
  private static final class Failing extends OutputStream {
    final ByteArrayOutputStream written = new ByteArrayOutputStream();
    final int capacity;
    final String message;

    Failing(int capacity, String message) {
      this.capacity = capacity;
      this.message = message;
    }

    @Override
    public void write(int b) throws IOException {
      if (written.size() >= capacity) {
        throw new IOException(message);
      }
      written.write(b);
    }
  }

  @Test
  void aReaderThatStopsReadingIsNoError() throws IOException {
    Failing pipe = new Failing(3, "Broken pipe");
    try (StandardOutput out = new StandardOutput(pipe, false)) {
      out.write("abc".getBytes());
      out.write("def".getBytes());
      out.write('g');
      out.flush();
    }
    assertThat(pipe.written.toString()).isEqualTo("abc");
  }

  /** The JDK gives the error in the user's language: "Datenübergabe unterbrochen (broken pipe)". */
  @Test
  void onAPipeAnyWriteErrorMeansTheReaderLeft() throws IOException {
    Failing pipe = new Failing(3, "Datenübergabe unterbrochen (broken pipe)");
    try (StandardOutput out = new StandardOutput(pipe, true)) {
      out.write("abcdef".getBytes());
      out.flush();
    }
    assertThat(pipe.written.toString()).isEqualTo("abc");
  }

  @Test
  void aFullDiskIsStillAnError() {
    Failing disk = new Failing(3, "No space left on device");
    StandardOutput out = new StandardOutput(disk, false);
    assertThatThrownBy(() -> out.write("abcdef".getBytes()))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");
  }
}
