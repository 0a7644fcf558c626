package briefbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Letters apart, a swap of neighbours counting once, and the early stop above the bound. */
class EditDistanceTest {

  @Test
  void eachKindOfEditCountsOnce() {
    assertThat(EditDistance.atMost("maastricht", "maastricht", 2)).isZero();
    assertThat(EditDistance.atMost("maastricht", "maastrich", 2)).as("dropped").isEqualTo(1);
    assertThat(EditDistance.atMost("lansdowne", "landsdowne", 2)).as("added").isEqualTo(1);
    assertThat(EditDistance.atMost("recieve", "receive", 2)).as("neighbours swapped").isEqualTo(1);
    assertThat(EditDistance.atMost("aks", "ask", 2)).isEqualTo(1);
    assertThat(EditDistance.atMost("ishiba", "isjiba", 2)).as("replaced").isEqualTo(1);
    assertThat(EditDistance.atMost("serve", "eval", 9)).isEqualTo(4);
  }

  @Test
  void aboveTheBoundIsTheBoundPlusOne() {
    assertThat(EditDistance.atMost("ask", "index", 2)).isEqualTo(3);
    assertThat(EditDistance.atMost("abc", "bca", 1)).as("two edits, bound one").isEqualTo(2);
    assertThat(EditDistance.atMost("a", "abcd", 1)).as("lengths apart").isEqualTo(2);
  }
}
