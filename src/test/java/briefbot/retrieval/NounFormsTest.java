package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An English word's Spanish and German translations bring the noun forms the light stemmers keep apart from them: the
 * dictionary gives "isla", a paragraph says "islas" (stemmed "isl"), "Flügel" and "Flügeln".
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class NounFormsTest {

  static Briefbot bot;

  static Translations translations;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("islands", "es", "Pescadores del norte",
        "Los pescadores del norte viven en las islas desde 1990, según el censo.");
    corpus.article("coast", "es", "Pescadores de la costa",
        "Los pescadores del norte viven en la costa desde 1995, lejos de los pescadores del sur y de sus barcos.");
    Path folder = corpus.folderFor("BRIEFBOT_DICTIONARIES");
    DictdFiles.write(folder, "eng", "spa", "island <n>\nisla\n", "fisherman <n>\npescador\n", "law <n>\nley\n",
        "peace <n>\npaz\n");
    DictdFiles.write(folder, "spa", "eng", "isla\nisland <n>\n", "pescador\nfisherman <n>\n", "ley\nlaw <n>\n",
        "paz\npeace <n>\n");
    DictdFiles.write(folder, "eng", "deu", "wing <n>\nFlügel <masc>\n");
    DictdFiles.write(folder, "deu", "eng", "Flügel <masc>\nwing <n>\n");
    bot = corpus.open();
    translations = Translations.load(folder, corpus.cache());
  }

  @Test
  void aTranslationBringsThePluralTheStemmerKeepsApart() {
    assertThat(translations.weighted("island", "en", "es")).containsKeys("isla", "islas");
    assertThat(translations.weighted("law", "en", "es")).containsKeys("ley", "leyes");
    assertThat(translations.weighted("peace", "en", "es")).containsKeys("paz", "paces");
    assertThat(translations.weighted("wing", "en", "de")).containsKeys("flügel", "flügeln", "flügels");
  }

  @Test
  void anEnglishQuestionFindsTheSpanishParagraphThatWritesThePlural() {
    // before, only "pescadores" and "norte" matched, which the other article holds more often
    Retrieval found = bot.retriever().retrieve("Since when do fishermen live on the islands?");
    assertThat(found.passages()).isNotEmpty();
    assertThat(found.passages().get(0).articleId()).isEqualTo("islands");
  }
}
