package briefbot.retrieval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The inflected forms of a Spanish or German noun that the index's light stemmers do not bring back to the word a
 * dictionary gives: a Spanish word of four letters is never stemmed and its plural is ("isla", "islas": isla, isl;
 * "hijo", "hijos"), a German dative plural or genitive in -n or -s keeps its ending ("Flügeln", "Meteors").
 */
final class NounForms {

  private static final String VOWELS = "aeiouáéíóú";
  /** Shorter words are function words or abbreviations more often than nouns. */
  private static final int MIN_LENGTH = 3;
  /** A Spanish reflexive infinitive ("casarse") is a verb, with no plural. */
  private static final Pattern REFLEXIVE = Pattern.compile("[aei]rse$");

  private NounForms() {}

  /**
   * The plural (Spanish) or the dative plural and genitive (German: "Flügeln", "Flügels", "Meteors") of a one-word
   * translation; none for a phrase.
   */
  static List<String> of(String word, String language) {
    if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)
        || language.equals("es") && REFLEXIVE.matcher(word).find()) {
      return List.of();
    }
    char last = word.charAt(word.length() - 1);
    return switch (language) {
      case "es" -> VOWELS.indexOf(last) >= 0 ? List.of(word + "s")
          : last == 'z' ? List.of(word.substring(0, word.length() - 1) + "ces")
          : last == 's' || last == 'x' ? List.of() : List.of(word + "es");
      case "de" -> word.endsWith("el") || word.endsWith("er") ? List.of(word + "n", word + "s")
          : last == 'e' ? List.of(word + "n") : last == 'n' || last == 's' ? List.of() : List.of(word + "s");
      default -> List.of();
    };
  }
}
