package briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.retrieval.Passage;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences an answer keeps when figures from other articles need room. */
class SelectionTest {

  private static Candidate sentence(String article, int position, String text, double score) {
    Passage p = new Passage(article, article, null, null, null, "en", 1, null, text, Instant.EPOCH, 1);
    return Candidate.of(p, position, text, new BitSet(), score, false);
  }

  @Test
  void aDifferingFigureNeverPushesOutTheLeadSentence() {
    // The lead leans on the sentence before it, which comes first. Figures from other articles take the room of the
    // sentences without a figure, but never the lead's: it was dropped, leaving its context and two birth dates.
    Candidate before = sentence("band", 2, "Only 18 at the time, Joe Elliott tried out for the band in 1977.", 1);
    Candidate lead = sentence("band", 3, "During his audition it was decided that he should be the singer.", 1);
    Candidate after = sentence("band", 4, "Their first gig was in the dining hall.", 0.9);
    Selection selection = new Selection(lead);
    selection.addBefore(before, lead, 3);
    selection.add(after, 3);
    selection.addDifferingFigures(List.of(sentence("mendes", 0, "Shawn Mendes was born on August 8, 1998.", 0.8),
        sentence("traore", 0, "Rokia Traore was born on January 26, 1974.", 0.8)), 3);
    assertThat(selection.chosen()).startsWith(before, lead).hasSize(3);
  }
}
