package org.reprint.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Holds the line drawn in STYLE.md: a stage depends only on the shared vocabulary and earlier stages; only
 * the engine knows them all; reports depend on the domain, never the reverse. Evaluation sits on top: it may
 * use every stage (it runs scans and reads their parts), and nothing in core uses it.
 */
class PipelineLayersTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.reprint");

  @Test
  void stagesDependOnlyOnEarlierStages() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("document").definedBy("org.reprint.document..")
        .layer("ingest").definedBy("org.reprint.ingest..")
        .layer("normalize").definedBy("org.reprint.normalize..")
        .layer("fingerprint").definedBy("org.reprint.fingerprint..")
        .layer("index").definedBy("org.reprint.index..")
        .layer("align").definedBy("org.reprint.align..")
        .layer("classify").definedBy("org.reprint.classify..")
        .layer("cluster").definedBy("org.reprint.cluster..")
        .layer("engine").definedBy("org.reprint.engine..")
        .layer("report").definedBy("org.reprint.report..")
        .whereLayer("report").mayNotBeAccessedByAnyLayer()
        .whereLayer("engine").mayOnlyBeAccessedByLayers("report")
        .whereLayer("cluster").mayOnlyBeAccessedByLayers("engine", "report")
        .whereLayer("classify").mayOnlyBeAccessedByLayers("cluster", "engine", "report")
        .whereLayer("align").mayOnlyBeAccessedByLayers("classify", "cluster", "engine", "report")
        .whereLayer("index")
        .mayOnlyBeAccessedByLayers("align", "classify", "cluster", "engine", "report")
        .whereLayer("fingerprint")
        .mayOnlyBeAccessedByLayers("index", "align", "classify", "cluster", "engine", "report")
        .whereLayer("normalize")
        .mayOnlyBeAccessedByLayers("fingerprint", "index", "align", "classify", "cluster", "engine", "report")
        .whereLayer("ingest").mayOnlyBeAccessedByLayers("engine", "report")
        .check(CLASSES);
  }

  @Test
  @org.junit.jupiter.api.DisplayName("only the pipeline assembles a ScanResult: every way in shares its end")
  void onlyThePipelineConstructsAScanResult() {
    noClasses().that().doNotHaveFullyQualifiedName("org.reprint.engine.Pipeline")
        .should().callConstructor(org.reprint.engine.ScanResult.class,
            java.util.List.class, java.util.List.class, java.util.List.class, java.util.List.class,
            org.reprint.cluster.Clustering.class, org.reprint.engine.ScanStatistics.class, java.util.List.class,
            java.util.List.class)
        .check(CLASSES);
  }

  @Test
  @org.junit.jupiter.api.DisplayName("reprint-core holds no evaluation code and never refers to it")
  void coreNeverUsesEvaluation() {
    noClasses().should().resideInAPackage("org.reprint.evaluation..").check(CLASSES);
    noClasses().should().dependOnClassesThat().resideInAPackage("org.reprint.evaluation..").check(CLASSES);
  }

  @Test
  void noUtilityDumpingGround() {
    noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helpers..")
        .allowEmptyShould(true)
        .check(CLASSES);
  }
}
