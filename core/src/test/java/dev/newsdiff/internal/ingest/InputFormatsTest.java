package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.FurnitureKind;
import dev.newsdiff.model.Sentence;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFormatsTest {

  @TempDir Path dir;

  @Test
  void savedWebPageGivesTheArticleWithoutPageClutter() throws Exception {
    Path page = Path.of("src/test/resources/dev/newsdiff/internal/ingest/saved-page.html");
    Article a = NewsDiff.read(page);
    assertThat(a.id()).isEqualTo("saved-page");
    assertThat(a.outlet()).isEqualTo("The City Herald");
    assertThat(a.headline()).isEqualTo("Kingsquay Bridge shut after barge smashes into pier");
    String story = String.join(" ", a.sentences().stream().map(Sentence::text).toList());
    assertThat(story)
        .contains("will stay closed for at least a week")
        .contains("40 tonnes of steel piling")
        .contains("Nobody wants this bridge open")
        .doesNotContain("Advertisement")
        .doesNotContain("Share on")
        .doesNotContain("Related stories")
        .doesNotContain("Harbour traffic doubles")
        .doesNotContain("cookies")
        .doesNotContain("newsletter")
        .doesNotContain("track(")
        .doesNotContain("Sport");
    assertThat(a.quotes())
        .extracting(q -> q.speaker())
        .contains("Harbour Master Ellen Vance", "Ms Vance");
    assertThat(a.furniture())
        .extracting(f -> f.kind())
        .contains(FurnitureKind.SOURCE, FurnitureKind.TIMESTAMP, FurnitureKind.BYLINE);
    for (Sentence s : a.sentences()) {
      assertThat(s.span().in(a.text())).isEqualTo(s.text());
    }
  }

  @Test
  void textThatStartsLikeAPageIsReadAsOne() throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("story.txt"),
            "<!doctype html><html><head><title>Talks end</title></head><body><article><p>The talks ended on Friday without a deal.</p>"
                + "<p>Both sides left Geneva.</p></article></body></html>",
            StandardCharsets.UTF_8);
    Article a = NewsDiff.read(page);
    assertThat(a.text())
        .doesNotContain("<p>")
        .contains("The talks ended on Friday without a deal.");
  }

  @Test
  void legacyTurkishEncodingIsDetectedWithAWarning() throws Exception {
    String turkish =
        "Savunma Bakanlığı açıklama yaptı. İstanbul’da düzenlenen toplantıda ağır sorular yanıtlandı ve "
            + "bakanlık kaynakları şöyle dedi: barış gücü gönderilmeyecek. Ülkenin güneyinde çalışmalar sürüyor.\n";
    Path file =
        Files.write(
            dir.resolve("tr.txt"),
            turkish.replace('’', '\'').getBytes(Charset.forName("windows-1254")));
    ArticleFile read = ArticleFile.read(file, "tr", null);
    assertThat(read.text()).contains("Bakanlığı").contains("İstanbul").contains("ağır");
    assertThat(read.warning()).isEqualTo("not UTF-8; read as ISO-8859-9 (detected)");
    ArticleFile named = ArticleFile.read(file, "tr", Charset.forName("ISO-8859-9"));
    assertThat(named.warning()).isNull();
    assertThat(named.text()).contains("Bakanlığı");
  }

  @Test
  void standardInputIsReadLikeAFile() throws Exception {
    ArticleFile f =
        ArticleFile.fromBytes(
            "-", "stdin", "The talks ended on Friday.\n".getBytes(StandardCharsets.UTF_8), null);
    assertThat(f.id()).isEqualTo("stdin");
    assertThat(f.name()).isEqualTo("-");
    assertThatThrownBy(() -> ArticleFile.fromBytes("-", "stdin", new byte[0], null))
        .hasMessage("-: empty file");
  }
}
