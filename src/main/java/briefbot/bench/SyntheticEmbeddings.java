package briefbot.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Seeded stand-in vectors of the real model's dimension, so that 100k+ paragraphs can be indexed in seconds: each
 * word has a fixed pseudo-random direction and a text is the normalised sum of its words', so texts that share
 * words lie close together as with a real model. With a {@code queryCost} model, every single (query) embedding
 * also runs that model and throws its vector away, so query latency and memory stay those of the real model.
 */
final class SyntheticEmbeddings implements EmbeddingModel {

  static final int DIMENSION = 384;

  private final long seed;
  private final EmbeddingModel queryCost;

  SyntheticEmbeddings(long seed, EmbeddingModel queryCost) {
    this.seed = seed;
    this.queryCost = queryCost;
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    List<Embedding> out = new ArrayList<>(segments.size());
    for (TextSegment segment : segments) {
      out.add(Embedding.from(vector(segment.text())));
    }
    return Response.from(out);
  }

  @Override
  public Response<Embedding> embed(TextSegment segment) {
    if (queryCost != null) {
      queryCost.embed(segment);
    }
    return Response.from(Embedding.from(vector(segment.text())));
  }

  @Override
  public Response<Embedding> embed(String text) {
    return embed(TextSegment.from(text));
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public String modelName() {
    return "synthetic-" + DIMENSION;
  }

  float[] vector(String text) {
    float[] v = new float[DIMENSION];
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        // Short words are mostly function words: they carry little meaning, as in a trained model.
        add(v, word, word.length() <= 3 ? 0.25f : 1f);
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) {
      v[i] *= scale;
    }
    return v;
  }

  /** Adds the word's direction: a xorshift stream seeded by the word, uniform in [-1, 1). */
  private void add(float[] v, String word, float weight) {
    long x = seed * 0x9E3779B97F4A7C15L + word.hashCode() * 0xC2B2AE3D27D4EB4FL + word.length();
    if (x == 0) {
      x = 1;
    }
    for (int i = 0; i < v.length; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      v[i] += weight * ((x >>> 40) / (float) (1L << 23) - 1f);
    }
  }
}
