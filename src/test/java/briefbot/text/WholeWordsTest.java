package briefbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A word found only as a word of its own, by the plain scan and by the pattern alike. */
class WholeWordsTest {

  /** Texts around "IS": bounded by spaces, punctuation, the text's ends; inside words, digits, numbers of all kinds. */
  private static final List<String> TEXTS = List.of("bij IS", "IS", "IS, zei hij", "(IS)", "ISIS", "ISO", "IS2",
      "2IS", "IS\u00B2", "\u2167IS", "ÉIS", "IS\u00E9", "is", "This IS it", "\uD835\uDC00IS", "IS\uD835\uDC00",
      "\uD835\uDC00IS IS", "IS-Kämpfer", "ISIS and IS", "", "I S");

  @Test
  void theScanFindsWhatThePatternFinds() {
    for (String text : TEXTS) {
      assertThat(WholeWords.in(text, "IS")).as(text).isEqualTo(WholeWords.of("IS").matcher(text).find());
    }
  }

  /** A letter outside the BMP before the word does not bind it: the look-behind reads one char, half of it. */
  @Test
  void aWordIsBoundedByWhatIsNoLetterOrNumber() {
    assertThat(TEXTS.stream().filter(t -> WholeWords.in(t, "IS"))).containsExactly("bij IS", "IS", "IS, zei hij",
        "(IS)", "This IS it", "\uD835\uDC00IS", "\uD835\uDC00IS IS", "IS-Kämpfer", "ISIS and IS");
  }

  @Test
  void aPatternInAnyCaseFindsTheWordInAnotherCaseButNotInsideAWord() {
    assertThat(WholeWords.ofAnyCase("Hodges").matcher("dave hodges' son").find()).isTrue();
    assertThat(WholeWords.ofAnyCase("Hodges").matcher("Hodgeson").find()).isFalse();
    assertThat(WholeWords.of("Hodges").matcher("dave hodges").find()).isFalse();
  }

  @Test
  void aBoundedAlternationMatchesAnyOfItsPhrasesAsWholeWords() {
    var kind = WholeWords.bounded("what kind of|how come", 0);
    assertThat(kind.matcher("so what kind of car").find()).isTrue();
    assertThat(kind.matcher("somewhat kind of").find()).isFalse();
    assertThat(kind.matcher("how comes").find()).isFalse();
  }
}
