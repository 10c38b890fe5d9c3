package dev.newsdiff.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard output that lets its reader stop reading: once a pipe's reader has gone ({@code newsdiff
 * compare … | head}), further output is dropped instead of failing, as it is for other command-line
 * tools. Any other write error (a full disk) still reaches the writer, and the command then fails
 * with exit 3.
 */
final class StandardOutput extends FilterOutputStream {

  /** What the JDK reports for EPIPE, on Linux and macOS alike. */
  private static final String BROKEN_PIPE = "Broken pipe";

  private final boolean pipe;
  private boolean readerGone;

  /**
   * @param pipe whether {@code out} is a pipe or socket ({@link #isPipe()} for the process's own
   *     standard output)
   */
  StandardOutput(OutputStream out, boolean pipe) {
    super(out);
    this.pipe = pipe;
  }

  /**
   * Whether this process's standard output is a pipe or socket; false where that cannot be told.
   */
  static boolean isPipe() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
      return target.startsWith("pipe:") || target.startsWith("socket:");
    } catch (IOException | UnsupportedOperationException e) {
      return false; // no /proc (macOS): the error's text decides
    }
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (!readerGone) {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        readerGone = pipe || isBrokenPipe(e);
        if (!readerGone) {
          throw e;
        }
      }
    }
  }

  @Override
  public void flush() throws IOException {
    if (!readerGone) {
      try {
        out.flush();
      } catch (IOException e) {
        readerGone = pipe || isBrokenPipe(e);
        if (!readerGone) {
          throw e;
        }
      }
    }
  }

  static boolean isBrokenPipe(IOException e) {
    return BROKEN_PIPE.equals(e.getMessage());
  }
}
