package dev.newsdiff.ingest;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.Files;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The raw text of one article and the id it goes by. Immutable.
 *
 * @param id the article's id: given by the user ({@code id=path}) or the file name's stem
 * @param name how to name this input in messages (the path as given)
 * @param text the decoded text; all offsets point into it
 */
public record ArticleFile(String id, String name, String text) {

  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
  /** A file larger than this is not a news article; refusing it keeps memory bounded. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  public ArticleFile {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(text, "text");
    checkArgument(isValidId(id), "article id must be letters, digits, '.', '_' or '-': %s", id);
  }

  /** Builds an article from text in memory, e.g. in tests or when embedding the library. */
  public static ArticleFile of(String id, String text) {
    return new ArticleFile(id, id, text);
  }

  /** Reads {@code path} with the file name's stem as id. */
  public static ArticleFile read(Path path) throws InputException {
    return read(path, idFromFileName(path));
  }

  /** Reads {@code path} as UTF-8 text (BOM and CRLF tolerated). */
  public static ArticleFile read(Path path, String id) throws InputException {
    String name = path.toString();
    if (!isValidId(id)) {
      throw new InputException(name, "bad article id '" + id + "': use letters, digits, '.', '_' or '-'");
    }
    if (java.nio.file.Files.isDirectory(path)) {
      throw new InputException(name, "is a directory, expected an article file");
    }
    byte[] bytes;
    try {
      if (java.nio.file.Files.exists(path) && java.nio.file.Files.size(path) > MAX_BYTES) {
        throw new InputException(name, "file is larger than " + (MAX_BYTES >> 20) + " MB");
      }
      bytes = java.nio.file.Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(name, "permission denied", e);
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
    return new ArticleFile(id, name, TextDecoder.decode(name, bytes));
  }

  public static boolean isValidId(String id) {
    return ID.matcher(id).matches();
  }

  /** "samples/x/trt-world.txt" gives "trt-world"; characters an id cannot hold become '-'. */
  static String idFromFileName(Path path) {
    Path fileName = path.getFileName();
    String name = fileName == null ? "" : fileName.toString().replaceAll("^\\.+", "");
    String stem = Files.getNameWithoutExtension(name);
    String id = stem.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[._-]+|[._-]+$", "");
    return id.isEmpty() ? "article" : id;
  }
}
