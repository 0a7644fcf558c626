package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.answer.Question;
import briefbot.config.Config;
import briefbot.index.TextAnalysis;
import briefbot.testing.SeedCorpus;
import briefbot.testing.ServeInChild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s wiring reads the German and Dutch word lists before any question asks for them, so that the first
 * German or Dutch question does not wait for them; {@code ask}'s wiring reads only what its one question needs. Seen
 * by their effect: a list read ahead still splits a compound once its file is gone, and one never read cannot.
 */
class DictionariesAheadTest {

  @TempDir
  Path dir;

  @Test
  void serveReadsTheWordListsBeforeAnyQuestion() throws Exception {
    Config config = config(Map.of("BRIEFBOT_PORT", Integer.toString(ServeInChild.freePort())));
    try (Service service = Service.start(config, Clock.systemUTC())) {
      TextAnalysis analysis = service.bot().index().analysis();
      readingAheadEnds();
      try (var kept = Files.list(dir.resolve("cache"))) {
        assertThat(kept.map(p -> p.getFileName().toString())).as("built once, kept for the next start")
            .anyMatch(n -> n.matches("words-de-[0-9a-f]{12}\\.fst"))
            .anyMatch(n -> n.matches("words-nl-[0-9a-f]{12}\\.fst"));
      }
      deleteLists();
      assertThat(analysis.parts("body_de", "Armutsgrenze")).containsExactly("armut", "grenz");
      assertThat(analysis.parts("body_nl", "bedrijfsleven")).isNotEmpty();
    }
  }

  @Test
  void askReadsNoListAhead() throws Exception {
    try (Briefbot bot = Briefbot.open(config(Map.of()), Clock.systemUTC())) {
      assertThat(bot.answerer().ask(Question.of("When will the Quellmark ferries run again?")).text()).isNotBlank();
      readingAheadEnds();
      deleteLists();
      TextAnalysis analysis = bot.index().analysis();
      assertThatThrownBy(() -> analysis.parts("body_de", "Armutsgrenze")).hasMessageContaining("cannot read");
      assertThatThrownBy(() -> analysis.parts("body_nl", "bedrijfsleven")).hasMessageContaining("cannot read");
    }
  }

  /**
   * One English article, so that syncing the index reads neither list; the lists in a folder of the test's own, and
   * no Hunspell dictionaries (a folder without them).
   */
  private Config config(Map<String, String> extra) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("ferries.txt"), """
        ---
        title: Quellmark ferries
        language: en
        ---
        The harbour authority of Quellmark said on Monday that ferries will run again from Friday.
        """);
    Path lists = Files.createDirectories(dir.resolve("lists"));
    Files.write(lists.resolve("ngerman"), List.of("Armut", "Grenze", "Bund", "Regierung"));
    Files.write(lists.resolve("dutch"), List.of("bedrijf", "leven", "sleven", "regeling"));
    Map<String, String> env = new HashMap<>(extra);
    env.put("BRIEFBOT_WORD_LISTS", lists.toString());
    env.put("BRIEFBOT_HUNSPELL", dir.resolve("no-hunspell").toString());
    return SeedCorpus.config(dir, env);
  }

  /** Waits for the thread that reads the lists ahead, where one runs. */
  private static void readingAheadEnds() throws InterruptedException {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("briefbot-dictionaries-ahead")) {
        thread.join();
      }
    }
  }

  private void deleteLists() throws Exception {
    Files.delete(dir.resolve("lists").resolve("ngerman"));
    Files.delete(dir.resolve("lists").resolve("dutch"));
  }
}
