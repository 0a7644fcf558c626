package briefbot.retrieval;

import briefbot.concurrent.Awaited;
import briefbot.index.Vectors;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;

/**
 * The question's unit vector, made on another core while the question's words are analysed and searched with BM25
 * (on two cores the model's run was half a hybrid question's time). When no thread is free to start it, the caller
 * makes it itself on asking, so a busy machine never waits for a queue.
 */
final class QuestionVector {

  private final FutureTask<float[]> task;
  private volatile long nanos;

  private QuestionVector(EmbeddingModel model, String text) {
    task = new FutureTask<>(() -> {
      long start = System.nanoTime();
      try {
        return Vectors.normalized(model.embed(text).content().vector());
      } finally {
        nanos = System.nanoTime() - start;
      }
    });
  }

  /** Starts making the vector of {@code text} on the common pool. */
  static QuestionVector start(EmbeddingModel model, String text) {
    QuestionVector vector = new QuestionVector(model, text);
    ForkJoinPool.commonPool().execute(vector.task);
    return vector;
  }

  /** The vector: made here when no other thread has begun it, else waited for; the model's failure as it threw it. */
  float[] get() {
    task.run(); // does nothing once another thread has begun it
    return Awaited.value(task, "embedding the question");
  }

  /** How long the model took, once {@link #get} has returned. */
  long nanos() {
    return nanos;
  }
}
