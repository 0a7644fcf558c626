package briefbot.answer;

import static briefbot.answer.RoleVerbs.isVerb;
import static briefbot.answer.RoleWords.ADVERBS;
import static briefbot.answer.RoleWords.BOUNDARIES;
import static briefbot.answer.RoleWords.DETERMINERS;
import static briefbot.answer.RoleWords.PREPOSITIONS;
import static briefbot.answer.RoleWords.possessive;

import briefbot.answer.Roles.Mention;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Speakers named by their office rather than their name: the head noun of "the foreign minister of ... Luxon" or
 * "Luxon's foreign minister", an agent whose keys no name's equal.
 */
final class Offices {

  /** Marks an agent that is a role ("the foreign minister of ...") rather than a name. */
  private static final String ROLE = "role:";
  /** "of" between a head noun and what it belongs to, in the languages whose texts the check reads. */
  private static final Set<String> OF = Set.of("of", "van", "von");
  /** How many words an of-phrase may hold before the name that closes it. */
  private static final int OF_REACH = 6;

  private Offices() {}

  /** A role as an agent: the head noun's keys, marked so that no name's keys equal them. */
  static Set<String> role(String head, Function<String, Set<String>> thing) {
    Set<String> out = new HashSet<>();
    thing.apply(head).forEach(k -> out.add(ROLE + k));
    return out;
  }

  /** Whether every key of an agent is a role's ("the foreign minister of ..."), naming nobody. */
  static boolean isRole(Set<String> agent) {
    return !agent.isEmpty() && agent.stream().allMatch(k -> k.startsWith(ROLE));
  }

  /** The verb's position, or where the name right before it (past adverbs) ends; -1 if no name stands there. */
  private static int nameBefore(List<Names.Token> tokens, Mention[] at, int v) {
    int r = v - 1;
    while (r >= 0 && at[r] == null && ADVERBS.contains(tokens.get(r).folded())) {
      r--;
    }
    return r >= 0 && at[r] != null ? r : -1;
  }

  /**
   * The head noun of an of-phrase that a name closes right before a speech verb ("The foreign minister of the
   * conservative government Christopher Luxon also warned"), or -1: the name is whose the head is, the head speaks.
   * Between "of" and the name stand a lower-case word or a name in the genitive ("of New Zealand's Prime Minister"),
   * and no name of its own ("the President of France Emmanuel Macron": Macron is the president); no preposition opens
   * the clause before the head ("on behalf of").
   */
  static int headBeforeOf(List<Names.Token> tokens, Mention[] at, int v) {
    int r = nameBefore(tokens, at, v);
    if (r < 0 || possessive(tokens.get(at[r].end() - 1))) {
      return -1;
    }
    int words = 0;
    for (int j = at[r].start() - 1; j >= 1 && j >= at[r].start() - OF_REACH; j--) {
      Names.Token t = tokens.get(j);
      String w = t.folded();
      if (at[j] != null && possessive(tokens.get(at[j].end() - 1))) {
        words++;
        j = at[j].start();
        continue;
      }
      if (OF.contains(w)) {
        return words > 0 && headOpensClause(tokens, at, j - 1) ? j - 1 : -1;
      }
      if (at[j] != null || !t.word() || BOUNDARIES.contains(w) || isVerb(w)) {
        return -1;
      }
      // an office's capitalised name is the name's own ("Secretary of State Antony Blinken", "minister van
      // Buitenlandse Zaken Winston Peters"); a lower-case word is what it belongs to ("of the conservative government")
      words += DETERMINERS.contains(w) || !Character.isLowerCase(t.text().charAt(0)) ? 0 : 1;
    }
    return -1;
  }

  /** Whether a head noun is no name and only adjectives and an article stand before it in its clause. */
  private static boolean headOpensClause(List<Names.Token> tokens, Mention[] at, int head) {
    Names.Token h = tokens.get(head);
    if (at[head] != null || !h.word() || DETERMINERS.contains(h.folded())) {
      return false;
    }
    for (int j = head - 1; j >= 0 && !BOUNDARIES.contains(tokens.get(j).folded()); j--) {
      if (at[j] != null || PREPOSITIONS.contains(tokens.get(j).folded()) || tokens.get(j).folded().equals(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The head noun right before a speech verb when a name in the genitive owns it ("Christopher Luxon's foreign
   * minister warned"), or -1: the one who speaks is the head, the name whose it is.
   */
  static int ownedHead(List<Names.Token> tokens, Mention[] at, int v) {
    int head = v - 1;
    while (head >= 0 && at[head] == null && ADVERBS.contains(tokens.get(head).folded())) {
      head--;
    }
    for (int j = head; j >= 0 && j >= head - 2; j--) {
      Names.Token t = tokens.get(j);
      if (at[j] != null) {
        return j < head && possessive(tokens.get(at[j].end() - 1)) ? head : -1;
      }
      if (!t.word() || DETERMINERS.contains(t.folded()) || BOUNDARIES.contains(t.folded())
          || isVerb(t.folded())) {
        return -1;
      }
    }
    return -1;
  }
}
