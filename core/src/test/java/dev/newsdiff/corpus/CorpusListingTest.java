package dev.newsdiff.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdiff.model.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusListingTest {

  @TempDir Path dir;

  private final List<String> problems = new ArrayList<>();

  private List<CorpusEntry> list(Path input, Pattern outletFrom) throws InputException {
    return CorpusListing.list(
        input, outletFrom, (where, reason) -> problems.add(where + ": " + reason));
  }

  private Path file(String path) throws Exception {
    Path f = dir.resolve(path);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, "Storm closes port.\n\nThe port of Velden closed on Monday.\n");
  }

  @Test
  void outletFoldersGiveTheOutletAndAnIdPrefixedWithIt() throws Exception {
    file("bbc/flood.txt");
    file("bbc/notes.md");
    file("the-times/flood.html");
    assertThat(list(dir, null))
        .extracting(CorpusEntry::id, CorpusEntry::outlet, CorpusEntry::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bbc--flood", "bbc", "bbc/flood.txt"),
            org.assertj.core.groups.Tuple.tuple(
                "the-times--flood", "the-times", "the-times/flood.html"));
    assertThat(problems).isEmpty();
  }

  @Test
  void aFlatFolderTakesTheOutletFromTheFileNameOrLeavesItToThePage() throws Exception {
    file("bbc_flood.html");
    file("reuters_flood.txt");
    file("flood.txt");
    file("old/bbc_storm.txt");
    List<CorpusEntry> named = list(dir, Pattern.compile("^([a-z]+)_"));
    assertThat(named).extracting(CorpusEntry::outlet).containsExactly("bbc", "reuters");
    assertThat(problems)
        .containsExactly(
            dir.resolve("flood.txt") + ": file name gives no outlet with --outlet-from ^([a-z]+)_",
            dir.resolve("old") + ": a folder inside a flat corpus; skipped");
    problems.clear();
    assertThat(list(dir, null)).extracting(CorpusEntry::outlet).containsOnlyNulls().hasSize(3);
  }

  @Test
  void anEmptyFolderIsNoCorpus() {
    assertThatThrownBy(() -> list(dir, null))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no articles");
  }

  @Test
  void idsAreUniqueAndTheSameWhateverOrderTheFilesAreListedIn() {
    List<Listed> listed = new ArrayList<>();
    for (String p : List.of("a.txt", "a.html", "a-2.txt", "x/a.txt", "x--a.txt", "é ü.txt")) {
      listed.add(new Listed(p, p, "o", null, null));
    }
    List<String> ids = CorpusListing.withIds(listed).stream().map(CorpusEntry::id).toList();
    assertThat(ids).doesNotHaveDuplicates().contains("a", "a-2", "a-3", "é-ü");
    assertThat(ids).containsOnlyOnce("x--a").contains("x--a-2");
    for (long seed = 0; seed < 5; seed++) {
      Collections.shuffle(listed, new Random(seed));
      assertThat(CorpusListing.withIds(listed)).extracting(CorpusEntry::id).isEqualTo(ids);
    }
  }

  @Test
  void aCsvManifestReadsCommonColumnNamesAndReportsEachBadRowByLine() throws Exception {
    file("pages/one.html");
    file("pages/two.txt");
    file("pages/three.txt");
    file("pages/four.txt");
    Files.createDirectories(dir.resolve("pages/folder"));
    Path manifest =
        Files.writeString(
            dir.resolve("export.csv"),
            String.join(
                "\r\n",
                "Source Name,file_path,date_publish,URL,title",
                "BBC News,pages/one.html,2024-05-01T10:00:00Z,https://bbc.example/1,\"Flood, day one\"",
                ",pages/two.txt,2024-05-01,,\"A title\nover two lines\"",
                "Reuters,pages/missing.txt,,,",
                "Reuters,pages/three.txt,1 May,,",
                "Reuters,pages/four.txt,,not a url,",
                "Reuters,pages/one.html,,,",
                "Reuters,,,,",
                "Reuters,pages/folder,,,",
                "too,few",
                ""));
    List<CorpusEntry> entries = list(manifest, null);
    assertThat(entries)
        .extracting(CorpusEntry::id, CorpusEntry::outlet, CorpusEntry::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("pages--one", "BBC News", "pages/one.html"),
            org.assertj.core.groups.Tuple.tuple("pages--two", null, "pages/two.txt"));
    assertThat(entries.get(0).published()).hasToString("2024-05-01T10:00:00Z");
    assertThat(entries.get(0).url()).isEqualTo("https://bbc.example/1");
    assertThat(entries.get(1).published()).hasToString("2024-05-01T00:00:00Z");
    assertThat(problems)
        .containsExactly(
            manifest + ":5: pages/missing.txt: no such file",
            manifest
                + ":6: published time '1 May' is not ISO 8601 (2023-05-01, 2023-05-01T14:30:00Z,"
                + " 2023-05-01T14:30+02:00)",
            manifest + ":7: url 'not a url' is not an absolute URL",
            manifest + ":8: pages/one.html is listed again (first on line 2)",
            manifest + ":9: no path",
            manifest + ":10: pages/folder is a folder, not an article file",
            manifest + ":11: 2 fields where the header has 5");
  }

  @Test
  void aManifestWithoutAPathColumnIsNoCorpus() throws Exception {
    Path manifest =
        Files.writeString(dir.resolve("export.csv"), "outlet,url\nBBC,https://x.example/\n");
    assertThatThrownBy(() -> list(manifest, null))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("the header names no path column");
  }

  @Test
  void aJsonLinesManifestReportsLinesThatAreNoArticle() throws Exception {
    file("a.txt");
    file("b.txt");
    Path manifest =
        Files.writeString(
            dir.resolve("export.jsonl"),
            String.join(
                "\n",
                "{\"path\": \"a.txt\", \"source_domain\": \"bbc.co.uk\", \"published_at\": \"2024-05-01T12:00:00+02:00\", \"extra\": [1]}",
                "",
                "{\"path\": \"b.txt\", \"outlet\": [\"x\"]}",
                "[\"b.txt\"]",
                "{\"path\": \"b.txt\"",
                "{\"filename\": \"b.txt\", \"outlet\": \"Reuters\", \"url\": null}"));
    List<CorpusEntry> entries = list(manifest, null);
    assertThat(entries).extracting(CorpusEntry::outlet).containsExactly("bbc.co.uk", "Reuters");
    assertThat(entries.get(0).published()).hasToString("2024-05-01T10:00:00Z");
    assertThat(problems)
        .containsExactly(
            manifest + ":3: 'outlet' is not a string",
            manifest + ":4: not a JSON object",
            manifest + ":5: not valid JSON");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-05-01T10:00:00Z|2024-05-01T10:00:00Z",
        "2024-05-01T10:00:00.250Z|2024-05-01T10:00:00.250Z",
        "2024-05-01T12:00+02:00|2024-05-01T10:00:00Z",
        "2024-05-01T10:00:00|2024-05-01T10:00:00Z",
        "2024-05-01 10:00:00|2024-05-01T10:00:00Z",
        "2024-05-01T12:00:00+0200|2024-05-01T10:00:00Z",
        "2024-05-01|2024-05-01T00:00:00Z",
      })
  void publicationTimes(String written, String instant) {
    assertThat(Manifest.published(written)).hasToString(instant);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"yesterday", "01/05/2024", "2024-13-01", "2024-05-01T25:00"})
  void publicationTimesThatAreNot(String written) {
    assertThatThrownBy(() -> Manifest.published(written))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(written);
  }
}
