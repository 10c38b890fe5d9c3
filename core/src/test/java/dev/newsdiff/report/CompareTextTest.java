package dev.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompareTextTest {

  @Test
  void escapeSequencesAndOverridesFromArticlesAndOutletNamesAreShownNotObeyed() {
    String text = CompareText.render(HostileText.comparison());
    assertThat(text)
        .doesNotContain("\u001b", "\u0007", "\u009b", "\u202e", "\u202d", "\u2067")
        .contains("Comparing 2 outlets: Evil\\u202E Wire [evil-wire], Paper [paper]")
        .contains("␛]0;pwned␇");
  }
}
