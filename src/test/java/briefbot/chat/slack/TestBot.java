package briefbot.chat.slack;

import briefbot.app.Briefbot;
import briefbot.config.Config;
import briefbot.testing.SeedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A real Briefbot over the seed corpus plus a test article whose text tries to ping the channel and holds the marks
 * of bold and italic (a footnote mark, {@code *wait*}, {@code _drop_}).
 */
final class TestBot {

  static final String BASE_URL = "https://brief.example.org";
  static final String HARBOUR_ID = "harbour-alert";
  static final String HARBOUR_QUESTION = "Why were the Rotterdam harbour cranes halted?";

  private TestBot() {}

  static Map<String, String> env(Path dir) throws IOException {
    Path corpus = SeedCorpus.copyTo(dir);
    Files.writeString(corpus.resolve(HARBOUR_ID + ".md"), String.join("\n",
        "---",
        "title: Rotterdam harbour <!channel> cranes halted & crews <@U0BOSS> told to wait",
        "source: Test Wire <!here>",
        "url: https://example.org/news/rotterdam-cranes",
        "published: 2024-11-08",
        "language: en",
        "---",
        "Rotterdam harbour cranes were halted on Friday after a storm with gusts of 120 kilometres per hour*, "
            + "<!channel> the port authority said, and @here crews were told to *wait* for the wind to _drop_.",
        "",
        "The port authority expects container traffic in Rotterdam to resume on Saturday morning once engineers "
            + "have inspected the harbour cranes.",
        ""));
    Map<String, String> env = new HashMap<>();
    env.put("BRIEFBOT_CORPUS_DIR", corpus.toString());
    env.put("BRIEFBOT_DATA_DIR", dir.resolve("data").toString());
    env.put("BRIEFBOT_BASE_URL", BASE_URL);
    return env;
  }

  static Briefbot open(Map<String, String> env) {
    Briefbot bot = Briefbot.open(Config.fromEnv(env), Clock.systemUTC());
    bot.sync(line -> {});
    return bot;
  }
}
