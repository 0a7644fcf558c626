package briefbot.corpus;

import static briefbot.corpus.ArticleFile.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The cleaning rules that real news needed (issue 18): leads, inline boilerplate, giant paragraphs. */
class CleaningTest {

  @Test
  void aShortLeadWithoutFullStopIsTheFirstParagraphNotASectionTitle() {
    // As the BBC files have it: the headline repeated, then a one-line lead without a final full stop.
    Article a = anArticle("bbc").title("Brewers turn to beer-flavoured drinks").language("en")
        .paragraph("Brewers turn to beer-flavoured drinks")
        .paragraph("Japanese brewers are increasingly making money from beer-flavoured drinks rather than beer itself")
        .paragraph("Sales of so-called happoshu, which contains less malt and is taxed less, rose by 10% last year.")
        .paragraph("Kirin said it expected the trend to continue as consumers look for cheaper drinks.")
        .parse();
    assertThat(a.paragraphs()).extracting(Paragraph::section).containsOnlyNulls();
    assertThat(a.paragraphs().get(0).text()).startsWith("Japanese brewers are increasingly");
  }

  @Test
  void aShortSentenceCutShortInTheMiddleIsTextButATitleCaseLineIsAHeading() {
    Article a = anArticle("mid").title("Rates held").language("en")
        .paragraph("The central bank kept its main interest rate at 4.75% on Thursday, as most economists expected.")
        .paragraph("The decision was backed by seven of the nine members of the committee")
        .paragraph("Two members voted for a cut of a quarter of a percentage point, citing weak growth.")
        .paragraph("Outlook for Growth and Prices")
        .paragraph("The bank now expects the economy to grow by 1% next year, down from 1.5%.")
        .parse();
    assertThat(a.paragraphs()).extracting(Paragraph::text).contains(
        "The decision was backed by seven of the nine members of the committee");
    assertThat(a.paragraphs()).extracting(Paragraph::section)
        .containsExactly(null, null, null, "Outlook for Growth and Prices");
  }

  /** One real-looking example per inline rule: each rule has its test, and a rule without one fails here. */
  private static final Map<InlineCruft, String> EXAMPLES = new EnumMap<>(Map.ofEntries(
      Map.entry(InlineCruft.LETTERS_PAGE, "Stuur uw mening naar brieven@volkskrant.nl"),
      Map.entry(InlineCruft.PRIVACY_NOTICE,
          "Deze krant gebruikt uw persoonsgegevens. Voor meer informatie, zie ons privacystatement."),
      Map.entry(InlineCruft.SEND_IN, "Mail uw tekst en foto (met open oogjes) naar: lezers@parool.nl"),
      Map.entry(InlineCruft.EDITORIAL_NOTE,
          "De mening van de krant, verwoord door leden van de hoofdredactie en senior redacteuren."),
      Map.entry(InlineCruft.VIDEO_PROMO, "Bekijk op de site bij /video voor het gesprek met de schrijver."),
      Map.entry(InlineCruft.APP_PROMO_NL, "Download de AD-app voor het laatste nieuws."),
      Map.entry(InlineCruft.NEWSLETTER_NL, "Schrijf je in voor de gratis nieuwsbrief van Het Parool."),
      Map.entry(InlineCruft.COOKIES_NL, "Deze site gebruikt cookies om uw ervaring te verbeteren."),
      Map.entry(InlineCruft.FOLLOW_NL, "Volg ons ook op Twitter voor het laatste nieuws."),
      Map.entry(InlineCruft.NEWSLETTER_EN, "Sign up for our daily newsletter to get the news first."),
      Map.entry(InlineCruft.COOKIES_EN, "This website uses cookies to improve your experience."),
      Map.entry(InlineCruft.FOLLOW_EN, "Follow us on Twitter for the latest updates."),
      Map.entry(InlineCruft.APP_PROMO_EN, "Download our news app for breaking alerts."),
      Map.entry(InlineCruft.NEWSLETTER_DE, "Melden Sie sich jetzt für unseren Newsletter an."),
      Map.entry(InlineCruft.COOKIES_DE, "Diese Webseite verwendet Cookies für eine bessere Nutzung."),
      Map.entry(InlineCruft.FOLLOW_DE, "Folgen Sie uns auf Facebook für mehr Nachrichten."),
      Map.entry(InlineCruft.NEWSLETTER_FR, "Inscrivez-vous à notre newsletter quotidienne."),
      Map.entry(InlineCruft.COOKIES_FR, "Ce site utilise des cookies pour mesurer l'audience."),
      Map.entry(InlineCruft.FOLLOW_FR, "Suivez-nous sur Twitter pour ne rien manquer."),
      Map.entry(InlineCruft.NEWSLETTER_ES, "Suscríbete a nuestro boletín para recibir las noticias."),
      Map.entry(InlineCruft.COOKIES_ES, "Este sitio web utiliza cookies para mejorar el servicio."),
      Map.entry(InlineCruft.FOLLOW_ES, "Síguenos en Twitter para más información.")));

  private static final Map<String, String[]> AROUND = Map.of(
      "nl", new String[] {"De gemeenteraad stemde dinsdag in met het plan.", "Het college wil in mei beginnen."},
      "en", new String[] {"The council approved the plan on Tuesday.", "Work should start in May."},
      "de", new String[] {"Der Stadtrat stimmte dem Plan am Dienstag zu.", "Die Arbeiten beginnen im Mai."},
      "fr", new String[] {"Le conseil a approuvé le projet mardi.", "Les travaux commencent en mai."},
      "es", new String[] {"El consejo aprobó el plan el martes.", "Las obras empiezan en mayo."});

  @Test
  void everyInlineRuleRemovesItsNoticeAndNothingAroundIt() {
    assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrder(InlineCruft.values());
    for (var e : EXAMPLES.entrySet()) {
      String language = e.getKey().language();
      String[] around = AROUND.get(language);
      List<ParagraphSplitter.Dropped> dropped = new ArrayList<>();
      String kept = InlineCruft.strip(around[0] + " " + e.getValue() + " " + around[1], language, dropped);
      assertThat(kept).as(e.getKey().name()).isEqualTo(around[0] + " " + around[1]);
      assertThat(dropped).as(e.getKey().name()).extracting(ParagraphSplitter.Dropped::reason)
          .contains(e.getKey().name());
    }
  }

  @Test
  void theDpgLettersPageNoticeGluedToTheTextIsDroppedAndTheLetterKept() {
    Article a = anArticle("dpg").title("Brieven").language("nl")
        .paragraph("Stuur uw mening naar brieven@volkskrant.nl Deze krant gebruikt uw persoonsgegevens. Voor meer "
            + "informatie, zie ons privacystatement. Het kabinet moet de zorg eindelijk betaalbaar maken, schrijft "
            + "een lezer uit Zwolle.")
        .parse();
    assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
        "Het kabinet moet de zorg eindelijk betaalbaar maken, schrijft een lezer uit Zwolle.");
  }

  @Test
  void aRuleOfAnotherLanguageLeavesTheTextAlone() {
    String english = "We use cookies in the lab to keep the mice fed, the researchers said.";
    assertThat(InlineCruft.strip(english, "nl", new ArrayList<>())).isEqualTo(english);
  }

  @Test
  void aGiantParagraphIsCutIntoPassagesAtSentenceEnds() {
    List<String> sentences = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      sentences.add("De gemeente Utrecht meldde op dag " + i + " dat het aantal fietsers op de Dom-route opnieuw "
          + "is gestegen, vooral in de ochtendspits.");
    }
    sentences.add(",,Dit hadden we nooit verwacht'', vindt hoogleraar stadshistorie Jan de Vries.");
    String giant = String.join(" ", sentences);
    assertThat(giant.length()).isGreaterThan(12_000);

    Article a = anArticle("giant").title("Fietsers").language("nl").paragraph(giant).parse();

    assertThat(a.paragraphs()).hasSizeGreaterThan(10);
    assertThat(a.paragraphs()).allSatisfy(p -> {
      assertThat(p.text().length()).isLessThanOrEqualTo(1500);
      assertThat(p.text()).endsWith(".");
      assertThat(p.text()).doesNotStartWith(",");
    });
    assertThat(a.paragraphs()).extracting(Paragraph::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, a.paragraphs().size()).boxed().toList());
    assertThat(String.join(" ", a.paragraphs().stream().map(Paragraph::text).toList())).isEqualTo(giant);
    assertThat(a.paragraphs().get(a.paragraphs().size() - 1).text()).contains(",,Dit hadden we nooit verwacht'', vindt");
  }

  @Test
  void aSentenceLongerThanAPassageIsCutAtAClause() {
    String clause = "the committee heard witnesses from the ministry, the regulator and the industry";
    String sentence = "During the hearing " + String.join(", and then ", Collections.nCopies(30, clause)) + ".";
    Article a = anArticle("long").title("Hearing").language("en").paragraph(sentence).parse();
    assertThat(a.paragraphs()).hasSizeGreaterThan(1);
    assertThat(a.paragraphs()).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(1500));
    assertThat(String.join(" ", a.paragraphs().stream().map(Paragraph::text).toList())).isEqualTo(sentence);
  }

  @Test
  void aPassageNeverStartsAfterATitleThatEndsInAnExclamationMarkInsideASentence() {
    List<String> sentences = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      sentences.add("Op dag " + i + " ging het om Paul pakt uit!, het nieuwe programma waarmee de presentator "
          + "terugkeert op de zaterdagavond.");
    }
    String giant = String.join(" ", sentences);
    Article a = anArticle("title").title("Televisie").language("nl").paragraph(giant).parse();
    assertThat(a.paragraphs()).hasSizeGreaterThan(1);
    assertThat(a.paragraphs()).allSatisfy(p -> assertThat(p.text()).startsWith("Op dag "));
  }
}
