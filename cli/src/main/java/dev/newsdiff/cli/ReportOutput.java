package dev.newsdiff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a report goes: standard output, or a file that is replaced only once the new report is
 * complete (written beside it under a temporary name, then moved over it).
 */
final class ReportOutput {

  private ReportOutput() {}

  /** A temporary file is private; the report gets the old file's permissions, or rw-r--r--. */
  private static void keepPermissions(Path tmp, Path target) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Files.setPosixFilePermissions(
        tmp,
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
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

  static void write(PrintWriter out, String report, @Nullable Path file, List<String> inputs) {
    if (file == null) {
      out.print(report);
      out.flush();
      checkStandardOutput(out);
      return;
    }
    Path target = file.toAbsolutePath().normalize();
    for (String input : inputs) {
      Path in =
          Path.of(
              input.contains("=") && !Files.exists(Path.of(input))
                  ? input.substring(input.indexOf('=') + 1)
                  : input);
      try {
        if (Files.exists(in) && Files.exists(target) && Files.isSameFile(in, target)) {
          throw new UserError(file + ": --output would overwrite an input file", ExitCode.USAGE);
        }
      } catch (IOException e) {
        // cannot compare: not the same file as far as we can tell
      }
    }
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UserError(file + ": --output folder does not exist", ExitCode.USAGE);
    }
    if (Files.isDirectory(target)) {
      throw new UserError(file + ": --output is a folder, expected a file name", ExitCode.USAGE);
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      Files.writeString(tmp, report, StandardCharsets.UTF_8);
      keepPermissions(tmp, target);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UserError(file + ": cannot write report: " + e.getMessage(), ExitCode.BAD_INPUT);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort; the report itself is already in place or the error reported
        }
      }
    }
  }
}
