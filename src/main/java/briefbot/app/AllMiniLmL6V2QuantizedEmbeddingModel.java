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
import java.nio.file.Path;
import java.util.Optional;

/**
 * The model that ships in the jar, LangChain4j's all-MiniLM-L6-v2 quantized (its files, tokenizer and mean pooling,
 * and its class's name, which indexes record), with each text run on one ONNX thread. LangChain4j's class embeds a
 * core's worth of texts at once, each on ONNX's default pool of a thread per core: the threads contend and spin, and
 * ingest embedded 19 paragraphs per CPU-second against 27-36 with one thread per text, to the same vectors.
 */
final class AllMiniLmL6V2QuantizedEmbeddingModel extends AbstractInProcessEmbeddingModel implements AutoCloseable {

  static final String MODEL = "all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
  private static final int DIMENSION = 384;

  private final OnnxBertBiEncoder encoder;
  /** The native session, about 37 MB outside the heap that no garbage collection frees: only {@link #close} does. */
  private final OrtSession session;

  /** The model and the ONNX runtime's libraries, each unpacked once into a folder of {@code cache}. */
  AllMiniLmL6V2QuantizedEmbeddingModel(Path cache) {
    this(UnpackedModel.in(cache.resolve("model"), MODEL), cache.resolve("onnxruntime"));
  }

  /** The model read from its file unpacked from the jar, or when there is none, from the jar. */
  AllMiniLmL6V2QuantizedEmbeddingModel(Optional<Path> unpacked, Path libraries) {
    super(null); // LangChain4j's pool: a thread per core, each embedding one text at a time
    withoutTelemetry();
    OnnxLibraries.useUnpacked(libraries);
    try (InputStream tokenizer = resource(TOKENIZER)) {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      session = unpacked.isPresent() ? environment.createSession(unpacked.get().toString(), options)
          : environment.createSession(bytes(MODEL), options);
      encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in embedding model from the jar", e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the built-in embedding model: " + e.getMessage(), e);
    }
  }

  /**
   * Tells DJL, whose Hugging Face tokenizer every in-process model uses, not to report to its makers: as its tokenizer
   * class loads it asks the cloud's instance metadata address (169.254.169.254) for the machine's id and sends that
   * on, a network round trip on the model's loading thread at every start (100-150 ms of a cold one measured) that
   * no Briefbot user asked for. A value the user set in the environment is DJL's to read first.
   */
  static void withoutTelemetry() {
    System.setProperty(DJL_OPT_OUT, "true");
  }

  /** The variable or system property DJL reads before it reports. */
  static final String DJL_OPT_OUT = "OPT_OUT_TRACKING";

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
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

  /** Frees the native session; the model embeds nothing after. */
  @Override
  public void close() throws OrtException {
    session.close();
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
