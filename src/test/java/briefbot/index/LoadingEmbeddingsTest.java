package briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.app.Briefbot;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadingEmbeddingsTest {

  @Test
  void theBuiltInModelIsRecordedUnderTheSameNameLoadedOrLoading() {
    LoadingEmbeddings loading = Briefbot.builtInEmbeddingsLoading();
    assertThat(IndexFields.modelName(loading)).isEqualTo(IndexFields.modelName(Briefbot.builtInEmbeddings()))
        .isEqualTo(Briefbot.BUILT_IN_RECORDED);
    assertThat(IndexFields.modelName(CachedEmbeddings.around(loading))).isEqualTo(Briefbot.BUILT_IN_RECORDED);
    assertThat(loading.dimension()).isEqualTo(Briefbot.builtInEmbeddings().dimension());
    loading.close(); // no load left running when the test JVM ends
  }

  @Test
  void closingWaitsForALoadStillRunningAndLeavesTheModelUsable() {
    LoadingEmbeddings loading = LoadingEmbeddings.start("Slow/2", 2, () -> {
      sleep(500);
      return new Fixed();
    });
    loading.close();
    assertThat(loading.loadMs()).as("loaded by the time close returned").isGreaterThanOrEqualTo(400);
    assertThat(loading.embed("x").content().vector()).containsExactly(1f, 0f);
    assertThat(loading.waitedMs()).as("nothing left to wait for").isZero();
  }

  /**
   * A model holding native memory (the built-in one's ONNX session) is freed at close, but only once a text being
   * embedded is done: a session freed under a running embedding crashes the process.
   */
  @Test
  void closingFreesAClosableModelAfterTheEmbeddingInFlight() throws Exception {
    CountDownLatch embedding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Closable model = new Closable(embedding, release);
    LoadingEmbeddings loading = LoadingEmbeddings.start("Closable/2", 2, () -> model);
    Thread asker = new Thread(() -> loading.embed("x"));
    asker.start();
    await(embedding);
    Thread closer = new Thread(loading::close);
    closer.start();
    // the closer parks on the lock the embedding holds (a close that did not wait would have freed the model by then)
    for (int i = 0; i < 1000 && closer.getState() != Thread.State.WAITING; i++) {
      Thread.sleep(10);
    }
    assertThat(closer.getState()).as("the closer waits for the embedding").isEqualTo(Thread.State.WAITING);
    assertThat(model.closed).as("not freed while a text is embedded").isFalse();
    release.countDown();
    closer.join(10_000);
    asker.join(10_000);
    assertThat(model.closed).as("freed once the embedding ended").isTrue();
    assertThatThrownBy(() -> loading.embed("y")).hasMessage("the embedding model was closed");
  }

  /**
   * A test JVM that the build halts while a model loads crashes (SIGSEGV in the native runtime): the build must wait
   * longer for a test JVM to end than the JVM's exit waits for a load.
   */
  @Test
  void theBuildWaitsLongerForATestJvmToEndThanItsExitWaitsForALoad() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher timeout = Pattern.compile("<forkedProcessExitTimeoutInSeconds>(\\d+)<").matcher(pom);
    int plugins = 0;
    while (timeout.find()) {
      plugins++;
      assertThat(Long.parseLong(timeout.group(1))).isGreaterThan(LoadingEmbeddings.EXIT_WAIT.toSeconds() + 10);
    }
    assertThat(plugins).as("surefire's and failsafe's").isEqualTo(2);
  }

  @Test
  void itsNameIsKnownAtOnceAndTheFirstTextWaitsForTheModel() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    LoadingEmbeddings loading = LoadingEmbeddings.start("Fixed/2", 2, () -> {
      await(release);
      return new Fixed();
    });
    assertThat(IndexFields.modelName(loading)).isEqualTo("Fixed/2");
    assertThat(loading.loadMs()).isEqualTo(-1);
    Thread releaser = new Thread(() -> {
      sleep(200);
      release.countDown();
    });
    releaser.start();
    assertThat(loading.embed("x").content().vector()).containsExactly(1f, 0f);
    assertThat(loading.waitedMs()).isGreaterThanOrEqualTo(100);
    assertThat(loading.loadMs()).isPositive();
    double waited = loading.waitedMs();
    loading.embed("y");
    assertThat(loading.waitedMs()).as("a loaded model is not waited for").isEqualTo(waited);
  }

  @Test
  void aModelThatFailsToLoadFailsEachCallWithItsCause() {
    LoadingEmbeddings loading = LoadingEmbeddings.start("Broken/2", 2, () -> {
      throw new IllegalStateException("model file is damaged");
    });
    assertThatThrownBy(() -> loading.embed("x")).isInstanceOf(IllegalStateException.class)
        .hasMessage("model file is damaged");
    assertThatThrownBy(() -> loading.embed("y")).hasMessage("model file is damaged");
  }

  @Test
  void aProcessThatEndsWhileTheModelLoadsWaitsForTheLoad(@TempDir Path dir) throws Exception {
    Path loaded = dir.resolve("loaded");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), EndsWhileLoading.class.getName(), loaded.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile()).start();

    assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the child ended").isTrue();
    assertThat(child.exitValue()).as(Files.readString(dir.resolve("out"))).isZero();
    assertThat(loaded).as("the load the process waited for at its end").exists();
  }

  /** Starts a slow load and ends at once: the load (a native session, in real life) must finish first. */
  static final class EndsWhileLoading {
    public static void main(String[] args) {
      LoadingEmbeddings.start("Slow/2", 2, () -> {
        sleep(1000);
        try {
          Files.writeString(Path.of(args[0]), "loaded");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return new Fixed();
      });
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A model whose first embedding waits to be released, and that records being closed. */
  private static final class Closable implements EmbeddingModel, AutoCloseable {
    private final CountDownLatch embedding;
    private final CountDownLatch release;
    volatile boolean closed;

    Closable(CountDownLatch embedding, CountDownLatch release) {
      this.embedding = embedding;
      this.release = release;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<dev.langchain4j.data.segment.TextSegment> s) {
      embedding.countDown();
      await(release);
      return Response.from(s.stream().map(t -> Embedding.from(new float[] {1f, 0f})).toList());
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Every text is the same unit vector. */
  private static final class Fixed implements EmbeddingModel {
    @Override
    public Response<List<Embedding>> embedAll(List<dev.langchain4j.data.segment.TextSegment> s) {
      return Response.from(s.stream().map(t -> Embedding.from(new float[] {1f, 0f})).toList());
    }
  }
}
