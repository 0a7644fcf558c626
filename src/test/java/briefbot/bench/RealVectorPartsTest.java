package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.corpus.Corpus;
import dev.langchain4j.data.segment.TextSegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    Files.write(first.file(), java.util.Arrays.copyOf(bytes, bytes.length - 100));
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
    assertThat(points).hasSize(graphs.size() * HnswSweep.CANDIDATES.size());
    assertThat(points).extracting(BenchReport.SweepPoint::format).containsOnly("float32", "int7");
    for (var p : points) {
      assertThat(p.recall()).isBetween(0.0, 1.0);
      assertThat(p.indexBytes()).isPositive();
      assertThat(p.latency().samples()).isEqualTo(queries.size());
    }
    var widest = points.stream().filter(p -> p.format().equals("float32") && p.candidates() == 200).findFirst();
    assertThat(widest.orElseThrow().recall()).as("200 candidates of 400 vectors").isGreaterThanOrEqualTo(0.9);
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
}
