package briefbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence splitting, the unit an extractive answer cites. */
class SentencesTest {

  @Test
  void abbreviationsDoNotEndASentence() {
    assertThat(Sentences.of("Rutte on Nov. 7 said the U.S. mainland is at risk. He spoke in Budapest today.", "en"))
        .containsExactly("Rutte on Nov. 7 said the U.S. mainland is at risk.", "He spoke in Budapest today.");
  }

  @Test
  void spansStandWhereEachSentenceStandsInTheText() {
    String text = "  Die Armee schickte am 18. Mai Soldaten. Es kamen 300 weitere  hinzu. Ja. ";
    List<Sentences.Span> spans = Sentences.spans(text, "de");
    assertThat(spans).extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly("Die Armee schickte am 18. Mai Soldaten.", "Es kamen 300 weitere  hinzu. Ja.");
    assertThat(Sentences.of(text, "de")).containsExactly("Die Armee schickte am 18. Mai Soldaten.",
        "Es kamen 300 weitere  hinzu. Ja.");
  }

  @Test
  void wordsSeparatedByAnotherWhiteSpaceCountAsWords() {
    // An em space between words: "It voted to close it." is five words, not a fragment that joins the one before.
    String voted = "It\u2003voted\u2003to\u2003close\u2003it.";
    assertThat(Sentences.of("The council met on Monday to discuss the bridge. " + voted, "en"))
        .containsExactly("The council met on Monday to discuss the bridge.", voted);
  }

  @Test
  void markupWithAnExclamationMarkStaysInOneSentence() {
    assertThat(Sentences.of("Ignore this and ping <!channel> now, said the text. The next sentence is normal.", "en"))
        .containsExactly("Ignore this and ping <!channel> now, said the text.", "The next sentence is normal.");
  }

  @Test
  void veryShortFragmentsJoinTheSentenceBefore() {
    assertThat(Sentences.of("Moscow is providing Tehran with fighter jets and technology. spatial.", "en"))
        .containsExactly("Moscow is providing Tehran with fighter jets and technology. spatial.");
  }

  @Test
  void aQuestionMarkBeforeACommaDoesNotEndTheSentence() {
    assertThat(Sentences.of("In its report, Is Online Community A Policy Tool?, the IPPR also asks if ID cards could "
        + "help. Adopting an eBay-type model would help.", "en"))
        .containsExactly(
            "In its report, Is Online Community A Policy Tool?, the IPPR also asks if ID cards could help.",
            "Adopting an eBay-type model would help.");
    assertThat(Sentences.of("'Wat moest ik anders?', zei hij woensdag in de rechtszaal. Daarna ging hij naar huis.",
        "nl")).containsExactly("'Wat moest ik anders?', zei hij woensdag in de rechtszaal.",
            "Daarna ging hij naar huis.");
    assertThat(Sentences.of("He asked why it failed? Nobody knew the answer at all.", "en")).hasSize(2);
  }

  @Test
  void aLowerCaseWordAfterAQuestionOrExclamationMarkGoesOnWithTheSentence() {
    assertThat(Sentences.of("Band Aid's Do They Know it's Christmas? is expected to sell a million copies. Sales began "
        + "on Monday morning.", "en")).containsExactly(
            "Band Aid's Do They Know it's Christmas? is expected to sell a million copies.",
            "Sales began on Monday morning.");
    assertThat(Sentences.of("Onder de slogan 'Pak 'm beet!' start maandag de week van de teek. Dat is geen "
        + "overbodige luxe, zegt hij.", "nl")).containsExactly(
            "Onder de slogan 'Pak 'm beet!' start maandag de week van de teek.",
            "Dat is geen overbodige luxe, zegt hij.");
    assertThat(Sentences.of("Heeft u nog geen AOW? dan kunt u een uitkering aanvragen. Dat doet u bij de SVB.", "nl"))
        .containsExactly("Heeft u nog geen AOW? dan kunt u een uitkering aanvragen.", "Dat doet u bij de SVB.");
  }

  @Test
  void aMarkInsideBracketsBeforeALowerCaseWordGoesOnWithTheSentence() {
    assertThat(Sentences.of("Dit hield ik vol totdat ik hoorde dat (ten onrechte!) het gerucht ging dat ik ziek was. "
        + "Dat is een ander verhaal.", "nl")).containsExactly(
            "Dit hield ik vol totdat ik hoorde dat (ten onrechte!) het gerucht ging dat ik ziek was.",
            "Dat is een ander verhaal.");
    assertThat(Sentences.of("He tipped Redmayne (The Goat, or Who is Sylvia?) or Ben Whishaw (Hamlet) for the prize. "
        + "The jury meets today.", "en")).hasSize(2);
    assertThat(Sentences.of("They waited for hours (nobody knew why!) Then the gates opened.", "en")).hasSize(2);
  }

  @Test
  void aGermanDateOrOrdinalIsNotASentenceEnd() {
    assertThat(Sentences.of("Die Schlacht fand am 18. Mai 1756 statt. Danach zog das Heer nach Norden ab.", "de"))
        .containsExactly("Die Schlacht fand am 18. Mai 1756 statt.", "Danach zog das Heer nach Norden ab.");
    assertThat(Sentences.of("Im 19. Jahrhundert wuchs die Stadt schnell. Sie hatte 1900 schon 50.000 Einwohner.", "de"))
        .containsExactly("Im 19. Jahrhundert wuchs die Stadt schnell.", "Sie hatte 1900 schon 50.000 Einwohner.");
    assertThat(Sentences.of("Het verdrag werd op 7. mei getekend in Lima. Daarna volgde de top.", "nl"))
        .containsExactly("Het verdrag werd op 7. mei getekend in Lima.", "Daarna volgde de top.");
  }

  @Test
  void aYearAtTheEndOfASentenceStillEndsIt() {
    assertThat(Sentences.of("The war ended in the year 1945. Peace talks began at once.", "en"))
        .containsExactly("The war ended in the year 1945.", "Peace talks began at once.");
  }

  @Test
  void aDutchQuoteIsOneSentenceAndItsClosingMarksStayWithIt() {
    assertThat(Sentences.of("Hij zei: ,,We gaan door. Niemand houdt ons tegen.'' Daarna vertrok hij naar huis.", "nl"))
        .containsExactly("Hij zei: ,,We gaan door. Niemand houdt ons tegen.''", "Daarna vertrok hij naar huis.");
  }

  @Test
  void aDutchQuoteOpeningAfterAStopStartsASentenceAndMayCloseWithAPlainQuote() {
    // ",," after a stop is no comma: the quote starts a sentence; closed with a plain " it is one sentence with its
    // attribution, and a later '' does not hold the sentences in between together.
    assertThat(Sentences.of("Het stikt al van de teken. ,,Ik trof deze week een dode ree aan. In z'n vacht zaten "
        + "honderd teken\", aldus De Jonge, die door de bossen struint. ,,Het is echt heel erg.'' Daarna ging hij "
        + "weg.", "nl"))
        .containsExactly("Het stikt al van de teken.",
            ",,Ik trof deze week een dode ree aan. In z'n vacht zaten honderd teken\", aldus De Jonge, die door de "
                + "bossen struint.",
            ",,Het is echt heel erg.''", "Daarna ging hij weg.");
  }

  @Test
  void aGermanQuoteEndsItsSentenceWhereItCloses() {
    assertThat(Sentences.of("Er sagte: „Wir machen weiter. Niemand hält uns auf.“ Danach ging er nach Hause.", "de"))
        .containsExactly("Er sagte: „Wir machen weiter. Niemand hält uns auf.“", "Danach ging er nach Hause.");
  }

  @Test
  void sentencesGluedWithoutASpaceAreTwo() {
    assertThat(Sentences.of("The fever is found in Pakistan and India.The disease is spread by sandflies.", "en"))
        .containsExactly("The fever is found in Pakistan and India.", "The disease is spread by sandflies.");
    assertThat(Sentences.of("The U.S.Army left the base in June. Nobody stayed behind there.", "en"))
        .containsExactly("The U.S.Army left the base in June.", "Nobody stayed behind there.");
  }

  @Test
  void aFootnoteMarkEndsItsSentence() {
    assertThat(Sentences.of("El rey ignoró a los diputados liberales.[71]\u200b Federico recibió carta del rey.",
        "es")).hasSize(2).last().asString().startsWith("Federico recibió");
    assertThat(Sentences.of("Der Bau begann im Jahr 1920.[3][4] Danach kam die Eröffnung der Brücke.", "de"))
        .containsExactly("Der Bau begann im Jahr 1920.[3][4]", "Danach kam die Eröffnung der Brücke.");
    assertThat(Sentences.of("Der Bau begann im Jahr 1920.[3 Danach kam die Eröffnung der Brücke.", "de"))
        .hasSize(1);
  }

  @Test
  void languagesTakenInTurnSplitAsEachAlone() {
    String german = "Die Schlacht fand am 18. Mai 1756 statt. Danach zog das Heer nach Norden ab.";
    String english = "Rutte on Nov. 7 said the mainland is at risk. He spoke in Budapest today.";
    for (int i = 0; i < 3; i++) {
      assertThat(Sentences.of(german, "de")).hasSize(2);
      assertThat(Sentences.of(english, "en")).hasSize(2);
    }
  }

  @Test
  void germanAndSpanishAbbreviationsDoNotEndASentence() {
    assertThat(Sentences.of("Der Bau kostete 1,2 Mrd. Euro und dauerte drei Jahre. Danach kam die Eröffnung.", "de"))
        .containsExactly("Der Bau kostete 1,2 Mrd. Euro und dauerte drei Jahre.", "Danach kam die Eröffnung.");
  }

  @Test
  void anAbbreviationAfterAParenthesisOrQuoteDoesNotEndASentence() {
    assertThat(Sentences.of("Any paper format at least 100 mm high (e.g. ISO A7 and larger) can be filed this way. "
        + "The holes are 80 mm apart.", "en")).hasSize(2).first().asString().endsWith("filed this way.");
    assertThat(Sentences.of("Thatcher told the House that \"Mr. Sands was a convicted criminal.\" He chose to take his own life.", "en"))
        .hasSize(2).first().asString().contains("Mr. Sands");
    assertThat(Sentences.of("Der Film erschien bei Warner Bros. Pictures in vielen Ländern. Er war ein Erfolg.", "de"))
        .containsExactly("Der Film erschien bei Warner Bros. Pictures in vielen Ländern.", "Er war ein Erfolg.");
  }

  @Test
  void aSingleLowerCaseLetterWithAStopIsAnAbbreviation() {
    assertThat(Sentences.of("In Honduras leben u. a. Affen (z. B. der Kapuziner) und Kojoten. Ferner leben hier Vögel.",
        "de")).containsExactly("In Honduras leben u. a. Affen (z. B. der Kapuziner) und Kojoten.",
        "Ferner leben hier Vögel.");
    assertThat(Sentences.of("Mit dem 8. Jh. n. Chr. war die Schrift entwickelt. Sie kam aus Indien.", "de"))
        .containsExactly("Mit dem 8. Jh. n. Chr. war die Schrift entwickelt.", "Sie kam aus Indien.");
  }

  @Test
  void aSentenceGluedAfterAClosingQuoteOrBeforeAYearIsTwo() {
    assertThat(Sentences.of("Freunde tauschen Schokolade, tomo bedeutet „Freund“.In den 1980er-Jahren kam der Tag.",
        "de")).hasSize(2).last().asString().startsWith("In den 1980er");
    assertThat(Sentences.of("Er verglich die Teekanne mit Gott.1958 nutzte Russell dieselbe Analogie.", "de"))
        .containsExactly("Er verglich die Teekanne mit Gott.", "1958 nutzte Russell dieselbe Analogie.");
    assertThat(Sentences.of("The film was made ca.1958 in Rome by a small crew.", "en")).hasSize(1);
  }
}
