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

/**
 * Wires the configured chat adapters into {@code serve}: one shared bot state, each adapter's routes, and the daily
 * digest posting through their sinks.
 */
final class ChatAdapters implements Serve.FeatureFactory {

  private final Clock clock;

  ChatAdapters(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Serve.Feature open(Briefbot bot, Config config, PrometheusMeterRegistry registry) {
    BotState state = BotState.open(config.dataDir(), clock);
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
      // /brief digest shows the digest that the digest (created below, before Slack starts) would post now.
      AtomicReference<Digests> digests = new AtomicReference<>();
      // Article adding is wired once that feature exists; /brief says "not configured" till then.
      SlackBot slack = SlackBot.fromConfig(config, bot.answerer(), state, registry, clock,
          () -> digests.get().preview(), null);
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
