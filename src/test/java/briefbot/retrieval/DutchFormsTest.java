package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Dutch question's inflected words translated through the lemma the dictionary lists: a plural by its singular,
 * a verb form by its infinitive, beside the entry the form has of its own.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class DutchFormsTest {

  static Briefbot bot;

  static Translations translations;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("oil", "en", "Oil markets",
        "Oil prices declined 3% in January, traders in London said.");
    corpus.article("steady", "en", "Prices in Leeds",
        "Prices in Leeds were steady in January, the council said.");
    Path folder = corpus.folderFor("BRIEFBOT_DICTIONARIES");
    DictdFiles.write(folder, "nld", "eng", "baan\njob, track\n", "banen\nsmooth\n", "dalen\nfall, decline\n",
        "kosten\ncost\n", "kost\nfood\n", "bessen\nberries\n", "best\nbest\n", "prijs\nprice\n", "lid\nmember\n",
        "leden\nparty\n", "komen\ncome\n", "kom\nbowl\n");
    bot = corpus.open();
    translations = Translations.load(folder, corpus.cache());
  }

  @Test
  void anInflectedWordTranslatesThroughItsLemma() {
    assertThat(translations.weighted("daalt", "nl", "en")).as("present: dalen").containsKeys("fall", "decline");
    assertThat(translations.weighted("daalde", "nl", "en")).as("past: dalen").containsKeys("fall", "decline");
    assertThat(translations.weighted("kostte", "nl", "en")).as("past: kosten").containsKey("cost");
    assertThat(translations.weighted("gedaald", "nl", "en")).as("participle: dalen").containsKey("decline");
  }

  @Test
  void aListedWordKeepsItsOwnEntryAndAnIrregularPluralGetsItsSingulars() {
    assertThat(translations.weighted("leden", "nl", "en")).as("its own entry, and lid's").containsKeys("party", "member");
    // read by the ending rules, an infinitive would be a noun's plural and a noun a verb's stem
    assertThat(translations.weighted("komen", "nl", "en")).containsKey("come").doesNotContainKey("bowl");
    assertThat(translations.weighted("kost", "nl", "en")).containsKey("food").doesNotContainKey("cost");
    assertThat(translations.weighted("best", "nl", "en")).doesNotContainKey("berries");
  }

  @Test
  void aDutchQuestionFindsTheEnglishArticleThroughTheVerbsInfinitive() {
    // "daalt" has no entry of its own: before, the question matched only "prijs" and "januari", which both hold
    Retrieval fell = bot.retriever().retrieve("Met hoeveel procent daalt de prijs in januari?");
    assertThat(fell.passages()).isNotEmpty();
    assertThat(fell.passages().get(0).articleId()).isEqualTo("oil");
  }
}
