package briefbot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words of a claim that say what it claims: not who said it or how, nor its names and figures. */
final class ContentWords {

  /**
   * Verbs that say how something was said ("warned", "stressed", "pointed out", "Bloomberg reported" for "according to
   * Bloomberg") or carry no content of their own beside
   * their object ("came hours after", "took place", "held a meeting"): a paraphrase swaps them freely ("stressed" for
   * "said", "the meeting came" for "convening"), while what was said, given or done is in the words around them. Who
   * said it is the roles' to check, and verbs that judge (praised, criticised, confirmed, claimed, announced) stay
   * content.
   */
  private static final Set<String> BLEACHED = Set.copyOf(Arrays.asList(("warn warns warned warning stress "
      + "stresses stressed stressing emphasise emphasises emphasised emphasising emphasize emphasizes emphasized "
      + "emphasizing highlight highlights highlighted highlighting argue argues argued arguing insist insists "
      + "insisted insisting reiterate reiterates reiterated reiterating underline underlines underlined underlining "
      + "underscore underscores underscored underscoring remark remarks remarked remarking pointed pointing explain "
      + "explains explained explaining report reports reported reporting "
      + "come comes came coming go goes went gone going take takes took taken taking make makes made making hold "
      + "holds held holding speak speaks spoke spoken speaking describe describes described describing reaffirm "
      + "reaffirms reaffirmed reaffirming "
      + "waarschuwt waarschuwde waarschuwden benadrukt benadrukte benadrukten wees merkte merkten kwam kwamen komt "
      + "komen gekomen ging gingen gaat gaan gegaan nam namen neemt nemen genomen maakte maakten maakt maken gemaakt "
      + "hield hielden houdt houden gehouden sprak spraken spreekt spreken gesproken omschreef omschreven omschrijft "
      + "onderstreept onderstreepte onderstreepten").split(" ")));
  /**
   * "others", the plural of "other", which is a stop word as "another" is: it says no more than who the sentence's
   * other words name, and a Dutch paragraph's "elkaar" (each other) covered it, making two new words of a claim's four
   * half the paragraph's.
   */
  private static final Set<String> PRONOUNS = Set.of("others");

  private ContentWords() {}

  /** The claim's content words: no stop or framing words, names or figures. */
  static List<String> of(List<Names.Token> tokens, Set<String> names, String language) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Names.Token t = tokens.get(i);
      if (t.word() && t.folded().length() > 1 && !Words.isStopWord(t.folded()) && !BLEACHED.contains(t.folded())
          && !PRONOUNS.contains(t.folded()) && !names.contains(t.folded())
          && !Figures.isFigureWord(t.folded(), language)
          && !togetherWith(tokens, i) && !pointReferredTo(tokens, i)) {
        out.add(t.text());
      }
    }
    return out;
  }

  /** "Together" (and "along") before "with" in the five languages: "together with X" says no more than "with X". */
  private static final Map<String, Set<String>> TOGETHER = Map.of("together", Set.of("with"), "along", Set.of("with"), "samen",
      Set.of("met"), "zusammen", Set.of("mit"), "ensemble", Set.of("avec"), "junto", Set.of("con", "a"), "juntos",
      Set.of("con"));

  /** Nouns that only name what a demonstrative points at: "right on this point" is "right on this". */
  private static final Set<String> POINTED = Set.of("point", "issue", "matter", "regard", "respect", "front", "punt",
      "kwestie", "zaak", "vlak", "punkt", "frage", "hinsicht", "question", "sujet", "punto", "cuestión", "asunto",
      "respecto", "tema");
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "dit", "dat", "deze", "die", "diesem",
      "dieser", "diesen", "ce", "cette", "este", "esta", "ese", "esa");

  /** Whether token {@code i} is a noun that only names what the demonstrative before it points at ("this point"). */
  private static boolean pointReferredTo(List<Names.Token> tokens, int i) {
    return i > 0 && POINTED.contains(tokens.get(i).folded()) && DEMONSTRATIVES.contains(tokens.get(i - 1).folded());
  }

  /** Prepositions that say "with" in one word: "confront it alongside Russia" is "confront it with Russia". */
  private static final Set<String> WITH = Set.of("alongside");

  /**
   * Whether token {@code i} is "together" of "together with" ("samen met Zuid-Korea" is "met Zuid-Korea"), "along" of
   * "along with", or "alongside".
   */
  private static boolean togetherWith(List<Names.Token> tokens, int i) {
    if (WITH.contains(tokens.get(i).folded())) {
      return true;
    }
    Set<String> next = TOGETHER.get(tokens.get(i).folded());
    return next != null && i + 1 < tokens.size() && tokens.get(i + 1).word()
        && next.contains(tokens.get(i + 1).folded());
  }
}
