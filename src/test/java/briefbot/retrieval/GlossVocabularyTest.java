package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model's vocabulary the gloss prefers, streamed out of a tokenizer file without building its JSON tree. */
class GlossVocabularyTest {

  /** The built-in model's tokenizer, in the model's jar. */
  private static final String BUILT_IN = "/all-minilm-l6-v2-q-tokenizer.json";

  @Test
  void theBuiltInTokenizersWholeWordsAreReadWithTheIdsItsJsonTreeGives() throws IOException {
    Map<String, Integer> streamed;
    try (InputStream in = GlossVocabularyTest.class.getResourceAsStream(BUILT_IN)) {
      streamed = Gloss.vocabulary(in);
    }
    Map<String, Integer> tree;
    try (InputStream in = GlossVocabularyTest.class.getResourceAsStream(BUILT_IN)) {
      tree = fromTree(in);
    }
    assertThat(streamed).hasSizeGreaterThan(20_000).isEqualTo(tree);
    assertThat(streamed).containsEntry("the", tree.get("the")).doesNotContainKeys("##ing", "[CLS]", "[UNK]");
  }

  @Test
  void onlyTheModelsVocabIsReadWhateverSurroundsIt() throws IOException {
    String json = """
        {"version": "1.0", "added_tokens": [{"id": 0, "content": "[PAD]"}],
         "normalizer": {"type": "BertNormalizer", "vocab": {"decoy": 1}, "nested": [[1, {"x": 2}]]},
         "model": {"type": "WordPiece", "unk_token": "[UNK]", "options": {"vocab": {"decoy": 3}},
                   "vocab": {"[PAD]": 0, "the": 1996, "##ing": 2075, "court": 2457, "odd": {"id": 5}},
                   "max_input_chars_per_word": 100},
         "decoder": {"vocab": {"decoy": 4}}}
        """;
    assertThat(Gloss.vocabulary(stream(json))).isEqualTo(fromTree(stream(json)))
        .containsOnlyKeys("the", "court", "odd").containsEntry("court", 2457);
  }

  @Test
  void aTokenizerWithoutAWordPieceVocabularyGivesNoWords() throws IOException {
    assertThat(Gloss.vocabulary(stream("{\"model\": {\"type\": \"Unigram\", \"vocab\": [[\"the\", -3.1]]}}")))
        .isEmpty();
    assertThat(Gloss.vocabulary(stream("[1, 2]"))).isEmpty();
    assertThat(Gloss.vocabulary(stream(""))).isEmpty();
  }

  /** The vocabulary as the whole JSON tree gives it (how it was read before it was streamed). */
  private static Map<String, Integer> fromTree(InputStream in) throws IOException {
    JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
    Map<String, Integer> words = new HashMap<>();
    vocab.properties().forEach(w -> {
      if (!w.getKey().startsWith("##") && !w.getKey().startsWith("[")) {
        words.put(w.getKey(), w.getValue().asInt());
      }
    });
    return words;
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
