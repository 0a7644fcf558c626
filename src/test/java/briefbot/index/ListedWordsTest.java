package briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word lists' compact set: exact membership, and every listed ending of a word in one walk. */
class ListedWordsTest {

  private static final ListedWords WORDS = ListedWords.of(List.of("grenze", "Armut", "armutsgrenze", "renze", "e",
      "grenze", "straße", "\uD83D\uDE00x"));

  @Test
  void holdsExactlyTheListedWordsAsWritten() {
    assertThat(WORDS.contains("grenze".toCharArray(), 0, 6)).isTrue();
    assertThat(WORDS.contains("die armutsgrenze".toCharArray(), 4, 16)).isTrue();
    assertThat(WORDS.contains("grenz".toCharArray(), 0, 5)).as("a listed word's beginning is no word").isFalse();
    assertThat(WORDS.contains("agrenze".toCharArray(), 0, 7)).as("nor is a longer word it ends").isFalse();
    assertThat(WORDS.contains("armut".toCharArray(), 0, 5)).as("case is kept").isFalse();
    assertThat(WORDS.contains("Armut".toCharArray(), 0, 5)).isTrue();
    assertThat(WORDS.contains("straße".toCharArray(), 0, 6)).isTrue();
    assertThat(WORDS.contains("\uD83D\uDE00x".toCharArray(), 0, 3)).as("a surrogate pair reversed as chars").isTrue();
    assertThat(WORDS.contains("grenze".toCharArray(), 2, 2)).as("the empty word").isFalse();
    assertThat(ListedWords.of(List.of()).contains("grenze".toCharArray(), 0, 6)).isFalse();
  }

  @Test
  void findsEveryListedEndingOfAWord() {
    char[] word = "xarmutsgrenze".toCharArray();
    boolean[] endings = WORDS.endings(word, 1, word.length);
    // element i: whether word[1 + i, 13) is listed: armutsgrenze (0), grenze (6), renze (7), e (11)
    for (int i = 0; i < endings.length; i++) {
      assertThat(endings[i]).as("ending at %d", i).isEqualTo(i == 0 || i == 6 || i == 7 || i == 11);
    }
    assertThat(ListedWords.of(List.of()).endings(word, 0, word.length)).containsOnly(false);
    assertThat(WORDS.bytes()).isPositive();
  }

  /**
   * The compiler takes its keys in its label order only: words ending in chars on either side of the surrogates
   * ("\uFB01", a ligature, sorts above them as a char, below them as a code point) are held as chars sort.
   */
  @Test
  void wordsEndingInAnyCharAreHeldInTheCompilersOrder() {
    ListedWords words = ListedWords.of(List.of("o\uFB01", "o\uD83D\uDE00", "oz", "o\u00E9", "o\uFB01"));
    for (String word : List.of("o\uFB01", "o\uD83D\uDE00", "oz", "o\u00E9")) {
      assertThat(words.contains(word.toCharArray(), 0, word.length())).as(word).isTrue();
    }
    assertThat(words.contains("o".toCharArray(), 0, 1)).isFalse();
  }
}
