package briefbot.digest;

import briefbot.corpus.Article;
import briefbot.corpus.LanguageDetector;
import briefbot.corpus.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proper names of an article (people, places, organisations), found without a tagger: capitalised words the
 * article never writes in lower case and does not only use to open a sentence. Names are kept as their words, so
 * "NATO Secretary-General Mark Rutte" in one article and "Rutte" in another share "rutte".
 */
final class Names {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}'’-]*(?:\\.(?:\\p{L}\\.)+)?");
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?:;\"“”‘’«»()\\[\\]–—|•]");
  private static final Pattern FIGURE =
      Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[.,]\\d{3})+(?![.,]?\\d)|(?<![\\d.,])\\d+(?![.,]?\\d)");
  private static final Pattern POSSESSIVE = Pattern.compile("(['’][sS]|['’])$");
  private static final double HEADLINE_CASE = 0.6;
  private static final int LEAD = 3;
  static final String FIGURE_PREFIX = "#";

  private record Token(String word, boolean sentenceStart, boolean breakBefore) {}

  private Names() {}

  /**
   * Each word of a name, and each specific figure (as {@code #10000}: "10,000" and "10.000" alike), with the
   * number of paragraphs that mention it. Figures are kept because two reports of one event share them.
   */
  static Map<String, Double> of(Article article) {
    List<List<Token>> paragraphs = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      paragraphs.add(tokens(p.text()));
    }
    Set<String> lower = new HashSet<>();
    Set<String> capitalisedInside = new HashSet<>();
    for (List<Token> tokens : paragraphs) {
      for (Token t : tokens) {
        if (!capitalised(t.word())) {
          lower.add(t.word().toLowerCase(Locale.ROOT));
        } else if (!t.sentenceStart()) {
          capitalisedInside.add(t.word());
        }
      }
    }
    List<Set<String>> runsPerParagraph = new ArrayList<>();
    for (List<Token> tokens : paragraphs) {
      runsPerParagraph.add(headlineCase(tokens) ? Set.of() : runs(tokens, lower, capitalisedInside));
    }
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      double weight = i < LEAD ? 2 : 1;
      Set<String> keys = new HashSet<>();
      runsPerParagraph.get(i).forEach(r -> keys.addAll(List.of(r.split("[ -]+"))));
      keys.addAll(figures(article.paragraphs().get(i).text()));
      keys.forEach(k -> out.merge(k, weight, Double::sum));
    }
    return out;
  }

  private static Set<String> runs(List<Token> tokens, Set<String> lower, Set<String> capitalisedInside) {
    Set<String> out = new LinkedHashSet<>();
    List<String> run = new ArrayList<>();
    for (Token t : tokens) {
      boolean name = t.word().length() > 1 && capitalised(t.word())
          && !lower.contains(t.word().toLowerCase(Locale.ROOT))
          && (!t.sentenceStart() || capitalisedInside.contains(t.word()));
      if (t.breakBefore() || !name) {
        flush(run, out);
      }
      if (name) {
        run.add(key(t.word()));
      }
    }
    flush(run, out);
    return out;
  }

  private static void flush(List<String> run, Set<String> out) {
    if (!run.isEmpty()) {
      out.add(String.join(" ", run));
      run.clear();
    }
  }

  /** Numbers of 100 or more that are not years: small numbers and years are shared by unrelated stories. */
  static Set<String> figures(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("[.,]", "");
      boolean year = digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
      if (digits.length() >= 3 && !year && !digits.startsWith("0")) {
        out.add(FIGURE_PREFIX + digits);
      }
    }
    return out;
  }

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int previousEnd = 0;
    boolean start = true;
    while (m.find()) {
      String gap = text.substring(previousEnd, m.start());
      boolean sentenceBreak = !gap.isBlank() && SENTENCE_BREAK.matcher(gap).find();
      boolean brk = sentenceBreak || gap.indexOf(',') >= 0;
      start = start || sentenceBreak;
      String word = POSSESSIVE.matcher(m.group()).replaceFirst("");
      if (!word.isEmpty()) {
        out.add(new Token(word, start, brk));
      }
      start = false;
      previousEnd = m.end();
    }
    return out;
  }

  /** Headlines capitalise most words, which says nothing about which are names. */
  private static boolean headlineCase(List<Token> tokens) {
    long capitalised = tokens.stream().filter(t -> capitalised(t.word())).count();
    return tokens.size() >= 4 && capitalised >= HEADLINE_CASE * tokens.size();
  }

  private static boolean capitalised(String word) {
    return Character.isUpperCase(word.codePointAt(0));
  }

  /** Lower case, without accents or the dots of abbreviations: "U.S." and "US" are one key. */
  static String key(String word) {
    return LanguageDetector.fold(word).replace(".", "").replace('’', '\'');
  }
}
