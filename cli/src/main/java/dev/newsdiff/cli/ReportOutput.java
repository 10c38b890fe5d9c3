package dev.newsdiff.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Where a report goes: standard output, or the {@code --output} file ({@link OutputTarget} says
 * whether and how it may be written). A write that fails is one line and exit 3.
 */
final class ReportOutput {

  private ReportOutput() {}

  /**
   * Refuses now an output that {@link #write} would refuse (an input, a read-only file, a folder),
   * so that a usage error comes before any input is read. {@link #write} looks again: the file may
   * have changed while the inputs were compared.
   */
  static void check(@Nullable Path file, List<String> inputs) {
    if (file != null) {
      try {
        OutputTarget.of(file, inputs);
      } catch (IOException e) {
        throw cannotWrite(file, e);
      }
    }
  }

  /**
   * Writes {@code report} to {@code file}, or to {@code out} when there is none; {@code inputs} are
   * the command's file arguments with folders expanded, which are never written.
   */
  static void write(PrintWriter out, String report, @Nullable Path file, List<String> inputs) {
    if (file == null) {
      out.print(report);
      out.flush();
      checkStandardOutput(out);
      return;
    }
    try {
      OutputTarget target = OutputTarget.of(file, inputs);
      ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(report));
      switch (target.kind()) {
        case NEW, REGULAR -> ReplacedFile.write(target.path(), bytes);
        case STREAM -> writeThrough(target.path(), bytes);
      }
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  /** A report made piece by piece (a corpus's stories), each piece handed on as it is made. */
  interface Pieces {
    void write(Consumer<String> out);
  }

  /**
   * Writes a report as it is made to {@code file}, or to {@code out} when there is none: on
   * standard output each piece is flushed at once; a file takes its name only once all is written.
   */
  static void stream(PrintWriter out, @Nullable Path file, List<String> inputs, Pieces pieces) {
    if (file == null) {
      pieces.write(
          piece -> {
            out.print(piece);
            out.flush();
          });
      checkStandardOutput(out);
      return;
    }
    try {
      OutputTarget target = OutputTarget.of(file, inputs);
      ReplacedFile.Content content =
          stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            try {
              pieces.write(
                  piece -> {
                    try {
                      w.write(piece);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  });
            } catch (UncheckedIOException e) {
              throw e.getCause();
            }
            w.flush();
          };
      switch (target.kind()) {
        case NEW, REGULAR -> ReplacedFile.write(target.path(), content);
        case STREAM -> {
          try (OutputStream stream =
              Files.newOutputStream(
                  target.path(), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            content.writeTo(stream);
          }
        }
      }
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  private static UserError cannotWrite(Path file, IOException e) {
    return new UserError(file + ": cannot write the report: " + reason(e), ExitCode.BAD_INPUT);
  }

  /**
   * A PrintWriter never throws: it only remembers that a write failed (a full disk, a closed pipe).
   * Without this look the report would be lost and the run would still exit 0.
   */
  private static void checkStandardOutput(PrintWriter out) {
    if (out.checkError()) {
      throw standardOutputLost();
    }
  }

  /** What was printed on standard output did not all get there. */
  static UserError standardOutputLost() {
    return new UserError(
        "standard output: cannot write (it was closed, or there is no space left)",
        ExitCode.BAD_INPUT);
  }

  /** A device or FIFO is written as it is, never replaced: nothing is created or truncated. */
  private static void writeThrough(Path device, ByteBuffer bytes) throws IOException {
    // APPEND: where the stream is a file the shell opened with >>, its earlier content stays.
    try (OutputStream stream =
        Files.newOutputStream(device, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      stream.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    }
  }

  /** Why a write failed, in the words of the operating system ("No space left on device"). */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof CharacterCodingException) {
      return "the report is not valid Unicode text (please report this)";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return UserError.oneLine(e.getMessage());
  }
}
