package briefbot.index.lucene;

import briefbot.index.IndexFields;
import briefbot.index.TextAnalysis;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opens the index's writer: how it analyses, scores and codes the paragraphs, and the commit data a new index starts
 * with.
 */
final class Writers {

  /**
   * Memory the writer fills before it writes a segment (Lucene's default is 16 MB): a bulk build then writes fewer,
   * larger segments and merges them less often. Only a pass with that much unwritten text holds it.
   */
  private static final double RAM_BUFFER_MB = 64;

  private Writers() {}

  /** The writer, or null when another process holds the write lock. */
  static IndexWriter open(Directory directory, EmbeddingModel embeddings, long floatVectorsBelow,
      TextAnalysis analysis) throws IOException {
    // Stacked terms (a name's spelling key, a number's canonical form) count in a paragraph's length as they do on
    // SolrCloud, which receives the analysed terms one after another: both backends then rank alike.
    SizedVectors codec = new SizedVectors(floatVectorsBelow);
    IndexWriterConfig config = new IndexWriterConfig(analysis.perField())
        .setSimilarity(new BM25Similarity(1.2f, 0.75f, false))
        .setCodec(codec)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false)
        .setRAMBufferSizeMB(RAM_BUFFER_MB);
    LuceneIndex.withoutCompoundFiles(config);
    try {
      IndexWriter writer = new IndexWriter(directory, config);
      codec.of(writer);
      if (!DirectoryReader.indexExists(directory)) {
        writer.setLiveCommitData(Map.of("schema", IndexFields.SCHEMA, "embeddings", IndexFields.modelName(embeddings),
            "wordLists", analysis.wordListsRecorded())
            .entrySet());
        writer.commit();
      }
      return writer;
    } catch (LockObtainFailedException e) {
      return null;
    }
  }
}
