package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which question words are names, and names found under another spelling. */
class NamesTest {

  private static List<String> words(String question) {
    return Arrays.stream(question.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static boolean name(String question, String word, String language) {
    List<String> words = words(question);
    return NameWords.isName(words, words.indexOf(word), language, w -> false);
  }

  @Test
  void aCapitalisedGermanNounIsNotAName() {
    String q = "Wie viele Menschen leben in den Innenbezirken von Berlin?";
    assertThat(name(q, "Innenbezirken", "de")).isFalse();
    assertThat(name(q, "Menschen", "de")).isFalse();
    assertThat(name(q, "Berlin", "de")).isTrue();
    assertThat(name("Wann begann die letzte Kaltzeit?", "Kaltzeit", "de")).isFalse();
    assertThat(name("Wann wurde die Regierung von Angela Merkel gebildet?", "Regierung", "de")).isFalse();
    assertThat(name("Wann wurde die Regierung von Angela Merkel gebildet?", "Merkel", "de")).isTrue();
  }

  @Test
  void aGermanWordTheDictionaryListsIsANounUnlessANameFollows() {
    Predicate<String> listed = Set.of("Innenräumen", "Stone", "Cold", "Windkraftwerke")::contains;
    List<String> words = words("Wieso waren Weihrauchuhren in Innenräumen sicherer?");
    assertThat(NameWords.isName(words, words.indexOf("Innenräumen"), "de", listed)).isFalse();
    assertThat(NameWords.isName(words, words.indexOf("Innenräumen"), "de", w -> false)).as("unlisted, after 'in'")
        .isTrue();
    words = words("Wie heißt Stone Cold Steve Austin wirklich?");
    assertThat(NameWords.isName(words, words.indexOf("Stone"), "de", listed)).isTrue();
    assertThat(NameWords.isName(words, words.indexOf("Cold"), "de", listed)).isTrue();
    words = words("Wie viele Menschen arbeiten für Vesta Windkraftwerke?");
    assertThat(NameWords.isName(words, words.indexOf("Windkraftwerke"), "de", listed)).isFalse();
    assertThat(NameWords.isName(words, words.indexOf("Vesta"), "de", listed)).isTrue();
  }

  @Test
  void inOtherLanguagesACapitalisedWordPastTheFirstIsAName() {
    String q = "Where did Biden meet Yoon and Ishiba?";
    assertThat(name(q, "Biden", "en")).isTrue();
    assertThat(name(q, "Ishiba", "en")).isTrue();
    assertThat(name(q, "Where", "en")).isFalse();
    assertThat(name("Waar ontmoette Biden de president van Zuid-Korea?", "president", "nl")).isFalse();
  }

  @Test
  void aNameIsFoundUnderATransliterationOrATypo() {
    assertThat(NameSpellings.respelling("Isjiba", List.of("met", "Ishiba", "Lima"))).isEqualTo("Ishiba");
    assertThat(NameSpellings.respelling("Maastrich", List.of("Maastricht", "treaty"))).isEqualTo("Maastricht");
    assertThat(NameSpellings.respelling("Ghandi", List.of("Gandhi"))).isEqualTo("Gandhi");
  }

  @Test
  void aShortOrDifferentWordIsNotRespelled() {
    assertThat(NameSpellings.respelling("Pope", List.of("hope", "pole"))).isNull();
    assertThat(NameSpellings.respelling("Scrushy", List.of("Crusher", "scratchy"))).isNull();
    assertThat(NameSpellings.respelling("Berlin", List.of("Merlin"))).as("another first letter").isNull();
  }

  @Test
  void anAbbreviationIsFoundWhereATextWritesItsNameInFull() {
    List<String> texts = List.of("Tourism in the city grew again.",
        "New York City is the most populous city in the United States of America.");
    assertThat(NameSpellings.expansion("NYC", texts)).containsExactly("New", "York", "City");
    assertThat(NameSpellings.expansion("USA", texts)).as("'of' inside the name is skipped")
        .containsExactly("United", "States", "America");
    assertThat(NameSpellings.expansion("NBA", texts)).as("no text writes it").isEmpty();
    assertThat(NameSpellings.expansion("Nyc", texts)).as("not an abbreviation").isEmpty();
    assertThat(NameSpellings.expansion("NYCTA", List.of("New York City is big."))).as("every letter a word").isEmpty();
  }

  @Test
  void aWordGluingTwoOfATextsWordsTogetherIsFoundWrittenApart() {
    List<String> texts = List.of("She headlined the Super Bowl 50 halftime show.");
    assertThat(NameSpellings.expansion("Superbowl", texts)).containsExactly("Super", "Bowl");
    assertThat(NameSpellings.expansion("Halftime", texts)).as("written as one word").isEmpty();
    assertThat(NameSpellings.expansion("Theshow", texts)).as("no two words in a row").isEmpty();
  }
}
