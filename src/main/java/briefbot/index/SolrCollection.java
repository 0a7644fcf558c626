package briefbot.index;

import briefbot.solr.SolrSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Briefbot's collection, from the configset in the jar, when the cluster lacks it, and refuses one that was
 * built by another schema or embedding model (on a shared cluster, rebuilding is an operator's decision).
 */
final class SolrCollection {

  private static final Logger LOG = LoggerFactory.getLogger(SolrCollection.class);
  /** The one document that is neither a paragraph nor an article: what built the collection. */
  static final String META_ID = "_briefbot";
  private static final String KIND_META = "meta";
  private static final List<String> CONFIG_FILES = List.of("schema.xml", "solrconfig.xml");

  private SolrCollection() {}

  static void ensure(SolrClient client, SolrSettings settings, String model, int dimension)
      throws IOException, SolrServerException {
    String name = settings.collection();
    if (!CollectionAdminRequest.listCollections(client).contains(name)) {
      create(client, settings, dimension);
    }
    SolrDocument meta = client.getById(name, META_ID);
    if (meta == null) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.setField(IndexFields.PARAGRAPH_ID, META_ID);
      doc.setField(IndexFields.KIND, KIND_META);
      doc.setField(IndexFields.HASH, LuceneIndex.SCHEMA);
      doc.setField(IndexFields.STAMP, model);
      client.add(name, doc);
      client.commit(name);
      return;
    }
    String schema = SolrDocuments.string(meta, IndexFields.HASH);
    String built = SolrDocuments.string(meta, IndexFields.STAMP);
    if (!LuceneIndex.SCHEMA.equals(schema) || !model.equals(built)) {
      throw new IllegalStateException("Solr collection " + name + " was built by schema " + schema + " with embeddings "
          + built + ", not schema " + LuceneIndex.SCHEMA + " with " + model
          + ": set BRIEFBOT_SOLR_COLLECTION to a new collection (Briefbot creates it) or delete this one");
    }
  }

  private static void create(SolrClient client, SolrSettings settings, int dimension)
      throws IOException, SolrServerException {
    String config = "briefbot-paragraphs-" + LuceneIndex.SCHEMA;
    if (!new ConfigSetAdminRequest.List().process(client).getConfigSets().contains(config)) {
      Path zip = configSet();
      try {
        new ConfigSetAdminRequest.Upload().setConfigSetName(config).setUploadFile(zip, "application/zip").process(client);
      } finally {
        Files.deleteIfExists(zip);
      }
    }
    LOG.info("creating Solr collection {} ({} shards x {} replicas)", settings.collection(), settings.shards(),
        settings.replicas());
    try {
      CollectionAdminRequest.createCollection(settings.collection(), config, settings.shards(), settings.replicas())
          .setProperties(Map.of("briefbot.dimension", Integer.toString(dimension)))
          .process(client);
    } catch (Exception e) {
      // Another instance may have created it a moment earlier.
      if (!CollectionAdminRequest.listCollections(client).contains(settings.collection())) {
        throw e;
      }
    }
  }

  private static Path configSet() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : CONFIG_FILES) {
        try (InputStream in = SolrCollection.class.getResourceAsStream("/briefbot/solr/" + file)) {
          if (in == null) {
            throw new UncheckedIOException(new IOException("the jar lacks the Solr configset file " + file));
          }
          zip.putNextEntry(new ZipEntry(file));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    }
    Path file = Files.createTempFile("briefbot-configset", ".zip");
    Files.write(file, bytes.toByteArray());
    return file;
  }
}
