package briefbot.testing;

import briefbot.app.Briefbot;
import briefbot.config.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Test fixture: a Briefbot over the project's seed articles copied into a temp folder, or over a test's own. */
public final class SeedCorpus {

  private SeedCorpus() {}

  /** Copies corpus/ (the repo's seed articles) into {@code dir}/corpus and returns that folder. */
  public static Path copyTo(Path dir) {
    Path target = dir.resolve("corpus");
    try {
      Files.createDirectories(target);
      try (Stream<Path> files = Files.list(Path.of("corpus"))) {
        for (Path f : files.toList()) {
          Files.copy(f, target.resolve(f.getFileName()));
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The configuration of a Briefbot whose corpus and data live under {@code dir}. */
  public static Config config(Path dir, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString());
    env.put("BRIEFBOT_DATA_DIR", dir.resolve("data").toString());
    env.putIfAbsent("BRIEFBOT_BASE_URL", "http://briefbot.test");
    // what --allow-local-links sets: tests post links to fakes, never to people
    env.putIfAbsent("BRIEFBOT_ALLOW_LOCAL_LINKS", "true");
    if (extra.containsKey("BRIEFBOT_DICTIONARIES") || extra.containsKey("BRIEFBOT_ISO_CODES")
        || extra.containsKey("BRIEFBOT_WORD_LISTS")) {
      // what is made of a test's own dictionaries, place names or word lists is kept with them, not in the user's
      // cache, where each run's temp folder left a table of its own
      env.putIfAbsent("BRIEFBOT_CACHE", dir.resolve("cache").toString());
    }
    return Config.fromEnv(env);
  }

  /** A Briefbot over a fresh copy of the seed corpus under {@code dir}, already indexed. */
  public static Briefbot open(Path dir) {
    copyTo(dir);
    return open(dir, Map.of());
  }

  /** A Briefbot over the articles a test wrote to {@code dir}/corpus, with {@code extra} settings, already indexed. */
  public static Briefbot open(Path dir, Map<String, String> extra) {
    Briefbot bot = Briefbot.open(config(dir, extra), Clock.systemUTC());
    bot.sync(line -> {});
    return bot;
  }
}
