package briefbot.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An embedding model that keeps the vectors of the texts it embedded last, so a question asked again (a retry, a
 * thread's follow-up, a claim checked twice) costs a lookup instead of a model run; ingest uses the plain model.
 */
public final class CachedEmbeddings implements EmbeddingModel {

  /** Questions and claims kept: 384 floats each, about 6 MB at this size. */
  public static final int DEFAULT_TEXTS = 4_096;

  private final EmbeddingModel model;
  private final Cache<String, float[]> vectors;

  public CachedEmbeddings(EmbeddingModel model, int maxTexts) {
    this.model = model;
    this.vectors = Caffeine.newBuilder().maximumSize(maxTexts).executor(Runnable::run).recordStats().build();
  }

  /** The model with a cache of {@link #DEFAULT_TEXTS} texts in front; null (no embeddings) stays null. */
  public static EmbeddingModel around(EmbeddingModel model) {
    return model == null || model instanceof CachedEmbeddings ? model : new CachedEmbeddings(model, DEFAULT_TEXTS);
  }

  /** The model behind the cache: what the index records as having made its vectors. */
  public static EmbeddingModel unwrapped(EmbeddingModel model) {
    return model instanceof CachedEmbeddings cached ? cached.model : model;
  }

  @Override
  public Response<Embedding> embed(String text) {
    return Response.from(copy(vectors.get(text, t -> model.embed(t).content().vector())));
  }

  @Override
  public Response<Embedding> embed(TextSegment segment) {
    return embed(segment.text());
  }

  /** Looks every text up and embeds the missing ones in one batch, in order. */
  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    Set<String> texts = new LinkedHashSet<>();
    segments.forEach(s -> texts.add(s.text()));
    Map<String, float[]> found = vectors.getAll(texts, this::embedMissing);
    List<Embedding> out = new ArrayList<>(segments.size());
    segments.forEach(s -> out.add(copy(found.get(s.text()))));
    return Response.from(out);
  }

  private Map<String, float[]> embedMissing(Set<? extends String> missing) {
    List<String> texts = List.copyOf(missing);
    List<Embedding> embedded = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
    Map<String, float[]> out = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      out.put(texts.get(i), embedded.get(i).vector());
    }
    return out;
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  @Override
  public String modelName() {
    return model.modelName();
  }

  /** How many lookups found their text, for tests and the bench. */
  public long hits() {
    return vectors.stats().hitCount();
  }

  /** A caller may change the vector it gets (normalise in place); the cached one must stay as the model made it. */
  private static Embedding copy(float[] vector) {
    return Embedding.from(vector.clone());
  }
}
