package briefbot.answer;

import static briefbot.answer.RoleWords.BOUNDARIES;
import static briefbot.answer.RoleWords.DETERMINERS;

import briefbot.answer.Roles.Contrast;
import briefbot.answer.Roles.Mention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Names a sentence sets against each other ("China is the great rival, not Russia"), and claims that swap them. */
final class Contrasts {

  /** Words that set a name against another after a comma: "China is the great rival, not Russia". */
  private static final Set<String> CONTRAST = Set.of("not", "niet", "nicht");
  /** How far before ", not" the name set against the one after it may stand ("Russia is the great rival, not"). */
  private static final int CONTRAST_REACH = 8;

  /**
   * The contrasts of a sentence: a name followed within its clause by ", not" and another name ("The United States
   * sees Moscow, not Beijing, as its rival"; "China is the great rival, not a Russia that relies on Beijing").
   */
  static List<Contrast> of(List<Names.Token> tokens, List<Mention> mentions) {
    Mention[] at = Roles.byToken(tokens, mentions);
    List<Contrast> out = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (!CONTRAST.contains(tokens.get(i).folded()) || !tokens.get(i - 1).folded().equals(",")) {
        continue;
      }
      int after = i + 1;
      while (after < tokens.size() && at[after] == null && DETERMINERS.contains(tokens.get(after).folded())) {
        after++;
      }
      if (after >= tokens.size() || at[after] == null) {
        continue;
      }
      for (int j = i - 2; j >= 0 && j >= i - 1 - CONTRAST_REACH; j--) {
        if (BOUNDARIES.contains(tokens.get(j).folded())) {
          break;
        }
        if (at[j] != null) {
          out.add(new Contrast(at[j].keys(), at[after].keys()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * Why the claim's contrasts contradict the sources', if they do: the claim chooses what a source rejects for what
   * it chooses ("Russia is the great rival, not China" for "China is the great rival, not a Russia").
   */
  static Optional<String> reversed(List<Contrast> claim, List<Contrast> sources) {
    for (Contrast c : claim) {
      boolean same = sources.stream().anyMatch(s -> !Collections.disjoint(c.chosen(), s.chosen())
          && !Collections.disjoint(c.rejected(), s.rejected()));
      boolean reversed = sources.stream().anyMatch(s -> !Collections.disjoint(c.chosen(), s.rejected())
          && !Collections.disjoint(c.rejected(), s.chosen()));
      if (reversed && !same) {
        return Optional.of("the cited paragraph has the roles the other way round (not)");
      }
    }
    return Optional.empty();
  }

  private Contrasts() {}
}
