package dev.newsdiff.eval;

import com.google.common.collect.ImmutableMap;
import dev.newsdiff.CompareOptions;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.internal.ingest.ArticleFolder;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of articles ({@code *.txt}, each named by outlet) with its hand-made {@code
 * annotation.json}, and optionally {@code alignment.json} and {@code facts.json}: the entry point
 * for scoring newsdiff against annotations, as {@code newsdiff eval} does. Immutable once read.
 *
 * <pre>{@code
 * for (Path folder : SampleSet.under(Path.of("samples"))) {
 *   System.out.print(SampleSet.read(folder).evaluateReading().describe());
 * }
 * }</pre>
 */
public final class SampleSet {

  private final Path folder;
  private final ImmutableMap<String, Article> articles;
  private final Annotation annotation;

  private SampleSet(Path folder, ImmutableMap<String, Article> articles, Annotation annotation) {
    this.folder = folder;
    this.articles = articles;
    this.annotation = annotation;
  }

  /** Reads the articles and the annotation of a sample set folder. */
  public static SampleSet read(Path folder) throws InputException {
    Path annotationFile = folder.resolve(Annotation.FILE_NAME);
    if (!Files.isRegularFile(annotationFile)) {
      throw new InputException(folder.toString(), "no " + Annotation.FILE_NAME + " in this folder");
    }
    ImmutableMap.Builder<String, Article> articles = ImmutableMap.builder();
    for (Path file : ArticleFolder.files(folder)) {
      Article a = NewsDiff.read(file);
      articles.put(a.id(), a);
    }
    return new SampleSet(folder, articles.buildOrThrow(), Annotation.read(annotationFile));
  }

  /** Sample sets are the sub-folders of {@code root} that hold an annotation. */
  public static List<Path> under(Path root) throws InputException {
    if (Files.isRegularFile(root.resolve(Annotation.FILE_NAME))) {
      return List.of(root);
    }
    try (Stream<Path> dirs = Files.list(root)) {
      List<Path> out =
          dirs.filter(d -> Files.isRegularFile(d.resolve(Annotation.FILE_NAME))).sorted().toList();
      if (out.isEmpty()) {
        throw new InputException(
            root.toString(),
            "no annotated sample sets (folders with " + Annotation.FILE_NAME + ")");
      }
      return out;
    } catch (IOException e) {
      throw new InputException(root.toString(), "cannot list folder: " + e.getMessage(), e);
    }
  }

  /** The folder the set was read from. */
  public Path folder() {
    return folder;
  }

  /** The set's articles by id, in file name order. */
  public ImmutableMap<String, Article> articles() {
    return articles;
  }

  /** Whether the set has an {@code alignment.json} for {@link #evaluateAlignment}. */
  public boolean hasAlignmentTruth() {
    return Files.isRegularFile(folder.resolve(AlignmentTruth.FILE_NAME));
  }

  /** Whether the set has a {@code facts.json} for {@link #evaluateFacts}. */
  public boolean hasFactsTruth() {
    return Files.isRegularFile(folder.resolve(FactsTruth.FILE_NAME));
  }

  /**
   * Scores what was read (sentences, roles, furniture, quotes, speakers) against the annotation.
   */
  public ReadingEvaluation evaluateReading() {
    return ReadingEvaluation.of(annotation, articles);
  }

  /** Compares the set's articles and scores facts and voices against its {@code facts.json}. */
  public FactsEvaluation evaluateFacts(CompareOptions options) throws InputException {
    Path file = folder.resolve(FactsTruth.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new InputException(folder.toString(), "no " + FactsTruth.FILE_NAME + " in this folder");
    }
    return FactsEvaluation.of(
        FactsTruth.read(file), NewsDiff.compare(articles.values().asList(), options));
  }

  /** Compares the set's articles and scores the result against its {@code alignment.json}. */
  public AlignmentEvaluation evaluateAlignment(CompareOptions options) throws InputException {
    Path file = folder.resolve(AlignmentTruth.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new InputException(
          folder.toString(), "no " + AlignmentTruth.FILE_NAME + " in this folder");
    }
    return AlignmentEvaluation.of(
        AlignmentTruth.read(file), NewsDiff.compare(articles.values().asList(), options));
  }
}
