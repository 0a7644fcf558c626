package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The noun phrase a "which X" question asks, read from the question ("auction house" of "Which auction house ...",
 * "Staatssekretär" of "Welcher Staatssekretär ..."), and its head's forms in one and more; {@link AskedNoun} asks
 * whether a sentence names an instance of it.
 */
final class AskedNounPhrase {

  /** The question word and the words after it, per language; "which" and "what" open the noun phrase asked. */
  private static final Map<String, Pattern> OPENING = Map.of(
      "en", Pattern.compile("(?iu)^(?:\\p{L}+ )?(?:which|what)(?: (?:kind|type|sort|form) of)? (.+)$"),
      "nl", Pattern.compile("(?iu)^(?:\\p{L}+ )?welke? (.+)$"),
      "de", Pattern.compile("(?u)^(?:\\p{L}+ )?[Ww]elche[rsmn]? (.+)$"),
      "es", Pattern.compile("(?iu)^(?:\\p{L}+ )?(?:qué|cuál|cuáles) (.+)$"),
      "fr", Pattern.compile("(?iu)^(?:\\p{L}+ )?(?:quel|quelle|quels|quelles) (.+)$"));
  /**
   * Words that end the noun phrase of a question: auxiliaries, articles, pronouns, prepositions, and English verb
   * forms no rule reads (the irregular pasts come from the verb table, the regular ones from {@link #ENGLISH_PAST}).
   */
  private static final Map<String, Set<String>> ENDS = Map.of(
      "en", Set.of("is", "was", "are", "were", "be", "been", "did", "does", "do", "has", "had", "have", "can", "could",
          "will", "would", "should", "may", "might", "must", "shall", "the", "a", "an", "of", "in", "on", "at", "for",
          "to", "by", "from", "with", "about", "and", "or", "he", "she", "it", "they", "his", "her", "its", "their",
          "this", "that", "these", "those", "there", "not", "set", "hit", "put", "gets", "makes", "wins", "leads",
          "happens", "happened", "means", "when", "where", "how", "why", "who", "whom"),
      "nl", Set.of("is", "was", "zijn", "waren", "heeft", "hebben", "had", "hadden", "wordt", "werd", "worden",
          "werden", "kan", "kon", "moet", "moest", "zal", "zou", "wil", "wilde", "de", "het", "een", "er", "van", "in",
          "op", "aan", "bij", "met", "voor", "naar", "uit", "om"),
      "de", Set.of(),
      "es", Set.of("es", "son", "era", "eran", "fue", "fueron", "ha", "han", "habia", "se", "el", "la", "los", "las",
          "un", "una", "lo", "le", "les", "hay", "esta", "estan", "tiene", "tienen", "de", "del", "en", "a", "por",
          "con", "para", "que"),
      "fr", Set.of("est", "sont", "etait", "a", "ont", "le", "la", "les", "un", "une", "de", "du", "des", "en"));
  /** What a "what X" question may measure instead of asking an instance: "What size ...", "What colour ...". */
  private static final Set<String> MEASURES = Set.of("size", "colour", "color", "shape", "length", "height", "weight",
      "age", "value", "amount", "number", "percentage", "percent", "proportion", "rate", "price", "cost", "share");
  /** Words that open a verb's object: a word in -s before one is the verb ("Which worm installs a ..."). */
  private static final Set<String> OBJECT_OPENERS = Set.of("the", "a", "an", "his", "her", "its", "their", "this",
      "that", "these", "those", "most", "more", "some", "all");
  /** An English verb form closing the noun phrase ("Which fan collected ..."); a word this short is rarely one. */
  private static final Pattern ENGLISH_PAST = Pattern.compile("\\p{L}{3,}[^e]ed");

  private AskedNounPhrase() {}

  /** The words of the noun phrase asked, the head last; none where the question opens otherwise or asks no noun. */
  static List<String> of(String question, String language) {
    Pattern opening = OPENING.get(language);
    if (opening == null) {
      return List.of();
    }
    Matcher m = opening.matcher(question.strip().replaceFirst("^[¿¡\"“]+", ""));
    if (!m.matches()) {
      return List.of();
    }
    List<String> words = words(m.group(1));
    return switch (language) {
      case "de" -> german(words);
      case "en" -> english(words);
      default -> firstNoun(words, language);
    };
  }

  /**
   * The English noun phrase: the words up to the verb (an auxiliary, a past form, or a word in -s before an article,
   * a name or a figure: "Which worm installs a ...", "Which organisation runs the ..."), at most four.
   */
  private static List<String> english(List<String> words) {
    Set<String> ends = ENDS.get("en");
    List<String> phrase = new ArrayList<>();
    for (int i = 0; i < words.size() && phrase.size() < 4; i++) {
      String w = words.get(i);
      String f = fold(w);
      if (ends.contains(f) || ENGLISH_PAST.matcher(f).matches() || irregularPast(f) || !w.chars().allMatch(
          c -> Character.isLetter(c) || c == '-')) {
        break;
      }
      boolean verbInS = !phrase.isEmpty() && f.endsWith("s") && !f.endsWith("ss") && i + 1 < words.size()
          && (OBJECT_OPENERS.contains(fold(words.get(i + 1))) || capitalised(words.get(i + 1))
              || Character.isDigit(words.get(i + 1).charAt(0)));
      if (verbInS) {
        break;
      }
      phrase.add(w);
    }
    // The last word of a longer phrase ending in a lower-case word is the noun ("auction house"); a phrase of names
    // alone asks nothing ("Which Harry Potter ..."), nor one opening with what is measured ("What size matrix group
    // ...": a size, not a group).
    return phrase.isEmpty() || capitalised(phrase.get(phrase.size() - 1))
        || MEASURES.contains(fold(phrase.get(0))) ? List.of() : phrase;
  }

  /** An English irregular past ("won", "wrote", "overtook"), from the verb table translations read too. */
  private static boolean irregularPast(String folded) {
    return !IrregularVerbs.table().infinitives(folded, "en", IrregularVerbs.Kind.FINITE).isEmpty();
  }

  /** The German noun: the first capitalised word after the question word and any lower-case adjectives. */
  private static List<String> german(List<String> words) {
    for (int i = 0; i < Math.min(3, words.size()); i++) {
      if (capitalised(words.get(i))) {
        return List.of(words.get(i));
      }
    }
    return List.of();
  }

  /**
   * Dutch, Spanish, French: the first word after the question word, or the second where the first is an inflected
   * adjective ("welke Nederlandse onderscheiding") and the second no verb.
   */
  private static List<String> firstNoun(List<String> words, String language) {
    Set<String> ends = ENDS.get(language);
    if (words.isEmpty() || ends.contains(fold(words.get(0))) || !words.get(0).chars().allMatch(
        c -> Character.isLetter(c) || c == '-')) {
      return List.of();
    }
    if (language.equals("nl") && words.size() > 1 && capitalised(words.get(0)) && fold(words.get(0)).endsWith("e")
        && lowerCase(words.get(1)) && !ends.contains(fold(words.get(1)))) {
      return List.of(words.get(0), words.get(1));
    }
    // "qué" and "quel" also ask for a thing before a verb ("¿Qué hizo el presidente?"): a word followed by an article
    // or a name is the verb, a noun is followed by its verb.
    if (!language.equals("nl") && words.size() > 1
        && (ends.contains(fold(words.get(1))) || capitalised(words.get(1)))) {
      return List.of();
    }
    return capitalised(words.get(0)) && !language.equals("nl") ? List.of() : List.of(words.get(0));
  }

  /** The noun's forms in one and more (folded): "house" and "houses", "gemeente" and "gemeenten". */
  static Set<String> forms(String head, String language) {
    Set<String> forms = new HashSet<>(List.of(head));
    switch (language) {
      case "en" -> {
        forms.addAll(List.of(head + "s", head + "es"));
        if (head.endsWith("y")) {
          forms.add(head.substring(0, head.length() - 1) + "ies");
        }
        if (head.endsWith("ies")) {
          forms.add(head.substring(0, head.length() - 3) + "y");
        }
        if (head.endsWith("s")) {
          forms.add(head.substring(0, head.length() - 1));
        }
      }
      case "nl" -> forms.addAll(List.of(head + "s", head + "en", head + "n"));
      case "de" -> forms.addAll(List.of(head + "e", head + "en", head + "n", head + "er", head + "s", head + "es"));
      default -> forms.addAll(List.of(head + "s", head + "es"));
    }
    return forms;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split("[\\s?!.,;:]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  static boolean capitalised(String token) {
    return Character.isUpperCase(token.codePointAt(0));
  }

  static boolean lowerCase(String token) {
    return Character.isLowerCase(token.codePointAt(0));
  }

  static String fold(String word) {
    return LanguageDetector.fold(word);
  }
}
