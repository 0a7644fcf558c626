package briefbot.app;

import briefbot.chat.slack.FakeSlack;
import briefbot.chat.slack.SlackRequests;
import briefbot.config.Config;
import briefbot.testing.SeedCorpus;
import briefbot.testing.ServeInChild;
import briefbot.testing.SolrCloud;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The settings of a {@code serve} instance on a free port, on a collection of the shared SolrCloud, talking to a fake Slack. */
final class SolrServing {

  private SolrServing() {
  }

  static Config config(Path home, FakeSlack slack, String collection, Map<String, String> more) throws IOException {
    Map<String, String> env = new HashMap<>(Map.of("BRIEFBOT_PORT", Integer.toString(ServeInChild.freePort()),
        "BRIEFBOT_SEARCH", "solr", "BRIEFBOT_SOLR_URL", String.join(",", SolrCloud.shared().urls()),
        "BRIEFBOT_SOLR_COLLECTION", collection,
        "SLACK_BOT_TOKEN", "xoxb-serve", "SLACK_SIGNING_SECRET", SlackRequests.SECRET, "SLACK_API_URL", slack.apiUrl()));
    env.putAll(more);
    return SeedCorpus.config(home, env);
  }
}
