package dev.newsdiff.report;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newsdiff.Comparison;
import dev.newsdiff.corpus.CorpusStory;
import dev.newsdiff.corpus.CorpusSummary;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.PairScore;
import java.util.List;

/**
 * Renders newsdiff's results as reports. Stateless and thread-safe; every report ends with a line
 * feed and uses {@code \n} line ends whatever the platform.
 *
 * <pre>{@code
 * Comparison c = NewsDiff.compare(articles);
 * Files.writeString(Path.of("report.html"), Report.render(c, ReportFormat.HTML));
 * }</pre>
 */
public final class Report {

  private Report() {}

  /** A comparison in any of the formats. */
  public static String render(Comparison comparison, ReportFormat format) {
    return switch (format) {
      case TEXT -> TextReport.compare(comparison);
      case JSON -> JsonReport.compare(comparison);
      case MARKDOWN -> MarkdownReport.compare(comparison);
      case HTML -> HtmlReport.compare(comparison);
    };
  }

  /**
   * What newsdiff read in each article: furniture, headline, dateline, sentences, quotes.
   *
   * @param format {@link ReportFormat#TEXT} or {@link ReportFormat#JSON}
   */
  public static String inspect(List<Article> articles, ReportFormat format) {
    return textOrJson(format) == ReportFormat.JSON
        ? JsonReport.inspect(articles)
        : TextReport.inspect(articles);
  }

  /**
   * Scores of sentence pairs, one a line, from {@code NewsDiff.scorePairs}.
   *
   * @param format {@link ReportFormat#TEXT} or {@link ReportFormat#JSON}
   */
  public static String pairs(List<PairScore> scores, ReportFormat format) {
    return textOrJson(format) == ReportFormat.JSON
        ? JsonReport.pairs(scores)
        : TextReport.pairs(scores);
  }

  /**
   * A corpus summed up per outlet.
   *
   * @param format {@link ReportFormat#TEXT} or {@link ReportFormat#JSON}
   */
  public static String corpus(CorpusSummary summary, ReportFormat format) {
    return textOrJson(format) == ReportFormat.JSON
        ? CorpusReport.json(summary)
        : CorpusReport.text(summary);
  }

  /**
   * A corpus summed up per outlet, with its stories: in text the stories with the most outlets and
   * the most conflicts first (the first {@value CorpusReport#LISTED}), in JSON all of them in story
   * order, under {@code "stories"}.
   *
   * @param format {@link ReportFormat#TEXT} or {@link ReportFormat#JSON}
   */
  public static String corpus(
      CorpusSummary summary, List<CorpusStory> stories, ReportFormat format) {
    return textOrJson(format) == ReportFormat.JSON
        ? CorpusReport.json(summary, stories)
        : CorpusReport.text(summary, stories);
  }

  /**
   * One story of a corpus as a line of JSON Lines output ({@code {"schemaVersion":1,"story":…}}).
   */
  public static String corpusLine(CorpusStory story) {
    return CorpusReport.line(story);
  }

  /**
   * A corpus's summary as the last line of JSON Lines output ({@code
   * {"schemaVersion":1,"corpus":…}}).
   */
  public static String corpusLine(CorpusSummary summary) {
    return CorpusReport.line(summary);
  }

  private static ReportFormat textOrJson(ReportFormat format) {
    checkArgument(
        format == ReportFormat.TEXT || format == ReportFormat.JSON,
        "this report comes in TEXT or JSON, not %s",
        format);
    return format;
  }
}
