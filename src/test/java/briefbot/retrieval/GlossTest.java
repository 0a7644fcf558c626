package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.corpus.Corpus;
import briefbot.index.GlossedEmbeddings;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import briefbot.index.Vectors;
import briefbot.index.lucene.LuceneIndex;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A German paragraph glossed word by word in English, and an index whose English-only model embeds that gloss: an
 * English question's kNN then finds the German paragraph, whose text, terms and citations stay German.
 */
class GlossTest {

  @TempDir
  static Path dir;

  static Translations dictionaries;
  static EmbeddingModel model;

  @BeforeAll
  static void load() throws IOException {
    DictionariesTest.write(dir.resolve("dictd"));
    dictionaries = Translations.load(dir.resolve("dictd"), dir.resolve("cache"));
    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  @Test
  void eachWordBecomesItsSurestEnglishTranslationWithNamesAndNumbersAsWritten() {
    String english = new Gloss(dictionaries).english(
        "Das Gericht in Hamburg verurteilte den Angeklagten wegen Betrugs zu 10.000 Euro und Haft.", "de");
    assertThat(english).startsWith("court Hamburg").contains("fraud", "10.000", "Euro");
    assertThat(english).as("stop words left out").doesNotContain("Das", " in ", "den", " zu ");
    assertThat(new Gloss(dictionaries).english("The court in Hamburg.", "en")).isEqualTo("The court in Hamburg.");
  }

  @Test
  void amongEquallySureTranslationsTheCommonestWordOfTheModelsVocabularyWins() {
    Map<String, Double> senses = new LinkedHashMap<>();
    senses.put("obtain", 0.41);
    senses.put("win", 0.41);
    senses.put("elicit", 0.29);
    Translations dictionary = (word, language) -> word.equals("gewann") ? Map.of("en", senses)
        : Map.of();
    Map<String, Integer> vocabulary = Map.of("win", 2663, "obtain", 6855, "elicit", 28000,
        "historic", 3439);
    assertThat(new Gloss(dictionary).english("gewann", "de")).as("no vocabulary: the first").isEqualTo("obtain");
    assertThat(new Gloss(dictionary, () -> vocabulary).english("gewann", "de")).isEqualTo("win");
    assertThat(new Gloss(dictionary, () -> vocabulary).english("históricos", "es"))
        .as("a plural no dictionary lists: its singular's cognate").isEqualTo("historic");
  }

  @Test
  void anEnglishQuestionsKnnFindsTheGermanParagraphByItsGlossAndTheIndexKeepsItsText() throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    article(corpus, "de-gericht", "de", "Das Gericht verurteilte den Angeklagten wegen Betrugs zu drei Jahren Haft.");
    article(corpus, "en-weather", "en", "In Hamburg the weather stayed sunny all week, and tourists filled the "
        + "cafés along the harbour until late in the evening.");
    article(corpus, "en-grain", "en", "Russia shipped twelve thousand tonnes of grain to six African states in the "
        + "autumn, officials in Moscow said on Tuesday.");
    article(corpus, "en-budget", "en", "Opposition lawmakers in Seoul criticised the budget on Friday, saying it "
        + "ignored rural hospitals.");
    EmbeddingModel glossing = GlossedEmbeddings.around(model, Set.of("en"), new Gloss(dictionaries)::english);
    float[] question = Vectors.normalized(model.embed("Which court sent him to prison for fraud?").content().vector());
    try (LuceneIndex plain = LuceneIndex.open(dir.resolve("plain"), model, Clock.systemUTC());
        LuceneIndex glossed = LuceneIndex.open(dir.resolve("glossed"), glossing, Clock.systemUTC())) {
      plain.sync(new Corpus(corpus), line -> {});
      glossed.sync(new Corpus(corpus), line -> {});
      double before = score(plain, question);
      double after = score(glossed, question);
      assertThat(glossed.knn(question, 10, 4).get(0).id()).startsWith("de-gericht");
      assertThat(after).as("the gloss's similarity beside the German text's").isGreaterThan(before + 0.1);
      assertThat(glossed.paragraphs(List.of(ParagraphIndex.paragraphId("de-gericht", 1))).get(0).text())
          .startsWith("Das Gericht verurteilte");
      String grain = ParagraphIndex.paragraphId("en-grain", 1);
      assertThat(glossed.vectors(Set.of("en-grain")).get(grain)).as("an English paragraph is embedded as written")
          .isEqualTo(plain.vectors(Set.of("en-grain")).get(grain));
    }
    assertThat(IndexFields.modelName(glossing)).isEqualTo(IndexFields.modelName(model));
    assertThat(GlossedEmbeddings.around(model, Set.of("*"), new Gloss(dictionaries)::english))
        .as("a multilingual model reads every language itself").isSameAs(model);
  }

  private static double score(ParagraphIndex index, float[] question) {
    return index.knn(question, 10, 4).stream().filter(h -> h.id().startsWith("de-gericht")).findFirst()
        .orElseThrow().score();
  }

  private static void article(Path corpus, String name, String language, String text) throws IOException {
    Files.writeString(corpus.resolve(name + ".md"), "---\nlanguage: " + language + "\n---\n\n" + text + "\n");
  }
}
