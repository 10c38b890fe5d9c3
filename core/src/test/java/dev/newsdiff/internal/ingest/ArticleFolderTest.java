package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdiff.model.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleFolderTest {

  @TempDir Path dir;

  private Path touch(String name) throws IOException {
    return Files.writeString(dir.resolve(name), "The talks ended on Friday.");
  }

  @Test
  void aFolderStandsForItsArticleFilesInNameOrder() throws Exception {
    Path trt = touch("trt-world.txt");
    Path aa = touch("anadolu-agency.html");
    Path sabah = touch("daily-sabah.htm");
    touch("annotation.json");
    touch(".hidden.txt");
    Files.createDirectory(dir.resolve("nested.txt"));

    assertThat(ArticleFolder.files(dir)).containsExactly(aa, sabah, trt);
  }

  @ParameterizedTest
  @CsvSource({
    "story.txt, true",
    "story.html, true",
    "story.htm, true",
    "STORY.TXT, true",
    "İSTANBUL.HTML, true",
    "story.md, false",
    "story.txt.bak, false",
    "findings.json, false",
    ".story.txt, false",
  })
  void articleFilesAreTextAndSavedWebPages(String name, boolean article) throws IOException {
    assertThat(ArticleFolder.isArticleFile(touch(name))).as(name).isEqualTo(article);
  }

  @Test
  void aSubfolderIsNotAnArticleFile() throws IOException {
    assertThat(ArticleFolder.isArticleFile(Files.createDirectory(dir.resolve("outlet.txt"))))
        .isFalse();
  }

  @Test
  void aFolderWithoutArticlesIsRefusedWithItsName() throws IOException {
    touch("notes.md");
    assertThatThrownBy(() -> ArticleFolder.files(dir))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.input()).isEqualTo(dir.toString());
              assertThat(e.reason()).isEqualTo("no article files (*.txt, *.html) in this folder");
            });
  }

  @Test
  void aMissingFolderCannotBeListed() {
    Path missing = dir.resolve("no-such-folder");
    assertThatThrownBy(() -> ArticleFolder.files(missing))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.input()).isEqualTo(missing.toString());
              assertThat(e.reason()).startsWith("cannot list folder: ");
            });
  }
}
