package briefbot;

import briefbot.feeds.Feeds;
import briefbot.state.BotState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Feeds in {@code serve}: polls BRIEFBOT_FEEDS and data/feeds.txt in the background with metrics, and hands chat
 * adapters the {@code /brief add URL} function.
 */
final class FeedsFeature implements Serve.FeatureFactory {

  private final Clock clock;
  private final UnaryOperator<Feeds.Options> adjust;
  private volatile Feeds feeds;

  FeedsFeature(Clock clock) {
    this(clock, UnaryOperator.identity());
  }

  /** With {@code adjust} a test gives itself the loopback allowance. */
  FeedsFeature(Clock clock, UnaryOperator<Feeds.Options> adjust) {
    this.clock = clock;
    this.adjust = adjust;
  }

  @Override
  public Serve.Feature open(Briefbot bot, Config config, PrometheusMeterRegistry registry) {
    Feeds.Options options = adjust.apply(Feeds.Options.from(config));
    BotState state = Backend.state(config, clock);
    try {
      feeds = Feeds.open(bot, state, options, clock);
    } catch (RuntimeException e) {
      state.close();
      throw e;
    }
    Counter polls = Counter.builder("briefbot.feeds.polls").description("polls of all feeds").register(registry);
    Counter added = Counter.builder("briefbot.feeds.articles.added").description("articles stored from feeds")
        .register(registry);
    Counter failed = Counter.builder("briefbot.feeds.failures").description("feeds that failed a poll")
        .register(registry);
    Counter skipped = Counter.builder("briefbot.feeds.items.skipped").description("feed items not stored, with a reason logged")
        .register(registry);
    feeds.start(poll -> {
      polls.increment();
      added.increment(poll.saved().size());
      failed.increment(poll.failed());
      skipped.increment(poll.problems().stream().filter(p -> p.startsWith("item ")).count());
    });
    Feeds opened = feeds;
    return new Serve.Feature() {
      @Override
      public void close() {
        opened.close();
        state.close();
      }
    };
  }

  /** {@code /brief add URL} for a chat adapter opened after this feature: URL in, one reply line out. */
  Function<String, String> adder() {
    return url -> {
      Feeds opened = feeds;
      return opened == null ? "adding articles is not available right now" : opened.adder().apply(url);
    };
  }
}
