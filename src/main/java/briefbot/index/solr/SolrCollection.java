package briefbot.index.solr;

import briefbot.config.SolrSettings;
import briefbot.index.IndexFields;
import java.io.IOException;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Creates Briefbot's collection, from the configset in the jar, when the cluster lacks it, and refuses one that was
 * built by another schema or embedding model (on a shared cluster, rebuilding is an operator's decision).
 */
final class SolrCollection {

  /** The one document that is neither a paragraph nor an article: what built the collection. */
  static final String META_ID = "_briefbot";
  private static final String KIND_META = "meta";

  private SolrCollection() {}

  static void ensure(SolrClient client, SolrSettings settings, String model, int dimension)
      throws IOException, SolrServerException {
    String name = settings.collection();
    String configSet = "briefbot-paragraphs-" + IndexFields.SCHEMA;
    CollectionSetup.ensure(client, name, configSet, "/briefbot/solr/",
        CollectionAdminRequest.createCollection(name, configSet, settings.shards(), settings.replicas())
            .setProperties(Map.of("briefbot.dimension", Integer.toString(dimension))));
    SolrDocument meta = client.getById(name, META_ID);
    if (meta == null) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.setField(IndexFields.PARAGRAPH_ID, META_ID);
      doc.setField(IndexFields.KIND, KIND_META);
      doc.setField(IndexFields.HASH, IndexFields.SCHEMA);
      doc.setField(IndexFields.STAMP, model);
      client.add(name, doc);
      client.commit(name);
      return;
    }
    String schema = SolrDocuments.string(meta, IndexFields.HASH);
    String built = SolrDocuments.string(meta, IndexFields.STAMP);
    if (!IndexFields.SCHEMA.equals(schema) || !model.equals(built)) {
      throw new IllegalStateException("Solr collection " + name + " was built by schema " + schema + " with embeddings "
          + built + ", not schema " + IndexFields.SCHEMA + " with " + model
          + ": set BRIEFBOT_SOLR_COLLECTION to a new collection (Briefbot creates it) or delete this one");
    }
  }
}
