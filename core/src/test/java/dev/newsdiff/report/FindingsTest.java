package dev.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {

  @Test
  void anEmojiAtTheQuoteCutIsKeptWholeOrLeftOut() {
    String quote = HostileText.emojiAt(76, " and nobody could see the stairs at all");
    List<String> findings =
        Findings.of(
            NewsDiff.compare(
                List.of(
                    NewsDiff.parse("wire", "“" + quote + ",” said Aisha Rahman."),
                    NewsDiff.parse("paper", "“" + quote + " today,” said Aisha Rahman."))));
    String json = Findings.toJson(findings);
    assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(json)).isTrue();
    assertThat(findings).anyMatch(f -> f.contains(quote.substring(0, 76) + "...\""));
  }

  @Test
  void controlCharactersShowAsInTheTextReport() {
    List<String> findings = Findings.of(HostileText.comparison());
    assertThat(String.join("\n", findings))
        .doesNotContain("\u001b", "\u009b", "\u202e")
        .contains("\\u202Ewas\\u009B");
  }
}
