package dev.newsdiff.internal.reading;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.internal.facts.FactExtractor;
import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.internal.ingest.HardWraps;
import dev.newsdiff.internal.ingest.Layout;
import dev.newsdiff.internal.ingest.Outlets;
import dev.newsdiff.internal.quote.QuoteFinder;
import dev.newsdiff.internal.text.SentenceSplitter;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Paragraph;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the reading pipeline on one article: layout, sentences, quotes, facts. Library users call
 * {@code NewsDiff.read}; the command-line tool comes here for what it reads itself (standard input,
 * a named encoding) and the warnings about how a file was decoded.
 */
public final class ArticleReader {

  private ArticleReader() {}

  public static Article analyse(ArticleFile file) {
    String text = HardWraps.unwrap(file.text());
    Layout layout = Layout.of(text);
    SentenceSplitter splitter = SentenceSplitter.english();
    List<Sentence> sentences = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (Paragraph paragraph : layout.paragraphs()) {
      for (Span span : splitter.split(text, paragraph.span())) {
        sentences.add(
            new Sentence(
                file.id() + "/s" + (sentences.size() + 1), span, span.in(text), paragraph.role()));
        spans.add(span);
      }
    }
    ImmutableList<Quote> quotes = QuoteFinder.find(file.id(), text, layout.paragraphs(), spans);
    String source = layout.source();
    return new Article(
        file.id(),
        Outlets.displayName(file.id(), source),
        source,
        layout.headline(),
        text,
        sentences,
        quotes,
        layout.furniture(),
        layout.dateline(),
        FactExtractor.extract(text, spans));
  }
}
