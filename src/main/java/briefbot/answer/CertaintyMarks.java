package briefbot.answer;

import static briefbot.answer.CertaintyWords.ANSWER_PARTICLES;
import static briefbot.answer.CertaintyWords.ATTRIBUTING;
import static briefbot.answer.CertaintyWords.BE;
import static briefbot.answer.CertaintyWords.BOOSTERS;
import static briefbot.answer.CertaintyWords.CLAIMING;
import static briefbot.answer.CertaintyWords.DEONTIC;
import static briefbot.answer.CertaintyWords.DUTCH_ALREADY;
import static briefbot.answer.CertaintyWords.FAIL;
import static briefbot.answer.CertaintyWords.HEDGES;
import static briefbot.answer.CertaintyWords.MAKE;
import static briefbot.answer.CertaintyWords.MAY;
import static briefbot.answer.CertaintyWords.NEGATIONS;
import static briefbot.answer.CertaintyWords.NOT_HEDGING_POSSIBLE;
import static briefbot.answer.CertaintyWords.ONLY;
import static briefbot.answer.CertaintyWords.POSSIBLE;
import static briefbot.answer.CertaintyWords.RAISING;
import static briefbot.answer.CertaintyWords.REPORTING;
import static briefbot.answer.CertaintyWords.whatever;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What a text says about certainty: whether it denies, hedges, or asserts with emphasis. */
record CertaintyMarks(boolean negated, boolean hedged, Set<String> boosters, boolean attributed, boolean reported,
    boolean enjoined) {

  /** The hedges that say what was expected ({@link #measuredAgainst}). */
  private static final Set<String> EXPECTED = Set.of("expected", "verwacht");
  /** The words that measure a thing against the expected: "than", "as", "dan", "als", "zoals". */
  private static final Set<String> MEASURED_AGAINST = Set.of("than", "as", "dan", "als", "zoals");

  /** The same marks without the hedge. */
  CertaintyMarks unhedged() {
    return new CertaintyMarks(negated, false, boosters, attributed, reported, enjoined);
  }

  /** The marks of a text; a hedge counts only when one of the few words after it is {@code relevant}. */
  static CertaintyMarks of(List<Names.Token> tokens, Predicate<String> relevant) {
    return of(tokens, relevant, false);
  }

  /**
   * The marks of a source's text: its reported "would" is no hedge ({@link #backshifted}). Only a source's: a claim's
   * "would" still hedges, which may make it less sure than its paragraph but never surer.
   */
  static CertaintyMarks ofSource(List<Names.Token> tokens, Predicate<String> relevant) {
    return of(tokens, relevant, true);
  }

  private static CertaintyMarks of(List<Names.Token> tokens, Predicate<String> relevant, boolean source) {
    boolean negated = false;
    boolean hedged = false;
    boolean attributed = false;
    boolean reported = false;
    boolean doubted = false;
    boolean enjoined = false;
    Set<String> boosters = new HashSet<>();
    boolean first = true;
    int lastNegation = -10;
    for (int i = 0; i < tokens.size(); i++) {
      Names.Token t = tokens.get(i);
      if (!t.word()) {
        continue;
      }
      String w = t.folded();
      if (first && ANSWER_PARTICLES.contains(w)) {
        first = false;
        continue;
      }
      first = false;
      attributed |= ATTRIBUTING.contains(w);
      if ((NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n’t") || failsTo(tokens, i))
          && !(i + 1 < tokens.size()
          && (ONLY.contains(tokens.get(i + 1).folded()) || whatever(w, tokens.get(i + 1).folded())))) {
        negated = true;
        lastNegation = i;
        enjoined |= i > 0 && DEONTIC.contains(tokens.get(i - 1).folded());
      } else if (CLAIMING.contains(w) && scopes(tokens, i, relevant)) {
        reported = true;
        attributed = true;
      } else if ((HEDGES.contains(w) && !(source && backshifted(tokens, i)) && !measuredAgainst(tokens, i)
          || possible(tokens, i)
          || raising(tokens, i) || !source && MAY.contains(w))
          && scopes(tokens, i, relevant)) {
        doubted = true;
      } else if ((BOOSTERS.contains(w) || DUTCH_ALREADY.equals(t.text())) && i - lastNegation > 3
          && !madeSure(tokens, i)) {
        boosters.add(w);
      }
    }
    hedged = doubted;
    return new CertaintyMarks(negated, hedged, boosters, attributed, reported, enjoined);
  }

  /**
   * "would" after a verb that reports speech earlier in the same stretch ("Officials stressed that a major challenge
   * would be", "noting it would be a major topic") is the reported "will", not a hedge: reported speech shifts its
   * tense back.
   */
  private static boolean backshifted(List<Names.Token> tokens, int i) {
    if (!tokens.get(i).folded().equals("would")) {
      return false;
    }
    for (int j = 0; j < i; j++) {
      if (REPORTING.contains(tokens.get(j).folded())) {
        return true;
      }
    }
    return false;
  }

  /** "making sure sanctions are enforced": "make sure" is "ensure", a deed, not how sure the claim is. */
  private static boolean madeSure(List<Names.Token> tokens, int i) {
    return tokens.get(i).folded().equals("sure") && i > 0 && MAKE.contains(tokens.get(i - 1).folded());
  }

  /** "failed to support", "fails to": denies the verb after it as "could not" and "the inability to" do. */
  static boolean failsTo(List<Names.Token> tokens, int i) {
    return FAIL.contains(tokens.get(i).folded()) && i + 1 < tokens.size() && tokens.get(i + 1).folded().equals("to");
  }

  /**
   * "fewer jobs than expected", "as expected", "dan verwacht", "zoals verwacht": what happened measured against what was
   * expected, which asserts it. Read as a hedge it made the claim and its paragraph differ wherever the hedge's few
   * next words did ("In January the US created fewer jobs than expected" against "... than expected in January").
   */
  private static boolean measuredAgainst(List<Names.Token> tokens, int i) {
    if (!EXPECTED.contains(tokens.get(i).folded())) {
      return false;
    }
    for (int j = i - 1; j >= 0; j--) {
      if (tokens.get(j).word()) {
        return MEASURED_AGAINST.contains(tokens.get(j).folded());
      }
    }
    return false;
  }

  /** "is reported to", "are believed to": a passive that passes on what others say. */
  private static boolean raising(List<Names.Token> tokens, int i) {
    return RAISING.contains(tokens.get(i).folded()) && i > 0 && BE.contains(tokens.get(i - 1).folded())
        && i + 1 < tokens.size() && tokens.get(i + 1).folded().equals("to");
  }

  /**
   * "a possible exchange" hedges as "a potential exchange" does; "the strongest possible terms", "as soon as
   * possible" and "everything possible" do not.
   */
  private static boolean possible(List<Names.Token> tokens, int i) {
    if (!POSSIBLE.contains(tokens.get(i).folded())) {
      return false;
    }
    String before = i > 0 ? tokens.get(i - 1).folded() : "";
    return !(before.endsWith("est") || NOT_HEDGING_POSSIBLE.contains(before));
  }

  /** Whether a hedge bears on what the claim says: one of the next content words is one the claim has. */
  private static boolean scopes(List<Names.Token> tokens, int i, Predicate<String> relevant) {
    int seen = 0;
    for (int j = i + 1; j < tokens.size() && seen < 4; j++) {
      Names.Token t = tokens.get(j);
      if (t.word() && !Words.isStopWord(t.folded())) {
        seen++;
        if (relevant.test(t.text())) {
          return true;
        }
      }
    }
    return false;
  }
}
