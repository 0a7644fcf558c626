package briefbot.corpus;

import java.util.regex.Pattern;

/**
 * A sentence cut in two by a paragraph break: the first paragraph ends mid-sentence and the next goes on with it.
 * Scrapers break a paragraph where a link or an emphasis stood and may lose the link's text: the BBC files lost
 * linked names ("Fourth seed" / "survived an injury scare as he battled past Mario Ancic"), so each half, quoted as a
 * sentence, says something else than the article (the survivor would read as the sentence before's subject). The
 * halves are one paragraph again, joined by "…": text may be missing there, after a word as after a comma ("On
 * Tuesday," / "finished top of their group" lost the club), and an analyst must see that it may. Only in text whose
 * case tells where sentences start (the first half starts like a sentence and holds a capital): in a lower-cased
 * text a lower-case start says nothing. A paragraph that starts mid-sentence after one that ended is marked the same
 * way at its start.
 */
final class CutSentences {

  /**
   * How a sentence goes on: a lower-case word (not a name written so, "iPods", "jQuery"), a comma or stop after the
   * lost words, or a lost name's "'s".
   */
  private static final Pattern GOES_ON = Pattern.compile("^(\\p{Ll}+(?!\\p{Lu})|[,.;:](\\s|$)|['’]s\\b)");
  /** How a sentence starts: a capital or digit, after an opening quote or bracket. */
  private static final Pattern STARTS = Pattern.compile("^[\"'‘“„(]*[\\p{Lu}\\d]");

  /** A sentence that ended before a trailing comma ("... gratis inleveren.,", a list of lower-cased pages). */
  private static final Pattern STOP_THEN_COMMA = Pattern.compile("[.!?]\\s*[,;]$");

  private CutSentences() {}

  /** Whether paragraph {@code next} goes on with the sentence paragraph {@code before} left unfinished. */
  static boolean continues(String before, String next) {
    char last = before.charAt(before.length() - 1);
    return (Character.isLetterOrDigit(last) || last == ',' || last == ';') && !STOP_THEN_COMMA.matcher(before).find()
        && cased(before) && goesOn(next);
  }

  /** Whether a paragraph starts mid-sentence: what stands before it, a heading line too, is its sentence's start. */
  static boolean goesOn(String text) {
    return GOES_ON.matcher(text).find();
  }

  /**
   * Whether paragraph {@code next} starts mid-sentence after a paragraph {@code before} that ended its own: the
   * start of the sentence is lost (", who outlasted American Kevin Kim", "'s route to the fourth round"). Not after a
   * colon, where a list's items may start in lower case.
   */
  static boolean startsCut(String before, String next) {
    return !before.endsWith(":") && cased(before) && goesOn(next);
  }

  /** Whether a paragraph's case tells where sentences start: it starts like a sentence and holds a capital. */
  private static boolean cased(String text) {
    return STARTS.matcher(text).find() && text.chars().anyMatch(Character::isUpperCase);
  }

  /** A paragraph whose first sentence lost its start, marked so ("… 's route to the fourth round"). */
  static String marked(String next) {
    return "…" + (Character.isLetterOrDigit(next.charAt(0)) ? " " : "") + next;
  }

  /** Where the break was, for a person checking the file: "...6-1 win. Fourth seed" / "survived an injury scare...". */
  static String seam(String before, String next) {
    String end = before.length() > 30 ? "..." + before.substring(before.length() - 30) : before;
    String start = next.length() > 30 ? next.substring(0, 30) + "..." : next;
    return before.isEmpty() ? "\"" + start + "\"" : "\"" + end + "\" / \"" + start + "\"";
  }

  /** The two halves as one paragraph, with "…" where words may have been lost between them. */
  static String join(String before, String next) {
    return before + " " + marked(next);
  }
}
