package briefbot.answer;

import briefbot.retrieval.Retrieval.Concept;
import briefbot.text.WholeWords;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a follow-up asks about itself, apart from the earlier question's names it carries along in a closing
 * bracket ("wat zei Bedford (Susan Chepkemei)?", {@link FollowUp}): the carried names only say where the follow-up
 * belongs, its own name says what it asks.
 */
final class OwnNames {

  /** A question closed by a bracket: what it asks, then what it carries along. */
  private static final Pattern CARRIED = Pattern.compile("(?s)^(.*\\S)\\s+\\(([^()]+)\\)\\s*[?!.]?\\s*$");
  private static final Pattern LOWER_CASE = Pattern.compile("\\p{Ll}");
  /** What may join the carried names: FollowUp writes them as "Susan Chepkemei" or "Rutte and Macron". */
  private static final Set<String> JOINERS = Set.of("and", "en", "und", "y", "et", "of", "van", "der", "den", "von",
      "de", "del", "la", "le", "du", "da");

  private OwnNames() {}

  /**
   * The question's key terms that are names it says outside a closing bracket, where that bracket carries names
   * along: empty for a question that carries none. An abbreviation in capitals stands for the name before it
   * ("Openbaar Ministerie (OM)"), and a bracket holding a plain word glosses the question ("een kernongeval
   * (kernramp)", PolicyQA): neither is carried.
   */
  static BitSet of(String question, List<Concept> concepts) {
    BitSet own = new BitSet();
    Matcher m = CARRIED.matcher(question);
    if (!m.matches() || !carriesNames(m.group(2))) {
      return own;
    }
    String asked = m.group(1).toLowerCase(Locale.ROOT);
    for (int i = 0; i < concepts.size(); i++) {
      Concept c = concepts.get(i);
      if (c.name() && WholeWords.in(asked, c.word().toLowerCase(Locale.ROOT))) {
        own.set(i);
      }
    }
    return own;
  }

  /** The bracket holds names only, each word capitalised or joining two, and is no abbreviation in capitals. */
  private static boolean carriesNames(String bracket) {
    if (!LOWER_CASE.matcher(bracket).find()) {
      return false;
    }
    for (String word : bracket.strip().split("[\\s,]+")) {
      if (!Character.isUpperCase(word.codePointAt(0)) && !JOINERS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The candidates that hold every name the question asks about itself, where it carries names along and any
   * candidate holds them; else all. "En wat zei Bedford?" after a question on Susan Chepkemei led with her sentences:
   * her two names outweighed his one in every sentence that named her.
   */
  static List<Candidate> holding(String question, List<Concept> concepts, List<Candidate> candidates) {
    BitSet own = of(question, concepts);
    if (own.isEmpty()) {
      return candidates;
    }
    List<Candidate> out = candidates.stream().filter(c -> {
      BitSet lacking = (BitSet) own.clone();
      lacking.andNot(c.matched());
      return lacking.isEmpty();
    }).toList();
    return out.isEmpty() ? candidates : out;
  }
}
