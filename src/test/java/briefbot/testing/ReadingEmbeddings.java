package briefbot.testing;

import briefbot.app.Briefbot;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test fixture: the built-in embedding model, keeping the texts it was asked to read, in order. */
public final class ReadingEmbeddings implements EmbeddingModel {

  private final EmbeddingModel model = Briefbot.builtInEmbeddings();
  private final List<String> read = new CopyOnWriteArrayList<>();

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    segments.forEach(s -> read.add(s.text()));
    return model.embedAll(segments);
  }

  /** The texts read so far. */
  public List<String> read() {
    return read;
  }
}
