package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.index.IndexFields;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllMiniLmL6V2QuantizedEmbeddingModelTest {

  private static final Path LIBRARIES = Briefbot.DEFAULT_CACHE.resolve("onnxruntime");

  private static final List<String> TEXTS = List.of(
      "The Dutch cabinet agreed on Tuesday to raise the minimum wage by 10,000 euros a year.",
      "Wer hat die Wahl gewonnen?",
      "Short.",
      "A longer paragraph: the storm closed three airports, cancelled hundreds of flights and left 40,000 homes without "
          + "power across the north of England, the Met Office said, warning of more rain on Thursday.");

  @Test
  void embedsAsLangChain4jsModelDoesAndIsRecordedUnderItsName() {
    var ours = new AllMiniLmL6V2QuantizedEmbeddingModel(Briefbot.DEFAULT_CACHE);
    var theirs = new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel();
    List<TextSegment> segments = TEXTS.stream().map(TextSegment::from).toList();
    List<Embedding> a = ours.embedAll(segments).content();
    List<Embedding> b = theirs.embedAll(segments).content();
    assertThat(a).hasSize(TEXTS.size());
    for (int i = 0; i < TEXTS.size(); i++) {
      float[] x = a.get(i).vector();
      float[] y = b.get(i).vector();
      assertThat(x).hasSize(384);
      double dot = 0;
      for (int j = 0; j < x.length; j++) {
        dot += x[j] * y[j];
      }
      assertThat(dot).as(TEXTS.get(i)).isGreaterThan(0.99999);
    }
    assertThat(IndexFields.modelName(ours)).isEqualTo(IndexFields.modelName(theirs)).isEqualTo(Briefbot.BUILT_IN_RECORDED);
  }

  @Test
  void theModelUnpackedFromTheJarEmbedsExactlyAsTheModelReadFromTheJar(@TempDir Path cache) {
    Optional<Path> unpacked = UnpackedModel.in(cache, AllMiniLmL6V2QuantizedEmbeddingModel.MODEL);
    assertThat(unpacked).as("the model's jar entry, unpacked").isPresent();
    var fromFile = new AllMiniLmL6V2QuantizedEmbeddingModel(unpacked, LIBRARIES);
    var fromJar = new AllMiniLmL6V2QuantizedEmbeddingModel(Optional.empty(), LIBRARIES);
    List<TextSegment> segments = TEXTS.stream().map(TextSegment::from).toList();
    List<Embedding> a = fromFile.embedAll(segments).content();
    List<Embedding> b = fromJar.embedAll(segments).content();
    for (int i = 0; i < TEXTS.size(); i++) {
      assertThat(a.get(i).vector()).as(TEXTS.get(i)).isEqualTo(b.get(i).vector());
    }
  }

  /** The native session, which no garbage collection frees (37 MB a model), is freed by closing the model. */
  @Test
  void closingTheModelFreesItsNativeSession() throws Exception {
    var model = new AllMiniLmL6V2QuantizedEmbeddingModel(Optional.empty(), LIBRARIES);
    assertThat(model.embed("before").content().vector()).hasSize(384);
    model.close();
    assertThatThrownBy(() -> model.embed("after")).hasMessageContaining("closed");
  }

  /** {@code BRIEFBOT_CACHE}: the model is unpacked into the cache folder Briefbot is given, not the user's default. */
  @Test
  void theModelIsUnpackedIntoTheCacheFolderItIsGiven(@TempDir Path cache) throws Exception {
    ConfiguredEmbeddings.builtIn(cache).embed("Wer hat die Wahl gewonnen?");

    try (Stream<Path> files = Files.walk(cache.resolve("model"))) {
      assertThat(files.filter(f -> f.getFileName().toString().endsWith(".onnx"))).hasSize(1);
    }
  }
}
