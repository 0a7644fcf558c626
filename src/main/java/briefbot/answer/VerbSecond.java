package briefbot.answer;

import static briefbot.answer.RoleVerbs.isVerb;
import static briefbot.answer.RoleWords.DETERMINERS;
import static briefbot.answer.RoleWords.NOUN_MARKERS;
import static briefbot.answer.RoleWords.PRONOUNS;

import briefbot.answer.Roles.Mention;
import java.util.List;
import java.util.Set;

/**
 * A verb in second place after a fronted phrase, with its subject right after it ("Als reactie hierop vlogen de
 * Verenigde Staten ...", and English written so: "On Friday praised Biden the cooperation").
 */
final class VerbSecond {

  /**
   * Words that open a Dutch main clause's fronted phrase, after which the finite verb comes second and its subject
   * right after it ("Als reactie hierop vlogen de Verenigde Staten ...", "Op 15 november vlogen ..."): prepositions
   * and "als" (as). A clause opened by its subject ("Het land steunt Oekraïne") has the subject before the verb.
   */
  private static final Set<String> FRONTING = Set.of("als", "aan", "naar", "voor", "van", "uit", "met", "door", "in",
      "op", "tegen", "over", "tussen", "bij", "na", "tijdens", "sinds", "sedert", "volgens");
  /**
   * Words that open an English fronted phrase after which a writer used to verb-second order puts the verb and then its
   * subject ("On Friday praised Biden the cooperation", "In response flew the United States a bomber").
   */
  private static final Set<String> FRONTING_EN = Set.of("in", "on", "at", "after", "before", "during", "since", "for",
      "with", "without", "under", "following", "despite", "amid", "from", "over", "through", "until");
  /** How many words an English fronted phrase read as verb-second may hold after its preposition. */
  private static final int FRONTED_REACH = 4;
  /** Where a sentence or clause ends before a fronted phrase. */
  private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "!", "?", "“", "”", "\"");

  private VerbSecond() {}

  /**
   * Where the subject of a Dutch verb in second place after a fronted phrase starts (the name right after the verb,
   * past its article), or -1: the clause opens with a {@link #FRONTING} word, and between it and the verb stand no
   * comma, quote or other verb.
   */
  static int subject(List<Names.Token> tokens, Mention[] at, int v, String language) {
    if (!"nl".equals(language) && !"en".equals(language)) {
      return -1;
    }
    int start = v - 1;
    while (start > 0 && !CLAUSE_ENDS.contains(tokens.get(start - 1).folded())) {
      String w = tokens.get(start).folded();
      if (w.equals(",") || isVerb(w) && at[start] == null) {
        return -1;
      }
      start--;
    }
    if (start < 0 || start > v - 2
        || !("nl".equals(language) ? FRONTING : FRONTING_EN).contains(tokens.get(start).folded())
        || "en".equals(language) && !frontedPhraseOnly(tokens, start, v)) {
      return -1;
    }
    int s = v + 1;
    while (s < tokens.size() && at[s] == null && DETERMINERS.contains(tokens.get(s).folded())) {
      s++;
    }
    return s < tokens.size() && at[s] != null ? s : -1;
  }

  /**
   * Whether the words between an English fronted phrase's preposition and the verb can only be that phrase ("On
   * Friday", "In his first term"), not the phrase and a subject after it ("On Sunday the bomber flew", "In June
   * officials urged"): English keeps its subject before the verb, so the verb-second reading needs a short phrase
   * with an article or possessive only right after the preposition and no plural a subject could be.
   */
  private static boolean frontedPhraseOnly(List<Names.Token> tokens, int start, int v) {
    if (v - start - 1 > FRONTED_REACH) {
      return false;
    }
    for (int j = start + 1; j < v; j++) {
      String w = tokens.get(j).folded();
      boolean determiner = DETERMINERS.contains(w) || NOUN_MARKERS.contains(w);
      if (!tokens.get(j).word() || PRONOUNS.contains(w) || determiner && j > start + 1
          || !determiner && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
        return false;
      }
    }
    return true;
  }
}
