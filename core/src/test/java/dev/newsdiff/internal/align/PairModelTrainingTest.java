package dev.newsdiff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.eval.TrainingSets;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.internal.align.Aligner.PairCase;
import dev.newsdiff.internal.ingest.ArticleFolder;
import dev.newsdiff.internal.learn.Example;
import dev.newsdiff.internal.learn.LogisticModel;
import dev.newsdiff.internal.learn.LogisticTrainer;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Member;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trains the pair decision ({@link PairModel}) on the hand alignments of the development and
 * written sample sets, and holds its leave-one-set-out figure against the hand rules'. The held-out
 * sets never train: they stay the judge. {@code -Dnewsdiff.updateModels=true} rewrites the shipped
 * weights; without it, the test fails when training gives other weights than those shipped.
 */
class PairModelTrainingTest {

  static final Path SAMPLES = Path.of("..", "samples");

  /** The development and written sets (common to every learned decision of newsdiff). */
  static final List<String> SETS = TrainingSets.DEVELOPMENT_AND_WRITTEN;

  static final LogisticTrainer TRAINER = LogisticTrainer.defaults();

  /** Probabilities from which a pair may count, tried inside each fold. */
  static final List<Double> THRESHOLDS = List.of(0.3, 0.4, 0.5, 0.6, 0.7);

  /** The leave-one-set-out mean pair F1 the model must keep (docs/alignment.md). */
  static final double LOSO_FLOOR = 0.74;

  private static List<SampleData> data;

  @BeforeAll
  static void load() throws Exception {
    data = new ArrayList<>();
    for (String set : SETS) {
      data.add(SampleData.read(SAMPLES.resolve(set)));
    }
  }

  static Aligner rules() {
    return DefaultAligner.of().withDecision(null);
  }

  static List<Example> examples(List<SampleData> sets) {
    List<Example> out = new ArrayList<>();
    for (SampleData d : sets) {
      for (PairCase c : d.cases()) {
        out.add(Example.of(c.features(), d.positive(c), d.name()));
      }
    }
    return out;
  }

  /** Trains on {@code sets} and picks the threshold with the best mean pair F1 on them. */
  static PairModel train(List<SampleData> sets) {
    LogisticModel model = TRAINER.train(examples(sets));
    PairModel best = null;
    double bestF1 = -1;
    for (double t : THRESHOLDS) {
      PairModel candidate = PairModel.of(model, t);
      Aligner aligner = rules().withDecision(candidate);
      double f1 = sets.stream().mapToDouble(d -> d.evaluate(aligner).f1()).average().orElse(0);
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = candidate;
      }
    }
    return best;
  }

  @Test
  void leaveOneSetOutTheModelAlignsBetterThanTheRules() {
    double rulesSum = 0;
    double modelSum = 0;
    StringBuilder table = new StringBuilder();
    for (SampleData held : data) {
      List<SampleData> others = data.stream().filter(d -> d != held).toList();
      PairModel fold = train(others);
      Figures rules = held.evaluate(rules());
      Figures model = held.evaluate(rules().withDecision(fold));
      rulesSum += rules.f1();
      modelSum += model.f1();
      table.append(
          String.format(
              Locale.ROOT,
              "%-40s threshold %.1f  pair F1 %.3f -> %.3f  exclusive P %.3f -> %.3f%n",
              held.name(),
              fold.threshold(),
              rules.f1(),
              model.f1(),
              rules.exclusivePrecision(),
              model.exclusivePrecision()));
    }
    table.append(
        String.format(
            Locale.ROOT,
            "mean pair F1 rules %.3f, model %.3f%n",
            rulesSum / data.size(),
            modelSum / data.size()));
    System.out.print(table);
    assertThat(modelSum).as(table.toString()).isGreaterThan(rulesSum);
    // Today's figure (0.750) less a small margin: raise it as the model improves.
    assertThat(modelSum / data.size()).as(table.toString()).isGreaterThanOrEqualTo(LOSO_FLOOR);
  }

  @Test
  void theShippedModelIsTheOneTheSetsTrain() throws Exception {
    PairModel trained = train(data);
    Path file =
        Path.of("src/main/resources/dev/newsdiff/internal/align").resolve(PairModel.RESOURCE);
    String tsv = trained.model().toTsv();
    if (Boolean.getBoolean("newsdiff.updateModels")) {
      Files.writeString(file, tsv, StandardCharsets.UTF_8);
    }
    System.out.printf(Locale.ROOT, "threshold chosen on all sets: %.1f%n", trained.threshold());
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(tsv);
    assertThat(trained.threshold()).isEqualTo(PairModel.THRESHOLD);
  }

  /** A pair F1, an exclusive precision and an exclusive recall of one set. */
  record Figures(double f1, double exclusivePrecision, double exclusiveRecall) {}

  /** A sample set's articles as the aligner sees them, its hand alignment and its cases. */
  record SampleData(
      String name,
      List<Article> articles,
      Set<String> pairs,
      Set<String> exclusives,
      List<PairCase> cases) {

    static SampleData read(Path folder) throws Exception {
      List<Article> articles = new ArrayList<>();
      for (Path file : ArticleFolder.files(folder)) {
        articles.add(NewsDiff.read(file));
      }
      articles.sort(Comparator.comparing(Article::id));
      Map<String, String> keyOfText = new HashMap<>();
      for (int a = 0; a < articles.size(); a++) {
        Article article = articles.get(a);
        for (int s = 0; s < article.sentences().size(); s++) {
          keyOfText.put(
              article.id() + "|" + Whitespace.collapse(article.sentences().get(s).text()),
              a + ":" + s);
        }
      }
      JsonNode root = new ObjectMapper().readTree(folder.resolve("alignment.json").toFile());
      Set<String> pairs = new TreeSet<>();
      for (JsonNode statement : root.path("statements")) {
        List<String> members = new ArrayList<>();
        statement.path("members").forEach(m -> members.add(key(keyOfText, m)));
        addPairs(members, pairs);
      }
      Set<String> exclusives = new TreeSet<>();
      root.path("exclusives").forEach(e -> exclusives.add(key(keyOfText, e)));
      List<PairCase> cases = rules().cases(articles);
      return new SampleData(folder.getFileName().toString(), articles, pairs, exclusives, cases);
    }

    private static String key(Map<String, String> keyOfText, JsonNode ref) {
      String article = ref.path("article").asText();
      String key = keyOfText.get(article + "|" + Whitespace.collapse(ref.path("text").asText()));
      // An annotation the reading does not split alike counts as a miss.
      return key == null ? "?" + article + ":" + ref.path("text").asText() : key;
    }

    boolean positive(PairCase c) {
      return pairs.contains(
          pair(c.articleA() + ":" + c.sentenceA(), c.articleB() + ":" + c.sentenceB()));
    }

    Figures evaluate(Aligner aligner) {
      Alignment alignment = aligner.align(articles);
      Map<String, String> keyOfId = new HashMap<>();
      for (int a = 0; a < articles.size(); a++) {
        for (int s = 0; s < articles.get(a).sentences().size(); s++) {
          keyOfId.put(
              articles.get(a).id() + "|" + articles.get(a).sentences().get(s).id(), a + ":" + s);
        }
      }
      Set<String> predicted = new TreeSet<>();
      for (Alignment.Group g : alignment.groups()) {
        List<String> members = new ArrayList<>();
        for (Member m : g.members()) {
          members.add(keyOfId.get(m.article() + "|" + m.sentence()));
        }
        addPairs(members, predicted);
      }
      Set<String> gotExclusives = new TreeSet<>();
      for (Exclusive e : alignment.exclusives()) {
        gotExclusives.add(keyOfId.get(e.article() + "|" + e.sentence()));
      }
      return new Figures(
          f1(pairs, predicted),
          precision(exclusives, gotExclusives),
          precision(gotExclusives, exclusives));
    }

    private static double f1(Set<String> expected, Set<String> got) {
      if (expected.isEmpty() && got.isEmpty()) {
        return 1;
      }
      long hits = got.stream().filter(expected::contains).count();
      return 2.0 * hits / (expected.size() + got.size());
    }

    private static double precision(Set<String> expected, Set<String> got) {
      return got.isEmpty()
          ? 1
          : (double) got.stream().filter(expected::contains).count() / got.size();
    }

    private static void addPairs(List<String> members, Set<String> out) {
      for (String a : members) {
        for (String b : members) {
          if (!a.substring(0, a.indexOf(':')).equals(b.substring(0, b.indexOf(':')))) {
            out.add(pair(a, b));
          }
        }
      }
    }

    private static String pair(String a, String b) {
      return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }
  }
}
