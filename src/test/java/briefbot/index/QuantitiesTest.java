package briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers and months written in any of the five languages meet on one canonical term of the neutral field. */
class QuantitiesTest {

  private static List<String> canonical(String text) {
    return Analyzers.quantities(text).stream().map(Analyzers.Quantity::term).toList();
  }

  @Test
  void wordTermsAreTheNeutralTermsLessTheAddedNumbersAndMonths() {
    for (String text : List.of("Russia sent 10,000 troops on 7 November, officials said.",
        "Noord-Korea stuurde ruim tienduizend militairen naar Koersk sinds 7 november.",
        "Am 18. März 2024 kostete es 2,5 Millionen Euro; im Sept. dreihundertfünf.",
        "Yoon Suk Yeol met Ishiba in Lima at 3.5 pm; 1,5 miljard euro, treinta y dos, £5bn, 21st, 10k.",
        "Quarante-deux ans après, vingt et un jours, une femme, ein Mann, one of a hundred people.",
        "Eleven, not 11: twelve.")) {
      List<String> all = Analyzers.terms(IndexFields.BODY_NEUTRAL, text);
      List<String> words = Analyzers.wordTerms(IndexFields.BODY_NEUTRAL, text);
      List<String> added = canonical(text);
      assertThat(added).as(text).allMatch(Analyzers::mayBeQuantity);
      List<String> rest = new ArrayList<>(all);
      added.forEach(rest::remove); // each added term's first occurrence, which follows its number's first word
      assertThat(added).as(text).isNotEmpty().hasSize(all.size() - words.size());
      assertThat(words).as(text).isEqualTo(rest);
      assertThat(Analyzers.wordTerms(IndexFields.body("en"), text)).isEqualTo(Analyzers.terms(IndexFields.body("en"), text));
    }
    assertThat(Analyzers.mayBeQuantity("yoon")).isFalse();
    assertThat(Analyzers.mayBeQuantity("~yn")).isFalse();
  }

  @Test
  void decadesAndCenturiesInEveryFormatAreOneTerm() {
    for (String text : List.of("in den 1980er Jahren", "in den 1980ern", "en los años 1980", "en los años ochenta",
        "in de jaren tachtig", "dans les années 80", "the 1980's")) {
      assertThat(canonical(text)).as(text).containsExactly("1980s");
    }
    for (String text : List.of("the 18th century", "im 18. Jahrhundert", "en el siglo XVIII", "au XVIIIe siècle",
        "in de 18e eeuw", "des 18. Jahrhunderts")) {
      assertThat(canonical(text)).as(text).containsExactly("18c");
    }
    assertThat(canonical("en el siglo XIV")).containsExactly("14c");
    assertThat(canonical("im 19. Jahrhundert")).containsExactly("19c");
    assertThat(canonical("im Jahr 1980")).isEmpty(); // a year is its own term, no decade
    assertThat(canonical("vor 18 Jahren")).isEmpty(); // "18" is its own term
  }

  @Test
  void writtenCenturiesAndDecadesAreTheSameTerm() {
    for (String text : List.of("the eighteenth century", "im achtzehnten Jahrhundert", "des achtzehnten Jahrhunderts",
        "en el siglo dieciocho", "en el siglo decimoctavo")) {
      assertThat(canonical(text)).as(text).containsExactly("18c");
    }
    assertThat(canonical("the twenty-first century")).containsExactly("21c");
    assertThat(canonical("im ersten Jahrhundert")).containsExactly("1c");
    for (String text : List.of("in the eighties", "in den achtziger Jahren", "die Achtzigerjahre",
        "in den Achtzigern")) {
      assertThat(canonical(text)).as(text).containsExactly("1980s");
    }
    assertThat(canonical("a woman in her eighties")).doesNotContain("1980s"); // an age, not a decade
    assertThat(canonical("two centuries later")).doesNotContain("2c"); // a count of centuries
    assertThat(canonical("vor zwei Jahrhunderten")).doesNotContain("2c");
    assertThat(canonical("un cuarto de siglo")).doesNotContain("4c");
  }

  @Test
  void groupedDigitsInEveryFormatAreOneNumber() {
    for (String text : List.of("10,000 troops", "10.000 militairen", "10 000 soldats", "ten thousand troops",
        "tienduizend militairen", "zehntausend Soldaten", "diez mil soldados", "10k troops")) {
      assertThat(canonical(text)).as(text).containsExactly("10000");
    }
  }

  @Test
  void decimalsAndScalesMultiply() {
    assertThat(canonical("1,5 miljard euro")).containsExactly("1500000000");
    assertThat(canonical("$1.5 billion")).containsExactly("1500000000");
    assertThat(canonical("£5bn")).containsExactly("5000000000");
    assertThat(canonical("dos mil millones")).containsExactly("2000000000");
    assertThat(canonical("een miljoen mensen")).containsExactly("1000000");
    assertThat(canonical("a hundred people")).containsExactly("100");
    assertThat(canonical("2,5 Millionen")).containsExactly("2500000");
  }

  @Test
  void writtenNumbersAddUpAcrossTheirWords() {
    assertThat(canonical("three hundred and five")).containsExactly("305");
    assertThat(canonical("vierentwintig")).containsExactly("24");
    assertThat(canonical("vierundzwanzig")).containsExactly("24");
    assertThat(canonical("treinta y dos")).containsExactly("32");
    assertThat(canonical("zweihundertfünfzig")).containsExactly("250");
    assertThat(canonical("dreißig")).containsExactly("30");
  }

  @Test
  void articlesAndWordsThatOnlyContainANumberStayWords() {
    assertThat(canonical("one of the leaders met a minister")).isEmpty();
    assertThat(canonical("een man en een vrouw")).isEmpty();
    assertThat(canonical("wir achten die Regeln")).isEmpty();
    assertThat(canonical("inflation of 5 per cent")).isEmpty(); // "5" is its own term already; "cent" is no hundred
    assertThat(canonical("often tender attended")).isEmpty();
  }

  @Test
  void monthsInAnyLanguageAndAbbreviationAreOneTerm() {
    assertThat(canonical("Nov. 7")).containsExactly("@m11");
    assertThat(canonical("7 november")).containsExactly("@m11");
    assertThat(canonical("7. November")).containsExactly("@m11");
    assertThat(canonical("7 de noviembre")).containsExactly("@m11");
    assertThat(canonical("18. März 1756")).containsExactly("@m03");
    assertThat(canonical("The rebels may march on")).containsExactly("@m03"); // "march" the verb: a cost accepted
  }

  @Test
  void theNeutralFieldKeepsTheWrittenTokensAndAddsTheCanonicalOne() {
    assertThat(Analyzers.terms(IndexFields.BODY_NEUTRAL, "Ruim 10.000 militairen, sinds 7 november"))
        .containsExactly("ruim", "~ruim", "10.000", "10000", "militairen", "sinds", "7", "november", "@m11");
    assertThat(Analyzers.terms(IndexFields.BODY_NEUTRAL, "ten thousand troops"))
        .containsExactly("ten", "10000", "thousand", "troops");
  }

  @Test
  void theCanonicalTermSpansTheWordsThatWriteIt() {
    String text = "about ten thousand troops";
    Analyzers.Quantity q = Analyzers.quantities(text).get(0);
    assertThat(text.substring(q.start(), q.end())).isEqualTo("ten thousand");
  }

  @Test
  void theQuickCheckForAGluedNumberAgreesWithTheSplit() {
    for (String word : List.of("vierentwintig", "zehntausend", "zweihundertfunfzig", "dosmil", "unun", "achten",
        "achttien", "tienduizend", "elfen", "eindeutig", "drieen", "undzwanzig", "thousand", "treaty", "zeventig",
        "vierundzwanzigste", "", "x")) {
      assertThat(NumberWords.glues(word)).as(word).isEqualTo(NumberWords.glued(word) != null);
    }
    assertThat(NumberWords.glues("vierentwintig")).isTrue();
    assertThat(NumberWords.glues("achten")).isFalse();
  }
}
