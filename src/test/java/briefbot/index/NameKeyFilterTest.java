package briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The spellings languages give one name meet on one key in the neutral field; different names do not. */
class NameKeyFilterTest {

  private static String key(String name) {
    List<String> keys = Analyzers.terms(IndexFields.BODY_NEUTRAL, name).stream()
        .filter(t -> t.startsWith(NameKeyFilter.MARK)).toList();
    assertThat(keys).as(name).hasSize(1);
    return keys.get(0);
  }

  @Test
  void transliterationsOfOneNameShareAKey() {
    assertThat(List.of("Poetin", "Putin").stream().map(NameKeyFilterTest::key).distinct()).hasSize(1);
    assertThat(List.of("Isjiba", "Ishiba").stream().map(NameKeyFilterTest::key).distinct()).hasSize(1);
    assertThat(List.of("Sjoigoe", "Shoigu", "Schoigu").stream().map(NameKeyFilterTest::key).distinct()).hasSize(1);
    assertThat(List.of("Zelensky", "Zelenski", "Selenskyj", "Zelenskyy").stream().map(NameKeyFilterTest::key)
        .distinct()).hasSize(1);
    assertThat(List.of("Jeltsin", "Yeltsin", "Jelzin").stream().map(NameKeyFilterTest::key).distinct()).hasSize(1);
    assertThat(List.of("Tsjaikovski", "Tchaikovsky", "Tschaikowski").stream().map(NameKeyFilterTest::key)
        .distinct()).hasSize(1);
    assertThat(List.of("Joesjtsjenko", "Yushchenko").stream().map(NameKeyFilterTest::key).distinct()).hasSize(1);
  }

  @Test
  void aGreekThAndTheTOfSpanishAndItalianShareAKey() {
    assertThat(List.of("Thessalonica", "Tesalónica").stream().map(NameKeyFilterTest::key).distinct()).hasSize(1);
    assertThat(List.of("Theodosius", "Teodosius").stream().map(NameKeyFilterTest::key).distinct()).hasSize(1);
    assertThat(List.of("Thomas", "Tomás").stream().map(NameKeyFilterTest::key).distinct()).hasSize(1);
    assertThat(List.of("Thomas", "Tomás", "Timon").stream().map(NameKeyFilterTest::key).distinct()).hasSize(2);
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertThat(List.of("Putin", "Biden", "Ishiba", "Yoon", "Kim", "Xi", "Macron", "Merkel", "Scholz")
        .stream().filter(n -> n.length() >= 3).map(NameKeyFilterTest::key).distinct()).hasSize(8);
  }

  @Test
  void onlyCapitalisedWordsGetAKeyAndTheWordItselfStays() {
    assertThat(Analyzers.terms(IndexFields.BODY_NEUTRAL, "Poetin sprak met de president"))
        .containsExactly("poetin", "~putin", "sprak", "met", "de", "president");
  }

  @Test
  void numbersStillSpanCapitalisedWords() {
    assertThat(Analyzers.quantities("Ten Thousand soldiers").stream().map(Analyzers.Quantity::term))
        .containsExactly("10000");
    List<String> terms = Analyzers.terms(IndexFields.BODY_NEUTRAL, "Ten Thousand");
    assertThat(terms).startsWith("ten", "~ten", "10000", "thousand");
  }
}
