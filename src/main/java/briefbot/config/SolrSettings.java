package briefbot.config;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Where the SolrCloud cluster is (any of its nodes; the client learns the rest from the cluster state) and the
 * collection Briefbot keeps its paragraphs in, with the layout it gets when Briefbot has to create it.
 */
public record SolrSettings(List<String> urls, String collection, int shards, int replicas) {

  public SolrSettings {
    urls = List.copyOf(urls);
  }

  /** {@code BRIEFBOT_SOLR_URL} (comma-separated node URLs), {@code BRIEFBOT_SOLR_COLLECTION}, shards and replicas. */
  public static SolrSettings from(Config config) {
    List<String> urls = config.get(Settings.SOLR_URL);
    if (urls == null || urls.isEmpty()) {
      throw new ConfigException(config.nameOf(Settings.SOLR_URL) + " is not set (BRIEFBOT_SEARCH=solr needs it)");
    }
    for (String url : urls) {
      checkUrl(config, url);
    }
    String collection = config.get(Settings.SOLR_COLLECTION);
    if (!collection.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,99}")) {
      throw new ConfigException(config.nameOf(Settings.SOLR_COLLECTION)
          + " must be letters, digits, '_' or '-', not '" + collection + "'");
    }
    return new SolrSettings(urls, collection, config.get(Settings.SOLR_SHARDS), config.get(Settings.SOLR_REPLICAS));
  }

  private static void checkUrl(Config config, String url) {
    try {
      URI uri = URI.create(url);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new ConfigException(config.nameOf(Settings.SOLR_URL) + " must list Solr node URLs like "
        + "http://solr1:8983/solr, not '" + url + "'");
  }

  /** The name of the small collection that holds bot state shared by every Briefbot instance. */
  public String stateCollection() {
    return collection + "_state";
  }

  /** A client that routes each request to a live node of the cluster (and updates to shard leaders). */
  public CloudSolrClient client() {
    // HTTP/1.1: the JDK client's HTTP/2 upgrade probe on a first request makes Solr 9's Jetty log spurious errors.
    // A short cache of the cluster state: a node that returned is used again within seconds. With a minute, a node
    // that returned and then saw the other stop was still held down: no replica to route to (SolrFailoverTest).
    // Request bodies are sent whole (WholeBodySolrClient), so no task of the client's pool writes or waits on a pipe.
    return new CloudSolrClient.Builder(urls).withCollectionCacheTtl(5, TimeUnit.SECONDS)
        .withHttpClientBuilder(new WholeBodySolrClient.Builder().useHttp1_1(true)
            .withConnectionTimeout(5, TimeUnit.SECONDS).withIdleTimeout(60, TimeUnit.SECONDS))
        .build();
  }
}
