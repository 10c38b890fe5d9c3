package dev.newsdiff.internal.ingest;

import dev.newsdiff.model.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The bytes of one input, never more than {@link #MAX_BYTES} of them, whatever the source: a file,
 * or a stream such as standard input. A size the file system reports is not trusted: a device says
 * 0 and never ends, a file can grow while it is read. So every source is read up to one byte past
 * the cap, and that byte means "too large".
 */
final class InputBytes {

  /** A file larger than this is not a news article; refusing it keeps memory bounded. */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  private static final String TOO_LARGE = "larger than " + (MAX_BYTES >> 20) + " MB";

  private InputBytes() {}

  /**
   * Reads the regular file {@code path}. Anything else is refused before it is opened: opening a
   * FIFO that has no writer blocks for ever, and a device such as /dev/zero never ends.
   */
  static byte[] ofFile(Path path, String name) throws InputException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw new InputException(name, "is a directory, expected an article file");
      }
      if (!attributes.isRegularFile()) {
        throw new InputException(
            name,
            "not a regular file (a device, pipe or socket); to read a stream, pipe it to"
                + " standard input and name it '-'");
      }
      if (attributes.size() > MAX_BYTES) {
        throw new InputException(name, "file is " + TOO_LARGE);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return capped(in, name, "file is " + TOO_LARGE);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(name, "permission denied", e);
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads {@code in} (standard input: "-") to its end, or refuses it one byte past the cap. */
  static byte[] ofStream(InputStream in, String name) throws InputException {
    try {
      return capped(in, name, "input is " + TOO_LARGE + "; an article is far smaller");
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  private static byte[] capped(InputStream in, String name, String tooLarge)
      throws IOException, InputException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new InputException(name, tooLarge);
    }
    return bytes;
  }
}
