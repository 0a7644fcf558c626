package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.SolrSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BRIEFBOT_SEARCH and the SolrCloud settings: a wrong or missing one stops start-up with one line naming it. */
class SearchBackendSettingTest {

  @TempDir
  Path dir;

  private Config config(Map<String, String> settings) {
    Map<String, String> env = new HashMap<>(settings);
    env.put("BRIEFBOT_CORPUS_DIR", dir.resolve("corpus").toString());
    env.put("BRIEFBOT_DATA_DIR", dir.resolve("data").toString());
    return Config.fromEnv(env);
  }

  @Test
  void anUnknownBackendIsNamed() {
    assertThatThrownBy(() -> Briefbot.open(config(Map.of("BRIEFBOT_SEARCH", "elastic")), Clock.systemUTC()))
        .isInstanceOf(ConfigException.class).hasMessage("BRIEFBOT_SEARCH must be embedded or solr, not 'elastic'");
  }

  @Test
  void solrWithoutNodesNamesTheMissingSetting() {
    assertThatThrownBy(() -> Briefbot.open(config(Map.of("BRIEFBOT_SEARCH", "solr")), Clock.systemUTC()))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("BRIEFBOT_SOLR_URL is not set");
  }

  @Test
  void malformedSolrSettingsAreNamed() {
    assertThatThrownBy(() -> SolrSettings.from(config(Map.of("BRIEFBOT_SOLR_URL", "solr1:8983"))))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("BRIEFBOT_SOLR_URL must list Solr node URLs");
    assertThatThrownBy(() -> SolrSettings.from(config(Map.of("BRIEFBOT_SOLR_URL", "http://s:8983/solr",
        "BRIEFBOT_SOLR_SHARDS", "0")))).isInstanceOf(ConfigException.class)
        .hasMessage("BRIEFBOT_SOLR_SHARDS must be a number from 1 to 64, not '0'");
    assertThatThrownBy(() -> SolrSettings.from(config(Map.of("BRIEFBOT_SOLR_URL", "http://s:8983/solr",
        "BRIEFBOT_SOLR_COLLECTION", "news/../x")))).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("BRIEFBOT_SOLR_COLLECTION must be letters");
  }

  @Test
  void solrSettingsHaveTheirDefaults() {
    SolrSettings s = SolrSettings.from(config(Map.of("BRIEFBOT_SOLR_URL", "http://s1:8983/solr, http://s2:8983/solr")));
    assertThat(s.urls()).containsExactly("http://s1:8983/solr", "http://s2:8983/solr");
    assertThat(s.collection()).isEqualTo("briefbot");
    assertThat(s.stateCollection()).isEqualTo("briefbot_state");
    assertThat(s.shards()).isEqualTo(1);
    assertThat(s.replicas()).isEqualTo(2);
  }

  @Test
  void anUnreachableClusterFailsWithOneLineNamingIt() {
    Config config = config(Map.of("BRIEFBOT_SEARCH", "solr", "BRIEFBOT_SOLR_URL", "http://127.0.0.1:9/solr"));
    assertThatThrownBy(() -> Briefbot.open(config, Clock.systemUTC()))
        .hasMessageStartingWith("cannot open Solr collection briefbot at http://127.0.0.1:9/solr");
  }
}
