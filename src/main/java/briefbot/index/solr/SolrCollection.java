package briefbot.index.solr;

import briefbot.config.ConfigException;
import briefbot.config.SolrSettings;
import briefbot.index.IndexFields;
import java.io.IOException;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
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
  private static final String NEW_COLLECTION =
      "set BRIEFBOT_SOLR_COLLECTION to a new collection (index builds it) or delete this one";
  /** The field type of {@link IndexFields#VECTOR} in the configset's schema. */
  private static final String VECTOR_TYPE = "vector";

  private SolrCollection() {}

  static void ensure(SolrClient client, SolrSettings settings, String model, int dimension)
      throws IOException, SolrServerException {
    String name = settings.collection();
    String configSet = "briefbot-paragraphs-" + IndexFields.SCHEMA;
    CollectionSetup.ensure(client, name, configSet, "/briefbot/solr/",
        // NRT replicas. A collection an operator creates with TLOG replicas works too (a pass's end waits for its
        // followers: SolrWrites), but Solr 9 sends every real-time get to a shard's TLOG leader, through one more HTTP
        // hop: measured at 10,000 paragraphs, Solr's CPU a question +32 % and the 4-client rate halved, for half the
        // ingest CPU (docs/solrcloud.md).
        CollectionAdminRequest.createCollection(name, configSet, settings.shards(), settings.replicas())
            .setProperties(Map.of("briefbot.dimension", Integer.toString(dimension))));
    int built = dimension(client, name);
    if (built != dimension) {
      throw refusal(name, "holds vectors of dimension " + built, model);
    }
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
    String builtWith = SolrDocuments.string(meta, IndexFields.STAMP);
    if (!IndexFields.SCHEMA.equals(schema)) {
      throw new ConfigException("Solr collection " + name + " was built by index schema " + schema
          + ", this Briefbot writes schema " + IndexFields.SCHEMA + ": " + NEW_COLLECTION);
    }
    if (!model.equals(builtWith)) {
      throw refusal(name, "holds vectors of " + builtWith, model);
    }
  }

  /**
   * The dimension of the collection's vector field as its cores read it (the collection property the configset
   * sizes it by; 384 when an operator created it without one).
   */
  private static int dimension(SolrClient client, String collection) throws IOException, SolrServerException {
    Object value = new SchemaRequest.FieldType(VECTOR_TYPE).process(client, collection).getFieldType().getAttributes()
        .get("vectorDimension");
    return value == null ? -1 : Integer.parseInt(value.toString());
  }

  /** One line, as the embedded index says it: the vectors of two models cannot be compared, so nothing is mixed. */
  private static ConfigException refusal(String collection, String what, String model) {
    return new ConfigException("Solr collection " + collection + " " + what + ", not of " + model
        + " as the embedding settings now give; set them back, or " + NEW_COLLECTION);
  }
}
