package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The verdict's reading of a "which X" question: whether its best sentence names an instance of the noun asked. */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class AskedInstanceSignalTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("ferries", "en", "New ferries to Sweden",
        "The ferries to Sweden are run by the shipping company Polferries, which bought two new ships this year.");
    corpus.article("storm", "en", "Storm on the Baltic",
        "A shipping company from Gdynia lost a cargo ship in the storm on Wednesday. Its crew was rescued.");
    bot = corpus.open();
  }

  @Test
  void aNameBesideTheNounAskedIsAnInstance() {
    Signals s = bot.retriever().measuringEverySignal().retrieve("Which shipping company runs the ferries to Sweden?")
        .signals();
    assertThat(s.nounAsked()).isEqualTo(1.0);
    assertThat(s.nounFound()).isEqualTo(1.0);
  }

  @Test
  void theNounAloneNamesNoInstance() {
    // "A shipping company from Gdynia": where it is from, not which it is.
    Signals s = bot.retriever().measuringEverySignal().retrieve("Which shipping company lost a cargo ship?")
        .signals();
    assertThat(s.nounAsked()).isEqualTo(1.0);
    assertThat(s.nounFound()).isZero();
  }

  @Test
  void aQuestionOfAnotherKindAsksNoNoun() {
    Signals s = bot.retriever().measuringEverySignal().retrieve("Who runs the ferries to Sweden?").signals();
    assertThat(s.nounAsked()).isZero();
    assertThat(s.nounFound()).isZero();
  }
}
