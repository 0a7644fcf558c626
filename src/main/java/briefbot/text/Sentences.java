package briefbot.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
          + "|inc|corp|ltd|co|bros|ca|bzw|vgl|u\\.a|z\\.b|d\\.h|u\\.s|u\\.k|e\\.g|i\\.e|resp|blz|mevr|dhr|sr|sra|av"
          + "|mrd|mio|geb|gest|evtl|ggf|inkl|sog|aprox|núm|pág)\\.");
  private static final Pattern INITIALS = Pattern.compile("([\\p{Lu}]\\.){1,}");
  /** One lower-case letter and a stop: "u. a.", "z. B.", "400 n. Chr." are abbreviations, no sentence ends. */
  private static final Pattern LETTER = Pattern.compile("\\p{Ll}\\.");
  /** What may open a word before an abbreviation: "(e.g.", "\"Mr.", „Dr.". */
  private static final Pattern OPENING_MARKS = Pattern.compile("^[\"'(\\[„“‚‘«]+");
  /** A year glued after a sentence's stop, then a space: "verglich.1958 nutzte". */
  private static final Pattern GLUED_YEAR = Pattern.compile("[12]\\d{3}\\s");
  /** "18." or "3.": a day or an ordinal when a month, a lower-case word or (in German) any word follows. */
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}\\.");
  /** A month's name, or a century after its ordinal ("18. Jahrhundert", "19. Jh."); Austrian "Jänner" too. */
  private static final Set<String> MONTHS = Stream.concat(DateNames.months(), Stream.of("jänner", "jahrhundert", "jh"))
      .collect(Collectors.toUnmodifiableSet());
  /** Where a quote closes and the next sentence starts, which the JDK's rules miss after „…“ and ,,…''. */
  private static final Pattern AFTER_CLOSING_QUOTE = Pattern.compile("[.!?](''|“|”|»)\\s+(?=[\\p{Lu}\\d])");
  private static final Map<String, BreakIterator> ITERATORS = new ConcurrentHashMap<>();
  private static final Pattern OPENING = Pattern.compile(",,|„");
  private static final Pattern CLOSING = Pattern.compile("''|“|”");
  /**
   * What closes a quote opened with ,, or „ : Dutch papers often close ,,… with a plain " (",,Ik trof een dode ree
   * aan. In z'n vacht zaten honderd teken", aldus De Jonge"). Not a closing mark elsewhere: a plain " also opens.
   */
  private static final Pattern CLOSING_AFTER_OPENING = Pattern.compile("''|“|”|\"");
  /** A ,,quote opening after a sentence's stop starts a sentence: the JDK's rules read ",," as two commas. */
  private static final Pattern BEFORE_OPENING_QUOTE = Pattern.compile("[.!?](?:''|“|”|\")?\\s+(?=,,\\S)");

  private Sentences() {}

  public static List<String> of(String raw, String language) {
    List<String> out = new ArrayList<>();
    for (List<Span> pieces : pieces(raw, language)) {
      out.add(joined(raw, pieces));
    }
    return out;
  }

  /** Where a sentence starts and ends in a text: {@code text.substring(start, end)}. */
  public record Span(int start, int end) {}

  /**
   * Where each sentence of {@link #of} stands in {@code raw}: from its first word to its last, with the white space
   * inside as written (a fragment joined to its neighbour keeps what stood between them).
   */
  public static List<Span> spans(String raw, String language) {
    List<Span> out = new ArrayList<>();
    for (List<Span> pieces : pieces(raw, language)) {
      out.add(new Span(pieces.get(0).start(), pieces.get(pieces.size() - 1).end()));
    }
    return out;
  }

  /** Each sentence as the stripped pieces of text it is joined from: most are one piece, a short fragment joins one. */
  private static List<List<Span>> pieces(String raw, String language) {
    String text = raw.replace("<!", "<" + HIDDEN_BANG);
    boolean quoted = text.contains(",,") || text.indexOf('„') >= 0;
    List<List<Span>> out = new ArrayList<>();
    int start = 0;
    for (int end : boundaries(text, language)) {
      if (end <= start || (end < text.length() && !endsSentence(text, start, end, language, quoted))) {
        continue;
      }
      Span piece = stripped(text, start, end);
      start = end;
      if (piece.start() == piece.end()) {
        continue;
      }
      if (words(text.substring(piece.start(), piece.end())) >= MIN_WORDS || out.isEmpty()) {
        out.add(new ArrayList<>(List.of(piece)));
      } else {
        out.get(out.size() - 1).add(piece);
      }
    }
    // A short opening fragment ("Update.") joins the sentence after it, as later fragments join the one before.
    if (out.size() > 1 && words(joined(text, out.get(0))) < MIN_WORDS) {
      out.get(1).addAll(0, out.remove(0));
    }
    return out;
  }

  /** The text from {@code start} to {@code end} without the white space at its ends, as {@link String#strip}. */
  private static Span stripped(String text, int start, int end) {
    int from = start;
    int to = end;
    while (from < to && Character.isWhitespace(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    while (to > from && Character.isWhitespace(text.codePointBefore(to))) {
      to -= Character.charCount(text.codePointBefore(to));
    }
    return new Span(from, to);
  }

  private static String joined(String text, List<Span> pieces) {
    StringBuilder out = new StringBuilder();
    for (Span piece : pieces) {
      out.append(out.isEmpty() ? "" : " ").append(text, piece.start(), piece.end());
    }
    return out.toString();
  }

  /** The JDK's sentence ends, those after a closing quote it misses, and the end of the text. */
  private static TreeSet<Integer> boundaries(String text, String language) {
    TreeSet<Integer> ends = new TreeSet<>();
    BreakIterator it = sentenceIterator(language);
    it.setText(text);
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      ends.add(afterClosingQuotes(text, end));
    }
    Matcher m = AFTER_CLOSING_QUOTE.matcher(text);
    while (m.find()) {
      ends.add(m.end());
    }
    Matcher opening = BEFORE_OPENING_QUOTE.matcher(text);
    while (opening.find()) {
      ends.add(opening.end());
    }
    gluedEnds(text, ends);
    ends.add(text.length());
    return ends;
  }

  /**
   * A copy of the language's sentence iterator: the JDK caches the rules of one locale only, so asking it for another
   * language's iterator on every paragraph of a mixed retrieval read the rule tables again each time.
   */
  private static BreakIterator sentenceIterator(String language) {
    return (BreakIterator) ITERATORS.computeIfAbsent(language,
        l -> BreakIterator.getSentenceInstance(Locale.forLanguageTag(l))).clone();
  }

  /**
   * Where one sentence ends and the next starts with no space between ("...and India.The disease is...", as
   * paragraphs joined from separate lines come) or after a footnote mark ("...liberales.[71] Federico"), which the
   * JDK's rules read as one sentence; two lower-case letters before the stop keep "U.S.Army" and "e.g.The" whole. The
   * JDK's cut before a footnote mark moves after it.
   */
  private static void gluedEnds(String text, TreeSet<Integer> ends) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      if (i >= 2 && i + 2 < text.length() && gluedBefore(text, i) && startsWord(text, i + 1)) {
        ends.add(i + 1);
        continue;
      }
      int end = afterFootnoteMarks(text, i + 1);
      if (end > i + 1 && end < text.length()
          && Character.getType(text.codePointAt(end)) == Character.UPPERCASE_LETTER) {
        ends.subSet(i, false, end, false).clear();
        ends.add(end);
        i = end - 1;
      }
    }
  }

  /**
   * Before a stop at {@code i}, what ends a sentence glued to the next: two lower-case letters ("India.The"), or a
   * closing quote after a letter ("„Freund“.In den", "victims\".In"); "U.S.Army" and "e.g.The" stay whole.
   */
  private static boolean gluedBefore(String text, int i) {
    char before = text.charAt(i - 1);
    return lower(before) ? lower(text.charAt(i - 2))
        : "\"”“»".indexOf(before) >= 0 && Character.isLetter(text.charAt(i - 2));
  }

  /**
   * After a stop at {@code i - 1}, the start of a glued sentence: a capital and a lower-case letter ("The"), or a year
   * and a space ("verglich.1958 nutzte").
   */
  private static boolean startsWord(String text, int i) {
    if (Character.getType(text.charAt(i)) == Character.UPPERCASE_LETTER) {
      return lower(text.charAt(i + 1));
    }
    return i + 4 < text.length() && GLUED_YEAR.matcher(text).region(i, i + 5).matches()
        && lower(text.charAt(i - 2)) && lower(text.charAt(i - 3));
  }

  private static boolean lower(char c) {
    return Character.getType(c) == Character.LOWERCASE_LETTER;
  }

  /** Past "[71]", "[3][4]" and the spaces after them from {@code i}; {@code i} itself when no mark starts there. */
  private static int afterFootnoteMarks(String text, int i) {
    int at = i;
    while (at < text.length() && text.charAt(at) == '[') {
      int j = at + 1;
      while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
        j++;
      }
      if (j == at + 1 || j >= text.length() || text.charAt(j) != ']') {
        break;
      }
      at = j + 1;
    }
    if (at == i) {
      return i;
    }
    while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\u200b')) {
      at++;
    }
    return at;
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

  private static boolean endsSentence(String text, int start, int end, String language, boolean quoted) {
    if (continuesAfterMark(text, end)) {
      return false;
    }
    String last = OPENING_MARKS.matcher(lastWord(text.substring(start, end).strip())).replaceFirst("");
    if (ABBREVIATION.matcher(last).matches() || INITIALS.matcher(last).matches() && last.length() <= 4
        || LETTER.matcher(last).matches()) {
      return false;
    }
    if (ORDINAL.matcher(last).matches() && ordinalContinues(nextWord(text, end), language)) {
      return false;
    }
    return !(quoted && insideQuote(text, start, end));
  }

  /**
   * Whether what follows a cut at {@code end} goes on with the sentence before it: a comma, semicolon or colon ("In
   * its report, Is Online Community A Policy Tool?, the IPPR asks", "'Wat moest ik anders?', zei hij"), or a
   * lower-case word after a question or exclamation mark (a title: "Do They Know it's Christmas? is expected to sell",
   * "'Een teek? Pak 'm beet!' start maandag"; a condition: "Heeft u geen AOW? dan kunt u"), where the JDK cuts and the
   * next sentence would open with the comma or the lower-case word. A Dutch ",,quote" opens a sentence.
   */
  private static boolean continuesAfterMark(String text, int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    if (c == ',') {
      return !text.startsWith(",,", i);
    }
    if (c == ';' || c == ':') {
      return true;
    }
    return lower(c) && "?!".indexOf(markBefore(text, end)) >= 0;
  }

  /**
   * The stop before {@code end}, past white space, closing quotes and brackets ("beet!' ", "(ten onrechte!) "): '!'
   * here, 0 at the text's start.
   */
  private static char markBefore(String text, int end) {
    int j = end;
    while (j > 0 && (Character.isWhitespace(text.charAt(j - 1)) || "'\"’”»)]".indexOf(text.charAt(j - 1)) >= 0)) {
      j--;
    }
    return j > 0 ? text.charAt(j - 1) : 0;
  }

  /** The number of words split at white space, as a reader counts them ("Update." is one). */
  private static int words(String sentence) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < sentence.length(); i++) {
      boolean space = Character.isWhitespace(sentence.charAt(i));
      n += !space && !inWord ? 1 : 0;
      inWord = !space;
    }
    return Math.max(n, 1);
  }

  /** The last word of a stripped sentence. */
  private static String lastWord(String sentence) {
    int i = sentence.length();
    while (i > 0 && !Character.isWhitespace(sentence.charAt(i - 1))) {
      i--;
    }
    return sentence.substring(i);
  }

  /** The word after {@code end}, up to a space or , ; : (empty when one of those comes first). */
  private static String nextWord(String text, int end) {
    int from = end;
    while (from < text.length() && Character.isWhitespace(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    int to = from;
    while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && ",;:".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    String word = text.substring(from, to);
    return to == text.length() ? word.strip() : word;
  }

  private static boolean ordinalContinues(String next, String language) {
    if (next.isEmpty()) {
      return false;
    }
    return language.equals("de") || Character.isLowerCase(next.codePointAt(0))
        || MONTHS.contains(next.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
  }

  /** A ,,quote'' or „Zitat“ opened in this sentence and closed soon after is one sentence with what follows. */
  private static boolean insideQuote(String text, int start, int end) {
    int open = count(OPENING, text, start, end);
    int close = count(CLOSING_AFTER_OPENING, text, start, end);
    if (open <= close) {
      return false;
    }
    Matcher later = CLOSING_AFTER_OPENING.matcher(text).region(end, Math.min(text.length(), end + MAX_QUOTE));
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
