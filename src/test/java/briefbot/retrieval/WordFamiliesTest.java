package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A German or Spanish sentence holds the question's word in a form no stemmer makes one of it: a German compound
 * with the word as its head, a Spanish verb in another form, the birth and death signs beside a name.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class WordFamiliesTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("band", "de", "Eine Band aus Wilmington",
        "Die Band spielte 1999 in Boston. Ein Jahr später erschien das Debütalbum, das von Steve Austin produziert "
            + "wurde. Der Besitz der Band ging an die Plattenfirma. Aamir Khan (* 14. März 1965 in Bombay) ist ein "
            + "Schauspieler. Alexander Pope (* 21. Mai 1688 in London; † 30. Mai 1744 in Twickenham) war ein Dichter. "
            + "Die Arbeiter*innen wurden 2011 entlassen. Der Sänger lehrte an der Musikhochschule in Köln.");
    // a translation no paragraph writes on its own is not searched, so the index holds "Schule" too
    corpus.article("schule", "de", "Eine Schule", "Die Schule in Bonn hat dreihundert Schüler.");
    corpus.article("episodio", "es", "Un episodio de Los Simpson",
        "Dirigido por Mike B. Anderson, fue el primer episodio escrito por Ron Hauge. La serie fue estrenada en 1989. "
            + "La casa de Homer está en Springfield. Ernesto Sabato (Rojas, 24 de junio de 1911-Santos Lugares, 30 de "
            + "abril de 2011) fue un escritor. La guerra (1939-1945) cambió Europa.");
    bot = corpus.open();
  }

  @Test
  void aGermanCompoundHoldsItsHead() {
    assertThat(holds("Wer produzierte das Album der Band?", "Album",
        "Ein Jahr später erschien das Debütalbum, das von Steve Austin produziert wurde.", "de")).isTrue();
    // a short head is not looked for inside longer words ("Besitz" is no kind of "Sitz")
    assertThat(holds("Wo ist der Sitz der Band?", "Sitz", "Der Besitz der Band ging an die Plattenfirma.", "de"))
        .isFalse();
  }

  @Test
  void anEnglishQuestionsWordTranslatedIsTheHeadOfAGermanCompound() {
    // the dictionary's "Schule" for "school" is the head of the sentence's "Musikhochschule"
    assertThat(holds("At which school did the singer teach?", "school",
        "Der Sänger lehrte an der Musikhochschule in Köln.", "de")).isTrue();
    // a short translation is not looked for inside longer words ("Sitz" for "seat" is no part of "Besitz")
    assertThat(holds("Who owns the seat of the band?", "seat", "Der Besitz der Band ging an die Plattenfirma.", "de"))
        .isFalse();
  }

  @Test
  void aSpanishVerbInAnotherForm() {
    assertThat(holds("¿Quién dirigió el episodio?", "dirigió",
        "Dirigido por Mike B. Anderson, fue el primer episodio escrito por Ron Hauge.", "es")).isTrue();
    assertThat(holds("¿Cuándo se estrenó la serie?", "estrenó", "La serie fue estrenada en 1989.", "es")).isTrue();
    // two words that share a root shorter than four letters are no forms of one verb
    assertThat(holds("¿Con quién se casó Homer?", "casó", "La casa de Homer está en Springfield.", "es")).isFalse();
  }

  @Test
  void birthAndDeathSignsBesideAName() {
    assertThat(holds("Wann wurde Aamir Khan geboren?", "geboren",
        "Aamir Khan (* 14. März 1965 in Bombay) ist ein Schauspieler.", "de")).isTrue();
    assertThat(holds("Wann starb Alexander Pope?", "starb",
        "Alexander Pope (* 21. Mai 1688 in London; † 30. Mai 1744 in Twickenham) war ein Dichter.", "de")).isTrue();
    // the gender star is no birth
    assertThat(holds("Wann wurden die Arbeiter geboren?", "geboren", "Die Arbeiter*innen wurden 2011 entlassen.",
        "de")).isFalse();
    assertThat(holds("¿Cuándo nació Ernesto Sabato?", "nació",
        "Ernesto Sabato (Rojas, 24 de junio de 1911-Santos Lugares, 30 de abril de 2011) fue un escritor.", "es"))
        .isTrue();
    // a span of years is no life
    assertThat(holds("¿Cuándo murió la guerra?", "murió", "La guerra (1939-1945) cambió Europa.", "es")).isFalse();
  }

  private static boolean holds(String question, String word, String sentence, String language) {
    Retrieval retrieval = bot.retriever().retrieve(question);
    int concept = -1;
    for (int i = 0; i < retrieval.concepts().size(); i++) {
      concept = retrieval.concepts().get(i).word().equals(word) ? i : concept;
    }
    assertThat(concept).as("a concept of " + question + ": " + word).isNotNegative();
    return bot.retriever().matches(retrieval, sentence, language).get(concept);
  }
}
