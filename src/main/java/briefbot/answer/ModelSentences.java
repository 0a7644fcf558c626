package briefbot.answer;

import briefbot.text.CitationMarkers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text a model wrote into sentences, each keeping the {@code [n]} markers that follow its full stop
 * ("... jets. [1] Russia ..."), because a citation belongs to the claim before it.
 */
final class ModelSentences {

  private static final Pattern LINE_PREFIX = Pattern.compile("^\\s*(?:[-*•·]|\\d{1,2}[.)]|#{1,6}|>)\\s+");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
  private static final Pattern TRAILING_MARKER = Pattern.compile("\\G\\s*" + CitationMarkers.BRACKETED.pattern());
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?:\\p{L}\\.)+\\p{L}?|\\p{Lu}|(?i:mr|mrs|ms|dr|prof|gen|gov|sen|rep|lt|col|st|no|nr|vs|jr|sr|inc|ltd|co|corp"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|etc|ca|bijv|dhr|mevr|drs|ir|mw|resp)");
  private static final Pattern DAY = Pattern.compile("[0-3]?\\d");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final String TERMINALS = ".!?…。！？";
  private static final String CLOSERS = "\"'”’»)";

  private ModelSentences() {}

  /** The sentences of {@code text}, stripped of list bullets, headings and emphasis marks. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String tidy = EMPHASIS.matcher(LINE_PREFIX.matcher(line).replaceFirst("")).replaceAll("").strip();
      splitLine(tidy, out);
    }
    return out;
  }

  private static void splitLine(String line, List<String> out) {
    int start = 0;
    char closer = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (closer != 0) {
        closer = c == closer ? 0 : closer;
      } else if (c == '“' || c == '„' || c == '«' || c == '"') {
        // A full stop inside a quotation does not end the sentence that quotes it.
        closer = c == '«' ? '»' : c == '"' ? '"' : c == '„' ? '“' : '”';
      } else if (TERMINALS.indexOf(c) >= 0 && endsSentence(line, start, i)) {
        int end = afterMarkers(line, i + 1);
        add(out, line.substring(start, end));
        start = end;
        i = end - 1;
      }
    }
    add(out, line.substring(start));
  }

  /** The end of a sentence whose terminal is just before {@code from}: closing quotes, then citation markers. */
  private static int afterMarkers(String line, int from) {
    int end = from;
    while (end < line.length() && CLOSERS.indexOf(line.charAt(end)) >= 0) {
      end++;
    }
    Matcher m = TRAILING_MARKER.matcher(line).region(end, line.length());
    while (m.find()) {
      end = m.end();
    }
    if (end > from && end < line.length() && TERMINALS.indexOf(line.charAt(end)) >= 0) {
      end++;
    }
    return end;
  }

  private static boolean endsSentence(String line, int start, int at) {
    int next = at + 1;
    while (next < line.length()
        && (CLOSERS.indexOf(line.charAt(next)) >= 0 || TERMINALS.indexOf(line.charAt(next)) >= 0)) {
      next++;
    }
    if (next < line.length() && !Character.isWhitespace(line.charAt(next)) && line.charAt(next) != '[') {
      return false;
    }
    int following = next;
    while (following < line.length() && Character.isWhitespace(line.charAt(following))) {
      following++;
    }
    if (following < line.length() && Character.isLowerCase(line.charAt(following))) {
      return false;
    }
    if (line.charAt(at) != '.') {
      return true;
    }
    int wordStart = at;
    while (wordStart > start && !Character.isWhitespace(line.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = line.substring(wordStart, at).replaceAll("^\\p{Ps}+|^\\p{Pi}+", "");
    return !ABBREVIATION.matcher(word).matches() && !dayOfMonth(word, line, following);
  }

  /**
   * Whether a number and its full stop are a German day of the month ("am 31. Dezember"): an ordinal, not the end of
   * a sentence.
   */
  private static boolean dayOfMonth(String word, String line, int following) {
    if (!DAY.matcher(word).matches()) {
      return false;
    }
    Matcher next = WORD.matcher(line).region(following, line.length());
    return next.lookingAt() && FigureWords.MONTHS.containsKey(next.group().toLowerCase(Locale.ROOT));
  }

  private static void add(List<String> out, String sentence) {
    String s = sentence.strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}
