package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.index.IndexFields;
import briefbot.retrieval.Retrieval.Concept;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A German question's word is also searched, less surely, as the German words its English translations translate back
 * into: a paragraph says "Melodie" where the question asks for the "Weise"; Spanish and English questions as asked.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class RoundTripWordsTest {

  static Briefbot bot;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("melodie", "de", "Das Lied der Stadt",
        "Die Melodie für den Chor schrieb der Komponist Hermann Reutter im Jahr 1950 in Stuttgart.");
    corpus.article("chor", "de", "Der Chor", "Der Chor probt jeden Dienstag.");
    corpus.article("cancion", "es", "La canción",
        "La melodía para el coro la escribió el compositor Joaquín Rodrigo en 1950 en Valencia.");
    corpus.article("coro", "es", "El coro", "El coro ensaya cada martes.");
    Path folder = corpus.folderFor("BRIEFBOT_DICTIONARIES");
    DictdFiles.write(folder, "deu", "eng", "Weise\n1. tune, melody\n", "Melodie\nmelody, tune\n", "Chor\nchoir\n");
    DictdFiles.write(folder, "eng", "deu", "melody\nMelodie, Weise\n", "tune\nMelodie, Weise\n", "choir\nChor\n");
    DictdFiles.write(folder, "spa", "eng", "aire\ntune, melody\n", "melodía\nmelody, tune\n", "coro\nchoir\n");
    DictdFiles.write(folder, "eng", "spa", "melody\nmelodía, aire\n", "tune\nmelodía, aire\n", "choir\ncoro\n");
    bot = corpus.open();
  }

  @Test
  void aGermanQuestionsWordFindsTheParagraphThatSaysItInItsOtherWord() {
    Retrieval r = bot.retriever().retrieve("Von wem ist die Weise für den Chor?");

    Concept weise = concept(r, "Weise");
    String field = IndexFields.body("de");
    assertThat(weise.stems().get(field)).contains("melodi");
    // less surely than the word itself: a word of another sense of the translation may come back too
    assertThat(weise.trust(field, "melodi")).isGreaterThan(0).isLessThan(1);
    // without it both paragraphs hold only "Chor", and the shorter came first
    assertThat(r.passages().get(0).articleId()).isEqualTo("melodie");
  }

  @Test
  void aSpanishQuestionsWordsAreAsAsked() {
    Retrieval r = bot.retriever().retrieve("¿Quién escribió el aire para el coro?");

    // Spanish questions lost answers through the small Spanish dictionaries' other senses
    assertThat(concept(r, "aire").stems().get(IndexFields.body("es"))).doesNotContain("melodi");
  }

  @Test
  void anEnglishQuestionsOwnWordsAreAsAsked() {
    Retrieval r = bot.retriever().retrieve("Who wrote the melody for the choir?");

    assertThat(concept(r, "melody").stems().get(IndexFields.body("en"))).containsOnly("melodi");
  }

  private static Concept concept(Retrieval r, String word) {
    return r.concepts().stream().filter(c -> c.word().equals(word)).findFirst().orElseThrow();
  }
}
