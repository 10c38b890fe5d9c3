package dev.newsdiff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@code --output} path names, and whether newsdiff may write there: decided from the file's
 * attributes before anything is written, so that nothing the user has is replaced by mistake.
 *
 * <p>A regular file (through any links) is replaced whole once the new report is complete; a
 * character device or a FIFO ({@code /dev/null}, {@code /dev/stdout}, {@code >(gzip > x)}) is
 * written through, never replaced by a file; anything else is refused.
 */
record OutputTarget(Kind kind, Path path) {

  enum Kind {
    /** No such file yet: created. */
    NEW,
    /** A regular file, {@link #path} its real path: replaced once the report is complete. */
    REGULAR,
    /** A character device or a FIFO: written through. */
    STREAM
  }

  // The file type bits of st_mode (POSIX sys/stat.h), as the "unix:mode" attribute gives them.
  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int FOLDER = 0040000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int REGULAR_FILE = 0100000;

  private static final Set<PosixFilePermission> WRITE_BITS =
      EnumSet.of(
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.OTHERS_WRITE);

  /**
   * Where {@code file} sends the report, or a {@link UserError} (usage) saying why it must not be
   * written: an input (a file of {@code inputs}, the command's file arguments with folders expanded
   * by {@link Inputs#expandFolders}), a read-only file, a folder, a block device or socket, a
   * missing folder.
   *
   * @throws IOException when the file's type cannot be read
   */
  static OutputTarget of(Path file, List<String> inputs) throws IOException {
    for (Path input : inputFiles(inputs)) {
      if (sameFile(input, file)) {
        throw refused(file, "--output would overwrite an input file");
      }
    }
    if (!Files.exists(file)) {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw refused(file, "--output is a link to a file that does not exist");
      }
      Path absolute = file.toAbsolutePath().normalize();
      Path folder = absolute.getParent();
      if (folder == null || !Files.isDirectory(folder)) {
        throw refused(file, "--output folder does not exist");
      }
      return new OutputTarget(Kind.NEW, absolute);
    }
    if (namesAnOpenStream(file)) {
      // `-o /dev/stdout >> log.txt`: the shell's stream, which may append to a file; replacing
      // that file would lose what it held.
      return new OutputTarget(Kind.STREAM, file);
    }
    Kind kind = kind(file, typeOf(file));
    if (kind != Kind.REGULAR) {
      return new OutputTarget(kind, file);
    }
    Path real = file.toRealPath();
    if (readOnly(real)) {
      throw refused(file, "--output is a read-only file");
    }
    return new OutputTarget(kind, real);
  }

  /** A device path, or a descriptor this process has open ({@code /proc/self/fd/1}). */
  static boolean namesAnOpenStream(Path file) {
    String path = file.toAbsolutePath().normalize().toString();
    return path.startsWith("/dev/") || path.matches("/proc/[^/]+/fd/.+");
  }

  /** The kind of an existing file of this type ({@code st_mode & S_IFMT}), or why it is refused. */
  static Kind kind(Path file, int type) {
    return switch (type & TYPE_MASK) {
      case REGULAR_FILE -> Kind.REGULAR;
      case CHARACTER_DEVICE, FIFO -> Kind.STREAM;
      case FOLDER -> throw refused(file, "--output is a folder, expected a file name");
      // A report written onto a disk would destroy what is on it.
      case BLOCK_DEVICE -> throw refused(file, "--output is a block device");
      default -> throw refused(file, "--output is neither a file nor a device (a socket?)");
    };
  }

  /**
   * Its file type, links followed. Without the "unix" view (Windows) only what every platform tells
   * apart: a file, a folder, or something else, which is written through.
   */
  private static int typeOf(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
      return (Integer) Files.getAttribute(file, "unix:mode");
    }
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return attributes.isRegularFile()
        ? REGULAR_FILE
        : attributes.isDirectory() ? FOLDER : CHARACTER_DEVICE;
  }

  /**
   * Unwritable for us, or with no write permission for anyone: root may write any file, and
   * renaming over one needs only its folder to be writable, but a file made read-only is meant to
   * be kept.
   */
  private static boolean readOnly(Path file) throws IOException {
    if (!Files.isWritable(file)) {
      return true;
    }
    return file.getFileSystem().supportedFileAttributeViews().contains("posix")
        && Files.getPosixFilePermissions(file).stream().noneMatch(WRITE_BITS::contains);
  }

  /**
   * The files {@code inputs} name ({@code FILE}, {@code ID=FILE}, not "-"), as Inputs reads them.
   */
  private static List<Path> inputFiles(List<String> inputs) {
    return inputs.stream()
        .filter(argument -> !argument.equals("-"))
        .map(OutputTarget::pathOf)
        .toList();
  }

  private static Path pathOf(String argument) {
    int eq = argument.indexOf('=');
    return eq > 0 && !Files.exists(Path.of(argument))
        ? Path.of(argument.substring(eq + 1))
        : Path.of(argument);
  }

  private static boolean sameFile(Path input, Path output) {
    try {
      return Files.exists(input) && Files.exists(output) && Files.isSameFile(input, output);
    } catch (IOException | SecurityException e) {
      return false; // cannot compare: not the same file as far as we can tell
    }
  }

  private static UserError refused(Path file, String why) {
    return new UserError(file + ": " + why, ExitCode.USAGE);
  }
}
