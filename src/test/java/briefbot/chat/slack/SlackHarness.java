package briefbot.chat.slack;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.digest.Digest;
import briefbot.state.BotState;
import briefbot.state.sqlite.SqliteState;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Everything a Slack test needs, wired the way serve wires it: a real Briefbot over a temp corpus, the bot state,
 * a fake Slack Web API, the SlackBot built by {@link SlackBot#fromConfig} and, in HTTP mode, its route on Javalin.
 */
final class SlackHarness implements AutoCloseable {

  final Path dir;
  final FakeSlack fake;
  final Map<String, String> env;
  final Briefbot bot;
  final BotState state;
  final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  final List<String> added = new CopyOnWriteArrayList<>();
  SlackBot slack;
  Javalin javalin;
  SlackRequests requests;

  SlackHarness(Path dir, Map<String, String> slackEnv) throws Exception {
    this.dir = dir;
    this.fake = new FakeSlack();
    this.env = new HashMap<>(TestBot.env(dir));
    env.put("SLACK_BOT_TOKEN", "xoxb-test-bot");
    env.put("SLACK_API_URL", fake.apiUrl());
    env.putAll(slackEnv);
    this.bot = TestBot.open(env);
    this.state = SqliteState.open(bot.config().dataDir(), Clock.systemUTC());
  }

  /** Builds and starts a SlackBot (a second one over the same state acts as the bot after a restart). */
  SlackBot startSlack(BotState botState) {
    Function<String, String> adder = url -> {
      added.add(url);
      return "Added " + url + " (3 paragraphs) <!channel>";
    };
    // a channel whose id starts with CNL has a Dutch digest (digest.yaml's language), any other an English one
    SlackBot s = SlackBot.fromConfig(Config.fromEnv(env), bot.answerer(), botState, meters, Clock.systemUTC(),
        digest(), adder, null, channel -> channel.startsWith("CNL") ? "nl" : "en");
    s.start();
    return s;
  }

  /** Starts the bot and, in HTTP mode, a Javalin server on 127.0.0.1 with the bot's routes. */
  SlackHarness start() {
    slack = startSlack(state);
    javalin = serve(slack);
    requests = new SlackRequests("http://127.0.0.1:" + javalin.port());
    return this;
  }

  static Javalin serve(SlackBot s) {
    Javalin j = Javalin.create(config -> config.showJavalinBanner = false);
    s.routes().accept(j);
    return j.start("127.0.0.1", 0);
  }

  Function<String, Digest> digest() {
    return channel -> {
      Answer.Grounded a = (Answer.Grounded) bot.answerer().ask(Question.of(SlackBotTest.QUESTION));
      return new Digest(LocalDate.of(2024, 11, 8), "en", "Russia, Iran and <!channel> a storm",
          List.of(new Digest.Item("Russia and Iran", a.text(), 2)), a.citations());
    };
  }

  Answer ask(String question) {
    return bot.answerer().ask(Question.of(question));
  }

  @Override
  public void close() {
    if (javalin != null) {
      javalin.stop();
    }
    if (slack != null) {
      slack.close();
    }
    state.close();
    bot.close();
    fake.close();
  }
}
