package briefbot.answer;

import static briefbot.answer.RoleVerbs.kindOf;
import static briefbot.answer.RoleWords.ADVERBS;
import static briefbot.answer.RoleWords.BOUNDARIES;
import static briefbot.answer.RoleWords.DETERMINERS;
import static briefbot.answer.RoleWords.JOINERS;
import static briefbot.answer.RoleWords.PREPOSITIONS;
import static briefbot.answer.RoleWords.PRONOUNS;
import static briefbot.answer.RoleWords.TO;

import briefbot.answer.Roles.Kind;
import briefbot.answer.Roles.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names around a verb that may be its participants: the groups before it within its clause (names joined by
 * "and" form one), the group at a place, and the name a description between commas follows.
 */
final class NameGroups {

  /** Names before a verb, nearest first, and whether each group stands right against the one after it. */
  record Left(List<List<Set<String>>> groups, List<Boolean> adjacent, List<Set<String>> towards,
      boolean pronounSubject) {
    boolean isEmpty() {
      return groups.isEmpty();
    }
  }

  /** The longest relative clause between its commas that a verb's subject is looked for across. */
  private static final int RELATIVE_REACH = 16;

  /** Words opening a stretch between commas that adds others to the subject ("X, together with Y, condemned"). */
  private static final Set<String> ADDING = Set.of("together", "along", "alongside", "including", "plus", "samen",
      "evenals", "inclusief", "zusammen", "sowie");

  private NameGroups() {}

  /**
   * Where the ", who" of a relative clause closed by the comma at {@code comma} stands (the index of its comma), or -1:
   * "Stoltenberg, who from his position cannot criticize NATO member states, only said".
   */
  private static int relativeClauseBefore(List<Names.Token> tokens, int comma) {
    for (int k = comma - 1; k >= 1 && k >= comma - RELATIVE_REACH; k--) {
      String w = tokens.get(k).folded();
      if (w.equals(",") || BOUNDARIES.contains(w) && !w.equals("who")) {
        return -1;
      }
      if (w.equals("who") && tokens.get(k - 1).folded().equals(",")) {
        return k - 1;
      }
    }
    return -1;
  }

  /**
   * The groups of names before a verb within its clause, nearest first ("Iran and North Korea increasingly help"):
   * names joined by "and" (and the commas of such a list) form one group; other words between names separate groups.
   */
  static Left groupsBefore(List<Names.Token> tokens, Mention[] at, int v, int reach) {
    List<List<Set<String>>> groups = new ArrayList<>();
    List<Boolean> adjacent = new ArrayList<>();
    List<Set<String>> towards = new ArrayList<>();
    List<Set<String>> current = null;
    boolean pronounSubject = false;
    boolean listed = false;
    boolean joining = false;
    int gap = 0;
    int words = 0;
    for (int j = v - 1; j >= 0 && gap <= reach; j--) {
      Names.Token t = tokens.get(j);
      String w = t.folded();
      int relative = groups.isEmpty() && w.equals(",") ? relativeClauseBefore(tokens, j) : -1;
      if (relative >= 0) {
        // "Stoltenberg, who ... cannot criticize NATO member states, only said that": the subject stands before the
        // relative clause, not inside it
        j = relative;
        continue;
      }
      if (BOUNDARIES.contains(w) || (kindOf(w) == Kind.SPEECH && at[j] == null)
          || (PRONOUNS.contains(w) && groups.isEmpty())) {
        break;
      }
      pronounSubject |= PRONOUNS.contains(w) && !w.equals("er") && at[j] == null;
      if (at[j] != null && oblique(tokens, at, j)) {
        if (TO.contains(tokens.get(at[j].start() - 1).folded())) {
          towards.add(at[j].keys()); // "dat Noord-Korea troepen naar Rusland heeft gestuurd"
        }
        current = null;
        gap++;
        j = at[j].start();
        continue;
      }
      if (at[j] != null) {
        if (current == null || !joining) {
          boolean against = current != null;
          current = new ArrayList<>();
          groups.add(current);
          adjacent.add(groups.size() > 1 && (against || words == 0));
          listed = false;
        }
        current.add(at[j].keys());
        j = at[j].start();
        gap = 0;
        words = 0;
        joining = false;
      } else if (current != null && (w.equals(",") ? listed : JOINERS.contains(w))) {
        listed |= !w.equals(",");
        joining = true;
        gap++;
      } else {
        current = null;
        gap++;
        words += t.word() && !DETERMINERS.contains(w) ? 1 : 0;
      }
    }
    return new Left(groups, adjacent, towards, pronounSubject);
  }

  /** A name after a preposition ("to Russia"), except the subject of "for Moscow to obtain", "of Iran to support". */
  private static boolean oblique(List<Names.Token> tokens, Mention[] at, int j) {
    int start = at[j].start();
    int end = at[j].end();
    if (start == 0 || !PREPOSITIONS.contains(tokens.get(start - 1).folded())) {
      return false;
    }
    int k = end;
    while (k < tokens.size() && at[k] != null || k < tokens.size() && JOINERS.contains(tokens.get(k).folded())) {
      k = at[k] != null ? at[k].end() : k + 1;
    }
    String before = tokens.get(start - 1).folded();
    boolean subjectOfInfinitive = (before.equals("for") || before.equals("of")) && k < tokens.size()
        && tokens.get(k).folded().equals("to");
    return !subjectOfInfinitive;
  }

  /** The names joined by "and" from {@code i} on (one group). */
  static List<Set<String>> groupAt(List<Names.Token> tokens, Mention[] at, int i) {
    List<Set<String>> group = new ArrayList<>();
    int j = i;
    while (j < tokens.size()) {
      if (at[j] != null) {
        group.add(at[j].keys());
        j = at[j].end();
      } else if (JOINERS.contains(tokens.get(j).folded()) && j + 1 < tokens.size()) {
        j++;
      } else {
        break;
      }
    }
    return group;
  }

  /** Where the group of names at {@code i} ends. */
  static int skipGroup(List<Names.Token> tokens, Mention[] at, int i) {
    int j = i;
    int last = i;
    while (j < tokens.size()) {
      if (at[j] != null) {
        j = at[j].end();
        last = j;
      } else if (JOINERS.contains(tokens.get(j).folded())) {
        j++;
      } else {
        break;
      }
    }
    return last;
  }

  /**
   * The name a description between commas right before the verb follows ("Stoltenberg, a former Norwegian prime
   * minister, told", "Bashar al-Assad, who was ousted, fled"), or -1: the description opens with an article or a
   * lower-case word that is no preposition and adds no one ("X, together with Y," and "X, as well as Y," act together),
   * so it is no name of its own ("The secretary general of NATO, Jens Stoltenberg, told": Stoltenberg acts).
   */
  static int describedBefore(List<Names.Token> tokens, Mention[] at, int v) {
    int r = v - 1;
    while (r >= 0 && at[r] == null && ADVERBS.contains(tokens.get(r).folded())) {
      r--;
    }
    if (r < 2 || !tokens.get(r).folded().equals(",")) {
      return -1;
    }
    for (int k = r - 1; k >= 1 && k >= r - RELATIVE_REACH; k--) {
      String w = tokens.get(k).folded();
      if (BOUNDARIES.contains(w) && !w.equals("who") || at[k] != null && at[k].start() == k && k == r - 1) {
        return -1;
      }
      if (w.equals(",")) {
        Names.Token first = tokens.get(k + 1);
        boolean description = k + 1 < r && at[k + 1] == null && first.word() && !JOINERS.contains(first.folded())
            && !PREPOSITIONS.contains(first.folded()) && !ADDING.contains(first.folded())
            && (DETERMINERS.contains(first.folded()) || Character.isLowerCase(first.text().charAt(0)));
        return description && at[k - 1] != null ? at[k - 1].start() : -1;
      }
    }
    return -1;
  }
}
