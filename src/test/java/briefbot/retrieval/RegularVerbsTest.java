package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.app.Briefbot;
import briefbot.testing.HandMadeCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An English verb's Spanish and German translations bring the forms a text writes them in: the dictionary gives
 * "recibir" and "leben", a paragraph says "recibió" and "lebte", and the light stemmers keep them apart.
 */
@ExtendWith(HandMadeCorpus.InTempFolder.class)
class RegularVerbsTest {

  static Briefbot bot;

  static Translations translations;

  @BeforeAll
  static void open(HandMadeCorpus corpus) throws Exception {
    corpus.article("received", "es", "Premios de Sevilla",
        "La ciudad de Sevilla recibió el premio europeo en 1990, según el ayuntamiento.");
    corpus.article("lost", "es", "Premios de Granada",
        "La ciudad de Granada perdió el premio de la ciudad en 1995, y la ciudad lo lamentó.");
    corpus.article("known", "es", "Hispalis", "Hispalis fue conocida como la perla del sur.");
    Path folder = corpus.folderFor("BRIEFBOT_DICTIONARIES");
    DictdFiles.write(folder, "eng", "spa", "receive <v>\nrecibir\n", "receiver <n>\nauricular\n",
        "city <n>\nciudad\n", "prize <n>\npremio\n", "lose <v>\nperder\n",
        "known <adj>\nsabido\n", "know <v>\nconocer, saber\n", "pearl <n>\nperla\n", "used <adj>\nusado\n",
        "use <v>\nutilizar\n");
    DictdFiles.write(folder, "spa", "eng", "recibir\nreceive <v>\n", "auricular\nreceiver <n>, earphone <n>\n",
        "ciudad\ncity <n>\n", "premio\nprize <n>\n", "perder\nlose <v>\n",
        "conocer\nknow <v>\n", "saber\nknow <v>\n", "perla\npearl <n>\n", "utilizar\nuse <v>\n");
    DictdFiles.write(folder, "eng", "deu", "live /lˈɪv/ <v>\nleben <v, intr>\n", "arrive <v>\nankommen <v>\n",
        "help <v>\nhelfen <v>\n", "explaining <adj>\nerklärend <adj>\n", "explain <v>\nerklären <v>\n",
        "spoke <n>\nSpeiche <f>\n", "speak <v>\nsprechen <v>\n");
    DictdFiles.write(folder, "deu", "eng", "leben <v, intr>\nlive <v>\n", "ankommen <v>\narrive <v>\n",
        "helfen <v>\nhelp <v>\n", "erklären <v>\nexplain <v>\n",
        "sprechen <v>\nspeak <v>\n");
    bot = corpus.open();
    translations = Translations.load(folder, corpus.cache());
  }

  @Test
  void anEnglishVerbsTranslationsBringTheirRegularForms() {
    assertThat(translations.weighted("received", "en", "es")).as("recibir's preterite and participle")
        .containsKeys("recibir", "recibió", "recibieron", "recibido");
    assertThat(translations.weighted("lived", "en", "de")).as("leben's present, past and participle")
        .containsKeys("leben", "lebt", "lebte", "gelebt");
    assertThat(translations.weighted("arrived", "en", "de")).as("a separable verb's participle")
        .containsKey("angekommen");
    assertThat(translations.weighted("helped", "en", "de")).as("a strong verb's past and its present's vowel")
        .containsKeys("half", "geholfen", "hilft");
  }

  @Test
  void anInflectedWordWithAnEntryOfItsOwnAlsoGetsItsVerbs() {
    // the dictionary lists "explaining" as an adjective (erklärend); a paragraph says "erklärt"
    assertThat(translations.weighted("explaining", "en", "de")).containsKeys("erklärend", "erklären", "erklärt");
  }

  @Test
  void anIrregularPastWithAnEntryOfItsOwnAlsoGetsItsVerbs() {
    // the dictionaries list "known" as "sabido" and "spoke" as a wheel's "Speiche"; paragraphs say "conocida", "sprach"
    assertThat(translations.weighted("known", "en", "es")).containsKeys("sabido", "conocer", "conocida");
    assertThat(translations.weighted("spoke", "en", "de")).containsKeys("sprechen", "sprach");
  }

  @Test
  void aShortVerbsPastAlsoGetsItsVerbs() {
    // "used" leaves two letters without its -ed, and was read as no verb's form: only its own "usado" was searched
    assertThat(translations.weighted("used", "en", "es")).containsKeys("usado", "utilizar", "utilizado", "utiliza");
  }

  @Test
  void anEnglishQuestionsIrregularPastMatchesTheSpanishParagraphsVerb() {
    // before, "known" was searched as "sabido" alone, which the paragraph does not hold
    Retrieval found = bot.retriever().retrieve("Which pearl was known?");
    int known = found.concepts().stream().map(Retrieval.Concept::word).toList().indexOf("known");
    assertThat(known).isNotNegative();
    assertThat(bot.retriever().matches(found, "Hispalis fue conocida como la perla del sur.", "es").get(known))
        .isTrue();
  }

  @Test
  void aNounThatLooksLikeAnInfinitiveGetsNoForms() {
    // "received" shares its stem with "receiver", whose "auricular" is a noun: "aurícula" (an atrium) is another word
    assertThat(translations.weighted("received", "en", "es")).containsKeys("auricular", "recibió")
        .doesNotContainKeys("auricula", "aurícula", "auriculó");
    assertThat(translations.weighted("city", "en", "es")).doesNotContainKeys("ciudó", "ciudad" + "o");
  }

  @Test
  void anEnglishQuestionFindsTheSpanishParagraphThatConjugatesTheVerb() {
    // before, only "ciudad" and "premio" matched, which the other article holds more often
    Retrieval found = bot.retriever().retrieve("Which city received the prize?");
    assertThat(found.passages()).isNotEmpty();
    assertThat(found.passages().get(0).articleId()).isEqualTo("received");
  }
}
