package briefbot.index;

import briefbot.concurrent.Awaited;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An in-process embedding model that loads on a thread of its own while the index opens and the corpus is checked
 * (seconds of a cold start); the first text to embed waits for it. Its name and dimension are those of the model
 * choice, known before it loads, so the index can check what built its vectors without waiting. Closing it waits for
 * a load still running, so whoever started one (a Briefbot, a test) ends it before the process can, and frees the
 * loaded model's native memory, which no garbage collection frees (a process that opens many, as the tests do, grew
 * by 37 MB for each).
 */
public final class LoadingEmbeddings implements EmbeddingModel, AutoCloseable {

  /**
   * The longest a close or the process's exit waits for a load (a load takes seconds; minutes on a machine under heavy
   * load). The build's test JVMs are halted only after a longer wait (pom.xml's forkedProcessExitTimeoutInSeconds; a
   * test checks the order): a JVM halted while the native session is built crashes in it.
   */
  static final Duration EXIT_WAIT = Duration.ofSeconds(60);

  private final String recordedName;
  private final int dimension;
  private final CompletableFuture<EmbeddingModel> model;
  private final long started = System.nanoTime();
  private volatile long loadedNanos = -1;
  private volatile long loadCpuNanos = -1;
  private final LongAdder waited = new LongAdder();
  private final Thread loader;
  /** Embedding holds it shared, closing alone: a native session freed while it runs crashes the process. */
  private final ReadWriteLock use = new ReentrantReadWriteLock();
  private boolean freed;

  private LoadingEmbeddings(String recordedName, int dimension, Supplier<EmbeddingModel> load) {
    this.recordedName = recordedName;
    this.dimension = dimension;
    this.model = new CompletableFuture<>();
    this.loader = new Thread(() -> {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      try {
        EmbeddingModel loaded = load.get();
        // Recorded before the model is handed out, so whoever got the model also sees how long it took.
        loadCpuNanos = threads.getCurrentThreadCpuTime();
        loadedNanos = System.nanoTime() - started;
        model.complete(loaded);
      } catch (Throwable e) {
        model.completeExceptionally(e);
      }
    }, "briefbot-model-load");
    loader.setDaemon(true);
    Thread waitForLoad = new Thread(() -> join(loader), "briefbot-model-load-exit");
    Runtime.getRuntime().addShutdownHook(waitForLoad);
    loader.start();
    model.whenComplete((m, e) -> forget(waitForLoad));
  }

  /**
   * A process that ends while the native runtime builds the model's session crashes in it (SIGSEGV in
   * libonnxruntime as the process's exit handlers run, seen when a test JVM ended seconds after start-up), so the
   * exit and {@link #close} wait for the load, up to a bound.
   */
  private static void join(Thread loader) {
    try {
      loader.join(EXIT_WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void forget(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the process is ending: the hook is running or about to, and returns at once since the load is done
    }
  }

  /**
   * Starts loading {@code load} now; {@code recordedName} is what {@link IndexFields#modelName} records for it, which
   * must be the loaded model's own record (a test checks the built-in one).
   */
  public static LoadingEmbeddings start(String recordedName, int dimension, Supplier<EmbeddingModel> load) {
    return new LoadingEmbeddings(recordedName, dimension, load);
  }

  /** The name the index records, known before the model has loaded. */
  public String recordedName() {
    return recordedName;
  }

  /** How long loading took in milliseconds, or -1 while it runs. */
  public double loadMs() {
    long n = loadedNanos;
    return n < 0 ? -1 : n / 1e6;
  }

  /** The CPU time the loading thread used, in milliseconds, or -1 while it runs (or where the JVM cannot tell). */
  public double loadCpuMs() {
    long n = loadCpuNanos;
    return n < 0 ? -1 : n / 1e6;
  }

  /** How long callers waited in all for the model to finish loading, in milliseconds. */
  public double waitedMs() {
    return waited.sum() / 1e6;
  }

  /** The loaded model: waits for it; a model that failed to load fails every call with its cause. */
  private EmbeddingModel model() {
    long t0 = model.isDone() ? 0 : System.nanoTime();
    try {
      return Awaited.value(model, "loading the embedding model");
    } finally {
      if (t0 != 0) {
        waited.add(System.nanoTime() - t0);
      }
    }
  }

  @Override
  public Response<Embedding> embed(String text) {
    return using(m -> m.embed(text));
  }

  @Override
  public Response<Embedding> embed(TextSegment segment) {
    return using(m -> m.embed(segment));
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    return using(m -> m.embedAll(segments));
  }

  private <T> T using(Function<EmbeddingModel, T> work) {
    EmbeddingModel loaded = model();
    Lock shared = use.readLock();
    shared.lock();
    try {
      if (freed) {
        throw new IllegalStateException("the embedding model was closed");
      }
      return work.apply(loaded);
    } finally {
      shared.unlock();
    }
  }

  /**
   * Waits for the load if it still runs (up to {@link #EXIT_WAIT}): the model cannot be stopped half-built, and one
   * left building when its process ends crashes it. Then, once no text is being embedded, frees the loaded model if
   * it holds anything to free (it embeds nothing after); one without stays usable.
   */
  @Override
  public void close() {
    join(loader);
    Lock alone = use.writeLock();
    alone.lock();
    try {
      if (!freed && model.isDone() && !model.isCompletedExceptionally()
          && model.getNow(null) instanceof AutoCloseable loaded) {
        loaded.close();
        freed = true;
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot free the embedding model: " + e.getMessage(), e);
    } finally {
      alone.unlock();
    }
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public String modelName() {
    return recordedName;
  }
}
