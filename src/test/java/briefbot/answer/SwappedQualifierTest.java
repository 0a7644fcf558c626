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
 * A sentence that writes a name of the question with another party or qualifier bound to it ("the main Halden Prize"
 * for "the first international Halden Prize", "de VVD-stemmer" for "de PVV-stemmer") tells the asked fact of someone
 * or something else: the answer is the closest match, never sure.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class SwappedQualifierTest {

  static Briefbot bot;
  static final Glossary WORDNET = Glossary.NONE.withThesaurus(Path.of("/usr/share/wordnet"));

  @BeforeAll
  static void open(HandMadeCorpus corpus) {
    assumeThat(WordNet.open(Path.of("/usr/share/wordnet"))).as("wordnet-base installed").isPresent();
    bot = corpus
        .article("prize", "en", "Halden Prize shortlist",
            "Ada Morrow and Lena Cort are the only nominees to have previously won the main Halden Prize.",
            "Tove Ek is among three authors on the shortlist for the inaugural international Halden Prize.",
            "The winner will be named in June at a dinner in Oslo.")
        .article("museum", "en", "Museum wins a design award",
            "The new city museum won a national design award for its glass roof.",
            "Architect Omar Lind designed the roof with a team of twelve.")
        .open();
  }

  private static Answer.Grounded answer(String question) {
    Answer answer = bot.answerer().ask(Question.of(question));
    assertThat(answer).as(question).isInstanceOf(Answer.Grounded.class);
    return (Answer.Grounded) answer;
  }

  @Test
  void anotherQualifierInALaterSentenceLeavesTheAnswerSure() {
    // the lead tells who won the main prize; the next sentence sets "international" before the name
    assertThat(answer("Who has won the main Halden Prize?").sure()).isTrue();
  }

  @Test
  void anotherQualifierOfTheAskedNameIsRead() {
    String won = "Who won the first international Halden Prize?";
    assertThat(SwappedQualifier.otherQualifier(won,
        "Ada Morrow and Lena Cort are the only nominees to have previously won the main Halden Prize.", WORDNET))
        .isTrue();
    assertThat(SwappedQualifier.otherQualifier(won,
        "Tove Ek won the first international Halden Prize in June.", WORDNET)).as("the asked one").isFalse();
    assertThat(SwappedQualifier.otherQualifier(won,
        "Tove Ek won the international Halden Prize, and the main Halden Prize went to Ada Morrow.", WORDNET))
        .as("the sentence writes the question's qualifier too").isFalse();
    assertThat(SwappedQualifier.otherQualifier("Screenwriter Nils Brand was credited with what world record?",
        "The record is credited to production designer Nils Brand.", WORDNET)).as("a role").isTrue();
    assertThat(SwappedQualifier.otherQualifier(won, "Tove Ek won the first international Halden Prize. Ada Morrow "
        + "previously won the main Halden Prize.", WORDNET)).as("read in the lead only").isFalse();
  }

  @Test
  void aVerbASynonymOrAQuestionWordBeforeTheNameIsNoOtherQualifier() {
    assertThat(SwappedQualifier.otherQualifier("When did Chopin leave Warsaw?", "In 1830 Chopin left Warsaw.",
        WORDNET)).as("a verb").isFalse();
    assertThat(SwappedQualifier.otherQualifier("What is the main Halden Prize?",
        "The chief Halden Prize is given in June.", WORDNET)).as("a WordNet synonym").isFalse();
    assertThat(SwappedQualifier.otherQualifier("What genre of film was the movie, Halden Nights?",
        "Tove Ek starred in the thriller, Halden Nights.", WORDNET)).as("a comma between").isFalse();
    assertThat(SwappedQualifier.otherQualifier("Which literary prize is the Halden Prize?",
        "The literary Halden Prize is given in June.", WORDNET)).as("a word of the question").isFalse();
    assertThat(SwappedQualifier.otherQualifier("Who won the first international Halden Prize?",
        "Ada Morrow previously won the main Halden Prize.", Glossary.NONE)).as("no thesaurus, no reading").isFalse();
  }

  @Test
  void anotherPartyInTheAskedCompoundIsRead() {
    String asked = "Hoeveel CO2-punten scoort de gemiddelde PVV-stemmer?";
    assertThat(SwappedQualifier.otherParty(asked,
        "De gemiddelde Nederlander scoort 1000 CO2-punten, de VVD-stemmer komt tot 1132 punten.")).isTrue();
    assertThat(SwappedQualifier.otherParty(asked,
        "De PVV-stemmer scoort 980 punten, de VVD-stemmer komt tot 1132 punten.")).as("the asked party too")
        .isFalse();
    assertThat(SwappedQualifier.otherParty(asked, "De gemiddelde stemmer scoort 1000 CO2-punten.")).isFalse();
  }
}
