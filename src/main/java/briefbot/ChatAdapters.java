package briefbot;

import briefbot.state.BotState;
import briefbot.teams.TeamsBot;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Wires the configured chat adapters into {@code serve}: one shared bot state, each adapter's routes. */
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
      TeamsBot teams = TeamsBot.fromConfig(config, bot.answerer(), state, registry, clock);
      if (teams != null) {
        routes.add(teams.routes());
        closing.add(teams);
      }
    } catch (RuntimeException e) {
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
