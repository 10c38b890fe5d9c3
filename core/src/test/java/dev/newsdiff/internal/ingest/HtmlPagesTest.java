package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a saved web page's article is made of, and pages built to make a careless reader slow. The
 * timeouts guard against hangs; they are generous, not performance targets.
 */
class HtmlPagesTest {

  private static String page(String body) {
    return "<!doctype html><html><head><title>T</title></head><body>" + body + "</body></html>";
  }

  /** The body text after the metadata lines and the blank line that ends them. */
  private static String article(String body) {
    String text = HtmlPages.toText(page(body));
    return text.substring(text.indexOf("\n\n") + 2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a paragraph in a quote block is part of it | <blockquote><p>One.</p><p>Two.</p></blockquote> | One. Two.
          a nested list is part of its item         | <ul><li>Top <ul><li>inner</li></ul></li><li>Next</li></ul> | Top inner/Next
          headings and paragraphs in page order     | <h2>Head</h2><p>Body one.</p><h3>Sub</h3><p>Body two.</p> | Head/Body one./Sub/Body two.
          """)
  void blocks(String rule, String body, String paragraphs) {
    assertThat(article(body)).isEqualTo(String.join("\n\n", paragraphs.split("/")) + "\n\n");
  }

  /** WordPress marks each tag on the article itself: "tag-ferries" is no list of tags. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a tag class on the article        | <article class="post tag-ferries"><p>The ferry sank.</p></article>
          a sidebar class on its wrapper    | <div class="has-sidebar"><main><p>The ferry sank.</p></main></div>
          a share class on the story body   | <div class="share-ready" itemprop="articleBody"><p>The ferry sank.</p></div>
          """)
  void aClassThatNamesFurnitureDoesNotRemoveTheStory(String page, String body) {
    assertThat(article(body)).isEqualTo("The ferry sank.\n\n");
  }

  @Test
  void theStoryIsTheContainerWithTheMostParagraphTextTwoLevelsDown() {
    String body =
        "<div id=nav><div><p>Short.</p></div></div>"
            + "<div id=story><div><p>The talks ended on Friday without a deal.</p>"
            + "<p>Both sides left Geneva.</p></div></div>";
    assertThat(article(body))
        .isEqualTo("The talks ended on Friday without a deal.\n\nBoth sides left Geneva.\n\n");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHundredThousandNestedDivs() {
    String body = "<div>".repeat(100_000) + "<p>Deep text here.</p>" + "</div>".repeat(100_000);
    assertThat(article(body)).isEqualTo("Deep text here.\n\n");
  }

  /** Each item once: read item by item, 10,000 nested items made 4.6 GB of repeated text. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void tenThousandNestedListItems() {
    StringBuilder body = new StringBuilder("<ul>");
    for (int i = 0; i < 10_000; i++) {
      body.append("<li>w").append(i).append(" <ul>");
    }
    body.append("</ul></li>".repeat(10_000)).append("</ul>");
    String text = article(body.toString());
    assertThat(text).startsWith("w0 w1 w2 ").endsWith(" w9999\n\n");
    assertThat(text.length()).isLessThan(body.length());
  }

  /**
   * A class of 100,000 combining marks: {@code \b} was tried at each mark and looked back over them
   * all.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aClassOfCombiningMarksIsReadInTime() {
    String marks = "e" + "\u0301".repeat(100_000);
    String body = "<div class='" + marks + "'><p>The talks ended.</p><p>Both left.</p></div>";
    assertThat(article(body)).isEqualTo("The talks ended.\n\nBoth left.\n\n");
  }
}
