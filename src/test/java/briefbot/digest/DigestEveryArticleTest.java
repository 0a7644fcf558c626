package briefbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Citation;
import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.testing.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A digest weighs every article that is new, however many came in: none is left out for being among the older ones. */
class DigestEveryArticleTest {

  private static final Instant MORNING = Instant.parse("2026-05-04T06:00:00Z");
  private static final int LATER_ARTICLES = 230;

  @TempDir
  static Path dir;
  static TestClock clock = new TestClock(MORNING);
  @AutoClose
  static Briefbot bot;

  @BeforeAll
  static void index() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    write(corpus, "gazette-storm", "Storm Elin shuts the Port of Rotterdam",
        "Storm Elin forced the Port of Rotterdam to close, harbour master Pieter de Vries said, after gusts tore "
            + "loose about 1,200 containers on the Maasvlakte terminals.");
    write(corpus, "courier-storm", "Rotterdam port closed as Storm Elin hits",
        "The Port of Rotterdam closed its Maasvlakte terminals as Storm Elin battered the coast, according to harbour "
            + "master Pieter de Vries.");
    bot = Briefbot.open(Config.fromEnv(Map.of("BRIEFBOT_CORPUS_DIR", corpus.toString(),
        "BRIEFBOT_DATA_DIR", dir.resolve("data").toString(), "BRIEFBOT_BASE_URL", "https://brief.example.org")), clock);
    bot.sync(line -> {});
    // a busy morning: many later articles, each on a council of its own (no figure of one is another's)
    clock.set("2026-05-04T07:00:00Z");
    for (int i = 0; i < LATER_ARTICLES; i++) {
      write(corpus, "council-" + i, "Council " + i + " budget",
          "The council of Brookfield" + i + " approved a budget of " + (1000 + i) + " thousand euros for its parks.");
    }
    bot.sync(line -> {});
  }

  private static void write(Path corpus, String id, String title, String body) throws IOException {
    Files.writeString(corpus.resolve(id + ".md"), "---\ntitle: " + title + "\nsource: " + id + "\nlanguage: en\n---\n"
        + body + "\n");
  }

  @Test
  void theEarliestArticlesOfABusyDayStillMakeTheirStory() {
    DigestComposer composer = new DigestComposer(bot.index(), new ExtractiveWriter(bot.links()));
    DigestComposer.Composed composed = composer.compose(LocalDate.of(2026, 5, 4), MORNING.minusSeconds(3600),
        Set.of(), clock.instant());

    int all = LATER_ARTICLES + 2;
    assertThat(composed.articleIds()).hasSize(all).contains("gazette-storm", "courier-storm");
    assertThat(composed.digest().headline()).contains("from " + all + " new articles");
    Digest.Item first = composed.digest().items().get(0);
    assertThat(first.sources()).as("the two storm reports, the earliest of the day, are one story").isEqualTo(2);
    assertThat(composed.digest().citations()).extracting(Citation::articleId)
        .contains("gazette-storm", "courier-storm");
  }
}
