package dev.newsdiff;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Dependencies in core point one way: from the reports and the facade down through the pipeline's
 * stages (under {@code dev.newsdiff.internal}) to the model and the extension point, and below them
 * the shared helpers in {@code dev.newsdiff.internal}, with no cycles between packages or between
 * classes.
 */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.newsdiff");

  /** The helpers every layer shares; the stages are in sub-packages of it. */
  private static final String HELPERS = "dev.newsdiff.internal";

  /** The API's values and the extension point sit at the bottom: they know no stage. */
  @Test
  void theModelDependsOnlyOnTheHelpers() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.newsdiff.model", "dev.newsdiff.similarity")
        .should()
        .dependOnClassesThat(
            resideInAPackage("dev.newsdiff..")
                .and(
                    not(
                        resideInAnyPackage(
                            "dev.newsdiff.model", "dev.newsdiff.similarity", HELPERS))))
        .check(CORE);
  }

  /** Below everything: white space, pairs, union-find, lookups by position. */
  @Test
  void theHelpersDependOnNoOtherNewsdiffPackage() {
    noClasses()
        .that()
        .resideInAPackage(HELPERS)
        .should()
        .dependOnClassesThat(resideInAPackage("dev.newsdiff..").and(not(resideInAPackage(HELPERS))))
        .check(CORE);
  }

  @Test
  void thePipelineRunsFromTheReportsDownToTheModel() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Results")
        .definedBy("dev.newsdiff.report", "dev.newsdiff.corpus", "dev.newsdiff.eval")
        .layer("Facade")
        .definedBy("dev.newsdiff")
        .layer("Reading")
        .definedBy("dev.newsdiff.internal.reading")
        .layer("Stages")
        .definedBy(
            "dev.newsdiff.internal.ingest",
            "dev.newsdiff.internal.text",
            "dev.newsdiff.internal.quote",
            "dev.newsdiff.internal.align",
            "dev.newsdiff.internal.diff",
            "dev.newsdiff.internal.facts",
            "dev.newsdiff.internal.voices",
            "dev.newsdiff.internal.derive")
        .layer("Model")
        .definedBy("dev.newsdiff.model", "dev.newsdiff.similarity")
        .layer("Helpers")
        .definedBy(HELPERS)
        .whereLayer("Results")
        .mayOnlyBeAccessedByLayers("Results")
        .whereLayer("Facade")
        .mayOnlyBeAccessedByLayers("Results")
        .whereLayer("Reading")
        .mayOnlyBeAccessedByLayers("Facade")
        .whereLayer("Stages")
        .mayOnlyBeAccessedByLayers("Stages", "Reading", "Facade", "Results")
        .check(CORE);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices()
        .assignedFrom(by("package", JavaClass::getPackageName))
        .should()
        .beFreeOfCycles()
        .check(CORE);
  }

  /** A nested class belongs to its top-level class: a record inside a finder is part of it. */
  @Test
  void noCyclesBetweenTopLevelClasses() {
    slices()
        .assignedFrom(by("top-level class", c -> c.getName().replaceFirst("\\$.*", "")))
        .should()
        .beFreeOfCycles()
        .check(CORE);
  }

  private static SliceAssignment by(
      String description, java.util.function.Function<JavaClass, String> slice) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        return SliceIdentifier.of(slice.apply(javaClass));
      }

      @Override
      public String getDescription() {
        return "slices by " + description;
      }
    };
  }
}
