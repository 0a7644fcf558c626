package briefbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md: dependencies point one way, from the command line down to the corpus. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("briefbot");
  }

  @Test
  void noPackageCycles() {
    slices().matching("briefbot.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void dependenciesPointFromTheCommandLineDownToTheCorpus() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("cli").definedBy("briefbot.cli..")
        .layer("bench").definedBy("briefbot.bench..")
        .layer("app").definedBy("briefbot.app..")
        .layer("chat").definedBy("briefbot.chat..")
        .layer("digest").definedBy("briefbot.digest..")
        .layer("feeds").definedBy("briefbot.feeds..")
        .layer("llm").definedBy("briefbot.llm..")
        .layer("answer").definedBy("briefbot.answer..")
        .layer("retrieval").definedBy("briefbot.retrieval..")
        .layer("index").definedBy("briefbot.index..")
        .layer("corpus").definedBy("briefbot.corpus..")
        .layer("text").definedBy("briefbot.text..")
        .layer("state").definedBy("briefbot.state..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "bench")
        .whereLayer("chat").mayOnlyBeAccessedByLayers("app")
        .whereLayer("feeds").mayOnlyBeAccessedByLayers("app", "cli")
        .whereLayer("llm").mayOnlyBeAccessedByLayers("app", "bench")
        .whereLayer("digest").mayOnlyBeAccessedByLayers("llm", "chat", "app", "bench", "cli")
        .whereLayer("answer").mayOnlyBeAccessedByLayers("llm", "digest", "chat", "app", "bench", "cli")
        .whereLayer("retrieval").mayOnlyBeAccessedByLayers("answer", "llm", "digest", "chat", "app", "bench", "cli")
        // the bot state's SolrCloud collection is created the way the index's is (index/solr)
        .whereLayer("index").mayOnlyBeAccessedByLayers("retrieval", "answer", "llm", "digest", "feeds", "chat", "app",
            "bench", "cli", "state")
        .whereLayer("state").mayOnlyBeAccessedByLayers("digest", "feeds", "chat", "app", "bench", "cli")
        .check(classes);
  }

  @Test
  void settingsDependOnNothingOfOurs() {
    noClasses().that().resideInAPackage("briefbot.config..").should().dependOnClassesThat()
        .resideInAnyPackage("briefbot.cli..", "briefbot.bench..", "briefbot.app..", "briefbot.chat..",
            "briefbot.digest..", "briefbot.feeds..", "briefbot.llm..", "briefbot.answer..", "briefbot.retrieval..",
            "briefbot.index..", "briefbot.corpus..", "briefbot.text..", "briefbot.state..")
        .check(classes);
  }

  @Test
  void sharedTextRulesDependOnNothingOfOursButSettings() {
    noClasses().that().resideInAPackage("briefbot.text..").should().dependOnClassesThat()
        .resideInAnyPackage("briefbot.cli..", "briefbot.bench..", "briefbot.app..", "briefbot.chat..",
            "briefbot.digest..", "briefbot.feeds..", "briefbot.llm..", "briefbot.answer..", "briefbot.retrieval..",
            "briefbot.index..", "briefbot.corpus..", "briefbot.state..")
        .check(classes);
  }

  @Test
  void theCachesFilesDependOnNothingOfOurs() {
    noClasses().that().resideInAPackage("briefbot.cache..").should().dependOnClassesThat()
        .resideInAnyPackage("briefbot.cli..", "briefbot.bench..", "briefbot.app..", "briefbot.chat..",
            "briefbot.digest..", "briefbot.feeds..", "briefbot.llm..", "briefbot.answer..", "briefbot.retrieval..",
            "briefbot.index..", "briefbot.corpus..", "briefbot.text..", "briefbot.state..", "briefbot.config..")
        .check(classes);
  }

  @Test
  void awaitingWorkDependsOnNothingOfOurs() {
    noClasses().that().resideInAPackage("briefbot.concurrent..").should().dependOnClassesThat()
        .resideInAnyPackage("briefbot.cli..", "briefbot.bench..", "briefbot.app..", "briefbot.chat..",
            "briefbot.digest..", "briefbot.feeds..", "briefbot.llm..", "briefbot.answer..", "briefbot.retrieval..",
            "briefbot.index..", "briefbot.corpus..", "briefbot.text..", "briefbot.state..", "briefbot.config..")
        .check(classes);
  }
}
