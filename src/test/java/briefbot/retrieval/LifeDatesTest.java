package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * An English sentence's bracket of life dates beside a name reads as born and died, as German "*" and "†" and the
 * Spanish bracket do; a bracket of years that is a term, a war, a season or a page range does not.
 */
class LifeDatesTest {

  /** The common words of a small hand-made dictionary: "War" and "Revolution" are listed, the names are not. */
  private static final Predicate<String> COMMON = Set.of("War", "Revolution", "Season", "Smith")::contains;

  private static String read(String sentence) {
    return LifeDates.words(sentence, "en", COMMON);
  }

  @Test
  void aBracketOfTwoDatesBesideANameIsBirthAndDeath() {
    assertThat(read("Alexander Pope (21 May 1688 – 30 May 1744) is regarded as the greatest poet of his age."))
        .isEqualTo("born birth died death");
    assertThat(read("Ernesto Sabato (June 24, 1911 – April 30, 2011) was an Argentine writer."))
        .isEqualTo("born birth died death");
    assertThat(read("Frédéric Chopin (/ˈʃoʊpæn/; 1 March 1810 - 17 October 1849) was a composer."))
        .as("after the pronunciation, with a hyphen").isEqualTo("born birth died death");
    assertThat(read("Frédéric Chopin (/ˈʃoʊpæn/; 22 February or 1 March 1810 – 17 October 1849) was a composer."))
        .as("either of two days").isEqualTo("born birth died death");
    assertThat(read("The physician William Harvey (1578–1657) described the circulation of the blood."))
        .as("two bare years").isEqualTo("born birth died death");
    assertThat(read("The painter Hans Holbein (c. 1500 - 1560) worked in Basel.")).as("an approximate year")
        .isEqualTo("born birth died death");
    assertThat(read("Socrates (c. 470 – 399 BC) was a Greek philosopher.")).as("counted back before Christ")
        .isEqualTo("born birth died death");
  }

  @Test
  void aBracketThatSaysBornOrDiedIsOneOfThem() {
    assertThat(read("Rita Ora (born 26 November 1990) is a singer.")).isEqualTo("born birth");
    assertThat(read("Carlos Latuff (b. 1968) is a cartoonist.")).isEqualTo("born birth");
    assertThat(read("John Smith (d. 1631) was an explorer.")).isEqualTo("died death");
  }

  @Test
  void aSpanOfYearsThatIsNoLifeIsNotRead() {
    assertThat(read("He served two terms as governor (2001 - 2005) before he retired.")).as("a term of office")
        .isEmpty();
    assertThat(read("He was the club's captain in the Premier League (2001 - 2005).")).as("four years").isEmpty();
    assertThat(read("The season (1688 – 1744) is a lower-case word's bracket.")).isEmpty();
    assertThat(read("The Thirty Years' War (1618–1648) devastated Germany.")).as("a war the dictionary lists")
        .isEmpty();
    assertThat(read("The letters are printed in the appendix (pp. 1688-1744).")).as("a page range").isEmpty();
    assertThat(read("Louis XIV (reigned 1643 – 1715) built Versailles.")).as("a reign").isEmpty();
    assertThat(read("The Ming Dynasty (1368–1644) ruled China.")).as("longer than a life").isEmpty();
  }

  @Test
  void aDaysDateNeedsNoNameTheDictionaryLacks() {
    // a day's date is a life's even beside a listed word ("Mosques (Arabic: ...; 1921 – 1 August 2005)")
    assertThat(read("John Smith (3 May 1580 – 21 June 1631) was an explorer.")).isEqualTo("born birth died death");
    assertThat(read("John Smith (1580 – 1631) was an explorer.")).as("bare years beside a listed word").isEmpty();
  }

  @Test
  void germanAndSpanishAreReadAsBefore() {
    assertThat(LifeDates.words("Alexander Pope (* 21. Mai 1688 in London; † 30. Mai 1744) war ein Dichter.", "de",
        COMMON)).isEqualTo("geboren Geburt gestorben starb Tod");
    assertThat(LifeDates.words("Alexander Pope (21 May 1688 – 30 May 1744) war ein Dichter.", "de", COMMON))
        .as("an English bracket in a German text").isEmpty();
  }
}
