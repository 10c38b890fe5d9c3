package dev.newsdiff.internal.align;

import dev.newsdiff.internal.align.PairModelTrainingTest.Figures;
import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import java.nio.file.Path;
import java.util.Locale;

/** Round 26: pair F1 and exclusive precision / recall of the shipped aligner on the named folders, and their means. */
public class Orphans26 {
  public static void main(String[] args) throws Exception {
    double f = 0, p = 0, r = 0;
    for (String folder : args) {
      Figures x = SampleData.read(Path.of(folder)).evaluate(DefaultAligner.of());
      System.out.printf(Locale.ROOT, "%-40s F1 %.3f  excl P %.3f  R %.3f%n",
          Path.of(folder).getFileName(), x.f1(), x.exclusivePrecision(), x.exclusiveRecall());
      f += x.f1(); p += x.exclusivePrecision(); r += x.exclusiveRecall();
    }
    System.out.printf(Locale.ROOT, "MEAN F1 %.3f  excl P %.3f  R %.3f%n", f / args.length, p / args.length, r / args.length);
  }
}
