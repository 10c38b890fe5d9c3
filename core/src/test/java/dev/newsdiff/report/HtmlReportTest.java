package dev.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.internal.Controls;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  /** A {@code <bdi>} with what it holds; the report never nests them. */
  private static final Pattern ISOLATED = Pattern.compile("(?s)<bdi>.*?</bdi>");

  private static final String HTML = Report.render(HostileText.comparison(), ReportFormat.HTML);

  @Test
  void anUnclosedRightToLeftOverrideInAnOutletNameIsIsolatedInTheSummary() {
    assertThat(HTML)
        .contains("<b><bdi>" + HostileText.OUTLET + "</bdi></b>, <b><bdi>Paper</bdi></b>");
  }

  @Test
  void noBidiControlLeaksOutOfItsBdi() {
    assertThat(HTML).contains("\u202e", "\u2067", "\u202d"); // kept for the text that uses them
    String outside = ISOLATED.matcher(HTML).replaceAll("");
    assertThat(outside.codePoints().filter(Controls::isBidiFormatting).toArray()).isEmpty();
    assertThat(outside).doesNotContain("<bdi>", "</bdi>"); // none nested, none unclosed
  }

  @Test
  void wherePlainTextCannotBeIsolatedBidiControlsShowAsEscapes() {
    assertThat(HTML)
        .contains("<option value=\"evil-wire\">Evil\\u202E Wire</option>")
        .contains("<title>newsdiff: 2 outlets compared</title>");
  }

  @Test
  void escapeSequencesShowAsInTheTextReport() {
    assertThat(HTML.chars().filter(c -> c != '\n' && Character.getType(c) == Character.CONTROL))
        .isEmpty();
    assertThat(HTML).contains("␛]0;pwned␇", "\\u009B");
  }

  @Test
  void anEmojiAtTheCoverageCutIsKeptWholeOrLeftOut() {
    String sentence = HostileText.emojiAt(86, " spread through the engine room of the ship.");
    String html =
        Report.render(
            NewsDiff.compare(
                // One more sentence for the wire: copies would share no statement to cover.
                List.of(
                    NewsDiff.parse("wire", sentence + "\n\nNobody was hurt."),
                    NewsDiff.parse("paper", sentence))),
            ReportFormat.HTML);
    assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(html)).isTrue();
    assertThat(html).contains("<bdi>" + sentence.substring(0, 86) + "…</bdi>");
  }
}
