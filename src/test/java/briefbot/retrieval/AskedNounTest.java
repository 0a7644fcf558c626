package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The noun a "which X" question asks an instance of, and the sentences that name one. */
class AskedNounTest {

  /** The places and peoples these tests name before a noun; the composer asks its gazetteer. */
  private static final Set<String> PLACES = Set.of("us", "uk", "canadian");

  private static boolean held(String question, String language, String sentence) {
    Optional<AskedNoun> noun = AskedNoun.of(question, language);
    assertThat(noun).as(question).isPresent();
    return noun.get().heldBy(sentence, language, PLACES::contains);
  }

  @Test
  void theNounIsReadUpToTheVerb() {
    assertThat(AskedNoun.of("Which auction house is selling Gianni Versace's art collection?", "en").get().forms())
        .contains("house", "houses").doesNotContain("housed", "auction");
    assertThat(AskedNoun.of("Which worm installs a playable version of Tetris?", "en").get().forms()).contains("worm");
    assertThat(AskedNoun.of("Which fan collected most of the Hendrix memorabilia?", "en").get().forms())
        .contains("fan");
    // an irregular past ends the phrase too, from the verb table ("sought" was read as the noun)
    assertThat(AskedNoun.of("Which band sought a new singer?", "en").get().forms()).contains("band")
        .doesNotContain("sought");
    assertThat(AskedNoun.of("Which team won the cup?", "en").get().forms()).contains("team");
    assertThat(AskedNoun.of("Which world cross country champion heads the Edinburgh field?", "en").get().forms())
        .contains("champion");
    assertThat(AskedNoun.of("Welke Nederlandse onderscheiding kreeg de sultan?", "nl").get().forms())
        .contains("onderscheiding");
    assertThat(AskedNoun.of("Welches Unternehmen kaufte die Marke?", "de").get().forms()).contains("unternehmen");
    assertThat(AskedNoun.of("¿Qué empresa compró la marca?", "es").get().forms()).contains("empresa");
    assertThat(AskedNoun.of("What is the capital of Kenya?", "en")).isEmpty();
    assertThat(AskedNoun.of("What happened to the ship?", "en")).isEmpty();
    assertThat(AskedNoun.of("¿Qué hizo el presidente?", "es")).isEmpty();
    assertThat(AskedNoun.of("Who won the race?", "en")).isEmpty();
    assertThat(AskedNoun.of("What happens when the ice melts?", "en")).isEmpty();
    assertThat(AskedNoun.of("What size matrix group can the example be seen as?", "en")).isEmpty();
    assertThat(AskedNoun.of("What three strategic cities did his forces take?", "en").get().forms())
        .contains("cities");
  }

  @Test
  void aNameInAppositionWithTheNounIsAnInstance() {
    String q = "Which auction house is selling the art collection?";
    assertThat(held(q, "en", "The paintings go on sale at the auction house Sotheby's in May.")).isTrue();
    assertThat(held(q, "en", "Christie's auction house said the sale was a record.")).isTrue();
    assertThat(held(q, "en", "The collection was housed at his New York townhouse.")).isFalse();
    assertThat(held(q, "en", "The auction house said the sale was a record.")).isFalse();
    assertThat(held("Which Tory candidate called the poster tasteless?", "en",
        "Prospective Tory candidate Andrew Mennear branded it tasteless.")).isTrue();
    assertThat(held("Which UK company wrote the software?", "en",
        "The software has been developed by a UK company, 2d3.")).isTrue();
    assertThat(held("Which video game firm is holding auditions?", "en",
        "Bioware, a Canadian video game firm, is holding auditions.")).isTrue();
    assertThat(held("Which authority runs the port?", "en", "It is run by the Hamburg Port Authority.")).isTrue();
    assertThat(held("Welke staatssecretaris moet verantwoording afleggen?", "nl",
        "D66 eist dat staatssecretaris Harbers verantwoording aflegt.")).isTrue();
    assertThat(held("¿Qué empresa compró la marca?", "es", "La empresa Repsol compró la marca en 2004.")).isTrue();
    assertThat(held("¿De qué escuela secundaria se graduó?", "es", "Se graduó de la escuela secundaria Elliot Lake."))
        .isTrue();
    assertThat(held("Which mission was considered more important?", "en",
        "NASA had given the EJSM mission priority ahead of TSSM.")).isTrue();
  }

  @Test
  void aPlaceOrAPeopleBeforeTheNounSaysWhereItIsFrom() {
    assertThat(held("Which dictionary publisher picked the word?", "en",
        "The term has been chosen by a US dictionary publisher.")).isFalse();
    assertThat(held("Which firm is holding auditions?", "en", "The Canadian firm is holding auditions.")).isFalse();
    assertThat(held("Which group supports the party?", "en", "It was backed by a Trotskyist group.")).isFalse();
    assertThat(held("What bird is included in the fauna?", "en", "The eastern birds winter in India.")).isFalse();
    assertThat(held("During what years did he take lessons?", "en", "Back home that year, Chopin heard Paganini."))
        .isFalse();
  }

  @Test
  void theQuestionsOwnNamesAreNoInstance() {
    assertThat(held("Which auction house did Sotheby's outbid?", "en",
        "The auction house Sotheby's lost the sale.")).isFalse();
    assertThat(held("Welches Unternehmen kaufte die Marke?", "de",
        "Weil das Unternehmen Verluste machte, wurde die Marke verkauft.")).isFalse();
  }
}
