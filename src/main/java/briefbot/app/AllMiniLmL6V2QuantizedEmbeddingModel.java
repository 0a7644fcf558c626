package briefbot.app;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The model that ships in the jar, LangChain4j's all-MiniLM-L6-v2 quantized (its files, tokenizer and mean pooling,
 * and its class's name, which indexes record), with each text run on one ONNX thread. LangChain4j's class embeds a
 * core's worth of texts at once, each on ONNX's default pool of a thread per core: the threads contend and spin, and
 * ingest embedded 19 paragraphs per CPU-second against 27-36 with one thread per text, to the same vectors.
 */
final class AllMiniLmL6V2QuantizedEmbeddingModel extends AbstractInProcessEmbeddingModel {

  static final String MODEL = "all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
  private static final int DIMENSION = 384;

  private final OnnxBertBiEncoder encoder;

  AllMiniLmL6V2QuantizedEmbeddingModel() {
    super(null); // LangChain4j's pool: a thread per core, each embedding one text at a time
    try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in embedding model from the jar", e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the built-in embedding model: " + e.getMessage(), e);
    }
  }

  /** A file of the model in the jar. */
  static InputStream resource(String name) {
    InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/" + name);
    if (in == null) {
      throw new IllegalStateException("the jar holds no " + name);
    }
    return in;
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return DIMENSION;
  }
}
