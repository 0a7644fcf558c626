package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.retrieval.Passage;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarityTest {

  private static final AllMiniLmL6V2QuantizedEmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
  private static final Map<String, String> DUTCH = Map.of("het", "the", "witte", "white", "huis", "house", "vreest",
      "fears", "nieuwe", "new", "provocaties", "provocations", "van", "of", "noord-korea", "North Korea");

  private static Passage passage(int n, String language, String text) {
    return new Passage("memo", "Memo", "Wire", null, null, language, n, null, text, Instant.EPOCH, 1.0);
  }

  /** A word-by-word English gloss, as the index's gloss renders Dutch. */
  private static String gloss(String text, String language) {
    StringBuilder out = new StringBuilder();
    for (String word : text.split("[\\s.,]+")) {
      out.append(DUTCH.getOrDefault(word.toLowerCase(Locale.ROOT), word)).append(' ');
    }
    return out.toString().strip();
  }

  @Test
  void textInALanguageTheModelDoesNotReadIsComparedAsItsGloss() {
    List<Passage> dutch = List.of(passage(12, "nl", "Het Witte Huis vreest nieuwe provocaties van Noord-Korea."));
    Similarity english = new Similarity(MODEL, Set.of("en"));

    assertThat(english.forCheck().nearest("The White House fears new provocations by North Korea.", "en", dutch))
        .as("without a gloss the model cannot read Dutch").isZero();
    assertThat(english.glossing(SimilarityTest::gloss).forCheck()
        .nearest("The White House fears new provocations by North Korea.", "en", dutch)).isGreaterThan(0.8);
    assertThat(english.glossing(SimilarityTest::gloss).forCheck()
        .nearest("Het Witte Huis vreest nieuwe provocaties van Noord-Korea.", "nl", dutch)).isGreaterThan(0.99);
  }

  @Test
  void aClaimsScoreDoesNotDependOnTheClaimsCheckedBeforeIt() {
    List<Passage> two = List.of(passage(1, "en", "Russia conducts joint patrols with China in the Arctic. "
        + "Trade between the two countries reached a record $240 billion in 2023."));
    Similarity first = new Similarity(MODEL, Set.of("en")).forCheck();
    Similarity second = new Similarity(MODEL, Set.of("en")).forCheck();

    double alone = first.nearest("Trade between Russia and China hit a record in 2023.", "en", two);
    second.nearest("Russia and China patrol the Arctic together.", "en", two);
    assertThat(second.nearest("Trade between Russia and China hit a record in 2023.", "en", two)).isEqualTo(alone);
  }
}
