package briefbot.chat.watch;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answerer;
import briefbot.app.Briefbot;
import briefbot.feeds.Stories;
import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.SeedCorpus;
import briefbot.testing.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watch alerts over a real Lucene index of the seed corpus and the SQLite bot state: the answerability verdict
 * decides, quiet hours and the hourly limit make alerts wait (not vanish), a failed post is tried again, and two
 * instances sharing the state post an alert once.
 */
class WatchesTest {

  @TempDir
  Path dir;

  private Briefbot bot;
  private TestClock clock;
  private final List<WatchSink.Alert> posted = new CopyOnWriteArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();

  @BeforeEach
  void open() {
    bot = SeedCorpus.open(dir);
    clock = new TestClock(Instant.now().minusSeconds(1));
  }

  @AfterEach
  void close() {
    bot.close();
  }

  @Test
  void onlyAnArticleThatAnswersTheTopicFiresWithinItsFilters() throws IOException {
    try (BotState state = state(); Watches watches = watches(state, 6, null)) {
      watches.command("slack", "C1", "U1", "watch floating solar farm", "/brief ", "en");
      watches.command("slack", "C2", "U1", "watch floating solar farm lang:nl", "/brief ", "en");
      watches.command("slack", "C3", "U1", "watch Belgian rail strike pensions", "/brief ", "en");
      add(Stories.SOLAR, "solar");
      assertThat(watches.pass()).isEqualTo(1);
      assertThat(posted).singleElement().satisfies(a -> {
        assertThat(a.watch().destination()).isEqualTo("C1");
        assertThat(a.title()).startsWith("Rotterdam switches on");
        assertThat(a.answer().citations()).allSatisfy(c -> assertThat(c.articleId()).isEqualTo("solar"));
      });
      assertThat(watches.pass()).isZero();
    }
  }

  @Test
  void aTopicOfWordsIsAlertedWithoutTheClosestMatchOpeningAQuestionKeepsIt() throws IOException {
    try (BotState state = state(); Watches watches = watches(state, 6, null)) {
      // the verdict is not sure the article answers "environmental groups" (it names them once), yet it speaks of them
      watches.command("slack", "C1", "U1", "watch environmental groups", "/brief ", "en");
      watches.command("slack", "C2", "U1", "watch environmental groups?", "/brief ", "en");
      add(Stories.SOLAR, "solar");
      assertThat(watches.pass()).isEqualTo(2);
      String opening = Answerer.message("en", "closest");
      assertThat(posted).filteredOn(a -> a.watch().destination().equals("C1")).singleElement().satisfies(a -> {
        assertThat(a.answer().sure()).isFalse();
        assertThat(a.answer().text()).startsWith("Environmental groups welcomed the project").doesNotContain(opening);
      });
      assertThat(posted).filteredOn(a -> a.watch().destination().equals("C2")).singleElement()
          .satisfies(a -> assertThat(a.answer().text()).startsWith(opening));
    }
  }

  @Test
  void quietHoursHoldAlertsUntilTheyEnd() throws IOException {
    LocalTime now = LocalTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
    String quiet = now.minusHours(1).format(hhmm) + "-" + now.plusHours(1).format(hhmm);
    try (BotState state = state(); Watches watches = watches(state, 6, quiet)) {
      watches.command("slack", "C1", "U1", "watch floating solar farm", "/brief ", "en");
      add(Stories.SOLAR, "solar");
      assertThat(watches.pass()).isZero();
      assertThat(state.list(Alerts.DEFERRED)).hasSize(1);
      clock.advance(Duration.ofHours(2));
      assertThat(watches.pass()).isEqualTo(1);
      assertThat(watches.pass()).isZero();
      assertThat(state.list(Alerts.DEFERRED)).isEmpty();
    }
  }

  @Test
  void theHourlyLimitOfAChannelDefersTheRest() throws IOException {
    try (BotState state = state(); Watches watches = watches(state, 1, null)) {
      watches.command("slack", "C1", "U1", "watch floating solar farm", "/brief ", "en");
      watches.command("slack", "C1", "U1", "watch solar panels Rotterdam harbour", "/brief ", "en");
      add(Stories.SOLAR, "solar");
      assertThat(watches.pass()).isEqualTo(1);
      assertThat(watches.pass()).isZero();
      assertThat(state.list(Alerts.DEFERRED)).as("the second waits for the next hour").hasSize(1);
    }
  }

  @Test
  void theRepliesAreInTheLanguageAskedForAndQuoteTheTopicAsTyped() throws IOException {
    try (BotState state = state(); Watches watches = watches(state, 6, null)) {
      assertThat(watches.command("slack", "C1", "U1", "watch Sanktionen gegen Russland", "/brief ", "de"))
          .hasValueSatisfying(reply -> assertThat(reply)
              .startsWith("Ich beobachte \u201eSanktionen gegen Russland\u201c:")
              .contains("/brief unwatch 1").doesNotContain("Watching"));
      assertThat(watches.command("teams", "19:c", "U1", "watches", "", "es")).hasValueSatisfying(reply ->
          assertThat(reply).startsWith("Este canal aún no sigue nada.").contains("watch TEMA"));
      assertThat(watches.command("slack", "C1", "U1", "watches", "/brief ", "fr")).hasValueSatisfying(reply ->
          assertThat(reply).startsWith("Ce canal suit :\n1. Sanktionen gegen Russland (depuis le "));
      assertThat(watches.command("slack", "C1", "U1", "unwatch tariffs {1}", "/brief ", "pt"))
          .as("a language Briefbot does not write in; the user's words kept as typed")
          .contains("This channel has no watch \"tariffs {1}\". /brief watches lists them.");
      assertThat(watches.command("slack", "C1", "U1", "unwatch 1", "/brief ", "nl"))
          .contains("Ik volg \"Sanktionen gegen Russland\" niet meer.");
      assertThat(watches.command("slack", "C1", "U1", "what is Russia giving Iran?", "/brief ", "de")).isEmpty();
    }
    assertThat(Watches.ownWords("watch Sanktionen gegen Russland")).isEqualTo("Sanktionen gegen Russland");
    assertThat(Watches.ownWords("unwatch 2")).isEmpty();
    assertThat(Watches.ownWords("watches")).isEmpty();
  }

  @Test
  void aFailedPostIsTriedAgainAtTheNextLook() throws IOException {
    failures.set(1);
    try (BotState state = state(); Watches watches = watches(state, 6, null)) {
      watches.command("slack", "C1", "U1", "watch floating solar farm", "/brief ", "en");
      add(Stories.SOLAR, "solar");
      assertThat(watches.pass()).isZero();
      assertThat(watches.pass()).isEqualTo(1);
      assertThat(posted).hasSize(1);
    }
  }

  @Test
  void twoInstancesSharingTheStatePostOnce() throws Exception {
    try (BotState first = state(); BotState second = state();
        Watches a = watches(first, 6, null); Watches b = watches(second, 6, null)) {
      a.command("slack", "C1", "U1", "watch floating solar farm", "/brief ", "en");
      assertThat(b.of("slack", "C1")).hasSize(1);
      add(Stories.SOLAR, "solar");
      ExecutorService both = Executors.newFixedThreadPool(2);
      try {
        Future<Integer> x = both.submit(a::pass);
        Future<Integer> y = both.submit(b::pass);
        assertThat(x.get() + y.get()).isEqualTo(1);
      } finally {
        both.shutdown();
      }
      assertThat(posted).hasSize(1);
    }
  }

  private BotState state() {
    return SqliteState.open(dir.resolve("state"), Clock.systemUTC());
  }

  private Watches watches(BotState state, int perHour, String quiet) {
    Watches watches = new Watches(state, bot.answerer(), bot.index(),
        new Watches.Settings(Duration.ofHours(1), perHour, quiet, ZoneOffset.UTC), clock);
    watches.sink(new WatchSink() {
      @Override
      public String surface() {
        return "slack";
      }

      @Override
      public void post(Alert alert) throws IOException {
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          throw new IOException("Slack is down");
        }
        posted.add(alert);
      }
    });
    return watches;
  }

  private void add(Stories.Story story, String id) throws IOException {
    StringBuilder text = new StringBuilder("---\ntitle: " + story.title() + "\nsource: Test News\nlanguage: "
        + story.lang() + "\n---\n");
    story.body().stream().filter(p -> !p.startsWith("#")).forEach(p -> text.append(p).append("\n\n"));
    Files.writeString(dir.resolve("corpus").resolve(id + ".md"), text);
    bot.sync(line -> {});
  }
}
