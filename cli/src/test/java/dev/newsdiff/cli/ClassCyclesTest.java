package dev.newsdiff.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The CLI's classes depend on each other one way: {@code Main} on the commands, the commands on
 * their helpers ({@code Inputs}, {@code ReportOutput}, {@code ExitCode}...), never back. Once, 11
 * of 13 classes went round one cycle through exit-code constants in {@code Main}. Checked with
 * ArchUnit, as core's {@code ArchitectureTest} is; a nested class counts as part of its top-level
 * class.
 */
class ClassCyclesTest {

  private static final JavaClasses CLI =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.newsdiff.cli");

  @Test
  void noClassDependsOnItselfThroughOthers() {
    slices()
        .assignedFrom(
            new SliceAssignment() {
              @Override
              public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return javaClass.getPackageName().equals("dev.newsdiff.cli")
                    ? SliceIdentifier.of(javaClass.getName().replaceFirst("\\$.*", ""))
                    : SliceIdentifier.ignore();
              }

              @Override
              public String getDescription() {
                return "the CLI's top-level classes";
              }
            })
        .should()
        .beFreeOfCycles()
        .check(CLI);
  }
}
