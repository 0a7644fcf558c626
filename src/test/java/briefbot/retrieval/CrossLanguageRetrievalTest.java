package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.corpus.Corpus;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import briefbot.index.lucene.LuceneIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small corpus in English, German and Dutch in a real index: questions find paragraphs in another language through
 * the dictionaries' translations, and numbers and dates match whatever their format.
 */
class CrossLanguageRetrievalTest {

  @TempDir
  static Path dir;

  static ParagraphIndex index;
  static Retriever translated;
  static Retriever untranslated;

  @BeforeAll
  static void index() throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    article(corpus, "de-gericht", "de", "Das Gericht in Hamburg verurteilte den Angeklagten wegen Betrugs zu drei "
        + "Jahren Haft. Der Richter sprach von einem schweren Fall.");
    article(corpus, "de-hof", "de", "Auf dem Hof des alten Bauernhauses in Hamburg spielten die Kinder mit den "
        + "Hühnern, während die Eltern das Mittagessen kochten.");
    article(corpus, "en-weather", "en", "In Hamburg the weather stayed sunny all week, and tourists filled the "
        + "cafés along the harbour until late in the evening.");
    article(corpus, "nl-rechtbank", "nl", "De rechtbank in Rotterdam sprak de verdachte van fraude vrij, omdat het "
        + "bewijs volgens de rechters niet sterk genoeg was.");
    article(corpus, "nl-troepen", "nl", "Noord-Korea heeft volgens de inlichtingendienst ruim 10.000 militairen "
        + "naar Rusland gestuurd, die sinds 7 november in de regio Koersk vechten.");
    article(corpus, "en-grain", "en", "Russia shipped twelve thousand tonnes of grain to six African states in the "
        + "autumn, officials in Moscow said on Tuesday.");
    article(corpus, "de-gipfel", "de", "Am 18. März trafen sich die Außenminister in Berlin, um über die Lage in "
        + "Nahost zu beraten.");
    article(corpus, "nl-lima", "nl", "In Lima sprak president Yoon zaterdag met premier Isjiba over de "
        + "Noord-Koreaanse militairen in Rusland.");
    article(corpus, "en-seoul", "en", "Opposition lawmakers in Seoul criticised the budget on Friday, saying it "
        + "ignored rural hospitals.");
    DictionariesTest.write(dir.resolve("dictd"));
    index = LuceneIndex.open(dir.resolve("data"), null, Clock.systemUTC());
    index.sync(new Corpus(corpus), line -> {});
    translated = new Retriever(index, null, Set.of("en"),
        Translations.load(dir.resolve("dictd"), dir.resolve("cache")));
    untranslated = new Retriever(index, null, Set.of("en"), Translations.NONE);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static void article(Path corpus, String name, String language, String text) throws IOException {
    Files.writeString(corpus.resolve(name + ".md"), "---\nlanguage: " + language + "\n---\n\n" + text + "\n");
  }

  private static String top(Retrieval r) {
    return r.passages().get(0).articleId();
  }

  @Test
  void aGermanQuestionIsReadInEnglishWordByWordByTheEnglishEmbeddingModel() {
    Translations dictionaries = Translations.load(dir.resolve("dictd"), dir.resolve("cache"));
    Concepts concepts = new Concepts(index, dictionaries);
    String question = "Welches Gericht in Hamburg verurteilte ihn?";
    String english = new WordByWord(concepts, dictionaries, new Gloss(dictionaries))
        .english(question, "de", concepts.of(question, "de", index.documentCount()));
    assertThat(english).startsWith("which court Hamburg");
    WordByWord words = new WordByWord(concepts, dictionaries, new Gloss(dictionaries));
    String namesOnly = "Wann verurteilte Meier ihn?";
    assertThat(words.english(namesOnly, "de", concepts.of(namesOnly, "de", 9)))
        .as("only the question word translates: it and the name").startsWith("when").contains("Meier")
        .doesNotContain("Wann");
    String unknown = "Meier verurteilte ihn?";
    assertThat(words.english(unknown, "de", concepts.of(unknown, "de", 9)))
        .as("nothing translates: the question as asked").isEqualTo(unknown);
  }

  @Test
  void aPeriodIsReadAsEnglishWritesIt() {
    Translations dictionaries = Translations.load(dir.resolve("dictd"), dir.resolve("cache"));
    Concepts concepts = new Concepts(index, dictionaries);
    WordByWord words = new WordByWord(concepts, dictionaries, new Gloss(dictionaries));
    String century = "Welches Gericht in Hamburg verurteilte ihn im 18. Jahrhundert?";
    assertThat(words.english(century, "de", concepts.of(century, "de", index.documentCount())))
        .contains("18th century").doesNotContain("Jahrhundert");
    String decade = "Welches Gericht in Hamburg verurteilte ihn in den 1980er Jahren?";
    assertThat(words.english(decade, "de", concepts.of(decade, "de", index.documentCount()))).contains("1980s");
  }

  @Test
  void anEnglishQuestionFindsTheGermanParagraphThroughTheDictionary() {
    String question = "Which court in Hamburg convicted someone of fraud?";
    Retrieval r = translated.retrieve(question);
    assertThat(top(r)).isEqualTo("de-gericht");
    String german = r.passages().get(0).text();
    // court -> Gericht and fraud -> Betrug(s) match the German words; untranslated only Hamburg does
    assertThat(translated.matches(r, german, "de").cardinality()).isEqualTo(3);
    Retrieval plain = untranslated.retrieve(question);
    assertThat(untranslated.matches(plain, german, "de").cardinality()).isEqualTo(1);
  }

  @Test
  void theJudgedPassagesSentencesComeWithTheConceptsTheyHold() {
    Retrieval r = translated.retrieve("Which court in Hamburg convicted someone of fraud?");
    Passage first = r.passages().get(0);
    assertThat(r.sentences()).containsKey(first).hasSizeLessThanOrEqualTo(Evidence.JUDGED);
    List<Retrieval.Sentence> sentences = translated.sentences(r, first);
    assertThat(sentences).extracting(Retrieval.Sentence::text).containsExactly(
        "Das Gericht in Hamburg verurteilte den Angeklagten wegen Betrugs zu drei Jahren Haft.",
        "Der Richter sprach von einem schweren Fall.");
    for (Retrieval.Sentence s : sentences) {
      assertThat(s.matched()).isEqualTo(translated.matches(r, s.text(), first.language()));
    }
    assertThat(sentences.get(0).matched().cardinality()).isEqualTo(3);
    // a passage the verdict did not read is split and analysed on demand, the same way
    Passage unjudged = r.passages().get(r.passages().size() - 1);
    if (!r.sentences().containsKey(unjudged)) {
      assertThat(translated.sentences(r, unjudged)).isNotEmpty().allSatisfy(s -> assertThat(s.matched())
          .isEqualTo(translated.matches(r, s.text(), unjudged.language())));
    }
  }

  @Test
  void aForeignSentencesWordsThatHoldTheQuestionsConceptsAreNotNewToIt() {
    Signals judged = translated.measuringEverySignal().retrieve("Which court in Hamburg convicted someone of fraud?")
        .signals();
    assertThat(judged.foreign()).isEqualTo(1.0);
    // Gericht (court), Hamburg and Betrugs (fraud) are the question's words read in German; Angeklagten, Jahren,
    // Haft... are what the sentence adds. Read as written, every German word but the name is new.
    assertThat(judged.conceptNovelty()).isBetween(0.4, 0.75).isLessThan(judged.novelty());
    if (Answerability.load().weighs("conceptNovelty")) {
      // an English question on a German passage: where the jar's model reads it, the answer path measures it too
      assertThat(translated.retrieve("Which court in Hamburg convicted someone of fraud?").signals().conceptNovelty())
          .isEqualTo(judged.conceptNovelty());
    }
  }

  @Test
  void anEnglishQuestionFindsTheDutchParagraphThroughTheDictionary() {
    Retrieval r = translated.retrieve("Did the court in Rotterdam rule on the fraud?");
    assertThat(top(r)).isEqualTo("nl-rechtbank");
    assertThat(untranslated.retrieve("Did the court in Rotterdam rule on the fraud?").passages())
        .extracting(Passage::articleId).doesNotContain("de-gericht");
  }

  @Test
  void aTranslationOfAnAmbiguousWordCountsLessThanTheWordItself() {
    Retrieval r = translated.retrieve("Which court?");
    Retrieval.Concept court = r.concepts().get(0);
    assertThat(court.trust("body_de", "gericht")).isLessThan(1.0);
    assertThat(court.trust("body_en", "court")).isEqualTo(1.0);
  }

  @Test
  void numbersMatchWhateverTheirFormatAndLanguage() {
    for (String question : List.of("Which country sent 10,000 soldiers to Russia?",
        "Which country sent ten thousand soldiers to Russia?", "Wie stuurde tienduizend militairen?")) {
      Retrieval r = translated.retrieve(question);
      assertThat(top(r)).as(question).isEqualTo("nl-troepen");
      Retrieval.Concept number = r.concepts().stream().filter(c -> c.stems().get("body_any").contains("10000"))
          .findFirst().orElseThrow();
      assertThat(number.name()).isTrue();
    }
    // 12,000 is not 10,000: the grain paragraph does not hold the question's number
    Retrieval r = translated.retrieve("Who shipped 10,000 tonnes of grain?");
    int numberIndex = r.concepts().stream().map(c -> c.stems().get("body_any").contains("10000")).toList().indexOf(true);
    String grain = r.passages().stream().filter(p -> p.articleId().equals("en-grain")).findFirst().orElseThrow().text();
    assertThat(translated.matches(r, grain, "en").get(numberIndex)).isFalse();
  }

  @Test
  void aFullNameMatchesItsShortFormAndATransliteration() {
    Retrieval r = translated.retrieve("Where did Yoon Suk Yeol meet Ishiba?");
    assertThat(top(r)).isEqualTo("nl-lima");
    String dutch = r.passages().get(0).text();
    List<String> matched = translated.matches(r, dutch, "nl").stream().mapToObj(i -> r.concepts().get(i).word())
        .toList();
    assertThat(matched).contains("Yoon", "Suk", "Yeol", "Ishiba"); // Isjiba, the Dutch spelling of Ishiba
    Retrieval.Concept suk = r.concepts().stream().filter(c -> c.word().equals("Suk")).findFirst().orElseThrow();
    assertThat(suk.trust("body_any", "yoon")).isEqualTo(0.5);
  }

  @Test
  void aPassagesNumbersAreFoundOnlyForAQuestionThatAsksForOne() {
    assertThat(Concepts.holdsQuantity(translated.retrieve("Who shipped 10,000 tonnes of grain?").concepts())).isTrue();
    assertThat(Concepts.holdsQuantity(translated.retrieve("What happened in Kursk since Nov. 7?").concepts())).isTrue();
    Retrieval r = translated.retrieve("Who sent soldiers to Kursk?");
    assertThat(Concepts.holdsQuantity(r.concepts())).isFalse();
    // the verdict matched the troops paragraph (which writes 10.000 and 7 november) without its numbers: same matches
    Passage troops = r.passages().stream().filter(p -> p.articleId().equals("nl-troepen")).findFirst().orElseThrow();
    Concepts concepts = new Concepts(index, Translations.NONE);
    String neutral = IndexFields.BODY_NEUTRAL;
    assertThat(concepts.tokens(neutral, troops.text(), r.concepts())).isSubsetOf(concepts.tokens(neutral, troops.text()))
        .hasSizeLessThan(concepts.tokens(neutral, troops.text()).size());
    assertThat(translated.matches(r, troops.text(), "nl").cardinality()).isGreaterThan(0);
  }

  @Test
  void datesMatchAcrossLanguagesAndAbbreviations() {
    assertThat(top(translated.retrieve("What happened in Kursk since Nov. 7?"))).isEqualTo("nl-troepen");
    assertThat(top(translated.retrieve("Who met in Berlin on March 18?"))).isEqualTo("de-gipfel");
  }
}
