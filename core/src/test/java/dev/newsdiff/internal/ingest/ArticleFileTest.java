package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdiff.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileTest {

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void readsUtf8AndTakesTheIdFromTheFileName() throws Exception {
    Path p = write("anadolu-agency.txt", "Türkiye İSTANBUL\n".getBytes(StandardCharsets.UTF_8));
    ArticleFile f = ArticleFile.read(p);
    assertThat(f.id()).isEqualTo("anadolu-agency");
    assertThat(f.text()).isEqualTo("Türkiye İSTANBUL\n");
  }

  @Test
  void dropsTheByteOrderMark() throws Exception {
    byte[] body = "Hello.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(ArticleFile.read(write("bom.txt", bytes)).text()).isEqualTo("Hello.");
  }

  @Test
  void missingFile() {
    assertThatThrownBy(() -> ArticleFile.read(dir.resolve("nope.txt")))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith("nope.txt: no such file");
  }

  @Test
  void directory() {
    assertThatThrownBy(() -> ArticleFile.read(dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is a directory");
  }

  @Test
  void emptyAndBlankFiles() throws IOException {
    Path empty = write("empty.txt", new byte[0]);
    Path blank = write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> ArticleFile.read(empty)).hasMessageEndingWith(": empty file");
    assertThatThrownBy(() -> ArticleFile.read(blank))
        .hasMessageContaining("empty file (only white space)");
  }

  @Test
  void binaryFile() throws IOException {
    Path bin = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertThatThrownBy(() -> ArticleFile.read(bin)).hasMessageContaining("binary file");
  }

  @Test
  void invalidUtf8NamesTheByte() throws IOException {
    // "Türkiye" in Windows-1254: ü is 0xFC, never valid in UTF-8.
    Path legacy = write("legacy.txt", new byte[] {'T', (byte) 0xFC, 'r', 'k', 'i', 'y', 'e', '.'});
    assertThatThrownBy(() -> ArticleFile.read(legacy))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not valid UTF-8 (byte 0xFC at offset 1)");
  }

  /** The library says what is wrong; how to fix it is the caller's (the CLI names --encoding). */
  @Test
  void undetectableEncodingIsSaidWithoutNamingAnyFlag() throws IOException {
    Path legacy = write("legacy.txt", new byte[] {'T', (byte) 0xFC, 'r', 'k', 'i', 'y', 'e', '.'});
    assertThatThrownBy(() -> ArticleFile.read(legacy))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(
                        "not valid UTF-8 (byte 0xFC at offset 1), and its encoding could not be"
                            + " detected"));
  }

  @Test
  void badIdIsRefused() throws IOException {
    Path p = write("a.txt", "Hello.".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> ArticleFile.read(p, "bad id!")).hasMessageContaining("bad article id");
  }

  @Test
  void idFromAwkwardFileNames() {
    assertThat(ArticleFile.idFromFileName(Path.of("x/Daily Sabah (copy).txt")))
        .isEqualTo("Daily-Sabah-copy");
    assertThat(ArticleFile.idFromFileName(Path.of("x/.hidden"))).isEqualTo("hidden");
  }

  /** Issue 15: a 50 MB web page held 45 million characters of text and ran for minutes. */
  @Test
  void refusesAnArticleWhoseTextIsTooLongToCompareInAMinute() throws InputException {
    byte[] page =
        ("<html><body><article>"
                + "<p>The ferry burned.</p>".repeat(ArticleFile.MAX_TEXT_CHARS / 17)
                + "</article></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ArticleFile.fromBytes("big.html", "big", page, null))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("big.html")
        .hasMessageContaining("longer than 24,000,000 characters");
    byte[] justBelow =
        "The ferry burned. "
            .repeat(ArticleFile.MAX_TEXT_CHARS / 18)
            .getBytes(StandardCharsets.UTF_8);
    assertThat(ArticleFile.fromBytes("long.txt", "long", justBelow, null).text())
        .hasSize(justBelow.length);
  }
}
