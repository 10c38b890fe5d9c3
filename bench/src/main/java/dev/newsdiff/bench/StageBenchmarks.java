package dev.newsdiff.bench;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.ingest.Layout;
import dev.newsdiff.model.Article;
import dev.newsdiff.report.JsonReport;
import dev.newsdiff.text.SentenceSplitter;
import java.nio.file.Path;
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
 * Each pipeline stage on the three sample articles: page layout, sentence splitting, reading
 * (layout, sentences, quotes, facts), comparison, and JSON. Run from the repository root:
 * {@code java -jar bench/target/benchmarks.jar StageBenchmarks}.
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

  @Setup
  public void setUp() {
    texts = Versions.samples(Path.of(System.getProperty("samples", "samples/turkiye-defence-briefing")));
    articles = Versions.articles(3, texts);
    comparison = Comparison.of(articles, CompareOptions.defaults());
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
  public Object readArticle() {
    return NewsDiff.parse("daily-sabah", texts.get(1));
  }

  @Benchmark
  public Object compareThree() {
    return Comparison.of(articles, CompareOptions.defaults());
  }

  @Benchmark
  public Object jsonReport() {
    return JsonReport.compare(comparison);
  }
}
