package briefbot.answer;

import static briefbot.answer.FigureWords.AMBIGUOUS_MONTHS;
import static briefbot.answer.FigureWords.COMPOUND_COUNT;
import static briefbot.answer.FigureWords.MONTHS;
import static briefbot.answer.FigureWords.NUMBER_WORDS;
import static briefbot.answer.FigureWords.ORDINAL_WORDS;
import static briefbot.answer.FigureWords.SCALES;
import static briefbot.answer.FigureWords.VAGUE;
import static briefbot.answer.FigureWords.WEEKDAYS;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a text in a comparable form, whatever the language or format: amounts ("10,000", "10.000", "ten
 * thousand", "$240 billion", "240 miljard dollar"), dates ("Nov. 7", "7 november"), months, weekdays, ordinals,
 * vague quantities ("thousands", "duizenden", "a few hundred"), multiples ("double", "verdubbelt") and codes ("B-1B", "G7").
 */
final class Figures {

  /** One figure: what it is and its value, as compared ({@code n:10000}, {@code d:11-7}, {@code w:5}...). */
  record Figure(String key, String shown) {}

  private static final Pattern TOKEN = Pattern.compile(
      "\\p{L}+(?:[-'’]\\p{L}+)*\\.?|\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+(?![\\d])(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?"
          + "(?:st|nd|rd|th|ste|de|e|er|ème)?(?![\\p{L}\\d])|[%$€£]|[;:,!?()\\[\\]\"“”„«»–—]|\\.(?=\\s|$)");

  private Figures() {}

  /** The word without one period at its end ("Nov." as "Nov"), as {@code replaceAll("\\.$", "")} without a regex. */
  private static String withoutFinalPeriod(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  /** A month or weekday name, in any of the languages: a figure, not a name. */
  static boolean isCalendarWord(String folded) {
    String w = withoutFinalPeriod(folded);
    return (MONTHS.containsKey(w) && !AMBIGUOUS_MONTHS.contains(w)) || WEEKDAYS.containsKey(w) || w.equals("may")
        || w.equals("march");
  }

  /** Whether a word is written as a number, number word or figure word (counted by the figures, not as a word). */
  static boolean isFigureWord(String folded, String language) {
    String w = withoutFinalPeriod(folded);
    return MONTHS.containsKey(w) || WEEKDAYS.containsKey(w) || VAGUE.containsKey(w) || SCALES.containsKey(w)
        || NUMBER_WORDS.getOrDefault(language, Map.of()).containsKey(w)
        || ORDINAL_WORDS.getOrDefault(language, Map.of()).containsKey(w) || COMPOUND_COUNT.matcher(w).lookingAt()
        || w.chars().anyMatch(Character::isDigit);
  }

  /** The figures of a text written in {@code language}. */
  static Set<Figure> of(String text, String language) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    Set<Figure> out = new LinkedHashSet<>();
    Set<Integer> inCodes = FigureCodes.read(s, out);
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      if (!inCodes.contains(m.start())) {
        tokens.add(m.group());
      }
    }
    TokenFigures.read(tokens, language, out);
    return out;
  }

  /** The figures of a claim that none of the sources' figures backs. */
  static List<Figure> unsupported(Set<Figure> claim, Set<Figure> sources) {
    return FigureBacking.unsupported(claim, sources);
  }
}
