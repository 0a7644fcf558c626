package briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CachedEmbeddingsTest {

  private static EmbeddingModel model;

  @BeforeAll
  static void load() {
    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  @Test
  void aTextAskedAgainIsLookedUpAndGivesTheModelsVector() {
    CachedEmbeddings cached = new CachedEmbeddings(model, 10);
    float[] first = cached.embed("Who won the election in Bavaria?").content().vector();
    assertThat(cached.hits()).isZero();
    float[] again = cached.embed("Who won the election in Bavaria?").content().vector();
    assertThat(cached.hits()).isEqualTo(1);
    assertThat(again).containsExactly(first);
    assertThat(first).containsExactly(model.embed("Who won the election in Bavaria?").content().vector());
    cached.embed("Who lost the election in Bavaria?");
    assertThat(cached.hits()).isEqualTo(1);
  }

  @Test
  void changingAReturnedVectorLeavesTheCachedOneAsItWas() {
    CachedEmbeddings cached = new CachedEmbeddings(model, 10);
    float[] first = cached.embed("interest rates").content().vector();
    float expected = first[0];
    first[0] = 42f;
    assertThat(cached.embed("interest rates").content().vector()[0]).isEqualTo(expected);
  }

  @Test
  void aBatchEmbedsOnlyWhatIsMissingAndKeepsTheOrder() {
    CachedEmbeddings cached = new CachedEmbeddings(model, 10);
    float[] known = cached.embed("the central bank").content().vector();
    List<TextSegment> batch = List.of(TextSegment.from("a flood in Valencia"), TextSegment.from("the central bank"),
        TextSegment.from("a flood in Valencia"));
    List<Embedding> vectors = cached.embedAll(batch).content();
    assertThat(vectors).hasSize(3);
    assertThat(cached.hits()).isEqualTo(1);
    assertThat(vectors.get(1).vector()).containsExactly(known);
    assertThat(vectors.get(0).vector()).containsExactly(vectors.get(2).vector());
    assertThat(vectors.get(0).vector()).containsExactly(model.embed("a flood in Valencia").content().vector());
  }

  @Test
  void theOldestTextsGoWhenTheCacheIsFull() {
    CachedEmbeddings cached = new CachedEmbeddings(model, 2);
    for (int i = 0; i < 50; i++) {
      cached.embed("question number " + i);
    }
    cached.embed("question number 49");
    assertThat(cached.hits()).isEqualTo(1);
    long before = cached.hits();
    cached.embed("question number 0");
    assertThat(cached.hits()).isEqualTo(before);
  }

  @Test
  void theIndexRecordsTheModelBehindTheCacheSoNothingIsRebuilt() {
    assertThat(IndexFields.modelName(CachedEmbeddings.around(model))).isEqualTo(IndexFields.modelName(model));
    assertThat(CachedEmbeddings.around(null)).isNull();
  }
}
