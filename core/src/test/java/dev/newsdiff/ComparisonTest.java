package dev.newsdiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdiff.model.Article;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.QuoteVariant;
import dev.newsdiff.model.Statement;
import dev.newsdiff.report.Report;
import dev.newsdiff.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  private static final Path SAMPLES = Path.of("..", "samples", "turkiye-defence-briefing");

  private static List<Article> samples() throws Exception {
    return List.of(
        NewsDiff.read(SAMPLES.resolve("trt-world.txt")),
        NewsDiff.read(SAMPLES.resolve("anadolu-agency.txt")),
        NewsDiff.read(SAMPLES.resolve("daily-sabah.txt")));
  }

  /** The library example in README.md, kept compiling and running here. */
  @Test
  void readmeExample() throws Exception {
    List<String> printed = new ArrayList<>();
    Path trt = SAMPLES.resolve("trt-world.txt");
    Path aa = SAMPLES.resolve("anadolu-agency.txt");
    Path sabah = SAMPLES.resolve("daily-sabah.txt");
    // README example begins
    List<Article> articles = List.of(NewsDiff.read(trt), NewsDiff.read(aa), NewsDiff.read(sabah));
    Comparison c = NewsDiff.compare(articles);
    for (Exclusive e : c.exclusives()) {
      printed.add(e.article() + ": " + c.sentence(e).text());
    }
    String html = Report.render(c, ReportFormat.HTML);
    // README example ends
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(printed)
        .anySatisfy(p -> assertThat(p).startsWith("daily-sabah: ").contains("548 kilometers"));
    assertThat(printed).anySatisfy(p -> assertThat(p).contains("Gaza"));
  }

  @Test
  void theTunnelFigureHeadsDailySabahsExclusives() throws Exception {
    Comparison c = NewsDiff.compare(samples());
    Exclusive first =
        c.exclusives().stream()
            .filter(e -> e.article().equals("daily-sabah"))
            .findFirst()
            .orElseThrow();
    assertThat(c.sentence(first).text()).contains("548 kilometers");
  }

  @Test
  void findingsResolveToWhatTheyNameInOneCall() throws Exception {
    Comparison c = NewsDiff.compare(samples());
    for (Statement s : c.statements()) {
      for (Member m : s.members()) {
        assertThat(c.sentence(m).id()).isEqualTo(m.sentence());
        assertThat(c.sentence(m).span().contains(m.span())).as(m.toString()).isTrue();
        assertThat(c.sentence(m).text()).contains(c.text(m));
      }
    }
    c.exclusives().forEach(e -> assertThat(c.sentence(e).id()).isEqualTo(e.sentence()));
    List<QuoteVariant.Member> renderings =
        c.quoteVariants().stream().flatMap(v -> v.members().stream()).toList();
    assertThat(renderings).isNotEmpty();
    for (QuoteVariant.Member m : renderings) {
      assertThat(c.sentence(m).id()).isEqualTo(m.sentence());
      assertThat(c.quote(m).map(Quote::id)).isEqualTo(Optional.ofNullable(m.quote()));
    }
    assertThatThrownBy(() -> c.article("nowhere")).hasMessageContaining("nowhere");
  }

  @Test
  void theSameArticlesGiveEqualComparisons() throws Exception {
    List<Article> articles = new ArrayList<>(samples());
    Comparison c = NewsDiff.compare(articles);
    Collections.reverse(articles);
    assertThat(NewsDiff.compare(articles)).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(c.articles()).extracting(Article::id).isSorted();
  }

  @Test
  void nameVariantsShareOneValueAcrossOutlets() throws Exception {
    Comparison c = NewsDiff.compare(samples());
    List<String> nakatani =
        c.articles().stream()
            .flatMap(a -> a.facts().stream())
            .filter(f -> f.text().contains("Nakatani"))
            .map(dev.newsdiff.model.Fact::value)
            .distinct()
            .toList();
    assertThat(nakatani).containsExactly("Gen Nakatani");
  }

  @Test
  void resultDoesNotDependOnFileOrder() throws Exception {
    List<Article> articles = new ArrayList<>(samples());
    String expected = Report.render(NewsDiff.compare(articles), ReportFormat.JSON);
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(articles, random);
      assertThat(Report.render(NewsDiff.compare(articles), ReportFormat.JSON)).isEqualTo(expected);
    }
  }

  @Test
  void copiedQuotesAndIndependentTranslationsAlign() throws Exception {
    Comparison c = NewsDiff.compare(samples());
    Statement soundOrAccurate = statementContaining(c, "trt-world", "sound or accurate");
    assertThat(soundOrAccurate.articles()).contains("anadolu-agency", "daily-sabah");
    assertThat(c.text(memberOf(soundOrAccurate, "daily-sabah"))).contains("healthy or correct");
    Statement ceasefire =
        statementContaining(c, "anadolu-agency", "first a ceasefire must be achieved");
    assertThat(ceasefire.articles()).containsExactly("anadolu-agency", "daily-sabah", "trt-world");
  }

  @Test
  void oneSentenceCarryingTwoClaimsMatchesTwoStatements() throws Exception {
    Comparison c = NewsDiff.compare(samples());
    // AA: "Türkiye is planning technical visits to Syria …, also pushing back on claims … Ukraine."
    long statementsWithAaS3 =
        c.statements().stream()
            .filter(
                s -> s.members().stream().anyMatch(m -> m.sentence().equals("anadolu-agency/s3")))
            .count();
    assertThat(statementsWithAaS3).isEqualTo(2);
  }

  @Test
  void unrelatedStoriesShareNothing() throws Exception {
    Path dir = Path.of("..", "samples", "unrelated-stories");
    List<Article> articles =
        List.of(
            NewsDiff.read(dir.resolve("valley-gazette.txt")),
            NewsDiff.read(dir.resolve("metro-business-wire.txt")));
    Comparison c = NewsDiff.compare(articles);
    assertThat(c.statements()).isEmpty();
    long bodySentences =
        articles.stream()
            .flatMap(a -> a.sentences().stream())
            .filter(s -> s.role() == dev.newsdiff.model.Role.BODY)
            .count();
    assertThat(c.exclusives()).hasSize((int) bodySentences);
  }

  @Test
  void manyOutletsAtOnce() throws Exception {
    // Six outlets: the three samples and a lightly edited copy of each.
    List<Article> articles = new ArrayList<>(samples());
    for (Article a : samples()) {
      articles.add(NewsDiff.parse(a.id() + "-copy", a.text().replace("said", "stated")));
    }
    Comparison c = NewsDiff.compare(articles);
    Statement ceasefire =
        statementContaining(c, "anadolu-agency", "first a ceasefire must be achieved");
    assertThat(ceasefire.articles()).hasSize(6);
    // Every Daily Sabah exclusive of the three-way comparison is now shared with its copy only.
    assertThat(c.exclusives()).isEmpty();
  }

  @Test
  void needsTwoArticlesWithDistinctIds() throws Exception {
    Article one = samples().get(0);
    assertThatThrownBy(() -> NewsDiff.compare(List.of(one))).hasMessageContaining("at least two");
    assertThatThrownBy(() -> NewsDiff.compare(List.of(one, one))).hasMessageContaining("id");
    assertThatThrownBy(() -> CompareOptions.defaults().withThreshold(1.5))
        .hasMessageContaining("threshold must be in (0, 1]: 1.5");
  }

  private static Statement statementContaining(Comparison c, String article, String words) {
    return c.statements().stream()
        .filter(
            s ->
                s.members().stream()
                    .anyMatch(m -> m.article().equals(article) && c.text(m).contains(words)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no statement with " + article + " saying " + words));
  }

  private static Member memberOf(Statement s, String article) {
    return s.members().stream().filter(m -> m.article().equals(article)).findFirst().orElseThrow();
  }
}
