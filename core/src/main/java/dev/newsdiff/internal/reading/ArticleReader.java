package dev.newsdiff.internal.reading;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Verify.verify;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.internal.Aside;
import dev.newsdiff.internal.facts.FactExtractor;
import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.internal.ingest.Credits;
import dev.newsdiff.internal.ingest.HardWraps;
import dev.newsdiff.internal.ingest.Layout;
import dev.newsdiff.internal.ingest.Outlets;
import dev.newsdiff.internal.quote.QuoteFinder;
import dev.newsdiff.internal.text.SentenceSplitter;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Paragraph;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the reading pipeline on one article: layout, sentences, quotes, facts. Library users call
 * {@code NewsDiff.read}; the command-line tool comes here for what it reads itself (standard input,
 * a named encoding) and the warnings about how a file was decoded.
 */
public final class ArticleReader {

  private ArticleReader() {}

  /**
   * Reads a file whose text an article already read was read from, without running the pipeline
   * again: reading depends on the text alone, and the id only names the article, its outlet,
   * sentences and quotes. A folder of copies is read at the cost of one.
   */
  public static Article analyse(ArticleFile file, Article sameText) {
    checkArgument(
        HardWraps.unwrap(file.text()).equals(sameText.text()),
        "%s does not have the text of %s",
        file.id(),
        sameText.id());
    String from = sameText.id() + "/";
    String to = file.id() + "/";
    String outlet = Outlets.displayName(file.id(), file.site(), sameText.source(), sameText.text());
    return new Article(
        file.id(),
        outlet,
        sameText.source(),
        sameText.headline(),
        sameText.text(),
        sameText.sentences().stream()
            .map(x -> new Sentence(renamed(x.id(), from, to), x.span(), x.text(), x.role()))
            .toList(),
        sameText.quotes().stream()
            .map(
                q ->
                    new Quote(
                        renamed(q.id(), from, to), q.span(), q.parts(), q.text(), q.attribution()))
            .toList(),
        sameText.furniture(),
        sameText.dateline(),
        sameText.facts(),
        Credits.in(sameText.text(), file.id(), outlet));
  }

  private static String renamed(String id, String from, String to) {
    verify(id.startsWith(from), "%s is not named after its article %s", id, from);
    return to + id.substring(from.length());
  }

  public static Article analyse(ArticleFile file) {
    return analyse(file, true);
  }

  /**
   * Reads {@code file}; with {@code speakers} false, its quotes without their speakers ({@code
   * ReadOptions#speakers}).
   */
  public static Article analyse(ArticleFile file, boolean speakers) {
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
    // The facts of a long text are read on another core while its quotes and credits are read
    // here: neither reads what the other finds.
    Supplier<ImmutableList<Fact>> facts =
        Aside.start(text.length(), () -> FactExtractor.extract(text, spans));
    ImmutableList<Quote> quotes =
        QuoteFinder.find(file.id(), text, layout.paragraphs(), spans, speakers);
    String source = layout.source();
    String outlet = Outlets.displayName(file.id(), file.site(), source, text);
    ImmutableList<String> credits = Credits.in(text, file.id(), outlet);
    return new Article(
        file.id(),
        outlet,
        source,
        layout.headline(),
        text,
        sentences,
        quotes,
        layout.furniture(),
        layout.dateline(),
        facts.get(),
        credits);
  }
}
