package briefbot.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an English translation a dictionary wrote without its spaces ("TheHague", "campingground", "tentedcamp")
 * into the English words it is made of ("the Hague", "camping ground", "tented camp").
 */
final class JoinedWords {

  /**
   * The short words a joined phrase is made of besides content words: a closed class, since short headwords
   * ("ion", "tan", "ail") would split words that no list holds ("Mauretanian").
   */
  private static final Set<String> FUNCTION = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "by", "for",
      "up", "as", "or", "and", "off", "out", "with", "from", "into", "onto", "upon", "one");
  /** A content word of a joined phrase has at least this many letters. */
  private static final int MIN_WORD = 3;
  /** Longer runs are no translation but a sentence; nothing to gain from splitting them. */
  private static final int MAX_LENGTH = 40;

  private final Set<String> words;

  /** {@code words}: the language's single words, lower-cased (the headwords of its dictionaries). */
  JoinedWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /**
   * The translation with its words spaced, or as given when it is a listed word, holds a space or a hyphen, or some
   * lower-case part of it is no listed word. A capitalised part no list holds is a name and stays whole ("Hague").
   */
  String split(String translation) {
    String lower = translation.toLowerCase(Locale.ROOT);
    if (translation.isEmpty() || translation.length() > MAX_LENGTH || words.contains(lower)
        || !translation.chars().allMatch(Character::isLetter)) {
      return translation;
    }
    List<String> out = new ArrayList<>();
    for (String chunk : camelChunks(translation)) {
      String chunkLower = chunk.toLowerCase(Locale.ROOT);
      if (words.contains(chunkLower)) {
        out.add(chunk);
        continue;
      }
      List<String> parts = segment(chunkLower);
      if (parts != null) {
        out.addAll(parts);
      } else if (Character.isUpperCase(chunk.charAt(0))) {
        out.add(chunk);
      } else {
        return translation;
      }
    }
    return out.size() < 2 ? translation : String.join(" ", out);
  }

  /** "TheHague" as "The", "Hague"; "ofTheHague" as "of", "The", "Hague"; a word without inner capitals whole. */
  private static List<String> camelChunks(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
        out.add(text.substring(start, i));
        start = i;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  /**
   * The fewest listed words that make up {@code text} exactly, of those the one with the longest words ("crust of the
   * earth", not "crus tof the earth"), or null when none do.
   */
  private List<String> segment(String text) {
    int n = text.length();
    int[] fewest = new int[n + 1];
    int[] squares = new int[n + 1];
    int[] from = new int[n + 1];
    Arrays.fill(fewest, Integer.MAX_VALUE);
    fewest[0] = 0;
    for (int end = 1; end <= n; end++) {
      for (int start = 0; start < end; start++) {
        if (fewest[start] == Integer.MAX_VALUE) {
          continue;
        }
        String part = text.substring(start, end);
        if (!FUNCTION.contains(part) && (part.length() < MIN_WORD || !words.contains(part))) {
          continue;
        }
        int count = fewest[start] + 1;
        int square = squares[start] + part.length() * part.length();
        if (count < fewest[end] || count == fewest[end] && square > squares[end]) {
          fewest[end] = count;
          squares[end] = square;
          from[end] = start;
        }
      }
    }
    if (fewest[n] == Integer.MAX_VALUE || fewest[n] < 2) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int end = n; end > 0; end = from[end]) {
      out.add(0, text.substring(from[end], end));
    }
    return out;
  }

  /**
   * Whether a dictionary writes phrases whole: at least one in a hundred of its one-word translations are listed
   * English words joined (nld-eng 12 %, spa-eng 7 %; deu-eng 0.02 % and fra-eng 0.2 %, whose few are words no list
   * holds: "bearberry", "insincere", "cherish"). Only such a dictionary's joined words are split.
   */
  static boolean writesPhrasesWhole(int translations, int joined) {
    return translations > 0 && joined * 100L >= translations;
  }

  /** Whether a word is one of the closed class of short function words ("of", "the"): no phrase's head. */
  static boolean function(String word) {
    return FUNCTION.contains(word);
  }
}
