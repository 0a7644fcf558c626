package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A sentence that names what the question names but puts another word in the place of one of its words (another
 * number, the opposite, a "not" one side lacks) is given as the closest match, never as sure: SQuAD 2.0's adversarial
 * questions ("Who returned for his eighth appearance?" over "his fourth appearance").
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class SwappedWordsTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    bot = corpus
        .article("marlow", "en", "Harbour Lights, the new Marlow film",
            "Harbour Lights is the fourth film in the Marlow series and was shot at Elstow Studios in March 2015.",
            "During a break in filming, director Ines Varga had minor surgery on her knee in Lisbon.",
            "Varga said she would be returning to direct the next Marlow film in two years.")
        .article("ferry", "en", "Ferry strike halts crossings to the islands",
            "A strike by ferry crews halted all crossings to the islands on Tuesday.",
            "The union said it was the eighth strike since January and would last until pay talks resumed.",
            "Ferry crews in Chile have struck over pay this year too.")
        .article("desert", "en", "Desert Run breaks a stunt record",
            "An explosion filmed in Morocco for Desert Run holds the record for the largest film stunt explosion.",
            "Actor Tom Reyes had knee surgery in May, but filming was not affected and he returned to Elstow Studios.",
            "Desert Run grossed $70 million in its opening weekend, about $20 million less than Harbour Lights.",
            "Reyes has signed on for two more films in the series, the studio said.")
        .article("review", "en", "Critics split over Harbour Lights",
            "Critic Lena Ortiz called Harbour Lights the worst spy thriller in ten years.",
            "Other reviewers praised its score and its harbour scenes.")
        .open();
  }

  private static Answer.Grounded answer(String question) {
    Answer answer = bot.answerer().ask(Question.of(question));
    assertThat(answer).as(question).isInstanceOf(Answer.Grounded.class);
    return (Answer.Grounded) answer;
  }

  @Test
  void anotherNumberOrMonthInTheQuestionsPlaceIsTheClosestMatch() {
    assertThat(answer("Which film is the fourth film in the Marlow series?").sure()).isTrue();
    assertThat(answer("Which film is the eighth film in the Marlow series?").sure()).isFalse();
    assertThat(answer("Which film was shot at Elstow Studios in March 2015?").sure()).isTrue();
    assertThat(answer("Which film was shot at Elstow Studios in January 2015?").sure()).isFalse();
  }

  @Test
  void aNotOneSideLacksIsTheClosestMatch() {
    assertThat(answer("Who would be returning to direct the next Marlow film?").sure()).isTrue();
    Answer.Grounded negated = answer("Who would not be returning to direct the next Marlow film?");
    assertThat(negated.sure()).isFalse();
    assertThat(negated.text()).startsWith(Answerer.message("en", "closest"));
  }

  @Test
  void theOppositeInTheQuestionsPlaceIsTheClosestMatch() {
    assumeThat(WordNet.open(Path.of("/usr/share/wordnet"))).as("wordnet-base installed").isPresent();
    assertThat(answer("Where did Varga have minor surgery on her knee?").sure()).isTrue();
    assertThat(answer("Where did Varga have major surgery on her knee?").sure()).isFalse();
  }

  @Test
  void aQuestionThatAsksYesOrNoIsAnsweredByTheOpposite() {
    String sentence = "Harbour Lights is the fourth film in the Marlow series.";
    // "no, the fourth" answers it
    assertThat(SwappedWords.in("Is Harbour Lights the eighth film in the Marlow series?", sentence, Glossary.NONE))
        .isFalse();
    assertThat(SwappedWords.in("Which is the eighth film in the Marlow series?", sentence, Glossary.NONE)).isTrue();
    // "in" alone places no slot: a month told of anything else is not the question's month swapped
    assertThat(SwappedWords.in("What closed in January?", "The studio opened in March.", Glossary.NONE)).isFalse();
  }

  @Test
  void theOppositeOfASuperlativeOrOfMoreIsTheClosestMatch() {
    assumeThat(WordNet.open(Path.of("/usr/share/wordnet"))).as("wordnet-base installed").isPresent();
    assertThat(answer("Where was the explosion for the largest film stunt explosion filmed?").sure()).isTrue();
    // WordNet's look-up cuts the question's "-est"; the sentence's "largest" is read as "large" too
    assertThat(answer("Where was the explosion for the smallest film stunt explosion filmed?").sure()).isFalse();
    Glossary wordNet = Glossary.NONE.withThesaurus(Path.of("/usr/share/wordnet"));
    String gross = "Desert Run grossed $70 million, about $20 million less than Harbour Lights.";
    assertThat(SwappedWords.in("Which film grossed about $20 million more than Harbour Lights?", gross, wordNet))
        .isTrue();
    assertThat(SwappedWords.in("Which film grossed about $20 million less than Harbour Lights?", gross, wordNet))
        .isFalse();
    // the question's word written elsewhere is not written in its place: "moved" is not beside "images"
    String images = "The studio released still images of the set. Filming had moved to Rome by then.";
    assertThat(SwappedWords.in("Who released moving images of the set?", images, wordNet)).isTrue();
    assertThat(SwappedWords.in("Who released still images of the set?", images, wordNet)).isFalse();
  }

  @Test
  void aNotBeforeOneWordAndAFigureTwoWordsFromItsPlaceAreRead() {
    // "not affected and" was read as three words the question never writes together
    assertThat(answer("Filming was affected by whose surgery?").sure()).isFalse();
    String told = "Reyes had knee surgery, but filming was not affected and he returned.";
    assertThat(SwappedWords.in("Filming was affected by whose surgery?", told, Glossary.NONE)).isTrue();
    assertThat(SwappedWords.in("Filming was not affected by whose surgery?", told, Glossary.NONE)).isFalse();
    // "more" places nothing, "films" two words on does
    String films = "Reyes has signed on for two more films in the series.";
    assertThat(SwappedWords.in("Who has signed on for three more films in the series?", films, Glossary.NONE)).isTrue();
    assertThat(SwappedWords.in("Who has signed on for two more films in the series?", films, Glossary.NONE)).isFalse();
    assertThat(answer("Who has signed on for two more films in the series?").sure()).isTrue();
  }

  @Test
  void aNameSwappedForAnotherOrTwoNamesTheOtherWayRoundAreTheClosestMatch() {
    assertThat(answer("An explosion filmed in Morocco holds the record for what?").sure()).isTrue();
    String explosion = "An explosion filmed in Morocco holds the record for the largest film stunt explosion.";
    assertThat(SwappedNames.in("An explosion filmed in Mexico holds the record for what?", explosion, "Desert Run"))
        .isTrue();
    assertThat(SwappedNames.in("An explosion filmed in Morocco holds the record for what?", explosion, "Desert Run"))
        .isFalse();
    String torture = "Bond's torture by Blofeld mirrors a scene of the novel Colonel Sun.";
    assertThat(SwappedNames.in("Blofeld's torture by Bond mirrors what?", torture, "Spectre")).isTrue();
    assertThat(SwappedNames.in("Bond's torture by Blofeld mirrors what?", torture, "Spectre")).isFalse();
    // a name misspelt a letter or two off, or the article's own name the sentence does not repeat, is no other name
    String win = "In March 2016 AlphaGo beat Lee Sedol in a five-game match.";
    assertThat(SwappedNames.in("When did AlphaGo beat Lee Sadol in a five-game match?", win, "AlphaGo")).isFalse();
    String role = "Her first role was in The Pink Panther starring opposite Steve Martin.";
    assertThat(SwappedNames.in("Which film did Beyonce star in with Steve Martin?", role, "Beyoncé")).isFalse();
    assertThat(SwappedNames.in("Did Blofeld's torture by Bond mirror a novel?", torture, "Spectre")).isFalse();
    // a name the corpus never writes, three letters off the sentence's, is read as misspelt where the corpus says so
    String star = "The low metallicity of Vega makes it a weak Lambda Boötis star.";
    String asked = "Vega is what kind of Manda Bootis star?";
    assertThat(SwappedNames.in(asked, star, "Vega")).isTrue();
    assertThat(SwappedNames.in(asked, star, "Vega", name -> name.equals("Manda"))).isFalse();
  }

  @Test
  void aFirstNameTheSentencesLeaveOutBesideTheSurnameTheyWriteIsNoOtherName() {
    // news names a person by the surname: the coach beside "coach" is not the asked person swapped
    String coach = "Keller, the European champion, is out injured. Her coach Tom Berg said she would return soon.";
    assertThat(SwappedNames.in("Who coaches Maria Keller?", coach, "Injured champion")).isFalse();
    // a part of a longer name swapped beside the part both write still is
    String review = "Tom Smith of The Charlotte Observer called the film dull.";
    assertThat(SwappedNames.in("What did Tom Smith of The Boston Observer call the film?", review, "Reviews")).isTrue();
  }

  @Test
  void aNotBeforeTwoWordsTheSentencesWriteWithoutItIsRead() {
    String memos = "The memos expressed Sony's frustration with the project.";
    assertThat(SwappedWords.in("Who was not frustrated with the project?", memos, Glossary.NONE)).isTrue();
    assertThat(SwappedWords.in("Who was frustrated with the project?", memos, Glossary.NONE)).isFalse();
    // the sentences write the two words negated too: the question's "not" is theirs
    String filters = "Some countries do not use filtering software. Others use filtering software.";
    assertThat(SwappedWords.in("Which country does not use filtering software?", filters, Glossary.NONE)).isFalse();
    // a sentence's "not" before two words tells when, not that it never happened
    String cup = "The team did not win the cup until 1990.";
    assertThat(SwappedWords.in("When did the team win the cup?", cup, Glossary.NONE)).isFalse();
  }

  @Test
  void aDeedRefusedOrADeniedWordIsNotTheDeedAsked() {
    String part = "Waltz was cast as Oberhauser, though he refused to comment on the nature of the part.";
    assertThat(SwappedWords.in("Who commented on the nature of the part?", part, Glossary.NONE)).isTrue();
    assertThat(SwappedWords.in("Who refused to comment on the nature of the part?", part, Glossary.NONE)).isFalse();
    String song = "The band also composed a song for the film, which went unused.";
    assertThat(SwappedWords.in("The band composed what which was used in the film?", song, Glossary.NONE)).isTrue();
    assertThat(SwappedWords.in("The band composed what which went unused?", song, Glossary.NONE)).isFalse();
  }

  @Test
  void anOppositeWordNetLacksIsRead() {
    String sequel = "A sequel to Harbour Lights will begin development in spring.";
    assertThat(SwappedWords.in("A prequel to Harbour Lights will begin when?", sequel, Glossary.NONE)).isTrue();
    assertThat(SwappedWords.in("A sequel to Harbour Lights will begin when?", sequel, Glossary.NONE)).isFalse();
    String budget = "The memos claimed that the film was over budget.";
    assertThat(SwappedWords.in("Which film was under budget?", budget, Glossary.NONE)).isTrue();
    // one word further off than the question writes it
    String rights = "In 2013 the studio acquired the full copyright film rights to the concept.";
    assertThat(SwappedWords.in("Who acquired partial film rights to the concept?", rights, Glossary.NONE)).isTrue();
    assertThat(SwappedWords.in("Who acquired full film rights to the concept?", rights, Glossary.NONE)).isFalse();
  }

  @Test
  void anOppositeInAFullerPlaceThanTheQuestionsOwnWordIsRead() {
    assumeThat(WordNet.open(Path.of("/usr/share/wordnet"))).as("wordnet-base installed").isPresent();
    Glossary wordNet = Glossary.NONE.withThesaurus(Path.of("/usr/share/wordnet"));
    // "left" stands beside "handed" only; "right" in the whole place of "using a left-handed swing"
    String swing = "This brought back the problem of using a right-handed swing to control a left-handed sword.";
    assertThat(SwappedWords.in("Using a left-handed swing controlled what?", swing, wordNet)).isTrue();
    assertThat(SwappedWords.in("Using a right-handed swing controlled what?", swing, wordNet)).isFalse();
  }

  @Test
  void aCountBeforeMillionIsNoCountOfItsOwnAndAPlaceIsReadThreeWordsOff() {
    String gross = "In its first seven days the film grossed $63 million. IMAX screens made $8 million.";
    assertThat(SwappedWords.in("In its first eight days the film grossed how much?", gross, Glossary.NONE)).isTrue();
    assertThat(SwappedWords.in("In its first seven days the film grossed how much?", gross, Glossary.NONE)).isFalse();
    // "two hundred" is not the "200" of another sentence: "one hundred" stands in its place
    String music = "The film would have more than one hundred minutes of music. The city makes about 200 films.";
    assertThat(SwappedWords.in("Which film has more than two hundred minutes of music?", music, Glossary.NONE))
        .isTrue();
    String monday = "In Britain the film grossed $6.4 million from its Monday preview screenings.";
    assertThat(SwappedNames.in("The film grossed $6.4 million from its Tuesday screenings where?", monday, "Run"))
        .isTrue();
    assertThat(SwappedNames.in("The film grossed $6.4 million from its Monday screenings where?", monday, "Run"))
        .isFalse();
  }

  @Test
  void aRoleTheSentencesGiveToAnotherNameIsTheClosestMatch() {
    String cast = "Desert Run features Ines Varga as Captain Vance and Tom Reyes as the pilot.";
    assertThat(SwappedNames.in("Tom Reyes stars as Captain Vance in what film?", cast, "Desert Run")).isTrue();
    assertThat(SwappedNames.in("Ines Varga stars as Captain Vance in what film?", cast, "Desert Run")).isFalse();
    // the question asks who holds the role: the name before "as" answers it
    assertThat(SwappedNames.in("Who plays Captain Vance opposite Tom Reyes?", cast, "Desert Run")).isFalse();
    // a role after "as" a few words from its actor, both sides: another actor reprised it
    String reprised = "Tom Reyes also reprised his role as Captain Vance. Ines Varga and Ada Morrow returned as the "
        + "twins.";
    assertThat(SwappedNames.in("Ines who reprised her role as Captain Vance?", reprised, "Desert Run")).isTrue();
    assertThat(SwappedNames.in("Tom who reprised his role as Captain Vance?", reprised, "Desert Run")).isFalse();
    // a name further from "as" than a role's few words is no actor of it
    String far = "Tom Reyes said the studio had then asked another actor to take over as Captain Vance. Ines Varga "
        + "agreed.";
    assertThat(SwappedNames.in("Ines who took over as Captain Vance?", far, "Desert Run")).isFalse();
  }

  @Test
  void aWhatInsideTheQuestionStandsForTheWordsThatAnswerIt() {
    assumeThat(WordNet.open(Path.of("/usr/share/wordnet"))).as("wordnet-base installed").isPresent();
    // "the best what in ten years": the answer's "spy thriller" stands in the place of "what", "worst" in "best"'s
    assertThat(answer("Lena Ortiz called the film the worst what in ten years?").sure()).isTrue();
    assertThat(answer("Lena Ortiz called the film the best what in ten years?").sure()).isFalse();
    Glossary wordNet = Glossary.NONE.withThesaurus(Path.of("/usr/share/wordnet"));
    String review = "Critic Lena Ortiz called Harbour Lights the worst spy thriller in ten years.";
    assertThat(SwappedWords.in("Lena Ortiz called the film the best what in ten years?", review, wordNet)).isTrue();
    assertThat(SwappedWords.in("Lena Ortiz called the film the worst what in ten years?", review, wordNet)).isFalse();
    // more words than a slot holds between the two places: no place is read
    String far = "Critic Lena Ortiz called it the worst of all the many spy thrillers made in ten years.";
    assertThat(SwappedWords.in("Lena Ortiz called the film the best what in ten years?", far, wordNet)).isFalse();
  }
}
