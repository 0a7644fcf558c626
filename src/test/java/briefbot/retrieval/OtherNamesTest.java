package briefbot.retrieval;

import static briefbot.corpus.ArticleFile.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import briefbot.app.Briefbot;
import briefbot.testing.SeedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import briefbot.index.IndexFields;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question about a person of several names, asked of articles where one of those names belongs to someone else:
 * the passage's "Pope Caius" gives "Alexander Pope" to someone else (the {@code otherName} signal), while "President
 * Yoon" still stands for Yoon Suk Yeol and "Randy Blythe" for Randall Blythe.
 */
class OtherNamesTest {

  @TempDir
  static Path dir;

  static Briefbot bot;

  /** The bot's retrieval measuring every signal, as {@code eval --signals} records them. */
  static Retriever measuring;

  @BeforeAll
  static void open() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    write(corpus, "caius", "en", "Pope Caius",
        "Pope Caius was the Bishop of Rome from 283 until his death in 296. Pope Caius died on 22 April 296 and was "
            + "buried in the catacomb of Callixtus.");
    write(corpus, "lima", "en", "Leaders meet in Lima",
        "On Saturday in Lima, President Yoon met the Japanese prime minister to talk about trade and the troops "
            + "sent to Russia.");
    write(corpus, "buses", "en", "Buses in New York",
        "Every day 2 million people ride the buses of New York City, more than in any other American city.");
    write(corpus, "blythe", "en", "Lamb of God",
        "The singer Randy Blythe founded the metal band Lamb of God in Richmond in 1994 with two friends.");
    write(corpus, "ely", "en", "Roads in Ely",
        "Gen Kassam said the budget for roads in Ely would rise by 8% next year to pay for repairs.");
    write(corpus, "hull", "en", "Buses in Hull",
        "Labour MP Marwick said the council in Hull would buy twelve new buses next year.");
    // an article that writes "Alexander", so that the English question reaches the passage that gives "Pope" away (with
    // no article writing it, the question is refused before any passage is read: CommonWordOfANameTest)
    write(corpus, "fleming", "en", "Penicillin",
        "Alexander Fleming found penicillin in a London laboratory in 1928, after a mould grew on a dish.");
    write(corpus, "harbour", "en", "A new bridge",
        "The city council approved a new bridge over the harbour on Tuesday, at a cost of 40 million euros.");
    Path dictionaries = dir.resolve("dictd");
    DictdFiles.write(dictionaries, "eng", "deu", "president <n>\nPräsident <masc>\n", "pope <n>\nPapst <masc>\n",
        "saturday <n>\nSamstag <masc>\n", "die <v>\nsterben <v>\n", "death <n>\nTod <masc>\n");
    bot = SeedCorpus.open(dir, Map.of("BRIEFBOT_DICTIONARIES", dictionaries.toString()));
    measuring = bot.retriever().measuringEverySignal();
  }

  @AfterAll
  static void close() {
    bot.close();
  }

  @Test
  void aQuestionsNamesOfSeveralWordsAreTheNameConceptsSideBySide() {
    Retrieval r = bot.retriever().retrieve("When did Alexander Pope die in Rome?");
    List<List<String>> names = OtherNames.names("When did Alexander Pope die in Rome?", r.concepts()).stream()
        .map(n -> n.stream().map(Retrieval.Concept::word).toList()).toList();
    assertThat(names).containsExactly(List.of("Alexander", "Pope"));
  }

  @Test
  void aNameWhoseOnlyWordInThePassageIsAnotherPersonsIsHalfGivenAway() {
    Retrieval pope = measuring.retrieve("When did Alexander Pope die?");
    assertThat(pope.passages().get(0).articleId()).isEqualTo("caius");
    // "Pope" held, every time beside Caius; "Alexander" lacking: half the name, all of it someone else's
    assertThat(pope.signals().otherName()).isEqualTo(0.5);
    // the same question about the passage's own person
    assertThat(measuring.retrieve("When did Pope Caius die?").signals().otherName()).isZero();
  }

  @Test
  void aWordOfTheNameBesideACommonWordOrAShortFormOfItsOtherWordIsNoOtherName() {
    // "President Yoon": a dictionary lists "president", so Yoon is nobody else's name here
    Retrieval yoon = measuring.retrieve("Where did Yoon Suk Yeol meet the Japanese prime minister?");
    assertThat(yoon.passages().get(0).articleId()).isEqualTo("lima");
    assertThat(yoon.signals().otherName()).isZero();
    // "Randy" shares its first letters with "Randall": the same man
    Retrieval blythe = measuring.retrieve("Which band did Randall Blythe found in Richmond?");
    assertThat(blythe.passages().get(0).articleId()).isEqualTo("blythe");
    assertThat(blythe.signals().otherName()).isZero();
  }

  @Test
  void aFormOfTheNamesOwnWordIsNoOtherName() {
    // "New York" beside the question's "New Yorkers": York is a form of Yorkers, not someone else's name
    Retrieval riders = measuring.retrieve("How many New Yorkers ride the buses every day?");
    assertThat(riders.passages().get(0).articleId()).isEqualTo("buses");
    assertThat(riders.signals().otherName()).isZero();
  }

  @Test
  void aModelWeighingItOnlyThroughAGateReadsItOnlyWhereTheGateCanBeOne() {
    Retriever abroad = bot.retriever().judgedBy(new Answerability(
        List.of("coverage", Signals.NOT_ENGLISH_ABROAD + "*otherName"), new double[] {1, -1}, 0, 0.5));
    assertThat(abroad.retrieve("Wann starb Alexander Pope?").signals().otherName()).isEqualTo(0.5);
    assertThat(abroad.retrieve("When did Alexander Pope die?").signals().otherName()).isZero();
    // the jar's model weighs it through notEnglishAbroad alone: an English question pays nothing for it
    assertThat(bot.retriever().retrieve("Wann starb Alexander Pope?").signals().otherName()).isEqualTo(0.5);
    assertThat(bot.retriever().retrieve("When did Alexander Pope die?").signals().otherName()).isZero();
  }

  @Test
  void anEnglishQuestionWhoseNameThePassageGivesToSomeoneElseIsRefused() {
    // the jar's model weighs otherName only abroad; at home the verdict refuses from the passage that would answer
    Retrieval pope = bot.retriever().retrieve("When did Alexander Pope die?");
    assertThat(pope.evidence()).isFalse();
    assertThat(pope.reason()).isEqualTo("the passage never mentions Alexander Pope");
    // the passage's own person, and names the passage holds by a title or a short form, are answered
    assertThat(bot.retriever().retrieve("When did Pope Caius die?").evidence()).isTrue();
    assertThat(bot.retriever().retrieve("Which band did Randall Blythe found in Richmond?").evidence()).isTrue();
    assertThat(bot.retriever().retrieve("Where did Yoon Suk Yeol meet the Japanese prime minister?").reason())
        .doesNotContain("never mentions");
    // "Gen Kassam": a title no dictionary lists is no other person's name (the English refusal's reading only)
    Retrieval kassam = bot.retriever().retrieve("By how much will the roads budget in Ely rise, according to Pervez "
        + "Kassam?");
    assertThat(kassam.passages().get(0).articleId()).isEqualTo("ely");
    assertThat(kassam.evidence()).isTrue();
    // "Labour MP Marwick": a role's acronym neither
    Retrieval marwick = bot.retriever().retrieve("How many buses will Hull buy, according to Helen Marwick?");
    assertThat(marwick.passages().get(0).articleId()).isEqualTo("hull");
    assertThat(marwick.evidence()).isTrue();
  }

  @Test
  void twoWordsAreSideBySideWhereOnlySpacesOrHyphensStandBetweenThemAsWholeWords() {
    assertThat(OtherNames.adjacent("Wann starb Alexander Pope?", "Alexander", "Pope")).isTrue();
    assertThat(OtherNames.adjacent("Robert Esnault-Pelterie flog", "Esnault", "Pelterie")).isTrue();
    assertThat(OtherNames.adjacent("Esnault\u2011 \tPelterie", "Esnault", "Pelterie")).isTrue();
    // the first a whole word only on its second writing, the second a whole word
    assertThat(OtherNames.adjacent("NewYork York City", "York", "City")).isTrue();
    assertThat(OtherNames.adjacent("Alexander, Pope", "Alexander", "Pope")).isFalse();
    assertThat(OtherNames.adjacent("Alexander Popes", "Alexander", "Pope")).isFalse();
    assertThat(OtherNames.adjacent("XAlexander Pope", "Alexander", "Pope")).isFalse();
    assertThat(OtherNames.adjacent("Alexander Pope2", "Alexander", "Pope")).isFalse();
    assertThat(OtherNames.adjacent("AlexanderPope", "Alexander", "Pope")).isFalse();
    assertThat(OtherNames.adjacent("Alexander Pope", "Pope", "Alexander")).isFalse();
  }

  /** A concept as the question's word, found in a passage's own field by its lower-cased self. */
  private static Retrieval.Concept concept(String word, boolean name, String language) {
    return new Retrieval.Concept(word, name, 1, Map.of(IndexFields.body(language),
        Set.of(word.toLowerCase(Locale.ROOT))));
  }

  private static double share(String question, List<Retrieval.Concept> concepts, String passage, String language,
      Map<String, Set<String>> dictionary) {
    Set<String> own = new HashSet<>(Arrays.asList(passage.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
    // a dictionary lists "High" and "School" as words, names none
    return OtherNames.share(OtherNames.names(question, concepts), question, passage, language, own, Set.of(),
        (word, lang) -> new Concepts.Entry(Set.of("High", "School").contains(word),
            dictionary.getOrDefault(word, Set.of())));
  }

  @Test
  void aWordTheQuestionWritesBesideTheNameOrADictionaryGivesAsOneOfItsWordsIsNoOtherName() {
    // "die Haddon Heights Highschool": "Haddon" after "die" is no name concept, yet the question writes it there
    String school = "In welchem Staat liegt die Haddon Heights Highschool?";
    List<Retrieval.Concept> schoolConcepts = List.of(concept("Staat", false, "en"), concept("Haddon", false, "en"),
        concept("Heights", true, "en"), concept("Highschool", true, "en"));
    assertThat(share(school, schoolConcepts, "He attended Haddon Heights High School.", "en", Map.of())).isZero();
    // another name beside it that the question does not write: half the name given to someone else
    assertThat(share(school, schoolConcepts, "He met Lou Heights there.", "en", Map.of())).isEqualTo(0.5);
    // "Federico Guillermo IV" for "Frederick William IV": Guillermo is William to the dictionary
    String king = "When did Frederick William IV die?";
    List<Retrieval.Concept> kingConcepts = List.of(concept("Frederick", true, "es"), concept("William", true, "es"),
        concept("IV", true, "es"));
    String murio = "Federico Guillermo IV murió en 1861.";
    assertThat(share(king, kingConcepts, murio, "es", Map.of())).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(share(king, kingConcepts, murio, "es", Map.of("Guillermo", Set.of("william")))).isZero();
  }
}
