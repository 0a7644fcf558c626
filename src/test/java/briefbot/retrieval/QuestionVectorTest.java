package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class QuestionVectorTest {

  /** A model that reads every text as (3, 4) and counts its runs. */
  static final class Counting implements EmbeddingModel {
    final AtomicInteger runs = new AtomicInteger();

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      runs.addAndGet(segments.size());
      return Response.from(segments.stream().map(s -> Embedding.from(new float[] {3f, 4f})).toList());
    }
  }

  @Test
  void theVectorIsTheModelsUnitVectorMadeOnceWhicheverThreadMadeIt() {
    Counting model = new Counting();
    QuestionVector vector = QuestionVector.start(model, "Who won the election?");

    float[] v = vector.get();

    assertThat(v[0]).isCloseTo(0.6f, within(1e-6f));
    assertThat(v[1]).isCloseTo(0.8f, within(1e-6f));
    assertThat(vector.get()).isSameAs(v);
    assertThat(model.runs.get()).isEqualTo(1);
    assertThat(vector.nanos()).isPositive();
  }

  @Test
  void theModelsFailureReachesTheCallerAsItWasThrown() {
    EmbeddingModel broken = new EmbeddingModel() {
      @Override
      public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        throw new IllegalStateException("embedding service answered 503");
      }
    };
    QuestionVector vector = QuestionVector.start(broken, "Who won the election?");

    assertThatThrownBy(vector::get).isInstanceOf(IllegalStateException.class)
        .hasMessage("embedding service answered 503");
  }
}
