package briefbot.corpus;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the language of a text from its function words; a profile of the most frequent words
 * per language separates these five languages reliably from a sentence on, and costs no model.
 */
public final class LanguageDetector {

  /** Languages the index analyses with their own stemmer; anything else falls back to neutral analysis. */
  public static final List<String> SUPPORTED = List.of("en", "nl", "de", "fr", "es");

  private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

  static {
    FUNCTION_WORDS.put("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on",
        "as", "are", "it", "by", "from", "has", "have", "this", "which", "be", "at", "an", "not", "but", "its",
        "their", "said", "what", "who", "where", "when", "how", "did", "does", "will", "would", "been", "were", "they",
        "about", "why", "whom", "many", "much"));
    FUNCTION_WORDS.put("nl", Set.of("de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "met", "voor",
        "zijn", "niet", "aan", "er", "die", "wat", "bij", "ook", "naar", "heeft", "hebben", "om", "door", "tot",
        "werd", "zei", "waar", "wie", "hoe", "wanneer", "waarom", "welke", "hoeveel", "tussen", "nog", "maar", "dit",
        "over", "uit", "als", "wordt", "zich", "volgens", "tegen", "geen", "mijn", "onze", "hun", "wij", "jullie"));
    FUNCTION_WORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "zu",
        "ein", "eine", "auf", "für", "sich", "auch", "wie", "wer", "wo", "was", "warum", "wann", "hat", "haben",
        "wurde", "sind", "im", "bei", "nach", "über", "oder", "aber", "dass", "welche", "wieviele"));
    FUNCTION_WORDS.put("fr", Set.of("le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "qui", "dans",
        "pour", "pas", "sur", "au", "avec", "il", "elle", "sont", "ont", "ce", "cette", "où", "quoi", "quel",
        "quelle", "comment", "pourquoi", "quand", "combien", "aux", "été", "mais", "ses", "leur"));
    FUNCTION_WORDS.put("es", Set.of("el", "la", "los", "las", "y", "de", "que", "en", "es", "un", "una", "por",
        "con", "para", "del", "se", "al", "lo", "como", "más", "pero", "sus", "su", "qué", "quién", "dónde",
        "cuándo", "cómo", "cuántos", "cuántas", "por qué", "ha", "han", "fue", "son", "está"));
  }

  private static final String[] LANGUAGES = FUNCTION_WORDS.keySet().toArray(String[]::new);
  /** Each function word with the languages that use it, one bit per language of {@link #LANGUAGES}: one lookup a word. */
  private static final Map<String, Integer> LANGUAGES_OF_WORD = new HashMap<>();

  static {
    for (int l = 0; l < LANGUAGES.length; l++) {
      for (String word : FUNCTION_WORDS.get(LANGUAGES[l])) {
        LANGUAGES_OF_WORD.merge(word, 1 << l, (a, b) -> a | b);
      }
    }
  }

  /**
   * Words that mark a short question's language beyond the function words of running text: question words, the
   * verbs questions start with, and what asking about a place or time brings ("im", "welchem").
   */
  private static final Map<String, Set<String>> QUESTION_WORDS = Map.of(
      "en", Set.of("the", "of", "is", "was", "did", "does", "do", "who", "what", "which", "how", "many", "much", "can",
          "could", "should", "name", "year", "people", "his", "her", "after", "during"),
      "nl", Set.of("hoe", "mijn", "ik", "kan", "mag", "moet", "krijg", "krijgt", "weet", "welk", "wordt", "worden",
          "het", "een", "waarom", "waar", "jaar", "zijn", "heeft", "hebben", "je", "jij", "u", "gebruiken", "aanvragen",
          "of"),
      "de", Set.of("viele", "viel", "welchem", "welchen", "welcher", "welches", "wurde", "wurden", "wird", "werden",
          "gibt", "hat", "hatte", "ist", "war", "waren", "wofür", "womit", "wozu", "wodurch", "woher", "wohin", "wieso",
          "weshalb", "vom", "zum", "zur", "beim", "im", "seit", "sollen", "kann", "können", "er", "es", "des", "einem",
          "einer", "eines", "jahr", "jahrhundert", "häufig", "genau", "sich", "als", "wen", "wem", "wessen", "wieviel",
          "lange", "lautete", "bedeutet", "machte", "brachte", "zeigte", "ging", "um", "unter", "mutter", "vater",
          "an", "aus", "bis", "durch", "gegen", "in", "ohne", "vor", "während", "zwischen"),
      "fr", Set.of("quelle", "quel", "quels", "quelles", "est-ce", "qu", "ont", "été", "fait", "année", "les", "des"),
      "es", Set.of("cuál", "cuáles", "qué", "dónde", "cuándo", "cuánto", "cuánta", "cuántos", "cuántas", "quién",
          "quiénes", "año", "fue", "fueron", "es", "son", "del", "los", "las", "por", "para", "una"));
  /**
   * Interrogatives that only one of the five languages spells so: one of them settles the question's language
   * ("In welchem Berufszweig startete Fossey?" holds "in" of English and Dutch as much as "welchem" of German).
   * Words two languages share ("was", "wie", "que", "qui") are left out.
   */
  private static final Map<String, Set<String>> OWN_INTERROGATIVES = Map.of(
      "en", Set.of("who", "whom", "whose", "what", "which", "when", "where", "why", "how"),
      "nl", Set.of("wat", "welke", "welk", "wanneer", "waarom", "waar", "hoe", "hoeveel", "hoelang", "waarvoor",
          "waarmee", "waardoor"),
      "de", Set.of("wer", "wen", "wem", "wessen", "wann", "warum", "wieso", "weshalb", "weswegen", "wo", "woher",
          "wohin", "wofür", "womit", "wozu", "wodurch", "worauf", "woran", "worin", "worüber", "wovon", "wieviel",
          "wieviele", "welche", "welcher", "welchem", "welchen", "welches"),
      "fr", Set.of("quel", "quelle", "quels", "quelles", "où", "quand", "pourquoi", "comment", "combien", "lequel",
          "laquelle", "lesquels"),
      "es", Set.of("qué", "quién", "quiénes", "cuál", "cuáles", "cuándo", "dónde", "adónde", "cómo", "cuánto",
          "cuánta", "cuántos", "cuántas", "cuán"));
  /** What one language's own interrogative weighs: more than the function words a short question shares. */
  private static final int OWN_INTERROGATIVE = 4;
  private static final Pattern GERMAN_LETTERS = Pattern.compile("[äöüß]");
  private static final Pattern SPANISH_LETTERS = Pattern.compile("[ñ¿¡áíóú]");
  private static final Pattern FRENCH_LETTERS = Pattern.compile("[àâçèêëîïôûù]");

  private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");

  private LanguageDetector() {}

  /** The ISO 639-1 code of the text's language, or {@code fallback} when the text shows too little to tell. */
  public static String detect(String text, String fallback) {
    String lower = text.toLowerCase(Locale.ROOT);
    int[] scores = new int[LANGUAGES.length];
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      if (Character.isLetter(cp)) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        tally(lower.substring(start, i), scores);
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tally(lower.substring(start), scores);
    }
    int[] sorted = scores.clone();
    Arrays.sort(sorted);
    int best = sorted[sorted.length - 1];
    int second = sorted[sorted.length - 2];
    // A short question may hold a single function word; it decides only when no other language claims any.
    if (best == 0 || best == second || (best == 1 && second > 0)) {
      return fallback;
    }
    for (int l = 0; l < LANGUAGES.length; l++) {
      if (scores[l] == best) {
        return LANGUAGES[l];
      }
    }
    return fallback;
  }

  private static void tally(String word, int[] scores) {
    Integer languages = LANGUAGES_OF_WORD.get(word);
    if (languages != null) {
      for (int l = 0; l < LANGUAGES.length; l++) {
        if ((languages & 1 << l) != 0) {
          scores[l]++;
        }
      }
    }
  }

  /**
   * The language of a question: a few words tell less than a paragraph, so question words and the letters only one
   * language uses count too ("Wie viele Provinzen gibt es?" is German, not Dutch), and an interrogative only one
   * language has counts most.
   */
  public static String detectQuestion(String text, String fallback) {
    List<String> best = questionLanguages(text);
    return best.size() == 1 ? best.get(0) : fallback;
  }

  /**
   * The languages whose words {@link #detectQuestion} weighs most in the question, tied: one when they tell, every
   * language when the question holds none of their words ("Krijgen boeren subsidie?").
   */
  public static List<String> questionLanguages(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Map<String, Integer> scores = new LinkedHashMap<>();
    FUNCTION_WORDS.keySet().forEach(lang -> scores.put(lang, 0));
    for (String word : WORD.split(lower)) {
      if (word.isEmpty()) {
        continue;
      }
      for (String lang : FUNCTION_WORDS.keySet()) {
        if (FUNCTION_WORDS.get(lang).contains(word) || QUESTION_WORDS.get(lang).contains(word)) {
          scores.merge(lang, 2, Integer::sum);
        }
        if (OWN_INTERROGATIVES.get(lang).contains(word)) {
          scores.merge(lang, OWN_INTERROGATIVE, Integer::sum);
        }
      }
    }
    scores.merge("de", 3 * count(GERMAN_LETTERS, lower), Integer::sum);
    scores.merge("es", 3 * count(SPANISH_LETTERS, lower), Integer::sum);
    scores.merge("fr", 3 * count(FRENCH_LETTERS, lower), Integer::sum);
    int top = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return scores.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
  }

  /**
   * Whether {@code word} (lower-case) is one the question's language is told by: a function word, question word or
   * interrogative of any of the languages, which says little of a question's topic.
   */
  public static boolean toldBy(String word) {
    return LANGUAGES_OF_WORD.containsKey(word)
        || QUESTION_WORDS.values().stream().anyMatch(words -> words.contains(word))
        || OWN_INTERROGATIVES.values().stream().anyMatch(words -> words.contains(word));
  }

  private static int count(Pattern p, String text) {
    return (int) p.matcher(text).results().count();
  }

  /** Lower-cased text without accents, for comparisons that should ignore both. */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (below(lower, '\u00C0')) {
      return lower; // nothing below À decomposes or is a mark
    }
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "");
  }

  private static boolean below(String text, char limit) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= limit) {
        return false;
      }
    }
    return true;
  }
}
