package briefbot.app;

import briefbot.feeds.Feeds;
import briefbot.state.BotState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/** Feeds in {@code serve}: polls BRIEFBOT_FEEDS and data/feeds.txt in the background, counted in the metrics. */
final class FeedsFeature {

  private FeedsFeature() {}

  /** Opens the feeds (a bad feed list stops start-up) and starts polling them. */
  static Feeds start(Briefbot bot, BotState state, Feeds.Options options, PrometheusMeterRegistry registry,
      Clock clock) {
    Feeds feeds = Feeds.open(bot.config(), state, bot::sync, options, clock);
    Counter polls = Counter.builder("briefbot.feeds.polls").description("polls of all feeds").register(registry);
    Counter added = Counter.builder("briefbot.feeds.articles.added").description("articles stored from feeds")
        .register(registry);
    Counter failed = Counter.builder("briefbot.feeds.failures").description("feeds that failed a poll")
        .register(registry);
    Counter skipped = Counter.builder("briefbot.feeds.items.skipped")
        .description("feed items not stored, with a reason logged").register(registry);
    feeds.start(poll -> {
      polls.increment();
      added.increment(poll.saved().size());
      failed.increment(poll.failed());
      skipped.increment(poll.problems().stream().filter(p -> p.startsWith("item ")).count());
    });
    return feeds;
  }
}
