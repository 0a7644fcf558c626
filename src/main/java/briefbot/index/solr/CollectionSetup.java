package briefbot.index.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates a collection, from a configset that ships in the jar, when the cluster does not have it yet. */
public final class CollectionSetup {

  private static final Logger LOG = LoggerFactory.getLogger(CollectionSetup.class);
  private static final List<String> CONFIG_FILES = List.of("schema.xml", "solrconfig.xml");

  private CollectionSetup() {}

  /**
   * Uploads the configset in {@code resourceDir} (a class-path folder holding schema.xml and solrconfig.xml) as
   * {@code configSet} if the cluster lacks it, and runs {@code create}, unless the collection exists; another instance creating it at the same
   * moment is no error.
   */
  public static void ensure(SolrClient client, String collection, String configSet, String resourceDir,
      CollectionAdminRequest.Create create) throws IOException, SolrServerException {
    if (exists(client, collection)) {
      return;
    }
    LOG.info("creating Solr collection {} from configset {}", collection, configSet);
    try {
      // Never overwritten: collections using a configset reload their cores when it changes.
      if (!new ConfigSetAdminRequest.List().process(client).getConfigSets().contains(configSet)) {
        new ConfigSetAdminRequest.Upload().setConfigSetName(configSet)
            .setUploadStream(new ContentStreamBase.ByteArrayStream(zip(resourceDir), configSet + ".zip", "application/zip"))
            .process(client);
      }
      create.process(client);
    } catch (IOException | SolrServerException | RuntimeException e) {
      if (!exists(client, collection)) {
        throw e;
      }
    }
  }

  private static boolean exists(SolrClient client, String collection) throws IOException, SolrServerException {
    return CollectionAdminRequest.listCollections(client).contains(collection);
  }

  /** The configset as the zip the Configsets API takes. */
  private static byte[] zip(String resourceDir) throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (String file : CONFIG_FILES) {
        try (InputStream in = CollectionSetup.class.getResourceAsStream(resourceDir + file)) {
          if (in == null) {
            throw new IllegalStateException(resourceDir + file + " is missing from the jar");
          }
          out.putNextEntry(new ZipEntry(file));
          in.transferTo(out);
          out.closeEntry();
        }
      }
    }
    return zip.toByteArray();
  }
}
