package briefbot.retrieval;

import java.util.stream.IntStream;

/**
 * Which dictionaries gave a translation (the forward one, the reverse one, only a phrase's head in the reverse one),
 * in how many of their senses, and, summed over the reverse dictionary's senses that say the word, one over the
 * words of each: divided by the translation's own senses when ranked, it is how surely the reverse dictionary gives
 * the word back, 1 when the word is all it means ("staking": strike) and 1/6 when it is one of three words of one
 * of two senses ("houwen": beat, hit, strike; chop, cut, hack).
 */
record Given(boolean forward, boolean reverse, boolean head, int senses, double back) {

  /** Weight of a translation both dictionaries give, only the forward one gives, only the reverse one gives. */
  private static final double BOTH = 1.0;
  private static final double FORWARD = 0.7;
  private static final double REVERSE = 0.5;
  /**
   * Weight of a word only the head of a two-word phrase gives back ("union" in nld-eng's "vakbond: trade-union"): a
   * phrase's head is one of its senses, the phrase says which.
   */
  private static final double HEAD = REVERSE * 0.5;

  /**
   * Most translations give no share back (only two small dictionaries do) and have few senses: one of each such
   * kind serves them all, where a conversion would make a million.
   */
  private static final int SHARED_SENSES = 64;
  private static final Given[] SHARED = IntStream.range(0, 8 * SHARED_SENSES)
      .mapToObj(i -> new Given((i & 4 * SHARED_SENSES) != 0, (i & 2 * SHARED_SENSES) != 0,
          (i & SHARED_SENSES) != 0, i % SHARED_SENSES, 0))
      .toArray(Given[]::new);

  static final Given FORWARD_SENSE = of(true, false, false, 1, 0);

  static Given reverseSense(double back) {
    return of(false, true, false, 1, back);
  }

  static Given headSense(double back) {
    return of(false, false, true, 1, back);
  }

  private static Given of(boolean forward, boolean reverse, boolean head, int senses, double back) {
    if (back == 0 && senses >= 0 && senses < SHARED_SENSES) {
      return SHARED[((forward ? 4 : 0) + (reverse ? 2 : 0) + (head ? 1 : 0)) * SHARED_SENSES + senses];
    }
    return new Given(forward, reverse, head, senses, back);
  }

  Given and(Given other) {
    return of(forward || other.forward, reverse || other.reverse, head || other.head, senses + other.senses,
        back + other.back);
  }

  /** What both directions agree on counts most, then what the forward dictionary gives, then a phrase's head. */
  double weight() {
    return forward && reverse ? BOTH : forward ? FORWARD : reverse ? REVERSE : HEAD;
  }
}
