package briefbot.answer;

import static briefbot.answer.CertaintyWords.DENYING;
import static briefbot.answer.CertaintyWords.DEONTIC;
import static briefbot.answer.CertaintyWords.NEGATIONS;
import static briefbot.answer.CertaintyWords.ONLY;
import static briefbot.answer.CertaintyWords.RELATIVE;
import static briefbot.answer.CertaintyWords.whatever;

import java.util.ArrayList;
import java.util.List;

/** What a source's clauses deny: whether they deny anything, and which word a negation denies. */
final class Denials {

  /** How far after a negation the word it denies may stand ("the inability of Russia and Iran to support"). */
  private static final int DENIED_WITHIN = 6;

  private Denials() {}

  /** Whether a source's clause denies something: a negation, or a word that denies ("failed", "without"). */
  static boolean deniesAnything(String clause) {
    List<Names.Token> tokens = Names.tokens(clause);
    return CertaintyMarks.ofSource(tokens, w -> true).negated()
        || tokens.stream().anyMatch(t -> t.word() && DENYING.contains(t.folded()));
  }

  /**
   * Whether an affirming claim's part has a word its sources give only as the one a negation denies ("the European
   * Union has launched its sanctions system" for "... has a new sanctions system ..., although it has not launched
   * it"): the denying clause shares too few words with the claim to be the one it is compared with, but the word
   * the claim affirms is there only denied. A part that denies in other words ("lacking", "without") is left alone.
   */
  static boolean affirmsOnlyDenied(String part, List<String> sourceClauses, Stance.Covers covers) {
    List<Names.Token> mine = Names.tokens(part).stream().filter(Names.Token::word).toList();
    if (mine.stream().anyMatch(t -> DENYING.contains(t.folded()))) {
      return false;
    }
    List<String[]> split = new ArrayList<>();
    for (String clause : sourceClauses) {
      List<Names.Token> theirs = Names.tokens(clause).stream().filter(Names.Token::word).toList();
      int denied = deniedWord(theirs);
      if (denied >= 0) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < theirs.size(); i++) {
          if (i != denied) {
            rest.add(theirs.get(i).text());
          }
        }
        split.add(new String[] {clause, theirs.get(denied).text(), String.join(" ", rest)});
      } else {
        split.add(new String[] {clause, "", clause});
      }
    }
    for (int i = 1; i < mine.size(); i++) {
      Names.Token t = mine.get(i);
      if (Words.isStopWord(t.folded()) || Names.capitalised(t) || Stance.marksCertainty(t.folded())) {
        continue;
      }
      boolean denied = split.stream().anyMatch(c -> covers.covers(t.text(), c[0], c[1]));
      if (denied && split.stream().noneMatch(c -> covers.covers(t.text(), c[0], c[2]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word a clause's negation denies: the first content word after it that is no name and says nothing of
   * certainty, before a relative clause starts ("has not launched it", "the inability of Russia and Iran to support");
   * none after "not (the) only", an injunction's "should not" or "no matter", or when no such word follows closely.
   */
  private static int deniedWord(List<Names.Token> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).folded();
      boolean negation = NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n’t")
          || CertaintyMarks.failsTo(words, i);
      if (!negation || i + 1 < words.size() && (ONLY.contains(words.get(i + 1).folded())
          || whatever(w, words.get(i + 1).folded())) || i > 0 && DEONTIC.contains(words.get(i - 1).folded())) {
        continue;
      }
      for (int j = i + 1; j < Math.min(words.size(), i + 1 + DENIED_WITHIN); j++) {
        Names.Token t = words.get(j);
        if (RELATIVE.contains(t.folded()) || ONLY.contains(t.folded())) {
          break;
        }
        if (!Words.isStopWord(t.folded()) && !Names.capitalised(t) && !Stance.marksCertainty(t.folded())) {
          return j;
        }
      }
      return -1;
    }
    return -1;
  }
}
