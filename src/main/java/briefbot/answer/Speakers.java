package briefbot.answer;

import static briefbot.answer.RoleWords.ADVERBS;
import static briefbot.answer.RoleWords.BOUNDARIES;
import static briefbot.answer.RoleWords.DETERMINERS;
import static briefbot.answer.RoleWords.set;

import briefbot.answer.Roles.Frame;
import briefbot.answer.Roles.Kind;
import briefbot.answer.Roles.Mention;
import java.util.List;
import java.util.Set;

/**
 * Speakers that word order does not put before their verb: after "said" or "according to" ("..., said Watson",
 * "aldus Sullivan"), or a person of an organisation's that a role stands for ("the NATO chief said").
 */
final class Speakers {

  /**
   * Speech verbs that may follow what is said, with the speaker after them ("..., said Watson", "zei Biden"); not
   * "told", whose object is the one told ("Jens Stoltenberg, told the BBC").
   */
  private static final Set<String> INVERTED = set("said", "says", "added", "warned", "noted", "wrote", "asked",
      "explained", "concluded", "commented", "stated", "zei", "zegt", "zeggen", "aldus", "volgens", "schreef", "vroeg",
      "voegde", "sagte", "sagt", "schrieb", "dit", "a", "déclaré", "dijo", "afirmó", "añadió");
  /** Roles that name a person of an organisation ("the NATO chief", "a Kremlin spokesman"), not the organisation. */
  private static final Set<String> PERSON_ROLES = Set.of("chief", "head", "boss", "spokesman", "spokeswoman",
      "spokesperson", "secretary-general", "woordvoerder", "woordvoerster", "topman", "baas");

  private Speakers() {}

  /** "..., said Watson", "according to Celeste Wallander", "zei Biden", "aldus Sullivan": the speaker follows. */
  static void add(List<Names.Token> tokens, Mention[] at, List<Frame> frames, String language) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).folded();
      boolean according = w.equals("according") && tokens.get(i + 1).folded().equals("to");
      boolean inverted = INVERTED.contains(w) && i > 0 && (tokens.get(i - 1).folded().matches("[,”\"’]")
          || w.equals("aldus") || w.equals("volgens"));
      if (!according && !inverted) {
        continue;
      }
      Mention speaker = null;
      boolean closes = false;
      for (int j = i + (according ? 2 : 1); j < tokens.size() && j <= i + 10; j++) {
        String next = tokens.get(j).folded();
        // "according to a senior official, Trump ...": the speaker is in the phrase, not the name after its comma
        // ("According to Seoul, Yoon's call with Trump ...": Seoul says it, not Yoon)
        if (BOUNDARIES.contains(next)
            || next.equals(",")
                && (speaker != null && (speaker.person() || according) || according && speaker == null)) {
          closes = true;
          break;
        }
        if (at[j] != null) {
          if (speaker == null || at[j].person() && !speaker.person()) {
            speaker = at[j];
          }
          j = at[j].end() - 1;
          closes = j + 1 >= tokens.size();
        } else if (speaker != null && !next.equals(",") && !Names.isTitle(tokens.get(j))) {
          closes = false;
          break;
        }
      }
      if (speaker != null && !speaker.person() && speaker.end() < tokens.size()
          && PERSON_ROLES.contains(tokens.get(speaker.end()).folded())) {
        continue; // "according to the NATO chief": someone of NATO's the paragraph may name, not NATO itself
      }
      if (speaker != null && (closes || according)) {
        frames.add(new Frame(Kind.SPEECH, List.of(speaker.keys()), List.of(), Set.of(), w, Set.of(w), language));
      }
    }
  }

  /** A speech verb after a comma or closing quote whose speaker follows it, past any titles ("said spokeswoman X"). */
  static boolean follow(List<Names.Token> tokens, Mention[] at, int v) {
    if (v == 0 || !INVERTED.contains(tokens.get(v).folded()) || !tokens.get(v - 1).folded().matches("[,”\"’]")) {
      return false;
    }
    for (int j = v + 1; j < tokens.size() && j <= v + 8; j++) {
      if (at[j] != null) {
        return true;
      }
      if (!Names.isTitle(tokens.get(j)) && !DETERMINERS.contains(tokens.get(j).folded())) {
        return false;
      }
    }
    return false;
  }

  /**
   * A speech verb whose subject is a role of an organisation ("The NATO chief said", "a Kremlin spokesman told"): the
   * speaker is a person of the organisation's, whom the paragraph may name, as after "according to"
   * ({@link #add}).
   */
  static boolean roleOfOrganisation(List<Names.Token> tokens, Mention[] at, int v) {
    int r = v - 1;
    while (r > 0 && ADVERBS.contains(tokens.get(r).folded())) {
      r--;
    }
    return r > 0 && at[r] == null && PERSON_ROLES.contains(tokens.get(r).folded()) && at[r - 1] != null
        && !at[r - 1].person();
  }
}
