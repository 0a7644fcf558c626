package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.SeedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A set's gold paragraph, numbered in the corpus file, found among the index's paragraphs after cleaning. */
class GoldParagraphsTest {

  @TempDir
  Path dir;

  @Test
  void anOverLongParagraphCutIntoPassagesShiftsTheGoldNumber() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    StringBuilder longParagraph = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      longParagraph.append("The harbour board met for the ").append(i).append("th time and discussed the quays. ");
    }
    Files.writeString(corpus.resolve("port.txt"), "---\ntitle: The port\nlanguage: en\n---\n"
        + longParagraph.toString().strip() + "\n\nThe new ferry terminal opened on Tuesday and cost 40 million euros.\n\n"
        + "Dockworkers went on strike in the spring.\n");
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      bot.sync(line -> {});
      GoldParagraphs gold = new GoldParagraphs(corpus, bot.index());
      var paragraphs = bot.index().article("port").orElseThrow().article().paragraphs();
      assertThat(paragraphs.size()).as("the long paragraph is cut into passages").isGreaterThan(3);
      int ferry = paragraphs.stream().filter(p -> p.text().contains("ferry")).findFirst().orElseThrow().number();
      assertThat(gold.of("port", 2)).containsExactly(ferry);
      assertThat(gold.of("port", 1)).hasSize(paragraphs.size() - 2).doesNotContain(ferry);
      assertThat(gold.of("elsewhere", 4)).as("no file: the set's number as it is").containsExactly(4);
    }
  }

  /** Sentences glued at a closing quote ("…“.In") are split apart and rejoined with a space: still the gold text. */
  @Test
  void aPassageCutWhereTwoSentencesWereGluedIsStillTheGoldParagraph() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    StringBuilder glued = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      glued.append("Der Hafenrat tagte zum ").append(i).append(". Mal und nannte den Kai „Freund“.");
    }
    Files.writeString(corpus.resolve("hafen.txt"), "---\ntitle: Der Hafen\nlanguage: de\n---\n" + glued
        + "\n\nDie neue Fähre fuhr am Dienstag zum ersten Mal.\n");
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      bot.sync(line -> {});
      GoldParagraphs gold = new GoldParagraphs(corpus, bot.index());
      var paragraphs = bot.index().article("hafen").orElseThrow().article().paragraphs();
      assertThat(paragraphs.size()).as("the glued paragraph is cut into passages").isGreaterThan(2);

      assertThat(gold.of("hafen", 1)).hasSize(paragraphs.size() - 1);
    }
  }
  @Test
  void aParagraphCleaningMarkedAsStartingMidSentenceIsStillTheGoldParagraph() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("pressure.txt"), "---\ntitle: Blood pressure\nlanguage: en\n---\nBlood pressure\n\n"
        + "Lifestyle changes lower blood pressure, and the guidelines say how far it can be reached.\n\n"
        + "limit alcohol consumption to no more than 3 units/day in men and no more than 2 units/day in women\n");
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC())) {
      bot.sync(line -> {});
      GoldParagraphs gold = new GoldParagraphs(corpus, bot.index());
      var paragraphs = bot.index().article("pressure").orElseThrow().article().paragraphs();
      assertThat(paragraphs.get(1).text()).as("cleaning marks the cut start").startsWith("… limit alcohol");

      assertThat(gold.of("pressure", 3)).as("the repeated title dropped, the set's 3 is 2").containsExactly(2);
      assertThat(gold.of("pressure", 2)).containsExactly(1);
    }
  }
}
