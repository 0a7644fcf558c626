package briefbot;

import briefbot.digest.DigestSink;
import briefbot.digest.Digests;
import briefbot.slack.SlackBot;
import briefbot.state.BotState;
import briefbot.teams.TeamsBot;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Wires the configured chat adapters into {@code serve}: one shared bot state, each adapter's routes, and the daily
 * digest posting through their sinks.
 */
final class ChatAdapters implements Serve.FeatureFactory {

  private final Clock clock;
  private final Function<String, String> addArticle;

  ChatAdapters(Clock clock) {
    this(clock, null);
  }

  /** {@code addArticle}: URL in, one reply line out, for {@code /brief add URL}; null when adding is not wired. */
  ChatAdapters(Clock clock, Function<String, String> addArticle) {
    this.clock = clock;
    this.addArticle = addArticle;
  }

  @Override
  public Serve.Feature open(Briefbot bot, Config config, PrometheusMeterRegistry registry) {
    BotState state = Backend.state(config, clock);
    List<AutoCloseable> closing = new ArrayList<>();
    List<java.util.function.Consumer<Javalin>> routes = new ArrayList<>();
    try {
      List<DigestSink> digestSinks = new ArrayList<>();
      TeamsBot teams = TeamsBot.fromConfig(config, bot.answerer(), state, registry, clock);
      if (teams != null) {
        routes.add(teams.routes());
        closing.add(teams);
        digestSinks.add(teams.digestSink());
      }
      // /brief digest shows today's digest; the digest is created below, before Slack starts taking commands.
      AtomicReference<Digests> digests = new AtomicReference<>();
      SlackBot slack = SlackBot.fromConfig(config, bot.answerer(), state, registry, clock,
          () -> digests.get().preview(), addArticle);
      if (slack != null) {
        closing.add(slack);
        digestSinks.add(slack.digestSink());
      }
      digests.set(DigestSetup.digests(bot, state, digestSinks, clock));
      closing.addFirst(digests.get()); // stopped first: a post in flight finishes while its sink still works
      if (slack != null) {
        slack.start();
        routes.add(slack.routes());
      }
      digests.get().start();
    } catch (RuntimeException e) {
      for (AutoCloseable c : closing) {
        try {
          c.close();
        } catch (Exception ignored) {
          // already failing start-up; the first error is the one to report
        }
      }
      state.close();
      throw e;
    }
    closing.add(state);
    return new Serve.Feature() {
      @Override
      public void routes(Javalin app) {
        routes.forEach(r -> r.accept(app));
      }

      @Override
      public void close() throws Exception {
        for (AutoCloseable c : closing) {
          c.close();
        }
      }
    };
  }
}
