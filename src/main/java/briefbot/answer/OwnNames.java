package briefbot.answer;

import briefbot.retrieval.Retrieval.Concept;
import briefbot.text.WholeWords;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The names a follow-up asks about itself, apart from the earlier question's names it carries along in a closing
 * bracket ("wat zei Bedford (Susan Chepkemei)?", {@link FollowUp}): the carried names only say where the follow-up
 * belongs, its own name says what it asks.
 */
final class OwnNames {

  private OwnNames() {}

  /**
   * The question's key terms that are names it says outside a closing bracket, where that bracket carries names
   * along ({@link FollowUp#beforeCarriedNames}): empty for a question that carries none.
   */
  static BitSet of(String question, List<Concept> concepts) {
    BitSet own = new BitSet();
    Optional<String> before = FollowUp.beforeCarriedNames(question);
    if (before.isEmpty()) {
      return own;
    }
    String asked = before.get().toLowerCase(Locale.ROOT);
    for (int i = 0; i < concepts.size(); i++) {
      Concept c = concepts.get(i);
      if (c.name() && WholeWords.in(asked, c.word().toLowerCase(Locale.ROOT))) {
        own.set(i);
      }
    }
    return own;
  }

  /**
   * The candidates that hold every name the question asks about itself, where it carries names along and any
   * candidate holds them; else all. "En wat zei Bedford?" after a question on Susan Chepkemei led with her sentences:
   * her two names outweighed his one in every sentence that named her.
   */
  static List<Candidate> holding(String question, List<Concept> concepts, List<Candidate> candidates) {
    BitSet own = of(question, concepts);
    if (own.isEmpty()) {
      return candidates;
    }
    List<Candidate> out = candidates.stream().filter(c -> {
      BitSet lacking = (BitSet) own.clone();
      lacking.andNot(c.matched());
      return lacking.isEmpty();
    }).toList();
    return out.isEmpty() ? candidates : out;
  }
}
