package briefbot.answer;

import static briefbot.answer.CertaintyWords.NEGATIONS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The parts of a source sentence a claim is compared with: its clauses, and the stretches between their commas. */
final class SourceParts {

  /** A comma between stretches of a sentence; not one that groups a figure's digits ("10,000"). */
  private static final Pattern COMMA = Pattern.compile("\\s*(?:(?<!\\d),|,(?!\\d))\\s*");
  /** Where a sentence breaks into clauses: semicolons, colons, and before "but", "although", "maar", ... */
  private static final Pattern CLAUSES = Pattern.compile(
      "\\s*(?:[;:]|,?\\s+(?:but|although|though|while|whereas|however|who|which|maar|terwijl|hoewel|doch|aber|"
          + "während|obwohl|mais|alors que|pero|aunque)\\s)\\s*", Pattern.CASE_INSENSITIVE);
  /** Prepositions of a goal that, opening a stretch after a comma, add to the stretch before it ("to X, to Y"). */
  private static final Set<String> GOAL = Set.of("to", "towards", "into", "against", "aan", "naar", "tegen");
  /** The most words of a clause's last fragment that only denies what the fragment before it says. */
  private static final int SHORT_DENIAL = 5;

  private SourceParts() {}

  /** The parts of a source sentence a claim is compared with: its clauses and the stretches between commas. */
  static List<String> fragments(String sentence) {
    List<String> out = new ArrayList<>();
    for (String clause : clauses(sentence)) {
      for (String fragment : COMMA.split(clause)) {
        if (!fragment.isBlank()) {
          out.add(fragment);
        }
      }
    }
    return out;
  }

  /**
   * The parts of a source sentence a claim's part is compared with: its fragments, except that a short last fragment
   * that only denies, as a Dutch or German clause ends with its verb ("De functionaris zei dat Trump en ..., niet
   * ter sprake zijn gekomen"), stays with the fragment before it, which says what it denies.
   */
  static List<String> of(String sentence) {
    List<String> out = new ArrayList<>();
    for (String clause : clauses(sentence)) {
      List<String> fragments = new ArrayList<>();
      for (String fragment : COMMA.split(clause)) {
        if (!fragment.isBlank()) {
          fragments.add(fragment);
        }
      }
      if (fragments.size() > 1 && onlyDenies(fragments.getLast())) {
        String last = fragments.removeLast();
        fragments.add(fragments.removeLast() + " " + last);
      }
      out.addAll(continued(fragments));
    }
    return out;
  }

  /**
   * The fragments with each one that opens with a preposition of a goal joined to the one before: "should not provide
   * material support to Russia's war against Ukraine, to the Russian defense industry" denies support to both.
   */
  private static List<String> continued(List<String> fragments) {
    List<String> out = new ArrayList<>();
    for (String fragment : fragments) {
      List<Names.Token> words = Names.tokens(fragment).stream().filter(Names.Token::word).toList();
      if (!out.isEmpty() && !words.isEmpty() && GOAL.contains(words.get(0).folded())) {
        out.add(out.removeLast() + ", " + fragment);
      } else {
        out.add(fragment);
      }
    }
    return out;
  }

  /** A few words, no name, starting with a negation: "niet ter sprake zijn gekomen", "nicht bestätigt". */
  private static boolean onlyDenies(String fragment) {
    List<Names.Token> words = Names.tokens(fragment).stream().filter(Names.Token::word).toList();
    return !words.isEmpty() && words.size() <= SHORT_DENIAL && NEGATIONS.contains(words.get(0).folded())
        && words.stream().skip(1).noneMatch(Names::capitalised);
  }

  /** The clauses of a source sentence: split at semicolons and before "but", "although", "maar", ... */
  static List<String> clauses(String sentence) {
    List<String> out = new ArrayList<>();
    for (String clause : CLAUSES.split(sentence)) {
      if (!clause.isBlank()) {
        out.add(clause);
      }
    }
    return out;
  }
}
