package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conversion's pool of words: one string for each spelling, however many times it is read. */
class StringSetTest {

  @Test
  void anEqualStringGivesTheOneHeldFirstAlsoAfterTheTableGrew() {
    StringSet set = new StringSet();
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) { // past 65,536 slots: the table grows three times
      String word = "wort" + i;
      first.add(word);
      assertThat(set.intern(word)).isSameAs(word);
    }
    for (int i = 0; i < 200_000; i += 997) {
      String again = new String("wort" + i);
      assertThat(set.intern(again)).isSameAs(first.get(i)).isNotSameAs(again);
    }
    String aa = "Aa";
    String bb = new String("BB"); // the same hash code: both are held
    assertThat(set.intern(aa)).isSameAs(aa);
    assertThat(set.intern(bb)).isSameAs(bb);
    assertThat(set.intern(new String("BB"))).isSameAs(bb);
  }
}
