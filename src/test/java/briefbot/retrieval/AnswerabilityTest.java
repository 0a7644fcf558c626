package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import briefbot.answer.Answer;
import briefbot.answer.Question;
import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import briefbot.testing.ReadingEmbeddings;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The answerability verdict on a small hand-made corpus: near misses refused, paraphrases answered. */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class AnswerabilityTest {

  static Briefbot bot;
  /** The bot's retrieval measuring also the signals its model does not weigh (as eval --signals records them). */
  static Retriever measuring;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("harbour", "en", "Gdansk opens its ferry terminal",
        "Maria Kowalski, the mayor of Gdansk, opened the new ferry terminal on Tuesday. The terminal cost 40 million "
            + "euros and took three years to build. Kowalski said ferries to Sweden would leave twice a day.",
        "Dockworkers in Gdansk went on strike last spring over pay and working hours.");
    corpus.article("court", "en", "Clerk jailed for fraud",
        "A former bank clerk from Leeds received a prison sentence of four years for fraud on Monday. The judge said "
            + "the clerk had stolen savings from elderly customers over a decade.");
    corpus.article("mieten", "de", "Mieten in Berlin",
        "In den Innenbezirken von Berlin stiegen die Mieten im vergangenen Jahr um zwölf Prozent. Der Senat will nun "
            + "eine strengere Mietpreisbremse prüfen.");
    corpus.article("league", "en", "Leeds win away",
        "Leeds United won 3-1 away at Norwich on Saturday, with two goals from their new striker.");
    corpus.article("coach", "en", "Lund's handball coach",
        "Anna Berg coaches the handball team of Lund. She was born in Malmo in 1980. The city's old concert hall "
            + "seats 1,200 people and reopens in May.");
    corpus.article("storm", "en", "Storm hits the coast",
        "A storm with winds of 120 kilometres an hour closed ports along the Baltic coast on Wednesday.");
    bot = corpus.open();
    measuring = bot.retriever().measuringEverySignal();
  }

  private static Answer ask(String question) {
    return bot.answerer().ask(Question.of(question));
  }

  @Test
  void aNearMissIsRefused() {
    // Kowalski is in the corpus, and so is a prison sentence, but never together.
    assertThat(ask("What prison sentence did Maria Kowalski receive?")).isInstanceOf(Answer.NoEvidence.class);
  }

  @Test
  void aParaphraseIsAnswered() {
    Answer answer = ask("What was the price of the ferry terminal that Kowalski opened?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("40 million euros");
  }

  @Test
  void aGermanNounIsNotTakenForAName() {
    String question = "Um wie viel Prozent stiegen die Mieten in den Innenbezirken von Berlin?";
    Retrieval retrieval = bot.retriever().retrieve(question);
    assertThat(retrieval.concepts()).filteredOn(c -> c.word().equals("Innenbezirken"))
        .singleElement().extracting(Retrieval.Concept::name).isEqualTo(false);
    assertThat(retrieval.concepts()).filteredOn(c -> c.word().equals("Berlin"))
        .singleElement().extracting(Retrieval.Concept::name).isEqualTo(true);
    assertThat(retrieval.signals().notEnglish()).isEqualTo(1.0);
    // The built-in model reads English only: German question and paragraph meet through their English gloss.
    assertThat(retrieval.signals().denseUnknown()).isEqualTo(1.0);
    assertThat(retrieval.signals().denseGloss()).isPositive();
    Answer answer = ask(question);
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("zwölf Prozent");
  }

  @Test
  void theVerdictRecordsTheQuestionsLanguageAsRetrievalReadsIt() {
    Signals german = measuring.retrieve("Um wie viel Prozent stiegen die Mieten in Berlin?").signals();
    assertThat(List.of(german.german(), german.spanish(), german.dutch(), german.french())).containsExactly(1.0, 0.0,
        0.0, 0.0);
    assertThat(Signals.features(List.of(Signals.GERMAN_OR_SPANISH_HOME), german.values())).containsExactly(1);
    // a Dutch question on an English passage: not English, not German, and outside the German or Spanish gate
    Signals dutch = measuring.retrieve("Hoeveel kostte de nieuwe veerterminal in Gdansk?").signals();
    assertThat(dutch.notEnglish()).isEqualTo(1.0);
    assertThat(List.of(dutch.german(), dutch.spanish(), dutch.dutch(), dutch.french())).containsExactly(0.0, 0.0,
        1.0, 0.0);
    assertThat(Signals.features(List.of(Signals.GERMAN_OR_SPANISH_HOME), dutch.values())).containsExactly(0);
    Signals spanish = measuring.retrieve("¿Cuánto costó la nueva terminal de ferris en Gdansk?").signals();
    assertThat(spanish.spanish()).isEqualTo(1.0);
    Signals english = measuring.retrieve("How much did the new ferry terminal in Gdansk cost?").signals();
    assertThat(english.german() + english.spanish() + english.dutch() + english.french()).isZero();
    // refused before the model reads anything (a name no article holds): the language is recorded still
    Retrieval unknown = measuring.retrieve("Mit wem arbeitet Zedd in Gdansk zusammen?");
    assertThat(unknown.reason()).contains("never mention Zedd");
    assertThat(unknown.signals().german()).isEqualTo(1.0);
  }

  @Test
  void aRefusalIsInTheQuestionsLanguage() {
    Answer german = ask("Wie viele Einwohner hat die Stadt Gdansk im Winter?");
    assertThat(german).isInstanceOf(Answer.NoEvidence.class);
    assertThat(german.language()).isEqualTo("de");
    assertThat(german.text()).contains("Artikeln");
  }

  @Test
  void aMisspelledNameStillFindsItsPassage() {
    Answer answer = ask("When did Maria Kowalsky open the ferry terminal?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("Tuesday");
  }

  @Test
  void theClauseSignalSeesTheAnswerBesideTheQuestionsWords() {
    // "Maria Kowalski, the mayor of Gdansk, opened the new ferry terminal": the person and the rest in one clause.
    Signals together = bot.retriever().retrieve("Who opened the ferry terminal in Gdansk?").signals();
    assertThat(together.clause()).isGreaterThan(0.5).isCloseTo(together.sentence(), within(1e-9));
    // No clause of "Dockworkers in Gdansk went on strike last spring over pay" holds a date: the type is missing.
    Signals noDate = bot.retriever().retrieve("When did the dockworkers in Gdansk go on strike?").signals();
    assertThat(noDate.sentence()).isGreaterThan(0.5);
    assertThat(noDate.clause()).isZero();
  }

  @Test
  void aPassageThatAnswersStandsOutFromTheRestOfWhatRetrievalFound() {
    // The terminal's paragraph holds every word of the question; the rest of the corpus a word here and there.
    Signals held = bot.retriever().retrieve("How much did the new ferry terminal in Gdansk cost?").signals();
    // A question about something the corpus lacks: the passages it finds each match one or two of its words.
    Signals lacking = bot.retriever().retrieve("How much did the new stadium in Leeds cost the city?").signals();
    assertThat(held.bm25Lead()).isPositive().isGreaterThan(lacking.bm25Lead() + 0.2);
    assertThat(held.denseLead()).isPositive().isGreaterThan(lacking.denseLead());
  }

  @Test
  void aGermanPassageStandsOutThroughItsGloss() {
    // The model reads German only through the English gloss: the lead is the glossed similarity's, not unknown.
    Signals held = bot.retriever().retrieve("Um wie viel Prozent stiegen die Mieten in den Innenbezirken von Berlin?")
        .signals();
    Signals lacking = bot.retriever().retrieve("Wie viel kostete das neue Stadion in Leeds?").signals();
    assertThat(held.denseUnknown()).isEqualTo(1.0);
    assertThat(held.denseLead()).isPositive().isGreaterThan(lacking.denseLead());
  }

  @Test
  void theAskedSignalWantsWhatIsAskedInASentenceAboutTheNames() {
    // "She was born in Malmo": the sentence after the one naming Anna Berg is about her.
    Signals born = measuring.retrieve("Where was Anna Berg born?").signals();
    assertThat(born.asked()).isEqualTo(1.0);
    assertThat(born.askedGap()).isZero();
    assertThat(born.notEnglish()).isZero();
    assertThat(born.denseGloss()).isZero();
    assertThat(born.dense()).isPositive();
    // The concert hall's seats are two sentences away from her name: asked for, never said of her.
    Signals seats = measuring.retrieve("How many people does Anna Berg's concert hall seat?").signals();
    assertThat(seats.sentence()).isGreaterThan(0.5);
    assertThat(seats.asked()).isZero();
    assertThat(seats.askedGap()).isEqualTo(1.0);
    // Without names every sentence counts.
    Signals noNames = measuring.retrieve("How many people does the old concert hall seat?").signals();
    assertThat(noNames.asked()).isGreaterThan(0.9);
  }

  @Test
  void theTypedAskedSignalsWantTheKindOfAnswerInTheSentenceThatSaysWhatIsAsked() {
    // "She was born in Malmo in 1980": the date beside what is asked, in a sentence about her (the one before names
    // her), but not naming her itself.
    Signals born = measuring.retrieve("When was Anna Berg born?").signals();
    assertThat(born.askedTyped()).isEqualTo(1.0);
    assertThat(born.askedNamed()).isZero();
    // "Anna Berg coaches the handball team of Lund" holds what is asked, but no date: a near miss.
    Signals since = measuring.retrieve("When did Anna Berg start coaching the handball team?").signals();
    assertThat(since.asked()).isGreaterThan(0.5);
    assertThat(since.askedTyped()).isZero();
    assertThat(since.askedNamed()).isZero();
    // "The terminal cost 40 million euros": an amount beside most of what is asked ("ferry" is in the sentence before,
    // which holds no amount); without names every sentence counts.
    Signals cost = measuring.retrieve("How much did the ferry terminal cost?").signals();
    assertThat(cost.askedTyped()).isGreaterThan(0.5).isLessThan(cost.asked() + 1e-9);
    assertThat(cost.askedNamed()).isEqualTo(cost.askedTyped());
  }

  @Test
  void aSignalTheModelDoesNotWeighIsMeasuredOnlyWhenEverySignalIsRecorded() {
    String question = "How much did the ferry terminal cost?";
    Retrieval answered = bot.retriever().retrieve(question);
    Retrieval recorded = measuring.retrieve(question);
    assertThat(recorded.signals().askedTyped()).isGreaterThan(0.5);
    assertThat(recorded.signals().asked()).isGreaterThan(0.5);
    assertThat(recorded.signals().conceptNovelty()).isPositive();
    assertThat(recorded.signals().sentenceDense()).isPositive();
    // on the answer path a signal the jar's model weighs is measured, one it does not weigh reads 0, and one it weighs
    // only for an English question on a foreign passage reads 0 on this English one
    Answerability model = Answerability.load();
    double[] onPath = answered.signals().values();
    double[] all = recorded.signals().values();
    for (String signal : List.of("asked", "askedGap", "conceptNovelty", "askedTyped", "askedNamed",
        "sentenceDense")) {
      int i = Signals.NAMES.indexOf(signal);
      boolean read = model.weighs(signal) && !model.weighsOnlyWith(signal, Signals.ENGLISH_ABROAD);
      assertThat(onPath[i]).as(signal).isEqualTo(read ? all[i] : 0);
    }
    assertThat(answered.confidence()).isEqualTo(recorded.confidence());
    assertThat(answered.signals().coverage()).isEqualTo(recorded.signals().coverage());
    assertThat(answered.type()).isEqualTo(AnswerType.NUMBER);
  }

  @Test
  void aModelWeighsTheSignalsItsFeaturesAndTheirDerivedFactorsReadFrom() {
    Answerability model = new Answerability(List.of("coverage", Signals.NOT_ENGLISH_HOME + "*bm25"),
        new double[] {1, 1}, 0, 0.5);
    assertThat(model.weighs("coverage")).isTrue();
    assertThat(model.weighs("bm25")).isTrue();
    assertThat(model.weighs("foreign")).isTrue();
    assertThat(model.weighs("notEnglish")).isTrue();
    assertThat(model.weighs("asked")).isFalse();
    assertThat(model.weighs("askedTyped")).isFalse();
    assertThat(model.weighsOnlyWith("bm25", Signals.NOT_ENGLISH_HOME)).isTrue();
    assertThat(model.weighsOnlyWith("coverage", Signals.NOT_ENGLISH_HOME)).isFalse();
    assertThat(model.weighsOnlyWith("asked", Signals.NOT_ENGLISH_HOME)).isFalse();
    Set<String> gates = Set.of(Signals.ENGLISH_HOME, Signals.NOT_ENGLISH_HOME, Signals.ENGLISH_ABROAD,
        Signals.NOT_ENGLISH_ABROAD);
    Answerability twoGates = new Answerability(List.of("coverage", Signals.ENGLISH_HOME + "*sentenceDense",
        Signals.ENGLISH_ABROAD + "*sentenceDense"), new double[] {1, 1, 1}, 0, 0.5);
    assertThat(twoGates.onlyThrough("sentenceDense", gates))
        .containsExactlyInAnyOrder(Signals.ENGLISH_HOME, Signals.ENGLISH_ABROAD);
    assertThat(twoGates.onlyThrough("coverage", gates)).isEmpty();
    assertThat(new Answerability(List.of("sentenceDense", Signals.ENGLISH_ABROAD + "*sentenceDense"),
        new double[] {1, 1}, 0, 0.5).onlyThrough("sentenceDense", gates)).isEmpty();
  }

  @Test
  void theSentenceSimilarityReadsWhatTheBestSentenceSays() {
    // Both name Anna Berg, and her sentences say where she was born, not where she was buried.
    Signals born = measuring.retrieve("In which city was Anna Berg born?").signals();
    Signals buried = measuring.retrieve("In which city was Anna Berg buried?").signals();
    assertThat(born.sentenceDense()).isGreaterThan(buried.sentenceDense() + 0.05);
    // The built-in model reads German through its English gloss, the sentences of a German passage too.
    assertThat(measuring.retrieve("Um wie viel Prozent stiegen die Mieten in Berlin?").signals().sentenceDense())
        .isPositive();
  }

  @Test
  void theComposerReadsAGermanQuestionAndGermanSentencesThroughTheirGloss() {
    String german = "Um wie viel Prozent stiegen die Mieten in Berlin?";
    String sentence = "In den Innenbezirken von Berlin stiegen die Mieten im vergangenen Jahr um zwölf Prozent.";
    Retrieval retrieval = measuring.retrieve(german);
    // the model reads no German as written
    assertThat(measuring.similarity(german, "de", List.of(sentence), "de")).isNull();
    // through the gloss: as the verdict read the best sentence (the question's vector the one kNN made)
    double[] cosines = measuring.similarity(retrieval, List.of(sentence, "Der Senat will nun eine strengere "
        + "Mietpreisbremse prüfen."), "de");
    assertThat(cosines[0]).isCloseTo(retrieval.signals().sentenceDense(), within(1e-6));
    assertThat(cosines[0]).as("the sentence the question asks about").isGreaterThan(cosines[1]);
  }

  @Test
  void evidenceUnderTheSureConfidenceIsNotSure() {
    String question = "In which city was Anna Berg born?";
    Retrieval unsure = bot.retriever().judgedBy(new Answerability(List.of("coverage"), new double[] {1}, 0, 0.5, 0.9))
        .retrieve(question);
    assertThat(unsure.evidence()).isTrue();
    assertThat(unsure.confidence()).isBetween(0.5, 0.9);
    assertThat(unsure.sure()).isFalse();
    assertThat(bot.retriever().judgedBy(new Answerability(List.of("coverage"), new double[] {1}, 0, 0.5, 0.5))
        .retrieve(question).sure()).isTrue();
  }

  @Test
  void aQuestionOfNothingButNamesIsSureOnlyWhereItsBestSentenceReadsLikeIt() {
    String question = "Who is Anna Berg?";
    Retrieval recorded = measuring.retrieve(question);
    assertThat(recorded.signals().namesOnly()).isEqualTo(1.0);
    double like = recorded.signals().sentenceDense();
    assertThat(like).isPositive();
    // the model weighs no sentence similarity: the sure level alone has it measured, as a refit records it
    Retriever under = bot.retriever().judgedBy(
        new Answerability(List.of("coverage"), new double[] {1}, 0, 0.5, 0.5, like - 0.01));
    Retrieval kept = under.retrieve(question);
    assertThat(kept.signals().sentenceDense()).isCloseTo(like, within(1e-6));
    assertThat(kept.evidence()).isTrue();
    assertThat(kept.sure()).isTrue();
    Retriever over = bot.retriever().judgedBy(
        new Answerability(List.of("coverage"), new double[] {1}, 0, 0.5, 0.5, like + 0.01));
    Retrieval doubted = over.retrieve(question);
    assertThat(doubted.evidence()).as("answered, as the closest match").isTrue();
    assertThat(doubted.confidence()).isEqualTo(kept.confidence());
    assertThat(doubted.sure()).isFalse();
    // a question that asks more than its names, and one in another language, are not read so
    Retriever high = bot.retriever().judgedBy(
        new Answerability(List.of("coverage"), new double[] {1}, 0, 0.5, 0.5, 0.99));
    assertThat(high.retrieve("In which city was Anna Berg born?").sure()).isTrue();
    assertThat(high.retrieve("In welcher Stadt wurde Anna Berg geboren?").sure()).isTrue();
    assertThat(Answerability.load().readsNamesOnly(false, false, true)).as("the jar's model reads it").isTrue();
  }

  @Test
  void aSentenceSimilarityWeighedThroughOneGateIsReadOnlyWhereThatGateCanBeOne() {
    String german = "Um wie viel Prozent stiegen die Mieten in Berlin?";
    String english = "In which city was Anna Berg born?";
    Retriever germanAtHome = bot.retriever().judgedBy(new Answerability(
        List.of("coverage", Signals.NOT_ENGLISH_HOME + "*sentenceDense"), new double[] {1, 1}, 0, 0.5));
    assertThat(germanAtHome.retrieve(german).signals().sentenceDense()).isPositive();
    assertThat(germanAtHome.retrieve(english).signals().sentenceDense()).isZero();
    Retriever englishAtHome = bot.retriever().judgedBy(new Answerability(
        List.of("coverage", Signals.ENGLISH_HOME + "*sentenceDense"), new double[] {1, 1}, 0, 0.5));
    assertThat(englishAtHome.retrieve(english).signals().sentenceDense()).isPositive();
    assertThat(englishAtHome.retrieve(german).signals().sentenceDense()).isZero();
    // read as every signal is for a refit, the same similarities (to the float the model rounds to: another CPU
    // may sum its vectors in another order)
    assertThat(germanAtHome.retrieve(german).signals().sentenceDense())
        .isCloseTo(measuring.retrieve(german).signals().sentenceDense(), within(1e-6));
    assertThat(englishAtHome.retrieve(english).signals().sentenceDense())
        .isCloseTo(measuring.retrieve(english).signals().sentenceDense(), within(1e-6));
    // an English question on the German passage: read (through the passage's gloss) only by a model that weighs it
    // for English questions abroad, and as a refit records it
    String abroad = "By how many percent did rents in Berlin rise?";
    assertThat(measuring.retrieve(abroad).signals().foreign()).isEqualTo(1.0);
    Retriever englishAbroad = bot.retriever().judgedBy(new Answerability(
        List.of("coverage", Signals.ENGLISH_ABROAD + "*sentenceDense"), new double[] {1, 1}, 0, 0.5));
    assertThat(englishAbroad.retrieve(abroad).signals().sentenceDense()).isPositive()
        .isCloseTo(measuring.retrieve(abroad).signals().sentenceDense(), within(1e-6));
    assertThat(englishAbroad.retrieve(english).signals().sentenceDense()).isZero();
    assertThat(englishAbroad.retrieve(german).signals().sentenceDense()).isZero();
    assertThat(englishAtHome.retrieve(abroad).signals().sentenceDense()).isZero();
    // weighed through two gates (as the jar's model does): read where either can be 1, not for the German question
    Retriever englishEverywhere = bot.retriever().judgedBy(new Answerability(List.of("coverage",
        Signals.ENGLISH_HOME + "*sentenceDense", Signals.ENGLISH_ABROAD + "*sentenceDense"), new double[] {1, 1, 1}, 0,
        0.5));
    assertThat(englishEverywhere.retrieve(english).signals().sentenceDense()).isPositive();
    assertThat(englishEverywhere.retrieve(abroad).signals().sentenceDense()).isPositive();
    assertThat(englishEverywhere.retrieve(german).signals().sentenceDense()).isZero();
    // a German question on an English passage: read only by a model that weighs it for questions not in English
    // abroad (through both glosses), as a refit records it; not by the English gates', nor by the one at home
    String germanAbroad = "In welcher Stadt wurde Anna Berg geboren?";
    assertThat(measuring.retrieve(germanAbroad).signals().foreign()).isEqualTo(1.0);
    assertThat(measuring.retrieve(germanAbroad).signals().notEnglish()).isEqualTo(1.0);
    Retriever notEnglishAbroad = bot.retriever().judgedBy(new Answerability(
        List.of("coverage", Signals.NOT_ENGLISH_ABROAD + "*sentenceDense"), new double[] {1, 1}, 0, 0.5));
    assertThat(notEnglishAbroad.retrieve(germanAbroad).signals().sentenceDense()).isPositive()
        .isCloseTo(measuring.retrieve(germanAbroad).signals().sentenceDense(), within(1e-6));
    assertThat(notEnglishAbroad.retrieve(german).signals().sentenceDense()).isZero();
    assertThat(notEnglishAbroad.retrieve(english).signals().sentenceDense()).isZero();
    assertThat(notEnglishAbroad.retrieve(abroad).signals().sentenceDense()).isZero();
    assertThat(englishEverywhere.retrieve(germanAbroad).signals().sentenceDense()).isZero();
    assertThat(germanAtHome.retrieve(germanAbroad).signals().sentenceDense()).isZero();
  }

  @Test
  void theSentenceSimilarityReadsEachJudgedPassagesBestSentenceOnceAndTheQuestionOnce() {
    ReadingEmbeddings model = new ReadingEmbeddings();
    Retriever retriever = new Retriever(bot.index(), model, Set.of("en"), Translations.NONE).measuringEverySignal();
    String question = "How many people fit in the city's old concert hall?";
    Retrieval retrieval = retriever.retrieve(question);
    assertThat(retrieval.signals().sentenceDense()).isPositive();
    // the question once (for kNN), then one sentence of each judged passage, in one batch
    assertThat(model.read().get(0)).isEqualTo(question);
    assertThat(model.read().subList(1, model.read().size())).doesNotContain(question).hasSizeBetween(1, Evidence.JUDGED)
        .contains("The city's old concert hall seats 1,200 people and reopens in May.");
    // the composer asks again for the question's vector and for the best sentences: all already read
    int before = model.read().size();
    double[] cosines = retriever.similarity(question, "en",
        List.of("The city's old concert hall seats 1,200 people and reopens in May."), "en");
    assertThat(model.read()).hasSize(before);
    assertThat(cosines[0]).isCloseTo(retrieval.signals().sentenceDense(), within(1e-6));
  }

  @Test
  void aNearMissByMeaningScoresLowerThanTheAnswerableParaphrase() {
    // Each pair names the same people and things; the paraphrase asks what a sentence says in other words ("took
    // three years to build", "born in Malmo"), the near miss what no sentence says.
    Signals build = measuring.retrieve("How long did building the ferry terminal take?").signals();
    Signals closed = measuring.retrieve("How long did the ferry terminal stay closed?").signals();
    assertThat(build.sentenceDense()).isGreaterThan(closed.sentenceDense() + 0.05);
    Signals from = measuring.retrieve("Where does Anna Berg come from?").signals();
    Signals buried = measuring.retrieve("In which city was Anna Berg buried?").signals();
    assertThat(from.sentenceDense()).isGreaterThan(buried.sentenceDense() + 0.05);
  }

  @Test
  void aQuestionThatAsksNothingBeyondItsNamesIsLeftToTheKeptModelBySentenceSimilarity() {
    // "What did Maria Kowalski say?": every key term a name, so no sentence can resemble the statement it asks for
    String said = "What did Maria Kowalski say?";
    assertThat(measuring.retrieve(said).signals().namesOnly()).isEqualTo(1.0);
    assertThat(measuring.retrieve("What did Maria Kowalski open?").signals().namesOnly()).isZero();
    // a model that refuses English questions whose best sentence is not close enough in meaning
    double born = measuring.retrieve("In which city was Anna Berg born?").signals().sentenceDense();
    double buried = measuring.retrieve("In which city was Anna Berg buried?").signals().sentenceDense();
    double mid = (born + buried) / 2;
    Retriever bySentence = bot.retriever().judgedBy(new Answerability(
        List.of(Signals.ENGLISH_HOME, Signals.ENGLISH_HOME + "*sentenceDense"), new double[] {-100 * mid, 100}, 1,
        0.5));
    assertThat(bySentence.retrieve("In which city was Anna Berg buried?").evidence()).isFalse();
    assertThat(bySentence.retrieve("In which city was Anna Berg born?").evidence()).isTrue();
    // the plain question keeps the verdict without the gate (inside it, its sentence would be refused), and pays no
    // sentence embedding
    assertThat(measuring.retrieve(said).signals().sentenceDense()).isLessThan(mid);
    Retrieval plain = bySentence.retrieve(said);
    assertThat(plain.evidence()).isTrue();
    assertThat(plain.signals().sentenceDense()).isZero();
  }

  @Test
  void aNumberThePassageNeverWritesIsANearMissButAYearGivenAsContextIsNot() {
    // The storm's passage says 120 kilometres an hour and no year; 40 and 1980 are in other articles (the terminal's
    // cost, Anna Berg's birth), so no rule for names the articles never mention refuses them first.
    assertThat(ask("Which ports did the storm with winds of 120 kilometres an hour close?"))
        .isInstanceOf(Answer.Grounded.class);
    assertThat(ask("Which ports did the storm with winds of 40 kilometres an hour close?"))
        .isInstanceOf(Answer.NoEvidence.class);
    assertThat(bot.retriever().retrieve("Which ports did the storm with winds of 40 kilometres an hour close?")
        .reason()).isEqualTo("the passage never says 40");
    assertThat(ask("Which ports did the storm with winds of 120 kilometres an hour close in 1980?"))
        .isInstanceOf(Answer.Grounded.class);
  }

  @Test
  void anEraMarkerBesideAYearIsNoNameTheArticlesMustHold() {
    // no article writes "AD" or "CE": read as names, the markers refused the question for a word it does not need
    for (String question : List.of("Which ports did the storm with winds of 120 kilometres an hour close in 1980 AD?",
        "Which ports did the storm with winds of 120 kilometres an hour close in 1980CE?")) {
      Retrieval r = bot.retriever().retrieve(question);
      assertThat(r.concepts()).extracting(Retrieval.Concept::word).contains("1980").doesNotContain("AD", "CE",
          "1980CE");
      assertThat(ask(question)).as(question).isInstanceOf(Answer.Grounded.class);
    }
    assertThat(bot.retriever().retrieve("Which ports did the storm with winds of 120 kilometres an hour close in ADAC?")
        .reason()).isEqualTo("the articles never mention ADAC");
  }

  @Test
  void theQuestionsOwnWordsAreFullyTrusted() {
    Signals own = bot.retriever().retrieve("How much did the ferry terminal cost?").signals();
    assertThat(own.trust()).isEqualTo(1.0);
    assertThat(Signals.NONE.trust()).isZero();
  }

  @Test
  void aJudgedPassageTheModelWouldRefuseOnItsOwnIsDoubted() {
    // a model of coverage alone: a passage holding half the question's weight or more answers (0.5 at coverage 0.5)
    String question = "How much did the new ferry terminal in Gdansk cost?";
    Retriever byCoverage = bot.retriever().judgedBy(new Answerability(List.of("coverage"), new double[] {20}, -10,
        0.5));
    Retrieval judged = byCoverage.retrieve(question);
    assertThat(judged.evidence()).isTrue();
    assertThat(judged.passages()).hasSizeGreaterThan(1);
    Passage terminal = judged.passages().get(0);
    assertThat(terminal.text()).contains("40 million euros");
    // the strike's paragraph says "Gdansk" and nothing else of the question: judged, and refused on its own
    assertThat(judged.doubted()).isNotEmpty().doesNotContain(terminal)
        .isSubsetOf(judged.passages().subList(0, Math.min(Evidence.JUDGED, judged.passages().size())))
        .anySatisfy(p -> assertThat(p.text()).startsWith("Dockworkers in Gdansk"));
    // at threshold 0 every judged passage would answer on its own
    Retriever acceptingAll = bot.retriever().judgedBy(new Answerability(List.of("coverage"), new double[] {20}, -10,
        0));
    assertThat(acceptingAll.retrieve(question).doubted()).isEmpty();
  }
}
