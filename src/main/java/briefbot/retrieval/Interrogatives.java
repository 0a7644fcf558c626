package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.text.WholeWords;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words and phrases a question asks with, in English, German, Dutch, Spanish and French: interrogative pronouns
 * and adverbs, pronominal adverbs (German wo(r)- and da(r)-, Dutch waar-, daar-, hier-, English where-, each made of
 * the language's prepositions) and phrases such as "what kind of" or "¿de qué manera?". They are closed classes that
 * frame a question and say nothing of its subject, so no passage need hold them.
 */
final class Interrogatives {

  /** Prepositions that make German pronominal adverbs (wofür, worüber, dadurch), folded; before a vowel an r. */
  private static final List<String> GERMAN_PREPOSITIONS = List.of("an", "auf", "aus", "bei", "durch", "fur", "gegen",
      "her", "hin", "hinter", "in", "mit", "nach", "neben", "uber", "um", "unter", "von", "vor", "zu", "zwischen");
  /** Prepositions as Dutch pronominal adverbs write them (waarmee, daartoe, hiervoor). */
  private static final List<String> DUTCH_PREPOSITIONS = List.of("aan", "achter", "bij", "binnen", "boven", "buiten",
      "door", "heen", "in", "langs", "mee", "na", "naar", "naast", "om", "onder", "op", "over", "tegen", "toe",
      "tussen", "uit", "van", "voor", "zonder");
  /** Prepositions of English's interrogative and relative adverbs (whereby, wherein, whereupon). */
  private static final List<String> ENGLISH_PREPOSITIONS = List.of("by", "in", "of", "on", "upon", "to", "with",
      "fore", "after", "abouts", "as");

  /** Each language's interrogative pronouns, determiners and adverbs in every form, folded (no accents). */
  private static final Map<String, Set<String>> WORDS = Map.of(
      "en", words(Stream.concat(Stream.of("what", "who", "whom", "whose", "which", "where", "when", "why", "how",
          "whence", "whither", "whatever", "whoever", "whomever", "whichever", "wherever", "whenever"),
          ENGLISH_PREPOSITIONS.stream().map(p -> "where" + p))),
      "de", words(Stream.of(Stream.of("wer", "wen", "wem", "wessen", "was", "welch", "welche", "welcher", "welches",
          "welchen", "welchem", "wo", "wann", "warum", "wieso", "weshalb", "weswegen", "wie", "wieviel", "wieviele",
          "wievielen", "wievielte", "wievielten", "wievielter", "wievieltes", "wievieltem", "inwiefern", "inwieweit",
          "wieweit", "wielange"), german("wo"), german("da"), GERMAN_PREPOSITIONS.stream().map(p -> "hier" + p))
          .flatMap(s -> s)),
      "nl", words(Stream.concat(Stream.of("wie", "wat", "welk", "welke", "wiens", "wier", "waar", "wanneer", "waarom",
          "hoe", "hoeveel", "hoeveelste", "hoezo", "hoelang", "vanwaar", "vanwaaruit"),
          Stream.of("waar", "daar", "hier").flatMap(s -> DUTCH_PREPOSITIONS.stream().map(p -> s + p)))),
      "es", words(Stream.of("que", "quien", "quienes", "cual", "cuales", "cuanto", "cuanta", "cuantos", "cuantas",
          "donde", "adonde", "cuando", "como")),
      "fr", words(Stream.of("qui", "que", "quoi", "quel", "quelle", "quels", "quelles", "lequel", "laquelle",
          "lesquels", "lesquelles", "auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles", "ou",
          "quand", "comment", "combien", "pourquoi")));

  /**
   * Phrases that ask as one question word, folded: the noun in them is the question's frame ("what kind of", "¿de
   * qué manera?", "aus welchem Grund", "hoe heet"), not its subject.
   */
  private static final Map<String, Pattern> PHRASES = Map.of(
      "en", phrases("(what|which) (kinds?|types?|sorts?) of", "in (what|which) (way|manner)",
          "to what (extent|degree)", "for what (reason|purpose)", "how come", "what for",
          "(what|which) (is|was|are|were) the names? of"),
      "de", phrases("was fur( ein(e|en|em|er|es)?)?", "(auf|in) welche[rn]? (art|weise)( und weise)?",
          "aus welche[mn] grunde?n?", "zu welchem zweck", "in welchem (ma(ss|ß)e?|umfang)",
          "welche[rnms]? (art|arten|sorte|sorten|typ|typen)( von)?",
          "wie (lautet|lautete|lauten|lauteten|hei(ss|ß)t|hie(ss|ß)|hei(ss|ß)en|hie(ss|ß)en|nennt|nannte|nennen)"),
      "nl", phrases("wat voor( een)?", "welke? (soort|soorten|type|typen|types)( van)?", "op welke (manier|wijze)",
          "om welke redenen?", "in welke mate", "met welk doel", "hoe (heet|heette|heten|heetten|noemt|noemde|noemen)"),
      "es", phrases("(que|cual|cuales) (tipos?|clases?|generos?) de", "de (que|cual) (manera|modo|forma)",
          "(por|con) que (razon|razones|motivo|motivos|causa|causas|fin|proposito|objetivo|objeto)",
          "para que (fin|proposito|objetivo|objeto)", "en que (medida|grado)",
          "como se (llama|llaman|llamaba|llamaban|llamo|llamaron|denomina|denominaba|conoce|conocia)",
          "(cual|cuales) (es|era|fue|son|eran|fueron) (el|los) nombres? de"),
      "fr", phrases("(quel|quelle|quels|quelles) (types?|genres?|sortes?) de", "de quelle (maniere|facon)",
          "pour quelle raison", "dans quelle mesure", "qu est ce (que|qui)", "est ce (que|qui)"));

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Interrogatives() {}

  /**
   * Whether a word of a question in {@code language} asks rather than names: one of the language's question words in
   * lower case, or any language's opening the question (where a short question's language is least sure). A
   * capitalised word inside a question is a name ("Jack Welch", "Wen Jiabao"), whatever it asks in German.
   */
  static boolean asks(String word, String language, boolean first) {
    String folded = LanguageDetector.fold(word);
    if (first) {
      return WORDS.values().stream().anyMatch(w -> w.contains(folded));
    }
    return Character.isLowerCase(word.charAt(0)) && WORDS.getOrDefault(language, Set.of()).contains(folded);
  }

  /**
   * Which of the question's words (its runs of letters and digits, counted from 0) belong to one of its language's
   * question phrases: they ask, whatever they would mean alone ("Art" in "welche Art von", "tipo" in "qué tipo de").
   */
  static BitSet inPhrases(String question, String language) {
    BitSet out = new BitSet();
    Pattern phrases = PHRASES.get(language);
    if (phrases == null) {
      return out;
    }
    Matcher phrase = phrases.matcher(foldedInPlace(question));
    Matcher word = WORD.matcher(question);
    int index = 0;
    boolean more = phrase.find();
    while (word.find() && more) {
      while (more && phrase.end() <= word.start()) {
        more = phrase.find();
      }
      if (more && word.start() >= phrase.start()) {
        out.set(index);
      }
      index++;
    }
    return out;
  }

  private static Set<String> words(Stream<String> words) {
    return words.collect(Collectors.toUnmodifiableSet());
  }

  /** One pattern of a language's phrases, each matched as whole words with any spacing between them. */
  private static Pattern phrases(String... phrases) {
    return WholeWords.bounded(String.join("|", phrases).replace(" ", " +"), 0);
  }

  /** German pronominal adverbs of a stem: wo + für, wo + r + über. */
  private static Stream<String> german(String stem) {
    return GERMAN_PREPOSITIONS.stream().map(p -> stem + (isVowel(p.charAt(0)) ? "r" : "") + p);
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** Each character lower-cased and without its accent, one for one; other characters than letters as spaces. */
  private static String foldedInPlace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String f = Character.isLetterOrDigit(c) ? LanguageDetector.fold(String.valueOf(c)) : " ";
      out.append(f.length() == 1 ? f.charAt(0) : Character.toLowerCase(c));
    }
    return out.toString();
  }
}
