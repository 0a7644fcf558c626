package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticEmbeddingsTest {

  /** Counts the single embeddings it is asked for. */
  static final class CountingModel implements EmbeddingModel {
    int calls;

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      calls += segments.size();
      return Response.from(segments.stream().map(s -> Embedding.from(new float[] {1f})).toList());
    }
  }

  private final SyntheticEmbeddings model = new SyntheticEmbeddings(3, null);

  @Test
  void givesUnitVectorsOfTheModelsDimensionTheSameEveryTime() {
    float[] v = model.embed("Maria Jansen announced the budget").content().vector();
    assertThat(v).hasSize(384);
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(model.embed("Maria Jansen announced the budget").content().vector()).isEqualTo(v);
    assertThat(new SyntheticEmbeddings(4, null).embed("Maria Jansen announced the budget").content().vector())
        .isNotEqualTo(v);
  }

  @Test
  void placesTextsThatShareWordsCloser() {
    float[] q = model.embed("What did Maria Jansen say about the budget?").content().vector();
    float[] near = model.embed("Maria Jansen announced the new budget in Amsterdam.").content().vector();
    float[] far = model.embed("Storm damage closed the airport in Lisbon.").content().vector();
    assertThat(dot(q, near)).isGreaterThan(dot(q, far) + 0.2);
  }

  @Test
  void paysTheRealModelsCostForQuestionsOnly() {
    CountingModel real = new CountingModel();
    SyntheticEmbeddings shadowed = new SyntheticEmbeddings(3, real);
    shadowed.embedAll(List.of(TextSegment.from("one"), TextSegment.from("two")));
    assertThat(real.calls).isZero();
    float[] v = shadowed.embed("a question").content().vector();
    assertThat(real.calls).isEqualTo(1);
    assertThat(v).isEqualTo(model.embed("a question").content().vector());
  }

  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }
}
