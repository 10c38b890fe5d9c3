package dev.newsdiff.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that break careless readers. The timeouts guard against hangs (catastrophic regular
 * expressions, quadratic loops); they are generous and are not performance targets.
 */
class HostileInputTest {

  @TempDir Path dir;

  private static final String PARAGRAPH =
      "The ministry said on Aug. 13 that 12 people were hurt, \"and we will continue,\" Dr. Smith told reporters in İstanbul.\n";

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aTwentyMegabyteArticle() throws Exception {
    StringBuilder sb = new StringBuilder("A very long article\n");
    while (sb.length() < 20_000_000) {
      sb.append(PARAGRAPH);
    }
    Path file = Files.writeString(dir.resolve("huge.txt"), sb, StandardCharsets.UTF_8);
    Article a = NewsDiff.read(file);
    assertThat(a.sentences()).hasSizeGreaterThan(100_000);
    SpanChecks.check(a);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aOneMegabyteLineWithNoSpaces() {
    String line = "x".repeat(500_000) + ".\"“'’" + "Ab.".repeat(150_000);
    Article a = NewsDiff.parse("line", line + "\nA second line follows here.\n");
    SpanChecks.check(a);
    Comparison c =
        NewsDiff.compare(List.of(a, NewsDiff.parse("other", "A second line follows here.\n")));
    assertThat(c.statements()).isNotEmpty();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aLeadOfCombiningMarksIsCompared() {
    // The story's clock looks for a country in the leads: its \b was tried at every mark, and
    // looked back over all the marks before it each time (minutes for these 500,000).
    Article marks =
        NewsDiff.parse(
            "marks", "The minister spoke. Türkiye e" + "\u0301".repeat(500_000) + " is ready.\n");
    SpanChecks.check(marks);
    Comparison c =
        NewsDiff.compare(
            List.of(marks, NewsDiff.parse("other", "The minister spoke in Ankara.\n")));
    assertThat(c.statements()).isNotEmpty();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void unbalancedAndNestedQuoteMarks() {
    String text =
        "\"\"\"“““He said “she said ‘they said \"it\" ’ ” and» «never« closed.\n"
            + "'''’’’ “ ” \" ' ‘ ’ « » „ ‟\n\"Open here,\" he said, \"and again,\" she said, \"and again.\n";
    SpanChecks.check(NewsDiff.parse("quotes", text.repeat(50)));
  }

  @Test
  void controlCharactersAndMixedScripts() {
    String text =
        "Türkiye\u0007 Ελλάδα Россия 東京 مصر\u200b and\u00a0more.\u000b Next\u0001 sentence here.\n";
    SpanChecks.check(NewsDiff.parse("mixed", text));
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void fiveHundredArticlesAtOnce() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      articles.add(
          NewsDiff.parse(
              "a" + i,
              "Officials said "
                  + (i % 7 + 2)
                  + " ferries were delayed in port "
                  + (i % 13)
                  + ".\nTalks continue on day "
                  + i
                  + ".\n"));
    }
    Comparison c = NewsDiff.compare(articles);
    assertThat(c.articles()).hasSize(500);
  }

  @Test
  void aFileThatDisappearsBeforeItIsRead() throws Exception {
    Path file = Files.writeString(dir.resolve("gone.txt"), "Here now.\n", StandardCharsets.UTF_8);
    Files.delete(file);
    assertThatThrownBy(() -> NewsDiff.read(file))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith("gone.txt: no such file");
  }
}
