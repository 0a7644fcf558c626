package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.retrieval.Passage;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import briefbot.retrieval.Translations;
import briefbot.testing.HandMadeCorpus;
import briefbot.testing.ReadingEmbeddings;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Which sentences an offline answer is made of, on a small hand-made corpus (real index, real retrieval). */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class ExtractiveComposerTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("bridge", "en", "Leeds council and the old bridge",
        "The council of Leeds met on Monday to discuss the future of the old iron bridge over the Aire. It voted to "
            + "tear it down and to dig a tunnel instead. Cafes along the river stayed open during the meeting.");
    corpus.article("market", "en", "Market in Leeds",
        "The covered market of Leeds reopened after a year of repairs to its glass roof.");
    corpus.article("wahl", "de", "Gemeinderat in Lund",
        "Der Gemeinderat von Lund beriet am Montag lange über die alte Holzbrücke am Hafen. Er beschloss, sie "
            + "abzureißen und eine Fähre einzusetzen. Die Cafés am Hafen blieben während der Sitzung geöffnet.");
    corpus.article("ora", "en", "Rita Ora",
        "Rita Ora, the English singer, came into the world on 26 November 1990. Rita Ora was born in Pristina to "
            + "Albanian parents, the singer has said. Her father ran a pub in London.");
    corpus.article("chor", "de", "Der Chor von Lund",
        "Der Chor der Universität gab im Dom von Lund 2009 ein erstes, kurzes Konzert. Der Chor von Lund gab sein "
            + "erstes Konzert im Mai 1998. Heute singen dort vierzig Stimmen.");
    corpus.article("dredge", "en", "Lund's old harbour",
        "The old harbour of Lund was dredged in 1998 by a Danish firm called Rohde. The old harbour of Lund is now a "
            + "marina run by a firm from Malmo. Fishing boats land herring there every morning.");
    corpus.article("lee", "en", "Lee Min-ho",
        "Lee Min-ho was born in Seoul in 1987. As a child, Lee dreamt of a career as a professional football player. "
            + "An injury in the fifth grade of elementary school put an end to it. In his second year of high school, "
            + "Lee turned to acting.");
    corpus.article("storm", "en", "Storm in Tarnow",
        "The storm in Tarnow damaged about 1,200 homes on Friday. Rescue teams from Krakow reached the town by boat. "
            + "The teams evacuated the main hospital of Tarnow first.");
    corpus.article("count", "en", "Tarnow counts the damage",
        "Up to 2,000 homes in Tarnow were damaged, the fire service said.");
    corpus.article("railtunnel", "en", "The tunnel under the fjord",
        "The new rail tunnel under the fjord is 14 kilometres long, the builders said. Trains will use it from May.");
    corpus.article("roadtunnel", "en", "Tolls on the fjord",
        "The road tunnel under the fjord was a long job: it cost 300 million crowns.");
    corpus.article("mooring", "en", "Mooring in Ystad",
        "Every boat that stays overnight needs a mooring permit from the harbour office.",
        "Mooring permits for visitors to Ystad, : visitors to the marina of Ystad pay for a mooring permit at the "
            + "kiosk by the pier.");
    corpus.article("anchoring", "en", "Anchoring in Simrishamn",
        "Every boat that stays overnight needs an anchoring licence from the port office.",
        "Visitors to the marina of Simrishamn pay for an anchoring licence at the kiosk by the pier.");
    corpus.article("kalmar", "en", "Kalmar's factories slow down",
        "Factory output in Kalmar rose again in November, though more slowly than in October.",
        "The statistics office said production grew by 0.3%, after 0.6% a month earlier. Carmakers built fewer vans.");
    corpus.article("visby", "en", "Visby's quay",
        "The harbour of Visby reopened in May after the quay was mended. The ferry from Nynashamn docks there again.",
        "The work cost 40 million crowns, paid by the island's council.");
    corpus.article("pumas", "en", "Umea 21-19 Lulea",
        "A dropped goal in injury time stole victory for Umea from Lulea at the North Park on Saturday.",
        "Nilsson kicked all of Umea's points, with two dropped goals and five penalties. An impressive Lulea side "
            + "appeared in control until the dying seconds. The visitors shocked the home side early on with a try "
            + "from Erik Berg. Berg was carried off later with a knee injury.");
    corpus.article("prize", "en", "Three Swedes on the Orebro list",
        "Three Swedish authors have made the shortlist for the first international Orebro book prize.",
        "Anna Holm and Per Lind have also been named. The new shortlist holds 18 writers from 12 countries. The new "
            + "£60,000 award is open to writers of any nationality who write in Swedish.");
    corpus.article("column", "nl", "Column over werkdruk",
        "Anna de Wit is psycholoog in Utrecht en schreef een boek over burn-out. Elke dinsdag geeft zij in deze krant "
            + "haar kijk op stress op kantoor. Vandaag gaat het over de lunchpauze.");
    corpus.article("ballet", "en", "Fears for ballet in Kiruna",
        "There are fears that Kiruna could have fewer ballet dancers in the future. The number of children taking "
            + "ballet exams in Kiruna drops by half after the age of ten.");
    corpus.article("gig", "en", "A night at the Gavle arena",
        "The drummer played for three hours at the Gavle arena. No doubt about it. The crowd sang every chorus.");
    corpus.article("hodges", "en", "Hodges ends his career",
        "Lulea forward Dave Hodges, who has 54 caps, has ended his playing career.");
    corpus.article("walder", "en", "Umea win at the death",
        "Dave Walder won the game for Canada with a late dropped goal against Skelleftea.");
    bot = corpus.open();
  }

  private static Answer ask(String question) {
    return bot.answerer().ask(Question.of(question));
  }

  @Test
  void theSentenceAfterTheBestOneFollowsIt() {
    // The question's words are all in the first sentence; what the council decided is only in the second.
    Answer answer = ask("What did the council of Leeds do about the old iron bridge over the Aire?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("to dig a tunnel");
    assertThat(answer.text().indexOf("old iron bridge")).isLessThan(answer.text().indexOf("to dig a tunnel"));
  }

  @Test
  void theSentenceAfterTheBestOneFollowsItInGermanToo() {
    Answer answer = ask("Was tat der Gemeinderat von Lund mit der alten Holzbrücke am Hafen?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("eine Fähre einzusetzen");
  }

  @Test
  void aDutchSentenceWhosePronounFollowsTheVerbComesAfterTheOneBefore() {
    // "Elke dinsdag geeft zij ..." holds the question's words; who "zij" is, is said in the sentence before.
    Answer answer = ask("Wie geeft elke dinsdag haar kijk op stress op kantoor?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("Anna de Wit is psycholoog in Utrecht");
    assertThat(answer.text().indexOf("Anna de Wit")).isLessThan(answer.text().indexOf("Elke dinsdag geeft zij"));
  }

  @Test
  void aPronounAfterTheVerbLeansOnTheSentenceBeforeOnlyAsTheMainClausesSubject() {
    assertThat(Neighbours.leansBack("Elke maandag geeft hij zijn kijk op stress op het werk.", "nl")).isTrue();
    assertThat(Neighbours.leansBack("Zuvor war sie Mitglied im Stadtrat von Kokkola.", "de")).isTrue();
    assertThat(Neighbours.leansBack("Jansen zei dat hij niet meer komt.", "nl")).isFalse();
    assertThat(Neighbours.leansBack("Vandaag zijn er veel teken in het bos.", "nl")).isFalse();
    assertThat(Neighbours.leansBack("Am Montag sagte er nichts.", "de")).isFalse();
    assertThat(Neighbours.leansBack("In 1909 he married Rose Knox.", "en")).isFalse();
  }

  @Test
  void aStandfirstGoesOnInTheNextParagraphWhoseAnsweringSentenceLeads() {
    // The one-sentence opening paragraph holds every key term of the question; the figure is in the next paragraph,
    // which holds none of them ("production grew", not "output rose"): it leads, the standfirst after it.
    Answer answer = ask("How much did factory output in Kalmar rise in November?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("The statistics office said production grew by 0.3%")
        .contains("Factory output in Kalmar rose again in November");
    assertThat(((Answer.Grounded) answer).citations()).extracting(Citation::paragraph).containsExactly(2, 1);
  }

  @Test
  void theNextParagraphsSentenceThatSaysWhatTheStandfirstLacksLeads() {
    // The standfirst says the match, the teams and the ground; the next paragraph's first sentence names a player but
    // not the try, its third names the try and who scored it: that one leads, the first stays out.
    Answer answer = ask("Who scored Lulea's try against Umea at the North Park?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("The visitors shocked the home side early on with a try from Erik Berg.")
        .contains("A dropped goal in injury time stole victory").doesNotContain("Nilsson kicked");
  }

  @Test
  void theSentenceLeadingAfterAStandfirstHoldsTheKindOfFigureAsked() {
    // Asked what a prize is worth, the sentence with a count ("18 writers") says "new" as the one with the amount of
    // money does, and comes first: the amount leads.
    Answer answer = ask("How much is the new international Orebro book prize worth?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("The new £60,000 award is open to writers").doesNotContain("18 writers");
  }

  @Test
  void onlyAOneSentenceOpeningParagraphGoesOnInTheNextParagraph() {
    // The lead's paragraph has a sentence after it, which comes next; the cost in the next paragraph stays out.
    Answer answer = ask("When did the harbour of Visby reopen?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("reopened in May", "ferry from Nynashamn").doesNotContain("40 million");
  }

  @Test
  void theNextParagraphIsReadFromTheIndex() {
    Passage first = bot.retriever().retrieve("How much did factory output in Kalmar rise in November?").passages()
        .stream().filter(p -> p.articleId().equals("kalmar") && p.paragraph() == 1).findFirst().orElseThrow();
    Passage second = bot.retriever().nextParagraph(first).orElseThrow();
    assertThat(second.paragraph()).isEqualTo(2);
    assertThat(second.text()).startsWith("The statistics office said production grew by 0.3%");
    assertThat(bot.retriever().nextParagraph(second)).isEmpty();
  }

  @Test
  void theSentenceAfterTheNextOneComesThirdWhenItSpeaksOfTheQuestion() {
    // The question's words are in the first two sentences; what Lee turned to is in the one after them, which holds
    // only the question's name.
    Answer answer = ask("After an injury ended Lee's dream of a career as a football player, what did Lee pursue?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("football player", "An injury", "Lee turned to acting");
    assertThat(answer.text().indexOf("An injury")).isLessThan(answer.text().indexOf("turned to acting"));
    // A third sentence of the passage that holds none of the question's key terms stays out.
    assertThat(ask("What did the council of Leeds do about the old iron bridge over the Aire?").text())
        .contains("to dig a tunnel").doesNotContain("Cafes");
  }

  @Test
  void aSentenceThatSaysWhatWasAskedInOtherWordsLeads() {
    // "was born in Pristina" shares every key word of the question; the date is said in other words before it. "Rita
    // Ora was born" also says two of the question's phrases ("singer Rita", "Rita Ora"; the date sentence one), but no
    // date: asked "when", it gets no phrase bonus over the sentence holding one.
    Answer answer = ask("When was the singer Rita Ora born?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("Rita Ora, the English singer, came into the world on 26 November 1990.");
  }

  @Test
  void aSentenceThatSaysTheQuestionsPhrasesLeads() {
    // Both sentences hold every key term and a year; only the second says "Chor von Lund" and "erstes Konzert" as the
    // question does (the first is another choir's first concert in Lund).
    Answer answer = ask("Wann gab der Chor von Lund sein erstes Konzert?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("Der Chor von Lund gab sein erstes Konzert im Mai 1998.");
  }

  @Test
  void phrasesAreComparedByTheLanguagesStems() {
    // The analyser's stems, as the question's key terms are matched: "studies" and "studying" are one stem (their
    // first five letters differ), "states" and "statements" are not (their first five letters are the same).
    assertThat(Phrases.shareSaid(Phrases.contentWords("When did the physics studies begin?", "en"),
        "Her physics studying began in 1990.", "en")).isGreaterThan(0);
    assertThat(Phrases.shareSaid(Phrases.contentWords("What did the United States sign?", "en"),
        "The united statements were signed.", "en")).isZero();
    assertThat(Phrases.shareSaid(Phrases.contentWords("Where did Beyonce record songs?", "en"),
        "Beyoncé recorded songs in Houston.", "en")).isEqualTo(1.0);
    assertThat(Phrases.shareSaid(
        Phrases.contentWords("Wann gab der Chor sein erstes Konzert?", "de"),
        "Der Chor gab im Mai sein erstes Konzerts.", "de")).isGreaterThan(0);
  }

  @Test
  void aSentenceThatCannotLeadIsNotEmbedded() {
    // The first sentence says all that was asked, and the model reads it as close to the question; the second shares
    // most key terms (over half the first one's score, so it is compared), but its score is below the first one's
    // score x cosine: whatever its own cosine (at most 1), it cannot lead, so it is not embedded.
    ReadingEmbeddings model = new ReadingEmbeddings();
    Retriever retriever = new Retriever(bot.index(), model, Set.of("en"), Translations.NONE);
    ExtractiveComposer composer = new ExtractiveComposer(retriever, new Links("https://bot.example.org"));
    Answer answer = composer.compose(retriever.retrieve("Which Danish firm dredged the old harbour of Lund?"));
    assertThat(answer.text()).startsWith("The old harbour of Lund was dredged in 1998 by a Danish firm called Rohde.");
    assertThat(answer.text()).contains("The old harbour of Lund is now a marina run by a firm from Malmo.");
    assertThat(model.read()).contains("The old harbour of Lund was dredged in 1998 by a Danish firm called Rohde.")
        .doesNotContain("The old harbour of Lund is now a marina run by a firm from Malmo.");
  }

  @Test
  void noSentenceOfAPassageTheVerdictDoubtsLeads() {
    // The harbour's paragraph holds the answer; were the verdict to doubt it (its confidence under the threshold,
    // though another judged passage's is over), the answer leads with another passage's sentence.
    String question = "Which Danish firm dredged the old harbour of Lund?";
    Retrieval retrieval = bot.retriever().retrieve(question);
    Passage harbour = retrieval.passages().get(0);
    assertThat(harbour.articleId()).isEqualTo("dredge");
    ExtractiveComposer composer = new ExtractiveComposer(bot.retriever(), new Links("https://bot.example.org"));
    assertThat(composer.compose(retrieval).text()).startsWith("The old harbour of Lund was dredged");
    Retrieval doubting = new Retrieval(retrieval.question(), retrieval.language(), retrieval.passages(), true,
        retrieval.reason(), retrieval.concepts(), retrieval.signals(), retrieval.confidence(), retrieval.sentences(),
        retrieval.type(), Set.of(harbour), true);
    Answer answer = composer.compose(doubting);
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).doesNotStartWith("The old harbour of Lund");
    assertThat(((Answer.Grounded) answer).citations().get(0).articleId()).isNotEqualTo("dredge");
  }

  @Test
  void anAnswerTheVerdictIsNotSureOfIsMarkedSoWithTheSameSentences() {
    String question = "Which Danish firm dredged the old harbour of Lund?";
    Retrieval retrieval = bot.retriever().retrieve(question);
    ExtractiveComposer composer = new ExtractiveComposer(bot.retriever(), new Links("https://bot.example.org"));
    Answer.Grounded sure = (Answer.Grounded) composer.compose(retrieval);
    Retrieval unsure = new Retrieval(retrieval.question(), retrieval.language(), retrieval.passages(), true,
        retrieval.reason(), retrieval.concepts(), retrieval.signals(), retrieval.confidence(), retrieval.sentences(),
        retrieval.type(), retrieval.doubted(), false);
    Answer.Grounded closest = (Answer.Grounded) composer.compose(unsure);
    assertThat(sure.sure()).isTrue();
    assertThat(closest.sure()).isFalse();
    // the opening that calls it the closest match is the answerer's, written in one place (AskedFigureTest)
    assertThat(closest.text()).isEqualTo(sure.text());
    assertThat(closest.citations()).isEqualTo(sure.citations());
    assertThat(AnswerJson.of(closest).path("sure").asBoolean(true)).isFalse();
    assertThat(AnswerJson.of(sure).path("sure").asBoolean(false)).isTrue();
  }

  @Test
  void aRefusalThatCameNearOffersTheClosestParagraphsToReadAndCitesNothing() {
    Retrieval retrieval = bot.retriever().retrieve("Which Danish firm dredged the old harbour of Lund?");
    ExtractiveComposer composer = new ExtractiveComposer(bot.retriever(), new Links("https://bot.example.org"));

    Answer.NoEvidence near = composer.refuse(refused(retrieval, 0.5));
    assertThat(near.closest()).hasSizeBetween(1, 2).extracting(Citation::n).startsWith(1);
    assertThat(near.closest().get(0).articleId()).isEqualTo("dredge");
    assertThat(near.closest().get(0).url()).isEqualTo("https://bot.example.org/articles/dredge#p1");
    assertThat(near.closest()).extracting(c -> c.articleId() + "#" + c.paragraph()).doesNotHaveDuplicates();
    assertThat(near.text()).startsWith("I found nothing").contains("These paragraphs came closest");
    assertThat(AnswerJson.of(near).path("citations")).isEmpty();
    assertThat(AnswerJson.of(near).path("closest").get(0).path("articleId").asText()).isEqualTo("dredge");

    Answer.NoEvidence far = composer.refuse(refused(retrieval, 0.1));
    assertThat(far.closest()).isEmpty();
    assertThat(far.text()).doesNotContain("closest");
    assertThat(AnswerJson.of(far).has("closest")).isFalse();
  }

  /** The same retrieval as the verdict would leave it refusing at {@code confidence}. */
  private static Retrieval refused(Retrieval r, double confidence) {
    return new Retrieval(r.question(), r.language(), r.passages(), false, "confidence " + confidence, r.concepts(),
        r.signals(), confidence, r.sentences(), r.type(), Set.copyOf(r.passages()), false);
  }

  @Test
  void askedHowManyTheDifferingFiguresOfTwoSourcesStandSideBySide() {
    // Two articles give the damage in different figures: asked "how many", the answer shows both, each cited.
    Answer answer = ask("How many homes did the storm in Tarnow damage?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).contains("about 1,200 homes", "Up to 2,000 homes");
    assertThat(((Answer.Grounded) answer).citations()).extracting(Citation::articleId).contains("storm", "count");
  }

  @Test
  void aFigureInTheLeadBringsNoOtherArticlesFigureWhenTheQuestionAsksForNone() {
    // The lead holds a figure, but the question asks what was damaged, not how much: the other article's figure does
    // not take the third place, the lead's passage goes on.
    Answer answer = ask("What did the storm in Tarnow damage?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("The storm in Tarnow damaged about 1,200 homes on Friday.")
        .contains("The teams evacuated the main hospital of Tarnow first.").doesNotContain("2,000");
  }

  @Test
  void aLeadFromASectionUnderAHeadingGivesWayToThePagesIntroduction() {
    // The section's heading repeats the question's words; the page's introduction, retrieved too, says what the page
    // is about and leads, the section follows.
    Answer answer = ask("Where do I get a mooring permit in Ystad?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("Every boat that stays overnight needs a mooring permit");
    assertThat(((Answer.Grounded) answer).citations().get(0).paragraph()).isEqualTo(1);
  }

  @Test
  void aLeadFromAParagraphUnderNoHeadingStays() {
    // The same page without the heading: the best-covering paragraph leads, not the introduction.
    Answer answer = ask("Where do I get an anchoring licence in Simrishamn?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("Visitors to the marina of Simrishamn pay");
  }

  @Test
  void askedHowLongAnotherArticlesFigureWithoutTheLeadsWeightiestTermStaysOut() {
    // The question names nothing; the lead's weightiest key term is "rail". The road tunnel's sentence shares
    // "tunnel", "fjord" and "long" and has a figure, but its cost is no other figure for the rail tunnel's length.
    Answer answer = ask("How long is the rail tunnel under the fjord?");
    assertThat(answer).isInstanceOf(Answer.Grounded.class);
    assertThat(answer.text()).startsWith("The new rail tunnel under the fjord is 14 kilometres long")
        .doesNotContain("300 million");
  }

  @Test
  void anotherArticlesSentenceJoinsOnlyWithTheLastWordOfTheQuestionsName() {
    // Retrieval counts "Dave" of "Dave Walder" for both words of "Dave Hodges", and the sentence on Walder holds "won"
    // and "Canada", which the lead lacks.
    Answer answer = ask("How many caps has Dave Hodges won for Canada?");
    assertThat(answer.text()).contains("54 caps").doesNotContain("Walder");
  }

  @Test
  void anotherArticlesSentenceJoinsOnlyWhenItSpeaksOfTheQuestionsSubject() {
    // The question names no one, so every other article's sentence used to be "on subject": a concert review's "No
    // doubt about it." completed the answer for holding the one key term the lead lacks.
    Answer answer = ask("Why is the future of ballet in doubt?");
    assertThat(answer.text()).contains("fewer ballet dancers").doesNotContain("No doubt about it");
  }

  @Test
  void anotherArticlesFigureComesOnlyWithTheLeadsNameOrWeightiestTerm() {
    // A river's length: the lead holds "Mono" (the weightiest key term) and "Fluss"; a temple's sentence from another
    // article holds only "Fluss" and a figure, and is no other figure for the river's length.
    Passage river = passage("river");
    Passage temple = passage("temple");
    List<Retrieval.Concept> concepts = List.of(
        new Retrieval.Concept("fluss", false, 1.0, Map.of()),
        new Retrieval.Concept("mono", false, 4.0, Map.of()),
        new Retrieval.Concept("tarnow", true, 0.5, Map.of()));
    Candidate lead = Candidate.of(river, 0, "Der längste Fluss ist der Mono mit rund 400 km Länge.", bits(0, 1),
        1, true);
    Candidate shrine = Candidate.of(temple, 0, "12 Tempel liegen an der dem Fluss zugewandten Seite.", bits(0), 1,
        true);
    Candidate length = Candidate.of(temple, 1, "Der Mono ist 467 km lang.", bits(1), 1, true);
    assertThat(ExtractiveComposer.holdsTheAskedSubject(shrine, lead, concepts)).isFalse();
    assertThat(ExtractiveComposer.holdsTheAskedSubject(length, lead, concepts)).isTrue();
    // A name of the question the lead holds is enough, though lighter than the lead's weightiest term.
    Candidate named = Candidate.of(temple, 2, "In Tarnow 2,000 homes.", bits(2), 1, true);
    assertThat(ExtractiveComposer.holdsTheAskedSubject(named, lead, concepts)).isFalse();
    assertThat(ExtractiveComposer.holdsTheAskedSubject(named, Candidate.of(river, 1, "x", bits(0, 1, 2), 1, true),
        concepts)).isTrue();
  }

  private static Passage passage(String article) {
    return new Passage(article, article, "", "", null, "de", 1, null, "", null, 1);
  }

  private static BitSet bits(int... set) {
    BitSet out = new BitSet();
    for (int i : set) {
      out.set(i);
    }
    return out;
  }
}
