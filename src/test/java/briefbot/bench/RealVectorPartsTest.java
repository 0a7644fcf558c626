package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.corpus.Corpus;
import briefbot.testing.SeedCorpus;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of {@code bench --real-vectors}: vectors kept across runs, and the HNSW sweep against exact search. */
class RealVectorPartsTest {

  @TempDir
  Path dir;

  @Test
  void vectorsAreEmbeddedOnceAndReadBackByTheNextRun() throws Exception {
    SyntheticEmbeddings model = new SyntheticEmbeddings(5, null);
    List<TextSegment> texts = List.of(TextSegment.from("rates rose in March"), TextSegment.from("the dam burst"));
    VectorFile first = VectorFile.open(model, "synthetic 384", dir);
    float[] rates = first.embedAll(texts).content().get(0).vector();
    first.embed("the dam burst");
    assertThat(first.embedded()).isEqualTo(2);

    VectorFile second = VectorFile.open(model, "synthetic 384", dir);
    assertThat(second.size()).isEqualTo(2);
    assertThat(second.embedAll(texts).content().get(0).vector()).containsExactly(rates);
    assertThat(second.embedded()).as("nothing embedded again").isZero();
    assertThat(second.embed("a new text").content().vector()).containsExactly(model.embed("a new text").content().vector());
    assertThat(second.embedded()).isEqualTo(1);
  }

  @Test
  void theQuestionsAreTitlesOfArticlesThatHaveTextAndAnArticleWithoutTextIsSkipped() throws Exception {
    Path news = Files.createDirectories(dir.resolve("news"));
    Files.writeString(news.resolve("dam.txt"), "---\ntitle: The dam burst\nlanguage: en\n---\n\n"
        + "The old dam above the village burst after a week of rain, and the valley was flooded by the morning.\n");
    Files.writeString(news.resolve("rates.txt"), "---\ntitle: Rates rose in March\nlanguage: en\n---\n\n"
        + "The central bank raised its rates in March for the third time this year, to the surprise of traders.\n");
    Files.writeString(news.resolve("empty.txt"), "---\ntitle: Nothing here\nlanguage: en\n---\n\n");

    assertThat(RealVectorRun.titles(new Corpus(news), 10, 1)).containsExactlyInAnyOrder("The dam burst",
        "Rates rose in March");
    assertThat(RealVectorRun.titles(new Corpus(news), 1, 1)).hasSize(1);
  }

  @Test
  void aRecordCutShortByAnInterruptedRunIsDropped() throws Exception {
    SyntheticEmbeddings model = new SyntheticEmbeddings(5, null);
    VectorFile first = VectorFile.open(model, "m", dir);
    first.embed("one");
    first.embed("two");
    byte[] bytes = Files.readAllBytes(first.file());
    Files.write(first.file(), Arrays.copyOf(bytes, bytes.length - 100));
    assertThat(VectorFile.open(model, "m", dir).size()).isEqualTo(1);
  }

  @Test
  void theSweepMeasuresEveryGraphAndCandidateCountAgainstExactSearch() {
    Random random = new Random(3);
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      vectors.add(unit(random, 16));
    }
    List<float[]> queries = List.of(unit(random, 16), unit(random, 16), unit(random, 16), unit(random, 16));
    List<HnswSweep.Graph> graphs = List.of(HnswSweep.GRAPHS.get(0), HnswSweep.GRAPHS.get(4));
    var points = new HnswSweep(line -> {}).run(vectors, queries, graphs, dir.resolve("sweep"));
    assertThat(points).as("the int7 graph is searched as such and rescored")
        .hasSize((graphs.size() + 1) * HnswSweep.CANDIDATES.size());
    assertThat(points).extracting(BenchReport.SweepPoint::format).containsOnly("float32", "int7", "int7 rescored");
    for (var p : points) {
      assertThat(p.recall()).isBetween(0.0, 1.0);
      assertThat(p.indexBytes()).isPositive();
      assertThat(p.latency().samples()).isEqualTo(queries.size());
    }
    var widest = points.stream().filter(p -> p.format().equals("float32") && p.candidates() == 200).findFirst();
    assertThat(widest.orElseThrow().recall()).as("200 candidates of 400 vectors").isGreaterThanOrEqualTo(0.9);
    var rescored = points.stream().filter(p -> p.format().equals("int7 rescored") && p.candidates() == 200);
    assertThat(rescored.findFirst().orElseThrow().recall()).as("half the vectors scored exactly").isEqualTo(1.0);
    assertThat(dir.resolve("sweep")).isEmptyDirectory();
  }

  private static float[] unit(Random random, int d) {
    float[] v = new float[d];
    double norm = 0;
    for (int i = 0; i < d; i++) {
      v[i] = (float) random.nextGaussian();
      norm += v[i] * v[i];
    }
    for (int i = 0; i < d; i++) {
      v[i] /= (float) Math.sqrt(norm);
    }
    return v;
  }

  @Test
  void answersOnTheRealCorpusPayTheModelForEveryQuestionAndSentenceAndKeepNoneOfThem() throws Exception {
    Counting counting = new Counting(new SyntheticEmbeddings(5, null));
    VectorFile model = VectorFile.open(counting, "synthetic", dir.resolve("cache"));
    SeedCorpus.copyTo(dir);
    try (Briefbot bot = Briefbot.open(SeedCorpus.config(dir, Map.of()), Clock.systemUTC(), model)) {
      bot.sync(line -> {});
      int kept = model.size();
      model.live();
      int before = counting.texts;
      List<String> timed = List.of("What did NATO say about Russia?", "Who leads the alliance?",
          "What did the minister announce?");
      BenchReport.RealAnswers answers = new RealAnswerRun(line -> {}).measure(bot,
          List.of("What happened in the election?"), timed);

      assertThat(answers.questions()).isEqualTo(3);
      assertThat(answers.latency().samples()).isEqualTo(3);
      assertThat(answers.threadCpu().p50Ms()).isPositive();
      assertThat(answers.processCpuMeanMs()).isNotNegative(); // 10 ms ticks: 3 quick answers may read 0
      assertThat(answers.stagesMs()).containsKeys("embed", "bm25", "knn", "evidence", "compose", "total");
      assertThat(counting.texts - before).as("every question embedded by the model").isGreaterThanOrEqualTo(4);
      assertThat(model.size()).as("nothing added to the cache").isEqualTo(kept);
      assertThat(VectorFile.open(counting, "synthetic", dir.resolve("cache")).size()).isEqualTo(kept);
    }
  }

  /** A model that counts the texts it embedded. */
  private static final class Counting implements EmbeddingModel {
    private final EmbeddingModel model;
    int texts;

    Counting(EmbeddingModel model) {
      this.model = model;
    }

    @Override
    public synchronized Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      texts += segments.size();
      return model.embedAll(segments);
    }

    @Override
    public int dimension() {
      return model.dimension();
    }
  }
}
