package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache folder that cannot be written is found once, at start-up, and said in the user's terms. */
class CacheFolderTest {

  @TempDir
  Path dir;

  @Test
  void aChosenCacheThatCannotBeWrittenStopsNamingTheSetting() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    Config config = Config.fromEnv(Map.of("BRIEFBOT_CACHE", file.resolve("cache").toString()));
    assertThatThrownBy(() -> CacheFolder.of(config)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("BRIEFBOT_CACHE must be a folder Briefbot can write, not '" + file.resolve("cache"))
        .hasMessageContaining("cannot be created");
  }

  @Test
  void aChosenCacheThatCanBeWrittenIsCreatedAndUsed() {
    Path cache = dir.resolve("new/cache");
    assertThat(CacheFolder.of(Config.fromEnv(Map.of("BRIEFBOT_CACHE", cache.toString())))).isEqualTo(cache);
    assertThat(cache).isDirectory();
  }

  @Test
  void aDefaultCacheThatCannotBeWrittenFallsBackToTheTemporaryFolder() throws Exception {
    Path file = Files.writeString(dir.resolve("home-cache"), "not a folder");
    Path temporary = dir.resolve("tmp/briefbot-cache");
    assertThat(CacheFolder.preferredOr(file, temporary)).isEqualTo(temporary);
    assertThat(temporary).isDirectory();
    assertThat(CacheFolder.preferredOr(dir, temporary)).isEqualTo(dir);
  }

  @Test
  void noWritableFolderAtAllStopsNamingTheSetting() throws Exception {
    Path file = Files.writeString(dir.resolve("f"), "x");
    assertThatThrownBy(() -> CacheFolder.preferredOr(file, file.resolve("tmp")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("set BRIEFBOT_CACHE");
  }
}
