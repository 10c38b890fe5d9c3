package dev.newsdiff.bench;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.internal.align.Aligner;
import dev.newsdiff.internal.diff.WordDiffer;
import dev.newsdiff.internal.facts.FactExtractor;
import dev.newsdiff.internal.ingest.Layout;
import dev.newsdiff.internal.quote.QuoteFinder;
import dev.newsdiff.internal.text.SentenceSplitter;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Paragraph;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.Statement;
import dev.newsdiff.report.Report;
import dev.newsdiff.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each pipeline stage on the sample articles: page layout, sentence splitting, quotes with
 * speakers, facts, reading as a whole (all of those); alignment, one word diff, comparison as a
 * whole; and the text, JSON and HTML reports. Stages of reading work on the Daily Sabah article,
 * the others on all three. Run from the repository root: {@code java -jar
 * bench/target/benchmarks.jar StageBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StageBenchmarks {

  List<String> texts;
  List<Article> articles;
  Comparison comparison;

  /** What reading has found in the Daily Sabah article before quotes and facts. */
  List<Paragraph> paragraphs;

  List<Span> sentences;
  Aligner aligner;

  /** The first two members of the first statement, and their articles' texts. */
  Member from;

  Member to;
  String fromText;
  String toText;

  @Setup
  public void setUp() {
    texts =
        Versions.samples(
            Path.of(System.getProperty("samples", "samples/turkiye-defence-briefing")));
    articles = Versions.articles(3, texts);
    comparison = NewsDiff.compare(articles);
    String text = texts.get(1);
    paragraphs = Layout.of(text).paragraphs();
    sentences = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      sentences.addAll(SentenceSplitter.english().split(text, p.span()));
    }
    CompareOptions o = CompareOptions.defaults();
    aligner =
        new Aligner(
            o.similarity(),
            o.threshold(),
            o.linkage(),
            o.orderWeight(),
            o.maxPerArticle(),
            o.nearBest());
    Statement first = comparison.statements().get(0);
    from = first.members().get(0);
    to = first.members().get(1);
    fromText = comparison.article(from.article()).text();
    toText = comparison.article(to.article()).text();
  }

  @Benchmark
  public Object layout() {
    return Layout.of(texts.get(1));
  }

  @Benchmark
  public Object splitSentences() {
    return SentenceSplitter.english().split(texts.get(1));
  }

  @Benchmark
  public Object quotes() {
    return QuoteFinder.find("daily-sabah", texts.get(1), paragraphs, sentences);
  }

  @Benchmark
  public Object facts() {
    return FactExtractor.extract(texts.get(1), sentences);
  }

  @Benchmark
  public Object readArticle() {
    return NewsDiff.parse("daily-sabah", texts.get(1));
  }

  @Benchmark
  public Object align() {
    return aligner.align(comparison.articles());
  }

  @Benchmark
  public Object wordDiff() {
    return WordDiffer.diff(fromText, from, toText, to);
  }

  @Benchmark
  public Object compareThree() {
    return NewsDiff.compare(articles);
  }

  @Benchmark
  public Object textReport() {
    return Report.render(comparison, ReportFormat.TEXT);
  }

  @Benchmark
  public Object jsonReport() {
    return Report.render(comparison, ReportFormat.JSON);
  }

  @Benchmark
  public Object htmlReport() {
    return Report.render(comparison, ReportFormat.HTML);
  }
}
