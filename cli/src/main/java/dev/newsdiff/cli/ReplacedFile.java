package dev.newsdiff.cli;

import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Replaces a regular file only once its new content is complete: the content goes to a temporary
 * file beside it, which is then renamed over it. Whenever the process stops, the file is its old
 * self or its whole new self.
 *
 * <p>The temporary file's name marks it as newsdiff's ({@code .NAME.newsdiff-DIGITS.tmp}). It is
 * deleted on an interrupt (SIGINT, SIGTERM) and when the write fails. A run killed outright
 * (SIGKILL, a crash, a power cut) cannot delete it, so the writer holds a lock on it: the operating
 * system drops the lock with the process, and the next write into that folder deletes every
 * newsdiff temporary file that no one holds.
 */
final class ReplacedFile {

  private static final String MARK = ".newsdiff-";

  private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.newsdiff-\\d+\\.tmp");

  private static final SecureRandom RANDOM = new SecureRandom();

  private ReplacedFile() {}

  /** Replaces (or creates) {@code target}, a regular file or none, with {@code content}. */
  static void write(Path target, ByteBuffer content) throws IOException {
    write(
        target,
        out ->
            out.write(
                content.array(), content.arrayOffset() + content.position(), content.remaining()));
  }

  /** What goes into the file, written as it is made (a report streamed story by story). */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces (or creates) {@code target} with what {@code content} writes; the old file stays until
   * all of it is written.
   */
  static void write(Path target, Content content) throws IOException {
    Path folder = target.getParent();
    removeAbandoned(folder);
    Path tmp = create(folder, target, Files.exists(target));
    boolean moved = false;
    try (FileChannel channel = FileChannel.open(tmp, WRITE)) {
      // The lock (where the file system has locks) is held until the channel closes, after the
      // move; without one the file is never taken for abandoned.
      tryLock(channel);
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      content.writeTo(out);
      out.flush();
      channel.force(false); // on disk before it takes the name: a power cut leaves no empty file
      keepAttributes(tmp, target);
      move(tmp, target);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** Deletes the newsdiff temporary files in {@code folder} left by runs that were killed. */
  static void removeAbandoned(Path folder) {
    List<Path> candidates = new ArrayList<>();
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(folder, f -> isTemporary(f.getFileName().toString()))) {
      files.forEach(candidates::add);
    } catch (IOException e) {
      return; // an unreadable folder: the write itself will say what is wrong
    }
    candidates.forEach(ReplacedFile::removeIfAbandoned);
  }

  static boolean isTemporary(String fileName) {
    return TEMPORARY.matcher(fileName).matches();
  }

  /** Deleted only when its lock can be taken: a run still writing it holds the lock. */
  private static void removeIfAbandoned(Path file) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(file, WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | OverlappingFileLockException e) {
      // someone else's, in use by this JVM, or on a file system without locks: left alone
    }
  }

  /**
   * A new empty file named as newsdiff's temporary file for {@code target}. In place of an existing
   * file it is private to us until it takes that file's permissions; as a new file it gets what any
   * new file gets, read and write for everyone less the umask (Java cannot read the umask, but the
   * operating system applies it to a file created without permissions).
   */
  private static Path create(Path folder, Path target, boolean replacing) throws IOException {
    FileAttribute<?>[] permissions =
        replacing && folder.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            }
            : new FileAttribute<?>[0];
    while (true) {
      String number = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE);
      Path tmp = folder.resolve("." + target.getFileName() + MARK + number + ".tmp");
      // An interrupt runs the JVM's shutdown hooks, this among them; registered before the file
      // exists, so that no interrupt can come between. After the move nothing is left to delete.
      tmp.toFile().deleteOnExit();
      try {
        return Files.createFile(tmp, permissions);
      } catch (FileAlreadyExistsException e) {
        // the same number drawn twice: draw again
      }
    }
  }

  private static void tryLock(FileChannel channel) {
    try {
      channel.tryLock();
    } catch (IOException e) {
      // a file system without locks
    }
  }

  /**
   * A report in place of an old file gets its permissions and, where we may set them (as root), its
   * owner and group. A new one keeps the permissions it was created with.
   */
  private static void keepAttributes(Path tmp, Path target) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (view == null || !Files.exists(target)) {
      return;
    }
    PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
    view.setPermissions(old.permissions());
    try {
      PosixFileAttributes now = view.readAttributes();
      if (!now.owner().equals(old.owner())) {
        view.setOwner(old.owner());
      }
      if (!now.group().equals(old.group())) {
        view.setGroup(old.group());
      }
    } catch (IOException e) {
      // only root may give a file away: the report is then the writer's
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
