package briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The neutral field holds a name as questions write it whether a text adds a possessive or gives a web address. */
class NeutralWordsTest {

  private static List<String> neutral(String text) {
    return Analyzers.terms(IndexFields.BODY_NEUTRAL, text);
  }

  @Test
  void aPossessiveIsDroppedInEveryLanguageButADecadeKeepsIt() {
    assertThat(neutral("eslóganes de McDonald's y Dior’s")).containsSubsequence("mcdonald", "~mcdonald", "dior")
        .doesNotContain("mcdonald's", "dior's");
    assertThat(neutral("in den 1980's")).contains("1980s");
    assertThat(neutral("it's")).containsExactly("it");
  }

  @Test
  void aWebAddressAlsoHoldsTheNamesItGives() {
    assertThat(neutral("redes como Facebook o meetup.com")).containsSubsequence("meetup.com", "meetup");
    assertThat(neutral("news.bbc.co.uk")).containsExactly("news.bbc.co.uk", "news", "bbc");
    assertThat(neutral("www.meetup.com")).containsExactly("www.meetup.com", "meetup");
  }

  @Test
  void abbreviationsWithDotsAreNoAddress() {
    assertThat(neutral("z.B. die U.S. Navy")).containsExactly("z.b", "die", "u.s", "navy", "~navi");
    assertThat(neutral("St.Gallen")).containsExactly("st.gallen", "~zt.galen");
    // a sentence that lost its space after the full stop
    assertThat(neutral("Sie las Delbrück.Die Königin")).containsExactly("sie", "~zie", "las", "delbruck.die",
        "~delbruk.die", "konigin", "~konigin");
  }
}
