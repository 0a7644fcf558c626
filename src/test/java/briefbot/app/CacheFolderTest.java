package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.index.IndexFields;
import briefbot.index.TextAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache folder that cannot be written is found once, at start-up, and said in the user's terms; a read-only one that
 * holds what is needed is used as it is.
 */
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
  void aReadOnlyChosenCacheIsReadAsItIsWhenItHoldsWhatThisConfigurationKeepsThere() throws Exception {
    Path lists = Files.createDirectories(dir.resolve("lists"));
    Files.writeString(lists.resolve("ngerman"), "Armut\nGrenze\nArmutsgrenze\nBeruf\nZweig\n");
    Path none = Files.createDirectories(dir.resolve("none"));
    Path cache = Files.createDirectories(dir.resolve("baked-cache"));
    Config config = Config.fromEnv(Map.of("BRIEFBOT_CACHE", cache.toString(), "BRIEFBOT_WORD_LISTS",
        lists.toString(), "BRIEFBOT_DICTIONARIES", none.toString(), "BRIEFBOT_ISO_CODES", none.toString()));

    // an image built without a first run: the German word list would be made again at every start
    assertThatThrownBy(() -> CacheFolder.chosen(config, cache, "it is read-only"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("BRIEFBOT_CACHE '" + cache + "' is read-only and lacks words-de-")
        .hasMessageContaining("run Briefbot once with it writable");

    // a first run, with the folder writable, keeps the list there; from then on the folder may be read-only
    TextAnalysis.of(lists, null, cache).parts(IndexFields.body("de"), "Armutsgrenze");
    assertThat(CacheFolder.lacking(config, cache)).isEmpty();
    assertThat(CacheFolder.chosen(config, cache, "it is read-only")).isEqualTo(cache);
    assertThat(CacheFolder.chosen(config, cache, null)).isEqualTo(cache);
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
    Config config = Config.fromEnv(Map.of());
    assertThat(CacheFolder.preferredOr(config, file, CacheFolder.unwritable(file), temporary)).isEqualTo(temporary);
    assertThat(temporary).isDirectory();
    assertThat(CacheFolder.preferredOr(config, dir, CacheFolder.unwritable(dir), temporary)).isEqualTo(dir);
  }

  /** A read-only home cache a first run filled is read as it is; one that lacks a file falls back, as before. */
  @Test
  void aReadOnlyDefaultCacheIsReadAsItIsWhenItHoldsWhatThisConfigurationKeepsThere() throws Exception {
    Path lists = Files.createDirectories(dir.resolve("lists"));
    Files.writeString(lists.resolve("ngerman"), "Armut\nGrenze\nArmutsgrenze\nBeruf\nZweig\n");
    Path none = Files.createDirectories(dir.resolve("none"));
    Path home = Files.createDirectories(dir.resolve("home-cache"));
    Path temporary = dir.resolve("tmp/briefbot-cache");
    Config config = Config.fromEnv(Map.of("BRIEFBOT_WORD_LISTS", lists.toString(), "BRIEFBOT_DICTIONARIES",
        none.toString(), "BRIEFBOT_ISO_CODES", none.toString()));
    assertThat(CacheFolder.preferredOr(config, home, "it is read-only", temporary)).as("lacks the word list")
        .isEqualTo(temporary);
    TextAnalysis.of(lists, null, home).parts(IndexFields.body("de"), "Armutsgrenze");
    assertThat(CacheFolder.preferredOr(config, home, "it is read-only", temporary)).isEqualTo(home);
  }

  @Test
  void noWritableFolderAtAllStopsNamingTheSetting() throws Exception {
    Path file = Files.writeString(dir.resolve("f"), "x");
    assertThatThrownBy(() -> CacheFolder.preferredOr(Config.fromEnv(Map.of()), file, CacheFolder.unwritable(file),
        file.resolve("tmp"))).isInstanceOf(ConfigException.class).hasMessageContaining("set BRIEFBOT_CACHE");
  }
}
