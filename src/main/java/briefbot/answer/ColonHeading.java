package briefbot.answer;

import briefbot.retrieval.Numerals;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a paragraph opens with a section heading set off by a colon ("Power consumption: When a power outlet ...",
 * "oude lampen inleveren bij winkel, : ..."), not with a list entry of the same shape: a date ("1998: Nominated ...")
 * or a run of names ("Mark Ruffalo as Bruce Banner / Hulk: A genius scientist ...", "Nesher T : Two-seat training
 * version"), which a cast list, a filmography or a chronicle writes line after line.
 */
final class ColonHeading {

  /** A few words and a colon at the start of a paragraph. */
  private static final Pattern OPENING = Pattern.compile("^[^.?!:()\\[\\]]{1,80}:\\s");
  private static final int MAX_WORDS = 8;
  /** A lower-case word of up to this many letters joins names ("as", "v", "of", "de la"); a longer one is prose. */
  private static final int JOINING = 3;
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern YEAR = Pattern.compile("(?:" + Numerals.YEAR_DIGITS + ")(?!\\d)");
  private static final Pattern DAY = Pattern.compile("\\d{1,2}\\.?");

  private ColonHeading() {}

  /** Whether {@code text}, a paragraph in {@code language}, opens with a heading and a colon. */
  static boolean opens(String text, String language) {
    Matcher m = OPENING.matcher(text);
    if (!m.find()) {
      return false;
    }
    String opening = m.group().trim();
    String[] words = opening.split("\\s+");
    return words.length <= MAX_WORDS && !listEntry(words, language);
  }

  /**
   * No lower-case word but a short one joining the others, and a year first ("1998", "22 January 1901 – 9 November
   * 1901") or two capitalised words or more (names): a heading says what a section is about in a common phrase
   * ("Range and bandwidth", "3 eisen octrooiaanvraag"). German capitalises every noun, so there a heading reads like
   * names ("Mögliche Gesundheitsrisiken"): only the date tells a German list entry.
   */
  private static boolean listEntry(String[] words, String language) {
    boolean date = YEAR.matcher(words[0]).lookingAt() || words.length > 1 && DAY.matcher(words[0]).matches()
        && YEAR.matcher(words[2 < words.length ? 2 : 1]).lookingAt();
    int capitalised = 0;
    for (String word : words) {
      Matcher letter = LETTER.matcher(word);
      if (!letter.find()) {
        continue; // "/", ":"
      }
      if (Character.isUpperCase(word.codePointAt(letter.start()))) {
        capitalised++;
      } else if (word.replaceAll("\\P{L}", "").length() > JOINING) {
        return false;
      }
    }
    return date || capitalised >= 2 && !"de".equals(language);
  }
}
