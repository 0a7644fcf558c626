package briefbot.answer;

import static briefbot.answer.CertaintyWords.ALREADY;
import static briefbot.answer.CertaintyWords.BE;
import static briefbot.answer.CertaintyWords.BOOSTERS;
import static briefbot.answer.CertaintyWords.HEDGES;
import static briefbot.answer.CertaintyWords.NEGATIONS;
import static briefbot.answer.CertaintyWords.POSSIBLE;
import static briefbot.answer.CertaintyWords.RELATIVE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * How sure a claim is, against the clause of its source that says the same: a claim may not deny what the source
 * affirms or affirm what it denies ("has not been verified"), may not drop the source's hedge ("is likely to",
 * "reportedly", "zou kunnen"), and may not add certainty the source lacks ("confirmed", "clear evidence").
 */
final class Stance {

  private Stance() {}

  /** Whether a (folded) word says how sure a claim is: a negation, a hedge or a booster ("confirmed", "zeker"). */
  static boolean marksCertainty(String folded) {
    return NEGATIONS.contains(folded) || HEDGES.contains(folded) || POSSIBLE.contains(folded)
        || BOOSTERS.contains(folded) || folded.endsWith("n't") || folded.endsWith("n’t");
  }

  /**
   * A verb's form saying that something ended or stopped ("had ended", "stopped", "beëindigd"), folded: what a
   * paragraph has go on, a sentence's ending of it denies, as a negation does. Only the verb's inflected forms: "the
   * end of the year" and "an ending" are nouns.
   */
  private static final Set<String> ENDINGS = Set.of("ended", "ends", "stopped", "stops", "ceased", "ceases", "halted",
      "halts", "eindigde", "eindigden", "geeindigd", "beeindigd", "beeindigde", "beeindigden", "gestopt", "stopte",
      "stopten", "endete", "endeten", "beendet", "beendete", "beendeten", "gestoppt", "stoppte", "stoppten");

  /** Whether a (folded) word says that something ended or stopped ({@link #ENDINGS}). */
  static boolean marksEnding(String folded) {
    return ENDINGS.contains(folded);
  }

  private static Optional<String> compare(CertaintyMarks mine, CertaintyMarks theirs) {
    if (mine.negated() != theirs.negated()) {
      return Optional.of(mine.negated() ? "the cited paragraph does not deny it" : "the cited paragraph denies it");
    }
    if (theirs.hedged() && !mine.hedged() || theirs.reported() && !mine.attributed() && !mine.hedged()) {
      return Optional.of("the cited paragraph is less sure");
    }
    return Optional.empty();
  }

  /**
   * Whether a claim's stretch is a relative clause: it opens with "that", "who", "die" ("companies, ..., that ...").
   */
  private static boolean relative(String part) {
    List<Names.Token> words = Names.tokens(part).stream().filter(Names.Token::word).toList();
    return !words.isEmpty() && RELATIVE.contains(words.get(0).folded());
  }

  /**
   * Whether a claim's stretch names its subject by what it does, as a relative clause would ("firms helping Russia's
   * war would face consequences" is "firms that help"): a plural common noun right before an English participle.
   */
  private static boolean participleCondition(String part) {
    List<Names.Token> words = Names.tokens(part).stream().filter(Names.Token::word).toList();
    for (int i = 1; i < words.size(); i++) {
      Names.Token noun = words.get(i - 1);
      String w = words.get(i).folded();
      if (w.endsWith("ing") && w.length() > 5 && noun.folded().endsWith("s") && !Names.capitalised(noun)
          && !Words.isStopWord(noun.folded()) && !BE.contains(noun.folded())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why the claim's certainty differs from its source, if it does: each clause of the claim is compared with the
   * source clause that covers most of its words ({@code matches}); {@code relevant} says whether a source word is one
   * the claim has, and {@code sourceSays} whether the sources have a word at all.
   */
  static Optional<String> difference(String claim, List<String> sourceClauses,
      ToIntFunction<String> matches, BiFunction<String, String, Integer> clauseMatches,
      Predicate<String> relevant, Predicate<String> sourceSays) {
    return difference(claim, sourceClauses, matches, clauseMatches, (part, clause) -> 0, relevant, sourceSays,
        (word, clause, text) -> false);
  }

  /** Whether a claim's word is covered by {@code text}, a stretch of the source clause {@code clause}. */
  @FunctionalInterface
  interface Covers {
    boolean covers(String word, String clause, String text);
  }

  /**
   * As above; among the source clauses that cover as many of a claim part's words, those that name more of the part's
   * names ({@code namesShared}) are the ones it says the same as ("the leaders spent the meeting discussing Trump's
   * return" ties with "... om de privégesprekken te bespreken" and with "Trump ... niet ter sprake zijn gekomen", and
   * is about the latter).
   */
  static Optional<String> difference(String claim, List<String> sourceClauses,
      ToIntFunction<String> matches, BiFunction<String, String, Integer> clauseMatches,
      BiFunction<String, String, Integer> namesShared, Predicate<String> relevant,
      Predicate<String> sourceSays, Covers covers) {
    // a claim that denies ("have never been hostile", "has refused to recognize") where no clause of its paragraphs
    // denies anything says the opposite of them, however few of its words a single clause shares with it
    CertaintyMarks whole = CertaintyMarks.of(Names.tokens(claim), w -> true);
    if (whole.negated() && sourceClauses.stream().noneMatch(Denials::deniesAnything)) {
      return Optional.of("the cited paragraph denies nothing");
    }
    for (String booster : whole.boosters()) {
      if (ALREADY.contains(booster) ? ALREADY.stream().noneMatch(sourceSays) : !sourceSays.test(booster)) {
        return Optional.of("the cited paragraph does not say it is " + booster);
      }
    }
    for (String part : SourceParts.fragments(claim)) {
      CertaintyMarks mine = CertaintyMarks.of(Names.tokens(part), w -> true);
      if (!mine.negated() && !mine.hedged() && Denials.affirmsOnlyDenied(part, sourceClauses, covers)) {
        return Optional.of("the cited paragraph denies it");
      }
      boolean relative = relative(part) || participleCondition(part);
      Deed deed = mine.hedged() ? Deed.NONE : Deed.of(part);
      boolean fearsIndefinite = !mine.hedged() && Fears.fearsIndefinite(part);
      int bestScore = 1;
      int bestNames = 0;
      List<Optional<String>> verdicts = new ArrayList<>();
      for (String clause : sourceClauses) {
        int score = clauseMatches.apply(part, clause);
        if (score < bestScore) {
          continue;
        }
        int names = score >= 2 ? namesShared.apply(part, clause) : 0;
        if (score == bestScore && names < bestNames) {
          continue;
        }
        if (score > bestScore || names > bestNames) {
          bestScore = score;
          bestNames = names;
          verdicts.clear();
        }
        CertaintyMarks theirs = CertaintyMarks.ofSource(Names.tokens(clause), relevant);
        // "companies that provide support will face consequences" for "companies should not provide support":
        // the relative clause states a condition, which the injunction does not deny
        // "alarm about a wider conflict" for "the alert about the potential expansion": the hedge is the fear's own
        CertaintyMarks against = fearsIndefinite && theirs.hedged() && Fears.hedgesOnlyInFear(clause)
            ? theirs.unhedged() : theirs;
        Optional<String> verdict = relative && theirs.enjoined() && !mine.negated() ? Optional.empty()
            : compare(mine, against);
        verdicts.add(verdict.isEmpty() && deed.purposeOnly(clause, covers)
            ? Optional.of("the cited paragraph gives it only as a purpose") : verdict);
      }
      // the claim may say what any of the clauses that match it best says
      if (bestScore >= 2 && !verdicts.isEmpty() && verdicts.stream().allMatch(Optional::isPresent)) {
        return verdicts.get(0);
      }
    }
    return Optional.empty();
  }
}