package briefbot.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Creates the bot-state collection when it is missing: one shard (it is small, and a single shard keeps every query
 * exact), replicated like the paragraph collection, with the configset kept in {@code briefbot/solr/state/}.
 */
final class StateCollection {

  private static final String[] CONFIG_FILES = {"schema.xml", "solrconfig.xml"};

  private StateCollection() {}

  static void ensure(SolrClient client, SolrSettings settings) {
    String name = settings.stateCollection();
    try {
      if (exists(client, name)) {
        return;
      }
      new ConfigSetAdminRequest.Upload().setConfigSetName(name).setOverwrite(true)
          .setUploadStream(new ContentStreamBase.ByteArrayStream(configset(), name + ".zip", "application/zip"))
          .process(client);
      // One shard with the implicit router: ids are "namespace/key" of any text, which compositeId would parse.
      var create = CollectionAdminRequest.createCollectionWithImplicitRouter(name, name, "shard1", settings.replicas());
      create.setWaitForFinalState(true); // claims right after start-up need an elected leader
      create.process(client);
    } catch (IOException | SolrServerException | RuntimeException e) {
      // Another instance starting at the same moment may have created it first; that is as good.
      if (!existsQuietly(client, name)) {
        throw new IllegalStateException("cannot create the Solr collection " + name + " for the bot state: "
            + e.getMessage(), e);
      }
    }
  }

  private static boolean exists(SolrClient client, String name) throws IOException, SolrServerException {
    return CollectionAdminRequest.listCollections(client).contains(name);
  }

  private static boolean existsQuietly(SolrClient client, String name) {
    try {
      return exists(client, name);
    } catch (IOException | SolrServerException | RuntimeException e) {
      return false;
    }
  }

  /** The configset as the zip the Configsets API takes. */
  private static byte[] configset() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (String file : CONFIG_FILES) {
        try (InputStream in = StateCollection.class.getResourceAsStream("state/" + file)) {
          if (in == null) {
            throw new IllegalStateException("briefbot/solr/state/" + file + " is missing from the jar");
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
