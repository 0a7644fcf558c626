package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Which translations a word keeps: the ones its reverse dictionary gives back most surely ("staking" means only
 * strike), a phrase's head ("trade-union": union), a name written with its article ("TheHague"), and the phrases a
 * dictionary wrote without spaces, split by the English headwords.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class TranslationChoiceTest {

  static Briefbot bot;

  static Translations translations;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("staking", "nl", "Pensioenen",
        "De vakbonden leggen op 29 mei opnieuw het werk neer: de staking gaat over het pensioen.");
    corpus.article("palen", "nl", "Tuinen",
        "De volkstuinders slaan op 3 juni de eerste palen voor de nieuwe tuinen aan de rand van de stad.");
    Path folder = corpus.folderFor("BRIEFBOT_DICTIONARIES");
    // "strike" as FreeDict gives it: ten senses, the noun last, so that eight kept by order alone lose it
    DictdFiles.write(folder, "eng", "nld",
        "strike /straik/\n1. houwen, klappen, kloppen, slaan\n2. aanboren\n3. aanflitsen, aanfloepen, aangaan, "
            + "ontbranden\n4. aanslaan\n5. opvallen\n6. strijken\n7. imponeren\n8. staken\n9. staking, werkstaking\n"
            + "10. halen, inslaan, raken, treffen\n",
        "union /juːniən/\n1. unie\n2. vereniging\n", "camping /kæmpiŋ/\ncamping\n", "ground /graund/\ngrond\n",
        "tented /tentid/\nmet tenten\n", "camp /kæmp/\nkamperen\n", "hold /hould/ <v>\nhouden\n", "back /bæk/\nrug\n",
        "bear /beə/\nbeer\n", "berry /beri/\nbes\n", "in /in/\nin\n");
    List<String> dutch = new ArrayList<>(List.of("staking /stakiŋ/\nstrike\n", "werkstaking\nstrike\n",
        "houwen\n1. beat, hit, strike\n2. chop, cut, hack\n", "slaan\n1. beat, hit, strike\n2. knock\n3. sound\n",
        "klappen\n1. beat, hit, strike\n2. knock\n3. clap\n", "kloppen\n1. agree\n2. beat, hit, strike\n",
        "aanboren\nbore, broach, sink, strike, tap\n", "aanflitsen\nburn, catch, flashon, strike, takefire\n",
        "aanfloepen\nburn, catch, flashon, strike, takefire\n", "aangaan\n1. makeanoise\n2. burn, catch, strike\n",
        "vakbond /vɑgbɔnt/\nlabour‐union, trade‐union, syndicate\n", "Den Haag /dɛnhax/\nTheHague\n",
        "kamp /kɑmp/\n1. action, battle\n2. campingground, campingsite\n3. campoftents, tentedcamp\n",
        "terughouden\nholdback\n", "vereniging\n1. association\n2. club, society\n3. joining, union\n"));
    DictdFiles.write(folder, "nld", "eng", dutch.toArray(String[]::new));
    // a dictionary that writes its phrases spaced (one joined-looking word in 201): a word no list holds is a word
    List<String> german = new ArrayList<>(List.of("Bärentraube\nbearberry\n", "Gewerkschaft\ntrade union\n",
        "Union\nunion\n"));
    for (int i = 0; i < 200; i++) {
      german.add("Haus" + i + "\nhouse" + i + "\n");
    }
    DictdFiles.write(folder, "deu", "eng", german.toArray(String[]::new));
    bot = corpus.open();
    translations = Translations.load(folder, corpus.cache());
  }

  @Test
  void aWordKeepsAndTrustsTheTranslationsItsReverseDictionaryGivesBackSurely() {
    // eight kept in the dictionary's order were the verbs; "staking" and "werkstaking" mean only strike
    assertThat(translations.weighted("strike", "en", "nl")).containsKeys("staking", "werkstaking")
        .hasSizeLessThanOrEqualTo(TranslationRanking.KEEP + 6); // the verbs' irregular forms come beside the eight
    var strike = translations.weighted("strike", "en", "nl");
    // a paragraph that says "staking" holds a strike, whichever sense of "strike" the question means
    double others = strike.entrySet().stream().filter(e -> !e.getKey().endsWith("staking"))
        .mapToDouble(Map.Entry::getValue).max().orElse(0);
    assertThat(strike.get("staking")).as("all it means").isGreaterThan(others);
  }

  @Test
  void aPhrasesHeadGivesItsWordBackWhereThePhraseNamesAKindOfIt() {
    assertThat(translations.weighted("unions", "en", "nl")).as("trade-union").containsKey("vakbond");
    assertThat(translations.weighted("camp", "en", "nl")).as("tentedcamp, split").containsKey("kamp");
    // a verb with its particle or object is no kind of the last word
    assertThat(translations.weighted("back", "en", "nl")).doesNotContainKey("terughouden");
    // in a big dictionary that writes its phrases spaced, a phrase's heads are mostly rare compounds
    assertThat(translations.weighted("union", "en", "de")).doesNotContainKey("gewerkschaft");
  }

  @Test
  void aNameWrittenWithItsArticleIsTheNameAlone() {
    assertThat(translations.weighted("Hague", "en", "nl")).as("TheHague").containsKey("den haag");
  }

  @Test
  void onlyADictionaryThatJoinsItsPhrasesIsSplit() {
    assertThat(translations.weighted("kamp", "nl", "en")).as("nld-eng joins its phrases")
        .containsKeys("camping ground", "tented camp").doesNotContainKey("campingground");
    assertThat(translations.weighted("bärentraube", "de", "en")).as("deu-eng does not: a word")
        .containsKey("bearberry").doesNotContainKey("bear berry");
  }

  @Test
  void anEnglishQuestionFindsTheDutchStrikeOfTheUnions() {
    // before, "strike" kept eight verbs ("slaan": hit) and "unions" only unie and vereniging: the gardeners came first
    Retrieval found = bot.retriever().retrieve("On what date do the unions plan their next strike?");
    assertThat(found.passages()).isNotEmpty();
    assertThat(found.passages().get(0).articleId()).isEqualTo("staking");
  }
}
