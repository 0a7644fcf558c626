package briefbot.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.SolrSettings;
import briefbot.digest.Digests.Outcome;
import briefbot.state.BotState;
import briefbot.state.solr.SolrState;
import briefbot.state.sqlite.SqliteState;
import briefbot.testing.Eventually;
import briefbot.testing.SeedCorpus;
import briefbot.testing.SolrCloud;
import briefbot.testing.SolrCloudTest;
import briefbot.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduling and the exactly-once ledger, driven by a clock the test moves: the digest fires at its local time,
 * across daylight-saving changes, once per day whatever restarts, second processes, crashes and failures happen.
 */
class DigestsTest {

  /** The seed articles were first seen at 06:00 (Amsterdam) on 28 March 2026. */
  private static final Instant INDEXED = Instant.parse("2026-03-28T05:00:00Z");

  @TempDir
  static Path shared;
  static Briefbot bot;

  @TempDir
  Path dir;
  private final TestClock clock = new TestClock(INDEXED);
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeAll
  static void index() {
    SeedCorpus.copyTo(shared);
    bot = Briefbot.open(SeedCorpus.config(shared, Map.of()), new TestClock(INDEXED));
    bot.sync(line -> {});
  }

  @AfterAll
  static void closeIndex() {
    bot.close();
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open.reversed()) {
      c.close();
    }
  }

  /** Digests over the shared index with a ledger of this test's own, as one process would open them. */
  private Digests digests(Map<String, String> settings, DigestSink... sinks) {
    return digests(() -> SqliteState.open(dir, clock), settings, sinks);
  }

  /** The same with the bot state a process opens (a second call is a second connection, as a second process has). */
  private Digests digests(Supplier<BotState> opener, Map<String, String> settings, DigestSink... sinks) {
    Map<String, String> env = new HashMap<>(settings);
    env.put("BRIEFBOT_DATA_DIR", dir.toString());
    env.put("BRIEFBOT_BASE_URL", "http://briefbot.test");
    BotState state = opener.get();
    Digests digests = Digests.create(Config.fromEnv(env), bot.index(), bot.links(), state, List.of(sinks), clock);
    open.add(state);
    open.add(digests);
    return digests;
  }

  private static Map<String, String> amsterdam(String cron) {
    return Map.of("BRIEFBOT_DIGEST_CRON", cron, "BRIEFBOT_DIGEST_TZ", "Europe/Amsterdam");
  }

  @Test
  void firesAtTheCronTimeInTheConfiguredZoneAndOnlyThen() {
    RecordingSink slack = new RecordingSink("slack", "C1");
    Digests digests = digests(amsterdam("0 8 * * *"), slack);
    // Yesterday's digest predates this ledger: it is past the grace period, so it is skipped, not posted late.
    assertThat(digests.runDue(clock.set("2026-03-28T06:59:30Z"))).extracting(Digests.Run::outcome)
        .containsExactly(Outcome.SKIPPED); // 07:59:30 in Amsterdam
    List<Digests.Run> runs = digests.runDue(clock.set("2026-03-28T07:00:00Z"));
    assertThat(runs).extracting(Digests.Run::outcome).containsExactly(Outcome.POSTED);
    assertThat(digests.runDue(clock.set("2026-03-28T07:00:30Z"))).isEmpty();
    assertThat(digests.runDue(clock.set("2026-03-28T15:00:00Z"))).isEmpty();
    assertThat(slack.posts).singleElement().satisfies(p -> {
      assertThat(p.digest().day()).isEqualTo(LocalDate.of(2026, 3, 28));
      assertThat(p.digest().items()).hasSizeBetween(3, 7);
    });
  }

  @Test
  void startedInTheBackgroundItPostsADigestDueAtStartUpAndStopsOnClose() throws Exception {
    RecordingSink slack = new RecordingSink("slack", "C1");
    clock.set("2026-03-28T08:20:00Z"); // started 20 minutes after the digest was due
    Digests digests = digests(Map.of(), slack).start();
    Eventually.within(Duration.ofSeconds(10)).until(() -> !slack.posts.isEmpty());
    digests.close();
    assertThat(slack.posts).hasSize(1);
    assertThat(digests.runDue(clock.instant())).isEmpty();
  }

  @Test
  void acrossBothDaylightSavingChangesEachDayGetsOneDigestAtItsLocalTime() {
    RecordingSink slack = new RecordingSink("slack", "C1");
    Digests digests = digests(amsterdam("30 2 * * *"), slack);
    List<Instant> spring = postTimes(digests, "2026-03-27T12:00:00Z", "2026-03-31T12:00:00Z");
    assertThat(spring).containsExactly(Instant.parse("2026-03-28T01:30:00Z"),
        Instant.parse("2026-03-29T01:30:00Z"), // 02:30 does not exist that day: 03:30 summer time
        Instant.parse("2026-03-30T00:30:00Z"), Instant.parse("2026-03-31T00:30:00Z"));
    List<Instant> autumn = postTimes(digests, "2026-10-23T12:00:00Z", "2026-10-27T12:00:00Z");
    assertThat(autumn).containsExactly(Instant.parse("2026-10-24T00:30:00Z"),
        Instant.parse("2026-10-25T00:30:00Z"), // 02:30 happens twice that day: only the first posts
        Instant.parse("2026-10-26T01:30:00Z"), Instant.parse("2026-10-27T01:30:00Z"));
    assertThat(slack.posts).extracting(p -> p.digest().day().toString()).doesNotHaveDuplicates().hasSize(8);
  }

  /** Ticks every quarter of an hour from {@code from} to {@code to}; the instants at which something was posted. */
  private List<Instant> postTimes(Digests digests, String from, String to) {
    List<Instant> out = new ArrayList<>();
    for (Instant t = Instant.parse(from); t.isBefore(Instant.parse(to)); t = t.plus(Duration.ofMinutes(15))) {
      clock.set(t);
      if (digests.runDue(t).stream().anyMatch(r -> r.outcome() == Outcome.POSTED)) {
        out.add(t);
      }
    }
    return out;
  }

  @Test
  void aRestartRightAfterPostingPostsNothingMore() throws Exception {
    RecordingSink slack = new RecordingSink("slack", "C1");
    Digests first = digests(Map.of(), slack);
    assertThat(first.runDue(clock.set("2026-03-28T08:00:05Z"))).extracting(Digests.Run::outcome).containsExactly(Outcome.POSTED);
    closeAll();
    open.clear();

    Digests restarted = digests(Map.of(), slack);
    assertThat(restarted.tick()).isEmpty();
    assertThat(restarted.runDue(clock.set("2026-03-28T09:00:00Z"))).isEmpty();
    assertThat(restarted.postNow()).extracting(Digests.Run::outcome).containsExactly(Outcome.ALREADY_POSTED);
    assertThat(slack.posts).hasSize(1);
  }

  @Test
  void twoProcessesDueAtTheSameMomentPostOnce() throws Exception {
    twoDueAtTheSameMomentPostOnce(() -> SqliteState.open(dir, clock));
  }

  @Test
  @SolrCloudTest
  void twoInstancesOnSolrCloudStateDueAtTheSameMomentPostOnce() throws Exception {
    SolrSettings settings = SolrCloud.shared().settings("digesttest");
    twoDueAtTheSameMomentPostOnce(() -> SolrState.open(settings, clock));
  }

  /** Two processes on the same state, due at once, then a third started later: one post in all. */
  private void twoDueAtTheSameMomentPostOnce(Supplier<BotState> state) throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    RecordingSink slack = new RecordingSink("slack", "C1");
    slack.duringPost = () -> awaitTheOther(bothStarted);
    Digests one = digests(state, Map.of(), slack);
    Digests two = digests(state, Map.of(), slack);
    clock.set("2026-03-28T08:00:00Z");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Digests.Run>>> runs = new ArrayList<>();
      for (Digests digests : List.of(one, two)) {
        runs.add(pool.submit(() -> {
          bothStarted.countDown();
          return digests.runDue(clock.instant());
        }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<List<Digests.Run>> run : runs) {
        run.get(30, TimeUnit.SECONDS).forEach(r -> outcomes.add(r.outcome()));
      }
      assertThat(outcomes).contains(Outcome.POSTED).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
    assertThat(slack.posts).singleElement().satisfies(p -> assertThat(p.destination()).isEqualTo("C1"));
    Digests later = digests(state, Map.of(), slack);
    assertThat(later.runDue(clock.set("2026-03-28T08:30:00Z"))).isEmpty();
    assertThat(later.postNow()).extracting(Digests.Run::outcome).containsExactly(Outcome.ALREADY_POSTED);
    assertThat(two.runDue(clock.instant())).isEmpty();
    assertThat(slack.posts).hasSize(1);
  }

  /** Holds the poster until the other process has started too, so both really are due at once. */
  private static void awaitTheOther(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aProcessThatStoppedWhilePostingIsNotPostedAgain() {
    RecordingSink slack = new RecordingSink("slack", "C1");
    Digests digests = digests(Map.of(), slack);
    Ledger crashed = new Ledger(SqliteState.open(dir, clock), "crashed-process", Digests.LEASE);
    String key = Ledger.key("slack:C1", LocalDate.of(2026, 3, 28));
    Instant eight = clock.set("2026-03-28T08:00:00Z");
    Ledger.Lease lease = crashed.acquire(key, crashed.get(key), eight).orElseThrow();
    crashed.sending(lease, eight); // ... and the process died during the HTTP call

    assertThat(digests.runDue(clock.set("2026-03-28T08:05:00Z"))).isEmpty(); // its lease still runs
    assertThat(digests.runDue(clock.set("2026-03-28T08:11:00Z"))).extracting(Digests.Run::outcome)
        .containsExactly(Outcome.UNKNOWN);
    assertThat(digests.runDue(clock.set("2026-03-28T09:00:00Z"))).isEmpty();
    assertThat(slack.posts).isEmpty();
    assertThat(digests.postNow()).extracting(Digests.Run::outcome).containsExactly(Outcome.POSTED); // by hand, if it did not
    assertThat(digests.postNow()).extracting(Digests.Run::outcome).containsExactly(Outcome.ALREADY_POSTED);
    assertThat(slack.posts).hasSize(1);
  }

  @Test
  void aProcessThatStoppedBeforePostingIsRetriedWhenItsLeaseRunsOut() {
    RecordingSink slack = new RecordingSink("slack", "C1");
    Digests digests = digests(Map.of(), slack);
    Ledger crashed = new Ledger(SqliteState.open(dir, clock), "crashed-process", Digests.LEASE);
    String key = Ledger.key("slack:C1", LocalDate.of(2026, 3, 28));
    crashed.acquire(key, crashed.get(key), clock.set("2026-03-28T08:00:00Z")).orElseThrow(); // died composing

    assertThat(digests.runDue(clock.set("2026-03-28T08:05:00Z"))).isEmpty();
    assertThat(digests.runDue(clock.set("2026-03-28T08:11:00Z"))).extracting(Digests.Run::outcome)
        .containsExactly(Outcome.POSTED);
    assertThat(slack.posts).hasSize(1);
  }

  @Test
  void aDigestMissedWhileDownIsPostedOnceWithinGraceAndSkippedAfter() throws Exception {
    RecordingSink late = new RecordingSink("slack", "C1");
    Digests digests = digests(Map.of("BRIEFBOT_DIGEST_GRACE", "PT2H"), late);
    clock.set("2026-03-28T09:30:00Z"); // started 90 minutes after the 08:00 digest
    assertThat(digests.tick()).extracting(Digests.Run::outcome).containsExactly(Outcome.POSTED);
    assertThat(digests.runDue(clock.set("2026-03-28T09:31:00Z"))).isEmpty();
    assertThat(late.posts).hasSize(1);
    closeAll();
    open.clear();

    RecordingSink tooLate = new RecordingSink("slack", "C2");
    Digests other = digests(Map.of("BRIEFBOT_DIGEST_GRACE", "PT2H"), tooLate);
    clock.set("2026-03-28T10:30:00Z"); // started two and a half hours after it
    assertThat(other.tick()).extracting(Digests.Run::outcome).containsExactly(Outcome.SKIPPED);
    assertThat(other.runDue(clock.set("2026-03-28T23:00:00Z"))).isEmpty();
    assertThat(tooLate.posts).isEmpty();
    assertThat(other.runDue(clock.set("2026-03-29T08:00:00Z"))).extracting(Digests.Run::outcome)
        .containsExactly(Outcome.POSTED); // the next day is not affected
  }

  @Test
  void aFailedPostIsRetriedWithBackoffAndMarkedOnlyWhenItSucceeds() {
    RecordingSink slack = new RecordingSink("slack", "C1");
    slack.failuresLeft.set(2);
    Digests digests = digests(Map.of(), slack);
    assertThat(digests.runDue(clock.set("2026-03-28T08:00:00Z"))).extracting(Digests.Run::outcome).containsExactly(Outcome.FAILED);
    assertThat(digests.runDue(clock.set("2026-03-28T08:00:30Z"))).isEmpty(); // next try at 08:01
    assertThat(digests.runDue(clock.set("2026-03-28T08:01:00Z"))).extracting(Digests.Run::outcome).containsExactly(Outcome.FAILED);
    assertThat(digests.runDue(clock.set("2026-03-28T08:02:30Z"))).isEmpty(); // then two minutes later
    assertThat(digests.runDue(clock.set("2026-03-28T08:03:00Z"))).extracting(Digests.Run::outcome).containsExactly(Outcome.POSTED);
    assertThat(digests.runDue(clock.set("2026-03-28T08:30:00Z"))).isEmpty();
    assertThat(slack.attempts).hasValue(3);
    assertThat(slack.posts).hasSize(1);
    assertThat(DigestRunner.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(DigestRunner.backoff(20)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aQuietDayPostsOneLineOrNothingAsConfigured() {
    RecordingSink posting = new RecordingSink("slack", "C1");
    RecordingSink skipping = new RecordingSink("teams", "T1");
    Digests post = digests(Map.of("BRIEFBOT_DIGEST_QUIET", "post"), posting);
    assertThat(post.runDue(clock.set("2026-04-10T08:00:00Z"))).extracting(Digests.Run::outcome).containsExactly(Outcome.POSTED);
    assertThat(posting.posts).singleElement().satisfies(p -> {
      assertThat(p.digest().quiet()).isTrue();
      assertThat(p.digest().headline()).isEqualTo("Nothing new since the last briefing.");
      assertThat(p.digest().citations()).isEmpty();
    });
    Digests skip = digests(Map.of("BRIEFBOT_DIGEST_QUIET", "skip"), skipping);
    assertThat(skip.runDue(clock.instant())).extracting(Digests.Run::outcome).containsExactly(Outcome.QUIET);
    assertThat(skip.runDue(clock.set("2026-04-10T09:00:00Z"))).isEmpty();
    assertThat(skipping.posts).isEmpty();
  }

  @Test
  void aQuietDayInGermanSaysSoInGerman() {
    RecordingSink slack = new RecordingSink("slack", "C1");
    Digests digests = digests(Map.of("BRIEFBOT_DIGEST_LANGUAGE", "de"), slack);
    digests.runDue(clock.set("2026-04-10T08:00:00Z"));
    assertThat(slack.posts).singleElement().satisfies(p -> {
      assertThat(p.digest().quiet()).isTrue();
      assertThat(p.digest().language()).isEqualTo("de");
      assertThat(p.digest().headline()).isEqualTo("Nichts Neues seit dem letzten Überblick.");
    });
  }

  @Test
  void aChannelsLanguageFramesItsDigestAndChangingItDoesNotPostTodaysDigestAgain() throws Exception {
    Files.writeString(dir.resolve("digest.yaml"), "channels:\n  \"slack:C2\": {language: nl, filter: \"lang:nl\"}\n");
    RecordingSink slack = new RecordingSink("slack", "C1", "C2");
    Digests digests = digests(Map.of(), slack);
    assertThat(posted(digests.runDue(clock.set("2026-03-28T08:00:00Z")))).containsExactlyInAnyOrder("slack:C1",
        "slack:C2");
    Digest dutch = slack.to("C2").get(0).digest();
    assertThat(dutch.language()).isEqualTo("nl");
    assertThat(dutch.headline()).startsWith("Overzicht van zaterdag 28 maart 2026: ").endsWith(" (lang:nl).");
    Digest english = slack.to("C1").get(0).digest();
    assertThat(english.language()).isEqualTo("en");
    assertThat(english.headline()).startsWith("Briefing for Saturday 28 March 2026: ");
    assertThat(digests.preview("slack", "C2").headline()).startsWith("Overzicht van ");
    assertThat(digests.preview().headline()).startsWith("Briefing for ");

    // the ledger keys a digest by channel and day, not by its words: a new language starts tomorrow
    Files.writeString(dir.resolve("digest.yaml"), "channels:\n  \"slack:C1\": {language: de}\n");
    Digests german = digests(Map.of(), slack);
    assertThat(german.runDue(clock.set("2026-03-28T08:00:30Z"))).isEmpty();
    assertThat(german.postNow()).extracting(Digests.Run::outcome).containsOnly(Outcome.ALREADY_POSTED);
    assertThat(slack.posts).hasSize(2);
    german.runDue(clock.set("2026-03-29T08:00:00Z"));
    assertThat(slack.to("C1").get(1).digest().headline()).isEqualTo("Nichts Neues seit dem letzten Überblick.");
  }

  @Test
  void aDigestLanguageBriefbotDoesNotWriteStopsStartUpNamingTheSetting() throws Exception {
    assertThatThrownBy(() -> digests(Map.of("BRIEFBOT_DIGEST_LANGUAGE", "klingon")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BRIEFBOT_DIGEST_LANGUAGE")
        .hasMessageContaining("en, de, es, fr, nl").hasMessageContaining("'klingon'");
    Files.writeString(dir.resolve("digest.yaml"), "channels:\n  \"slack:C9\": {language: Dutch}\n");
    assertThatThrownBy(() -> digests(Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("slack:C9.language")
        .hasMessageContaining("'Dutch'");
  }

  @Test
  void aChannelCanHaveItsOwnHourAndZone() throws Exception {
    Files.writeString(dir.resolve("digest.yaml"), """
        channels:
          "slack:C2": {cron: "30 6 * * 1-5", tz: America/New_York}
        """);
    RecordingSink slack = new RecordingSink("slack", "C1", "C2");
    Digests digests = digests(Map.of(), slack);
    assertThat(posted(digests.runDue(clock.set("2026-03-30T08:00:00Z")))).containsExactly("slack:C1");
    assertThat(posted(digests.runDue(clock.set("2026-03-30T10:29:00Z")))).isEmpty();
    assertThat(posted(digests.runDue(clock.set("2026-03-30T10:30:00Z")))).containsExactly("slack:C2"); // 06:30 EDT
    assertThat(slack.to("C2")).singleElement().satisfies(p ->
        assertThat(p.digest().day()).isEqualTo(LocalDate.of(2026, 3, 30)));
  }

  @Test
  void aChannelCanHaveItsOwnFiltersAndTheDefaultFilterAppliesToTheRest() throws Exception {
    Files.writeString(dir.resolve("digest.yaml"), """
        channels:
          "slack:C2": {filter: "from:Reuters"}
        """);
    RecordingSink slack = new RecordingSink("slack", "C1", "C2");
    Digests digests = digests(Map.of("BRIEFBOT_DIGEST_FILTER", "lang:nl"), slack);
    assertThat(posted(digests.runDue(clock.set("2026-03-28T08:00:00Z")))).containsExactlyInAnyOrder("slack:C1",
        "slack:C2");
    Digest reuters = slack.to("C2").get(0).digest();
    assertThat(reuters.headline()).endsWith("(from:Reuters).");
    assertThat(reuters.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.source()).isEqualTo("Reuters"));
    Digest dutch = slack.to("C1").get(0).digest();
    assertThat(dutch.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.language()).isEqualTo("nl"));
    assertThat(digests.preview().headline()).endsWith("(lang:nl).");
  }

  @Test
  void aDigestFilterThatIsNoFilterStopsStartUpNamingIt() throws Exception {
    assertThatThrownBy(() -> digests(Map.of("BRIEFBOT_DIGEST_FILTER", "colour:red")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BRIEFBOT_DIGEST_FILTER")
        .hasMessageContaining("colour:");
    assertThatThrownBy(() -> digests(Map.of("BRIEFBOT_DIGEST_FILTER", "Russia lang:en")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("takes only filters");
    Files.writeString(dir.resolve("digest.yaml"), "channels:\n  \"slack:C9\": {filter: \"lang:dutch\"}\n");
    assertThatThrownBy(() -> digests(Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("slack:C9.filter");
  }

  private static List<String> posted(List<Digests.Run> runs) {
    return runs.stream().filter(r -> r.outcome() == Outcome.POSTED).map(Digests.Run::destination).toList();
  }

  @Test
  void malformedDigestSettingsStopStartUpNamingThem() throws Exception {
    assertThatThrownBy(() -> digests(Map.of("BRIEFBOT_DIGEST_GRACE", "2 hours")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BRIEFBOT_DIGEST_GRACE");
    assertThatThrownBy(() -> digests(Map.of("BRIEFBOT_DIGEST_QUIET", "sometimes")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BRIEFBOT_DIGEST_QUIET");
    assertThatThrownBy(() -> digests(Map.of("BRIEFBOT_DIGEST_TZ", "Mars/Olympus")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BRIEFBOT_DIGEST_TZ");
    Files.writeString(dir.resolve("digest.yaml"), "channels:\n  \"slack:C9\": {tz: Europe/Atlantis}\n");
    assertThatThrownBy(() -> digests(Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("slack:C9");
  }
}
