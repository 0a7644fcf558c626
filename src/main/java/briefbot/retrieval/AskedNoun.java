package briefbot.retrieval;

import static briefbot.retrieval.AskedNounPhrase.capitalised;
import static briefbot.retrieval.AskedNounPhrase.fold;
import static briefbot.retrieval.AskedNounPhrase.lowerCase;

import briefbot.index.Analyzers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The noun a "which X" question asks an instance of ("Which auction house ...", "Welke staatssecretaris ...", "¿Qué
 * empresa ...?"), and whether a sentence names one: a name in apposition with the noun ("the auction house Sotheby's",
 * "fan Bob Terry", "a UK company, 2d3", "Christie's auction house") or a capitalised phrase it heads ("the Hamburg Port
 * Authority"). Read in retrieval, so that the verdict can ask whether its best sentence names one, and in the
 * composer, which leads with such a sentence.
 */
public record AskedNoun(String language, Set<String> forms, Set<String> phrase, Set<String> questionWords) {

  /** Determiners and the like, which a name in apposition to the noun is not. */
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "in", "on", "at", "for",
      "and", "but", "he", "she", "it", "they", "we", "i", "de", "het", "een", "en", "der", "die", "das", "und", "el",
      "la", "los", "las", "y", "le", "les", "et", "mr", "mrs", "ms", "dr");
  /**
   * Articles that set off an apposition after a name and a comma: "Bioware, a video game firm". A definite one as
   * often opens the next clause ("... sister Emilia, the family moved ...").
   */
  private static final Set<String> APPOSITION_ARTICLES = Set.of("a", "an", "een", "ein", "eine", "un", "una", "une");
  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\d][\\p{L}\\p{M}\\d&]*(?:['’.-][\\p{L}\\d][\\p{L}\\p{M}\\d&]*)*['’]?s?|[,;:()\"“”„«».!?]");
  private static final Pattern POSSESSIVE = Pattern.compile("(?u).+(['’]s|s['’])$");

  /** The noun asked for, where the question opens with "which X" or "what X" and X is read as a noun. */
  public static Optional<AskedNoun> of(String question, String language) {
    List<String> phrase = AskedNounPhrase.of(question, language);
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    String head = fold(phrase.get(phrase.size() - 1));
    Set<String> folded = new HashSet<>();
    phrase.forEach(w -> folded.add(fold(w)));
    return Optional.of(new AskedNoun(language, AskedNounPhrase.forms(head, language), folded,
        AnswerType.words(question)));
  }

  /**
   * Whether {@code sentence} (in {@code language}) names an instance of the noun that is none of the question's own
   * names; {@code place} says whether a folded word names a place or a people, which before the noun says where the
   * thing is from ("a UK company"), not which it is.
   */
  public boolean heldBy(String sentence, String language, Predicate<String> place) {
    return names(sentence, language, false, place);
  }

  /**
   * Whether {@code sentence} names an instance right beside the noun: a name after it ("fan Bob Terry", "a UK company,
   * 2d3") or before it in the possessive ("Christie's auction house"). A capitalised phrase the noun heads ("the
   * Luxor Hotel") or an apposition after a name ("Richardsonian Romanesque, an eclectic style") names one as often
   * in passing.
   */
  public boolean namedBesideIt(String sentence, String language) {
    return names(sentence, language, true, word -> false);
  }

  private boolean names(String sentence, String language, boolean besideOnly, Predicate<String> place) {
    if (!language.equals(this.language)) {
      return false;
    }
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      tokens.add(m.group());
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!forms.contains(fold(tokens.get(i)))) {
        continue;
      }
      boolean beside = nameFollows(tokens, i) || possessiveBefore(tokens, i);
      if (beside || !besideOnly
          && (nameBefore(tokens, i, place) || headsAName(tokens, i) || appositionAfter(tokens, i))) {
        return true;
      }
    }
    return false;
  }

  /** "Christie's auction house": a name in the possessive before the noun or the asked phrase that ends in it. */
  private boolean possessiveBefore(List<String> tokens, int i) {
    int j = before(tokens, i);
    return j >= 0 && POSSESSIVE.matcher(tokens.get(j)).matches() && newName(tokens.get(j).replaceAll("['’]s?$", ""));
  }

  /** The token before the lower-case noun and the asked phrase's words before it; -1 if none. */
  private int before(List<String> tokens, int i) {
    if (!lowerCase(tokens.get(i))) {
      return -1;
    }
    int j = i - 1;
    while (j >= 0 && j > i - 4 && phrase.contains(fold(tokens.get(j))) && lowerCase(tokens.get(j))) {
      j--;
    }
    return j;
  }

  /**
   * "fan Bob Terry", "the auction house Sotheby's", "a UK company, 2d3", "la escuela secundaria Elliot Lake": a name
   * right after the lower-case noun, or after the question's own words that follow it.
   */
  private boolean nameFollows(List<String> tokens, int i) {
    if (!lowerCase(tokens.get(i))) {
      return false;
    }
    int next = i + 1;
    while (next < tokens.size() && next <= i + 2 && lowerCase(tokens.get(next))
        && questionWords.contains(fold(tokens.get(next))) && !stopWord(fold(tokens.get(next)))) {
      next++;
    }
    if (next < tokens.size() && tokens.get(next).equals(",")) {
      // After a comma the name is the noun's only where an article opens the noun's phrase ("a UK company, 2d3"):
      // "that year, Chopin heard ..." starts a clause.
      if (!articleBefore(tokens, i)) {
        return false;
      }
      next++;
    }
    return next < tokens.size() && newName(tokens.get(next));
  }

  private static boolean articleBefore(List<String> tokens, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (APPOSITION_ARTICLES.contains(fold(tokens.get(j)))) {
        return true;
      }
      if (!Character.isLetterOrDigit(tokens.get(j).charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "the EJSM mission", "Daitoku-ji temple": a code or an abbreviation before the lower-case noun or the asked phrase
   * that ends in it; a place or a people there says where the thing is from ("a UK company"), not which it is.
   */
  private boolean nameBefore(List<String> tokens, int i, Predicate<String> place) {
    int j = before(tokens, i);
    if (j < 0) {
      return false;
    }
    String name = tokens.get(j);
    // A plain capitalised word before the noun is as often an adjective ("a Trotskyist group", "Central Asian birds")
    // as a name: only a code or an abbreviation reads as one there ("the EJSM mission", "Daitoku-ji temple").
    return j > 0 && !language.equals("de") && newName(name) && !startsASentence(tokens, j) && code(name)
        && !place.test(fold(name));
  }

  private static boolean code(String name) {
    return !name.chars().allMatch(Character::isLetter) || name.length() > 1 && name.equals(name.toUpperCase());
  }

  private static boolean startsASentence(List<String> tokens, int j) {
    return j == 0 || Set.of("\"", "“", "„", "(", ":", "«", ".", "!", "?").contains(tokens.get(j - 1));
  }

  /** "the Hamburg Port Authority", "the Freedom Award": the capitalised noun ends a name with a word of its own. */
  private boolean headsAName(List<String> tokens, int i) {
    if (lowerCase(tokens.get(i)) || i == 0) {
      return false;
    }
    boolean own = false;
    int j = i - 1;
    while (j >= 1 && capitalised(tokens.get(j)) && !NOT_NAMES.contains(fold(tokens.get(j)))) {
      own |= !questionWords.contains(fold(tokens.get(j)));
      j--;
    }
    return own && j < i - 1;
  }

  /** "Bioware, a video game firm": the noun in an apposition that a name and a comma open. */
  private boolean appositionAfter(List<String> tokens, int i) {
    for (int j = i - 1; j >= 2 && j >= i - 4; j--) {
      if (APPOSITION_ARTICLES.contains(fold(tokens.get(j)))) {
        return tokens.get(j - 1).equals(",") && newName(tokens.get(j - 2));
      }
      if (!Character.isLetterOrDigit(tokens.get(j).charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /** A capitalised word or a code with a digit ("2d3") that is none of the question's words. */
  private boolean newName(String token) {
    if (token.isEmpty()) {
      return false;
    }
    boolean code = Character.isDigit(token.charAt(0)) && token.chars().anyMatch(Character::isLetter);
    if (!capitalised(token) && !code) {
      return false;
    }
    String folded = fold(token.replaceAll("['’]s?$", ""));
    if (NOT_NAMES.contains(folded) || questionWords.contains(folded) || stopWord(folded)) {
      return false;
    }
    // German writes every noun with a capital: only a code, an abbreviation or a possessive name reads as a name there.
    return !language.equals("de") || !token.chars().allMatch(Character::isLetter) || token.equals(token.toUpperCase());
  }

  /** A stop word of the question's language ("war" is one in German, not in English). */
  private boolean stopWord(String folded) {
    return Analyzers.stopWords(language).contains(folded);
  }
}
