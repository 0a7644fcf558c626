package briefbot.app;

import briefbot.chat.slack.SlackBot;
import briefbot.config.Config;
import briefbot.digest.DigestSink;
import briefbot.digest.Digests;
import briefbot.index.SyncReport;
import briefbot.state.BotState;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The digest for the {@code digest} command, outside {@code serve}: the bot state and the configured destinations
 * first (cheap, so a missing one is reported at once), the core with its embedding model only when composing.
 */
public final class DigestJob implements AutoCloseable {

  /** How long a digest waits for another process writing the index to make progress before it gives up. */
  private static final Duration WRITER_PATIENCE = Duration.ofMinutes(5);

  private final Config config;
  private final Clock clock;
  private final BotState state;
  private final List<DigestSink> sinks;
  private Briefbot bot;

  private DigestJob(Config config, Clock clock, BotState state, List<DigestSink> sinks) {
    this.config = config;
    this.clock = clock;
    this.state = state;
    this.sinks = sinks;
  }

  /** The job for a run that posts: the links it posts must open for the readers (see {@link PublicLinks}). */
  public static DigestJob open(Config config, Clock clock) {
    PublicLinks.check(config);
    return openForPreview(config, clock);
  }

  /** The job for a dry run, which posts nothing and prints the digest here. */
  public static DigestJob openForPreview(Config config, Clock clock) {
    BotState state = Backend.state(config, clock);
    try {
      List<DigestSink> chatSinks = new ArrayList<>();
      chatSinks.add(SlackBot.digestSink(config, state));
      return new DigestJob(config, clock, state, DigestSetup.sinks(config, chatSinks));
    } catch (RuntimeException e) {
      state.close();
      throw e;
    }
  }

  /** Whether any destination is configured (Teams webhook, Slack channels). */
  public boolean hasDestinations() {
    return !sinks.isEmpty();
  }

  /** Opens the core, brings the index in step (progress and warnings to {@code progress}), and gives the digest. */
  public Digests digests(Consumer<String> progress) {
    if (bot == null) {
      bot = Briefbot.open(config, clock);
    }
    SyncReport report = bot.syncCurrent(progress, WRITER_PATIENCE);
    report.warnings().forEach(w -> progress.accept("warning: " + w));
    return Digests.create(config, bot.index(), DigestSetup.writer(config, bot.links(), bot.citationCheck()), state, sinks, clock);
  }

  @Override
  public void close() {
    if (bot != null) {
      bot.close();
    }
    state.close();
  }
}
