package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedTimeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2031-07-14T06:05:09Z|2031-07-14T06:05:09Z",
        "2031-07-14T06:05:09.000+00:00|2031-07-14T06:05:09Z",
        "2031-07-14T06:05Z|2031-07-14T06:05:00Z",
        "2031-07-14T06:05:09.120Z|2031-07-14T06:05:09.120Z",
        "2031-07-14T08:05:09+02:00|2031-07-14T06:05:09Z",
        "2031-07-14T08:05+02:00|2031-07-14T06:05:00Z",
        "2031-07-14T01:05:09-0500|2031-07-14T06:05:09Z",
        "2031-07-14T08:05:09+02|2031-07-14T06:05:09Z",
        "2031-07-14T06:05:09|2031-07-14T06:05:09Z",
        "2031-07-14T06:05|2031-07-14T06:05:00Z",
        "2031-07-14 06:05:09|2031-07-14T06:05:09Z",
        "2031-07-14 08:05:09 +0200|2031-07-14T06:05:09Z",
        "2031-07-14 06:05:09 UTC|2031-07-14T06:05:09Z",
        "2031-07-14t06:05:09z|2031-07-14T06:05:09Z",
        "2031-07-14T08:05:09+02:00[Europe/Berlin]|2031-07-14T06:05:09Z",
        "'  2031-07-14 '|2031-07-14T00:00:00Z",
      })
  void readsTheFormsPagesAndExportsWrite(String written, String instant) {
    assertThat(PublishedTime.parse(written)).hasToString(instant);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tomorrow",
        "14/07/2031",
        "July 14, 2031",
        "0000-00-00",
        "0000-00-00 00:00:00",
        "2031-02-30",
        "2031-07-14T24:61",
        "2031-07-14T06:05:09+25:00",
        "2031-07-14T06:05:09+02:00[Nowhere/Atlantis]",
        "2031-07-14Tnoon",
        "''",
        "T",
      })
  void anythingElseIsNoTime(String written) {
    assertThat(PublishedTime.parse(written)).isNull();
  }

  /** Each row: a page's head and body, and the time it gives ("-": none). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // Open Graph's article time, before everything else.
        "<meta property='article:published_time' content='2031-07-14T06:05:09Z'>"
            + "<meta name='date' content='2030-01-01'>||2031-07-14T06:05:09Z",
        // The names news sites and their analytics give it, in any case.
        "<meta name='pubdate' content='2031-07-14T06:05:09Z'>||2031-07-14T06:05:09Z",
        "<meta name='publishdate' content='2031-07-14'>||2031-07-14T00:00:00Z",
        "<meta name='date' content='2031-07-14 06:05:09'>||2031-07-14T06:05:09Z",
        "<meta name='dc.date' content='2031-07-14'>||2031-07-14T00:00:00Z",
        "<meta name='DC.date.issued' content='2031-07-14T08:05:09+02:00'>||2031-07-14T06:05:09Z",
        "<meta name='parsely-pub-date' content='2031-07-14T06:05:09Z'>||2031-07-14T06:05:09Z",
        "<meta name='sailthru.date' content='2031-07-14 06:05:09'>||2031-07-14T06:05:09Z",
        // Microdata, as a meta or as a time.
        "<meta itemprop='datePublished' content='2031-07-14T06:05:09Z'>||2031-07-14T06:05:09Z",
        "|<span itemprop='datePublished'><time datetime='2031-07-14T06:05Z'>Monday</time></span>"
            + "|2031-07-14T06:05:00Z",
        "|<time itemprop='datePublished' datetime='2031-07-14T06:05Z'>Monday</time>"
            + "|2031-07-14T06:05:00Z",
        // JSON-LD, alone, in a list, inside @graph, the article's before the web page's.
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\","
            + " \"datePublished\": \"2031-07-14T06:05:09Z\"}</script>||2031-07-14T06:05:09Z",
        "<script type='application/ld+json'>[{\"@type\": \"BreadcrumbList\"}, {\"@type\":"
            + " \"ReportageNewsArticle\", \"datePublished\": \"2031-07-14\"}]</script>"
            + "||2031-07-14T00:00:00Z",
        "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@graph\":"
            + " [{\"@type\": \"WebPage\", \"datePublished\": \"2030-01-01T00:00:00Z\"},"
            + " {\"@type\": [\"Article\"], \"datePublished\": \"2031-07-14T06:05:09Z\"}]}</script>"
            + "||2031-07-14T06:05:09Z",
        // Broken JSON-LD is passed over; lenient JSON (a raw line break, a trailing comma) read.
        "<script type='application/ld+json'>{\"datePublished\": </script>"
            + "<meta name='date' content='2031-07-14'>||2031-07-14T00:00:00Z",
        "<script type='application/ld+json'>{\"headline\": \"Two\tlines\","
            + " \"datePublished\": \"2031-07-14T06:05:09Z\",}</script>||2031-07-14T06:05:09Z",
        // A bad value gives way to the next source.
        "<meta property='article:published_time' content='0000-00-00T00:00:00'>"
            + "<meta name='pubdate' content='2031-07-14'>||2031-07-14T00:00:00Z",
        // A time in the article, least trusted: an update's passed over, one outside ignored.
        "|<article><header><time datetime='2031-07-14T06:05Z'>14 July</time></header>"
            + "<p>Text</p></article>|2031-07-14T06:05:00Z",
        "|<article><p class='updated'><time datetime='2031-07-20'>20 July</time></p>"
            + "<p><time datetime='2031-07-14'>14 July</time></p></article>|2031-07-14T00:00:00Z",
        "|<aside><time datetime='2031-07-14'>14 July</time></aside><article><p>Text</p></article>|-",
        "<meta property='article:modified_time' content='2031-07-14'>|<p>Text</p>|-",
        "<meta name='date' content='yesterday'>|<p>Text</p>|-",
      })
  void readsAPagesTimeFromItsMetadataMostTrustedFirst(String head, String body, String time) {
    String page =
        "<html><head>"
            + (head == null ? "" : head)
            + "</head><body>"
            + (body == null ? "" : body)
            + "</body></html>";
    assertThat(PublishedTime.in(Jsoup.parse(page)))
        .isEqualTo(time.equals("-") ? null : Instant.parse(time));
  }

  @Test
  void aPageReadAsAnArticleFileCarriesItsTime() throws Exception {
    ArticleFile file =
        ArticleFile.fromBytes(
            "p.html",
            "p",
            ("<html><head><meta property='article:published_time'"
                    + " content='2031-07-14T06:05:09Z'></head><body><article><p>One.</p>"
                    + "<p>Two.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8),
            null);
    assertThat(file.published()).hasToString("2031-07-14T06:05:09Z");
    assertThat(ArticleFile.of("t", "Plain text.").published()).isNull();
  }
}
