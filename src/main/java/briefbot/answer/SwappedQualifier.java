package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.Retriever;
import briefbot.text.Sentences;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer's sentence that writes a name of the question with another party or qualifier bound to it than the
 * question's: "de VVD-stemmer komt tot 1132 punten" for "Hoeveel CO2-punten scoort de gemiddelde PVV-stemmer?", "have
 * previously won the main Booker Prize" for "Who won the first international Booker Prize?", "production designer Chris
 * Corbould" for "Screenwriter Chris Corbould was credited with what ...?". The asked kind is there, but of someone or
 * something else: a near miss answered with a fact of its neighbour (docs/answerability.md, "An answer that tells the
 * asked fact of another party").
 */
final class SwappedQualifier {

  /** A compound whose first part is a name and whose second its head: "PVV-stemmer", "SPD-Chef", "Labour-led". */
  private static final Pattern COMPOUND = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{L}\\p{N}]*)-(\\p{L}{3,})"
      + "(?![\\p{L}\\p{N}-])");

  /**
   * A word (with its hyphens and apostrophes: "live-action", "Versace's"), a number, or a mark: a comma or a bracket
   * between two words makes the second no qualifier of the first ("the movie, Obsessed": "the thriller, Obsessed").
   */
  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}'’-]*|\\p{N}+|[^\\s\\p{L}\\p{N}]");

  private SwappedQualifier() {}

  /**
   * Whether {@code sentences} (an answer's, without citation markers) write a compound of the question ("PVV-stemmer")
   * with another name before its head ("VVD-stemmer") and never write the question's name: any language, for such a
   * compound names a party of the same kind as the question's, not the question's.
   */
  static boolean otherParty(String question, String sentences) {
    String written = LanguageDetector.fold(sentences);
    Matcher asked = COMPOUND.matcher(question);
    while (asked.find()) {
      String party = LanguageDetector.fold(asked.group(1));
      String head = LanguageDetector.fold(asked.group(2));
      if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(party) + "(?![\\p{L}\\p{N}])").matcher(written)
          .find()) {
        continue;
      }
      Matcher told = COMPOUND.matcher(sentences);
      while (told.find()) {
        if (LanguageDetector.fold(told.group(2)).equals(head)
            && !LanguageDetector.fold(told.group(1)).equals(party)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the lead of {@code sentences} (English, an English question's answer) writes a name of the question with
   * another word before it than the question's and lacks the question's word: "the main Booker Prize" for "the first
   * international Booker Prize", "production designer Chris Corbould" for "Screenwriter Chris Corbould". Both words are
   * words {@code words}' thesaurus lists and reads as no verb ("When did Chopin leave Warsaw?": "Chopin left Warsaw";
   * "release Love Songs": "released Love Songs"), neither is the other's synonym or derived word ("debut album" for
   * "first album"), and the sentence's word is none of the question's. A thesaurus that knows no word reads none.
   */
  static boolean otherQualifier(String question, String sentences, Glossary words) {
    List<String> asked = tokens(question);
    // the lead sentence, the one chosen to answer: a later one may set the name beside another of its kind ("the main
    // Halden Prize" after the lead told who won the international one)
    List<String> leads = Sentences.of(sentences, "en");
    if (leads.isEmpty()) {
      return false;
    }
    List<String> lead = tokens(leads.get(0));
    for (int i = 1; i < asked.size(); i++) {
      String qualifier = asked.get(i - 1).toLowerCase(Locale.ROOT);
      // the question's first word is written with a capital whatever it is ("Screenwriter Chris Corbould ...")
      if (!capitalised(asked.get(i)) || i > 1 && capitalised(asked.get(i - 1))
          || !qualifying(qualifier, words)) {
        continue;
      }
      String next = i + 1 < asked.size() && capitalised(asked.get(i + 1)) ? asked.get(i + 1) : null;
      if (swappedIn(lead, asked, i, next, qualifier, words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code told} (a sentence's words) writes the question's name at {@code i} (and the capitalised word after
   * it, {@code next}) after another qualifying word than {@code qualifier}, and never writes that qualifier.
   */
  private static boolean swappedIn(List<String> told, List<String> asked, int i, String next, String qualifier,
      Glossary words) {
    if (told.stream().anyMatch(t -> SwappedWords.same(t.toLowerCase(Locale.ROOT), qualifier))) {
      return false;
    }
    for (int k = 1; k < told.size(); k++) {
      boolean named = told.get(k).equals(asked.get(i))
          && (next == null || k + 1 < told.size() && told.get(k + 1).equals(next));
      if (!named) {
        continue;
      }
      String other = told.get(k - 1);
      String folded = other.toLowerCase(Locale.ROOT);
      if (!capitalised(other) && qualifying(folded, words) && !questionWord(folded, asked)
          && !kin(folded, qualifier, words) && !kin(qualifier, folded, words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a lower-case word may qualify a name: a word the thesaurus lists (WordNet: English spelt right), more
   * than a small one, no figure and no verb.
   */
  private static boolean qualifying(String word, Glossary words) {
    return word.length() > 2 && !SwappedWords.LOOSE.contains(word) && !Retriever.isStopWord(word)
        && !FiguresOfKind.isNumberWord(word) && word.chars().allMatch(Character::isLetter)
        && words.spells(word) && words.verbs(word, "en").isEmpty();
  }

  private static boolean questionWord(String word, List<String> asked) {
    return asked.stream().anyMatch(a -> SwappedWords.same(a.toLowerCase(Locale.ROOT), word));
  }

  /** Whether {@code other} is one of {@code word}'s synonyms or derived words (WordNet's, through {@code words}). */
  private static boolean kin(String other, String word, Glossary words) {
    Set<String> family = new HashSet<>(words.translations(word, "en", "en"));
    family.addAll(words.derived(word, "en"));
    return family.contains(other);
  }

  private static boolean capitalised(String word) {
    return Character.isUpperCase(word.codePointAt(0));
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
