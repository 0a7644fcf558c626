package briefbot.index.solr;

import static briefbot.corpus.ArticleFile.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.app.Briefbot;
import briefbot.config.ConfigException;
import briefbot.config.SolrSettings;
import briefbot.corpus.Corpus;
import briefbot.index.IndexFields;
import briefbot.testing.SolrCloud;
import briefbot.testing.SolrCloudTest;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collection's vectors belong to the embedding model that wrote them: start-up with another model, or a model of
 * another dimension than the collection's vector field, is refused in one line and changes nothing, as the embedded
 * index refuses to mix vectors.
 */
@SolrCloudTest
class SolrModelCheckTest {

  @TempDir
  Path dir;

  @Test
  void startUpWithAnotherModelIsRefusedInOneLineAndTheCollectionStaysAsItWas() throws Exception {
    Path corpus = dir.resolve("corpus");
    anArticle("budget").language("en").paragraph("The budget vote was postponed to March.")
        .paragraph("The finance minister blamed the coalition.").writeTo(corpus);
    SolrSettings settings = SolrCloud.shared().settings("built_by_bge");
    var bge = new BgeSmallEnV15QuantizedEmbeddingModel();
    try (SolrIndex index = SolrIndex.open(settings, bge, Clock.systemUTC())) {
      index.sync(new Corpus(corpus), line -> {});
      assertThat(index.paragraphCount()).isEqualTo(2);
    }

    assertThatThrownBy(() -> Briefbot.open(SolrBackendTest.solrConfig(dir, "built_by_bge"), Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("Solr collection built_by_bge holds vectors of " + IndexFields.modelName(bge)
            + ", not of " + IndexFields.modelName(new AllMiniLmL6V2QuantizedEmbeddingModel()))
        .hasMessageContaining("BRIEFBOT_SOLR_COLLECTION")
        .hasMessageNotContaining("\n");

    try (SolrIndex index = SolrIndex.open(settings, bge, Clock.systemUTC())) {
      assertThat(index.paragraphCount()).as("the refused start-up changed nothing").isEqualTo(2);
      assertThat(index.knn(bge.embed("budget vote").content().vector(), 10, 10)).isNotEmpty();
    }
  }

  @Test
  void aCollectionWhoseVectorFieldHasAnotherDimensionIsRefusedBeforeAnythingIsWritten() throws Exception {
    SolrSettings settings = SolrCloud.shared().settings("sized_768");
    try (SolrClient client = settings.client()) {
      // as an operator creates it from the configset, for a model of 768 dimensions
      CollectionSetup.ensure(client, settings.collection(), "briefbot-paragraphs-" + IndexFields.SCHEMA,
          "/briefbot/solr/", CollectionAdminRequest.createCollection(settings.collection(),
              "briefbot-paragraphs-" + IndexFields.SCHEMA, 1, 1).setProperties(Map.of("briefbot.dimension", "768")));

      assertThatThrownBy(() -> SolrIndex.open(settings, new AllMiniLmL6V2QuantizedEmbeddingModel(), Clock.systemUTC()))
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith("Solr collection sized_768 holds vectors of dimension 768, not of ")
          .hasMessageEndingWith("/384 as the embedding settings now give; set them back, or set"
              + " BRIEFBOT_SOLR_COLLECTION to a new collection (index builds it) or delete this one")
          .hasMessageNotContaining("\n");
      assertThat((Object) client.getById(settings.collection(), SolrCollection.META_ID))
          .as("nothing recorded for the refused model").isNull();
    }
  }
}
