package dev.newsdiff.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that lets its reader stop reading: once a pipe's reader has gone ({@code newsdiff
 * compare … | head}), further output is dropped instead of failing, as it is for other command-line
 * tools. Any other write error (a full disk) still reaches the writer, and the command then fails
 * with exit 3.
 */
final class StandardOutput extends FilterOutputStream {

  /** What the JDK reports for EPIPE, on Linux and macOS alike. */
  private static final String BROKEN_PIPE = "Broken pipe";

  private boolean readerGone;

  StandardOutput(OutputStream out) {
    super(out);
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
        readerGone = isBrokenPipe(e);
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
        readerGone = isBrokenPipe(e);
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
