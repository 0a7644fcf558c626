package briefbot.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits paragraph text into sentences, the unit an extractive answer cites: the JDK's sentence rules, corrected where
 * they cut what a reader reads as one sentence ("Nov. 7", "18. Mai 1756", a quote in ,,Dutch'' or „German“ style).
 */
public final class Sentences {

  private static final int MIN_WORDS = 4;
  /** A quote longer than this may be split inside: it is a passage, not a sentence. */
  private static final int MAX_QUOTE = 400;
  /** Stands in for the '!' of "<!channel>"-like markup while splitting, so the markup is not cut in two. */
  private static final char HIDDEN_BANG = '\uE000';
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?i)(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|prof|gen|gov|sen|rep|st|mt|no|nr|vs|jr|sr"
          + "|inc|corp|ltd|co|ca|bzw|vgl|u\\.a|z\\.b|d\\.h|u\\.s|u\\.k|e\\.g|i\\.e|resp|blz|mevr|dhr|sr|sra|av"
          + "|mrd|mio|geb|gest|evtl|ggf|inkl|sog|aprox|núm|pág)\\.");
  private static final Pattern INITIALS = Pattern.compile("([\\p{Lu}]\\.){1,}");
  /** "18." or "3.": a day or an ordinal when a month, a lower-case word or (in German) any word follows. */
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}\\.");
  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "januari",
      "februari", "maart", "mei", "augustus", "janvier", "février", "mars", "avril", "juin", "juillet", "août",
      "septembre", "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
      "agosto", "septiembre", "octubre", "noviembre", "diciembre", "jahrhundert", "jh");
  /** Where a quote closes and the next sentence starts, which the JDK's rules miss after „…“ and ,,…''. */
  private static final Pattern AFTER_CLOSING_QUOTE = Pattern.compile("[.!?](''|“|”|»)\\s+(?=[\\p{Lu}\\d])");
  /**
   * Where one sentence ends and the next starts with no space between ("...and India.The disease is...", as
   * paragraphs joined from separate lines come) or after a footnote mark ("...liberales.[71] Federico"), which the
   * JDK's rules read as one sentence; two lower-case letters before the stop keep "U.S.Army" and "e.g.The" whole.
   */
  private static final Pattern GLUED_END = Pattern.compile(
      "(?<=\\p{Ll}\\p{Ll}[.!?])(?=\\p{Lu}\\p{Ll})|[.!?](\\[\\d+])+[\\s\u200b]*(?=\\p{Lu})");
  private static final Pattern OPENING = Pattern.compile(",,|„");
  private static final Pattern CLOSING = Pattern.compile("''|“|”");

  private Sentences() {}

  public static List<String> of(String raw, String language) {
    String text = raw.replace("<!", "<" + HIDDEN_BANG);
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int end : boundaries(text, language)) {
      if (end <= start || (end < text.length() && !endsSentence(text, start, end, language))) {
        continue;
      }
      String sentence = text.substring(start, end).strip().replace(HIDDEN_BANG, '!');
      start = end;
      if (sentence.isEmpty()) {
        continue;
      }
      if (sentence.split("\\s+").length >= MIN_WORDS || out.isEmpty()) {
        out.add(sentence);
      } else {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + sentence);
      }
    }
    // A short opening fragment ("Update.") joins the sentence after it, as later fragments join the one before.
    if (out.size() > 1 && out.get(0).split("\\s+").length < MIN_WORDS) {
      out.set(1, out.get(0) + " " + out.get(1));
      out.remove(0);
    }
    return out;
  }

  /** The JDK's sentence ends, those after a closing quote it misses, and the end of the text. */
  private static TreeSet<Integer> boundaries(String text, String language) {
    TreeSet<Integer> ends = new TreeSet<>();
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
    it.setText(text);
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      ends.add(afterClosingQuotes(text, end));
    }
    Matcher m = AFTER_CLOSING_QUOTE.matcher(text);
    while (m.find()) {
      ends.add(m.end());
    }
    Matcher glued = GLUED_END.matcher(text);
    while (glued.find()) {
      ends.removeIf(e -> e > glued.start() && e < glued.end()); // the JDK's cut before a footnote mark
      ends.add(glued.end());
    }
    ends.add(text.length());
    return ends;
  }

  /** A cut just before ,,…'' closes moves past the closing quote, so the next sentence does not start with it. */
  private static int afterClosingQuotes(String text, int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    Matcher closing = CLOSING.matcher(text).region(i, text.length());
    return closing.lookingAt() ? closing.end() : end;
  }

  private static boolean endsSentence(String text, int start, int end, String language) {
    String sentence = text.substring(start, end).strip();
    String[] words = sentence.split("\\s+");
    String last = words[words.length - 1];
    if (ABBREVIATION.matcher(last).matches() || INITIALS.matcher(last).matches() && last.length() <= 4) {
      return false;
    }
    if (ORDINAL.matcher(last).matches() && ordinalContinues(text.substring(end).strip(), language)) {
      return false;
    }
    return !insideQuote(text, start, end);
  }

  private static boolean ordinalContinues(String rest, String language) {
    String next = rest.split("[\\s,;:]+", 2)[0];
    if (next.isEmpty()) {
      return false;
    }
    return language.equals("de") || Character.isLowerCase(next.codePointAt(0))
        || MONTHS.contains(next.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
  }

  /** A ,,quote'' or „Zitat“ opened in this sentence and closed soon after is one sentence with what follows. */
  private static boolean insideQuote(String text, int start, int end) {
    int open = count(OPENING, text, start, end);
    int close = count(CLOSING, text, start, end);
    if (open <= close) {
      return false;
    }
    Matcher later = CLOSING.matcher(text).region(end, Math.min(text.length(), end + MAX_QUOTE));
    return later.find();
  }

  private static int count(Pattern p, String text, int start, int end) {
    Matcher m = p.matcher(text).region(start, end);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
