package dev.newsdiff.internal.ingest;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.Files;
import dev.newsdiff.model.InputException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The raw text of one article and the id it goes by. Immutable.
 *
 * @param id the article's id: given by the user ({@code id=path}) or the file name's stem
 * @param name how to name this input in messages (the path as given)
 * @param text the decoded text; all offsets point into it (for a saved web page, the text extracted
 *     from it)
 * @param warning something the user should know about how the file was read ("not UTF-8; read as
 *     windows-1254"), or null
 * @param site the outlet's name as a saved web page's metadata gives it (og:site_name), or null
 * @param published when a saved web page's metadata says it was published ({@link
 *     PublishedTime#in}), or null
 */
public record ArticleFile(
    String id,
    String name,
    String text,
    @Nullable String warning,
    @Nullable String site,
    @Nullable Instant published) {

  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

  public ArticleFile {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(text, "text");
    checkArgument(isValidId(id), "article id must be letters, digits, '.', '_' or '-': %s", id);
  }

  /** An article read from text, which has no metadata naming its outlet or its time. */
  public ArticleFile(String id, String name, String text, @Nullable String warning) {
    this(id, name, text, warning, null, null);
  }

  /** Builds an article from text in memory, e.g. in tests or when embedding the library. */
  public static ArticleFile of(String id, String text) {
    return new ArticleFile(id, id, text, null);
  }

  /**
   * Reads an article from a stream, e.g. standard input ({@code name} "-"): at most 64 MB, as from
   * a file; a longer stream is refused once that much has been read.
   */
  public static ArticleFile fromStream(
      String name, String id, InputStream in, @Nullable Charset encoding) throws InputException {
    checkId(name, id);
    return fromBytes(name, id, InputBytes.ofStream(in, name), encoding);
  }

  /** Reads an article from bytes already in memory. */
  public static ArticleFile fromBytes(
      String name, String id, byte[] bytes, @Nullable Charset encoding) throws InputException {
    checkId(name, id);
    return fromDecoded(name, id, TextDecoder.decode(name, bytes, encoding), name);
  }

  private static ArticleFile fromDecoded(
      String name, String id, TextDecoder.Decoded decoded, String fileName) throws InputException {
    String text = decoded.text();
    String warning =
        decoded.guessed() ? "not UTF-8; read as " + decoded.encoding() + " (detected)" : null;
    String site = null;
    Instant published = null;
    if (HtmlPages.looksLikeHtml(fileName, text)) {
      HtmlPages.Page page = HtmlPages.read(text);
      text = page.text();
      site = page.site();
      published = page.published();
      if (text.isBlank()) {
        throw new InputException(name, "a web page with no article text in it");
      }
    }
    if (text.length() > MAX_TEXT_CHARS) {
      throw new InputException(
          name,
          String.format(
              Locale.ROOT,
              "the article's text is longer than %,d characters (%,d), more than newsdiff"
                  + " compares in a minute",
              MAX_TEXT_CHARS,
              text.length()));
    }
    return new ArticleFile(id, name, text, warning, site, published);
  }

  /**
   * An article's text, from a file or after a web page's markup is dropped, is refused beyond this
   * length: a 20 MB article compares in about half a minute of CPU, time roughly linear in its
   * length, and a web page of 50 MB held 45 million characters of text.
   */
  static final int MAX_TEXT_CHARS = 24_000_000;

  /** Reads {@code path} with the file name's stem as id. */
  public static ArticleFile read(Path path) throws InputException {
    return read(path, idFromFileName(path));
  }

  /** Reads {@code path} as UTF-8 text (BOM and CRLF tolerated). */
  public static ArticleFile read(Path path, String id) throws InputException {
    return read(path, id, null);
  }

  /**
   * Reads {@code path}: text in {@code encoding} (null: UTF-8, or a detected legacy encoding with a
   * warning), or a saved web page (.html, or text that starts like one), whose article is
   * extracted.
   */
  public static ArticleFile read(Path path, String id, @Nullable Charset encoding)
      throws InputException {
    String name = path.toString();
    checkId(name, id);
    byte[] bytes = InputBytes.ofFile(path, name);
    String fileName = path.getFileName() == null ? name : path.getFileName().toString();
    return fromDecoded(name, id, TextDecoder.decode(name, bytes, encoding), fileName);
  }

  /** Refuses a bad id before anything is read. */
  private static void checkId(String name, String id) throws InputException {
    if (!isValidId(id)) {
      throw new InputException(
          name, "bad article id '" + id + "': use letters, digits, '.', '_' or '-'");
    }
  }

  static boolean isValidId(String id) {
    return ID.matcher(id).matches();
  }

  /** "samples/x/trt-world.txt" gives "trt-world"; characters an id cannot hold become '-'. */
  public static String idFromFileName(Path path) {
    Path fileName = path.getFileName();
    String name = fileName == null ? "" : fileName.toString().replaceAll("^\\.+", "");
    String stem = Files.getNameWithoutExtension(name);
    String id = stem.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[._-]+|[._-]+$", "");
    return id.isEmpty() ? "article" : id;
  }
}
