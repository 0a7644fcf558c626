package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.index.IndexFields;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * German and Dutch compounds split against an installed word list, in the index and in the question: a question's
 * compound finds a paragraph that writes only its part, a question's part a paragraph that writes only the compound;
 * without the list nothing is split and everything else still works.
 */
class CompoundPartsTest {

  @TempDir
  Path dir;

  /** A word list in Debian's format (one word a line, nouns capitalised) in the folder the setting names. */
  private Path wordLists() throws Exception {
    Path lists = Files.createDirectories(dir.resolve("dict"));
    Files.write(lists.resolve("ngerman"), List.of("Armut", "Beruf", "Berufe", "Grenze", "Zweig", "arbeitete",
        "Kampagne", "Aufklärung", "Tag", "Feier"));
    Files.write(lists.resolve("dutch"), List.of("betaling", "regeling", "termijn", "belasting"));
    return lists;
  }

  private Briefbot open(Path lists) throws Exception {
    HandMadeCorpus corpus = HandMadeCorpus.in(dir);
    corpus.article("fossey", "de", "Dian Fossey",
        "Die Amerikanerin Fossey arbeitete zuerst in einem Beruf, der ihr gefiel: Sie war Ergotherapeutin und "
            + "lebte auf einer Farm bei Louisville, wo jeder Feiertag gefeiert wurde.");
    corpus.article("bolivien", "de", "Bolivien",
        "In Bolivien liegt die Armutsgrenze bei zwei Dollar am Tag, sagt die Weltbank.");
    corpus.article("wetter", "de", "Das Wetter",
        "Im Sommer regnet es in Hamburg an vielen Tagen, im Winter schneit es selten.");
    corpus.article("belasting", "nl", "Belasting betalen",
        "Kunt u de aanslag niet in een keer betalen? Vraag dan een regeling aan bij de Belastingdienst.");
    corpus.article("verkeer", "nl", "Verkeersboete",
        "Een verkeersboete moet u binnen acht weken betalen aan het CJIB.");
    return corpus.setting("BRIEFBOT_WORD_LISTS", lists.toString())
        .setting("BRIEFBOT_DICTIONARIES", dir.resolve("no-dictionaries").toString()).open();
  }

  @Test
  void aQuestionsCompoundFindsTheParagraphOfItsPartAndThePartTheCompound() throws Exception {
    try (Briefbot bot = open(wordLists())) {
      // only "Beruf" links the question to the paragraph: its compound's part is searched beside it
      Retrieval compound = bot.retriever().retrieve("Welcher Berufszweig wird genannt?");
      assertThat(compound.passages()).isNotEmpty();
      assertThat(compound.passages().get(0).articleId()).isEqualTo("fossey");
      assertThat(concept(compound, "Berufszweig").stems().get(IndexFields.body("de")))
          .as("the concept, which the evidence reads, is the word as written").containsExactly("berufszweig");

      // "Armut" is only inside "Armutsgrenze": the index holds the compound's parts beside it
      Retrieval part = bot.retriever().retrieve("Wie verbreitet ist Armut?");
      assertThat(part.passages()).isNotEmpty();
      assertThat(part.passages().get(0).articleId()).isEqualTo("bolivien");
      assertThat(concept(part, "Armut").weight()).isPositive();

      Retrieval dutch = bot.retriever().retrieve("Kan ik een betalingsregeling aanvragen?");
      assertThat(dutch.passages()).isNotEmpty();
      assertThat(dutch.passages().get(0).articleId()).isEqualTo("belasting");
    }
  }

  @Test
  void aWordWrittenWholeWeighsAsWithoutTheList() throws Exception {
    double without;
    try (Briefbot bot = open(Files.createDirectories(dir.resolve("empty")))) {
      without = concept(bot.retriever().retrieve("Wie viele Tage regnet es?"), "Tage").weight();
    }
    Path data = dir.resolve("data");
    try (var files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    try (Briefbot bot = open(wordLists())) {
      assertThat(concept(bot.retriever().retrieve("Wie viele Tage regnet es?"), "Tage").weight())
          .as("\"Feiertag\"'s part is in a field of its own: the paragraphs writing \"Tag\" whole count as before")
          .isEqualTo(without);
    }
  }

  @Test
  void withoutTheWordListNothingIsSplitAndWholeWordsStillMatch() throws Exception {
    try (Briefbot bot = open(Files.createDirectories(dir.resolve("empty")))) {
      assertThat(concept(bot.retriever().retrieve("Wie verbreitet ist Armut?"), "Armut").weight())
          .as("no paragraph holds the word, and no compound was split into it").isZero();

      Retrieval whole = bot.retriever().retrieve("Wo liegt die Armutsgrenze?");
      assertThat(whole.passages()).isNotEmpty();
      assertThat(whole.passages().get(0).articleId()).isEqualTo("bolivien");
    }
  }

  private static Retrieval.Concept concept(Retrieval retrieval, String word) {
    return retrieval.concepts().stream().filter(c -> c.word().equals(word)).findFirst().orElseThrow();
  }
}
