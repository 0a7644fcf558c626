package briefbot.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real embedding model whose vectors are kept in a file across bench runs: embedding a whole news corpus takes
 * many minutes on two shared cores, measuring on it takes seconds. Each batch is appended when it is embedded, so
 * an interrupted run keeps what it finished. The file holds one model's vectors; its name says which.
 */
final class VectorFile implements EmbeddingModel {

  private static final int KEY_BYTES = 16;

  private final EmbeddingModel model;
  private final Path file;
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
  private final int dimension;
  private int embedded;
  private volatile boolean live;

  private VectorFile(EmbeddingModel model, Path file) {
    this.model = model;
    this.file = file;
    this.dimension = model.dimension();
  }

  /** The vectors of {@code model} kept in {@code dir}, in a file named after the model; reads what is there. */
  static VectorFile open(EmbeddingModel model, String modelName, Path dir) {
    try {
      Files.createDirectories(dir);
      VectorFile cache = new VectorFile(model, dir.resolve(modelName.replaceAll("[^A-Za-z0-9.-]+", "_") + ".vectors"));
      cache.read();
      return cache;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the vector cache in " + dir + ": " + e.getMessage(), e);
    }
  }

  private void read() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      byte[] key = new byte[KEY_BYTES];
      while (true) {
        float[] v = new float[dimension];
        try {
          in.readFully(key);
          for (int i = 0; i < dimension; i++) {
            v[i] = in.readFloat();
          }
        } catch (EOFException e) {
          return; // a record cut short by an interrupted run is dropped
        }
        vectors.put(HexFormat.of().formatHex(key), v);
      }
    }
  }

  /** Texts whose vectors are in the file. */
  int size() {
    return vectors.size();
  }

  /** The vector kept for {@code text}, or null when the file has none (the model is not run). */
  float[] kept(String text) {
    float[] v = vectors.get(key(text));
    return v == null ? null : v.clone();
  }

  /** Texts this run had to embed with the model. */
  synchronized int embedded() {
    return embedded;
  }

  Path file() {
    return file;
  }

  @Override
  public Response<Embedding> embed(String text) {
    return Response.from(embedAll(List.of(TextSegment.from(text))).content().get(0));
  }

  @Override
  public Response<Embedding> embed(TextSegment segment) {
    return embed(segment.text());
  }

  /**
   * From now on every text is embedded by the model, and neither read from the file nor added to it, as a serving
   * process embeds its questions and the verdict's sentences: answers measured after ingest pay the model's real cost.
   */
  void live() {
    live = true;
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    if (live) {
      return model.embedAll(segments);
    }
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    for (TextSegment s : segments) {
      if (!vectors.containsKey(key(s.text()))) {
        missing.add(s.text());
      }
    }
    if (!missing.isEmpty()) {
      List<String> texts = List.copyOf(missing);
      List<Embedding> made = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
      append(texts, made);
    }
    List<Embedding> out = new ArrayList<>(segments.size());
    segments.forEach(s -> out.add(Embedding.from(vectors.get(key(s.text())).clone())));
    return Response.from(out);
  }

  private synchronized void append(List<String> texts, List<Embedding> made) {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
      for (int i = 0; i < texts.size(); i++) {
        String key = key(texts.get(i));
        float[] v = made.get(i).vector();
        out.write(HexFormat.of().parseHex(key));
        for (float x : v) {
          out.writeFloat(x);
        }
        vectors.put(key, v);
      }
      embedded += texts.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the vector cache " + file + ": " + e.getMessage(), e);
    }
  }

  private static String key(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, KEY_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public String modelName() {
    return model.modelName();
  }
}
