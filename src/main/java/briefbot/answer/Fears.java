package briefbot.answer;

import static briefbot.answer.CertaintyWords.HEDGES;
import static briefbot.answer.CertaintyWords.POSSIBLE;

import java.util.List;
import java.util.Set;

/** What a text fears or worries about, and whether that is a definite thing or one that may happen. */
final class Fears {

  /**
   * Words of fear or worry, folded ("alarm", "concerns", "bang", "bezorgd", "besorgt"): what is feared is feared as
   * possible, so a hedge inside what a source fears is the fear's own ({@link #hedgesOnlyInFear}).
   */
  private static final Set<String> FEARS = Set.copyOf(List.of(("fear fears feared fearing afraid alarm alarms alarmed "
      + "alert concern concerns concerned worry worries worried anxious anxiety apprehension bang bezorgd bezorgdheid "
      + "zorg zorgen ongerust ongerustheid vrees vrezen vreest vreesde vreesden angst besorgt sorge sorgen furcht "
      + "befurchtung befurchtungen befurchten befurchtet temor temores teme temen preocupacion preocupado preocupados "
      + "crainte craintes craint craignent inquietude").split(" ")));
  /** Prepositions that name what is feared: "alarm about", "bang voor", "Sorge um". */
  private static final Set<String> FEARED = Set.of("about", "over", "of", "for", "regarding", "concerning", "voor",
      "om", "um", "vor", "uber", "por", "sobre", "de");
  /** Words that make what follows definite, something taken as existing ("the technology exchange", "hun plannen"). */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "their", "his",
      "her", "our", "het", "deze", "die", "dit", "dat", "zijn", "haar", "hun", "der", "das", "den", "dem", "des",
      "el", "la", "los", "las", "le", "les", "ce", "cette", "ces");
  /** The most words between a fear and the preposition naming what is feared ("alarm among Western leaders about"). */
  private static final int FEARED_WITHIN = 5;

  private Fears() {}

  /**
   * Whether the source clause hedges only inside what it fears ("the alert ... about the potential expansion",
   * "bezorgd dat Pyongyang zou kunnen worden opgeroepen"): for a claim that fears something indefinite ("raising alarm
   * among Western leaders about a wider conflict", {@link #fearsIndefinite}), fearing a thing says it may happen, which
   * is what the hedge says. A definite thing feared ("worried about the technology exchange") is taken as existing,
   * which the source's "potential" does not say.
   */
  static boolean hedgesOnlyInFear(String clause) {
    List<Names.Token> theirs = Names.tokens(clause).stream().filter(Names.Token::word).toList();
    int fear = firstFear(theirs);
    if (fear < 0) {
      return false;
    }
    for (int i = 0; i < fear; i++) {
      String w = theirs.get(i).folded();
      if (HEDGES.contains(w) || POSSIBLE.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a claim's stretch fears something indefinite (the claim's side of the rule above), read once per part. */
  static boolean fearsIndefinite(String part) {
    List<Names.Token> mine = Names.tokens(part).stream().filter(Names.Token::word).toList();
    int own = firstFear(mine);
    if (own < 0) {
      return false;
    }
    for (int i = own + 1; i < Math.min(mine.size() - 1, own + 1 + FEARED_WITHIN); i++) {
      if (FEARED.contains(mine.get(i).folded())) {
        return !DEFINITE.contains(mine.get(i + 1).folded());
      }
    }
    return false;
  }

  private static int firstFear(List<Names.Token> words) {
    for (int i = 0; i < words.size(); i++) {
      if (FEARS.contains(words.get(i).folded())) {
        return i;
      }
    }
    return -1;
  }
}
