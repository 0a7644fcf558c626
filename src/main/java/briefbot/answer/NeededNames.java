package briefbot.answer;

import static briefbot.answer.Names.TITLES;
import static briefbot.answer.Names.capitalised;
import static briefbot.answer.Names.tokens;

import briefbot.answer.Names.Needed;
import briefbot.answer.Names.Token;
import briefbot.corpus.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names a claim needs its sources to mention: the places, peoples and organisations it names, the names among a
 * hyphenated noun's parts, and the runs of words that name a person.
 */
final class NeededNames {

  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "te", "bij", "nabij", "im", "à", "au");

  private NeededNames() {}

  /**
   * The names of a claim. A capitalised word names someone unless it is a title or the texts also write it in lower
   * case; one that opens the sentence does when a source writes it capitalised mid-sentence, or it is no word the
   * glossary knows in the claim's {@code language} ("Blinken said" in English is a name, though Dutch and German have
   * the verb "blinken").
   */
  static List<Needed> of(String claim, Vocabulary vocabulary, String language) {
    List<Token> tokens = tokens(claim);
    List<String> folded = tokens.stream().map(Token::folded).toList();
    List<Needed> out = new ArrayList<>();
    Gazetteer gazetteer = Gazetteer.get();
    List<String> person = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean capital = t.word() && capitalised(t);
      Gazetteer.Found found = capital ? gazetteer.at(folded, i) : null;
      if (found != null && !(t.initial() && vocabulary.lowercase(t.folded()))) {
        flush(person, shown, out);
        boolean place = i > 0 && LOCATIVE.contains(folded.get(i - 1));
        out.add(new Needed(String.join(" ", tokens.subList(i, found.end()).stream().map(Token::text).toList()),
            found.entities(), place, folded.subList(i, found.end())));
        i = found.end() - 1;
      } else if (capital && t.folded().contains("-") && !entityParts(t, vocabulary).isEmpty()) {
        flush(person, shown, out);
        for (Gazetteer.Found part : entityParts(t, vocabulary)) {
          out.add(new Needed(t.text(), part.entities(), false, List.of()));
        }
      } else if (capital && Words.COMPOUNDING.contains(language) && t.text().contains("-")
          && nounHead(t, vocabulary, language)) {
        flush(person, shown, out);
        out.addAll(namedParts(t, vocabulary, language));
      } else if (capital && Names.isName(tokens, i, vocabulary, language)) {
        person.add(t.folded());
        shown.add(t.text());
      } else {
        flush(person, shown, out);
      }
    }
    flush(person, shown, out);
    return out;
  }

  /**
   * Whether a hyphenated German or Dutch word ends in a noun ("Disney-Film", "Live-Band", "Labour-voorzitter"): a word,
   * not a name, whatever its other parts are.
   */
  private static boolean nounHead(Token t, Vocabulary vocabulary, String language) {
    String head = t.text().substring(t.text().lastIndexOf('-') + 1);
    String folded = LanguageDetector.fold(head);
    if (head.length() < 2 || folded.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    if ("nl".equals(language)) {
      // Dutch writes the noun after a name in lower case: "Labour-voorzitter John Prescott" is no one's name
      return vocabulary.dutchNounHead(t.text());
    }
    return Character.isUpperCase(head.charAt(0))
        && (vocabulary.germanNoun(head) || vocabulary.lowercase(folded) || vocabulary.knowsEnglish(folded));
  }

  /** The names among a hyphenated noun's other parts: "Disney" in "Disney-Film", none in "Live-Band". */
  private static List<Needed> namedParts(Token t, Vocabulary vocabulary, String language) {
    List<Needed> out = new ArrayList<>();
    String[] parts = t.text().split("-");
    for (int p = 0; p < parts.length - 1; p++) {
      String part = parts[p];
      String folded = LanguageDetector.fold(part);
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && folded.chars().noneMatch(Character::isDigit)
          && !TITLES.contains(folded) && !vocabulary.lowercase(folded) && !Words.isStopWord(folded)
          && !("de".equals(language) ? vocabulary.germanNoun(part) : vocabulary.listedWord(part, language))) {
        out.add(new Needed(part, Set.of(), false, List.of(folded)));
      }
    }
    return out;
  }

  /** The entities named by the parts of a hyphenated word ("NAVO-bondgenoten" names NATO). */
  private static List<Gazetteer.Found> entityParts(Token t, Vocabulary vocabulary) {
    List<String> parts = List.of(t.folded().split("-"));
    List<Gazetteer.Found> out = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      Gazetteer.Found found = Gazetteer.get().at(parts, p);
      if (found != null) {
        out.add(found);
        p = found.end() - 1;
      }
    }
    return out;
  }

  private static void flush(List<String> person, List<String> shown, List<Needed> out) {
    if (!person.isEmpty()) {
      out.add(new Needed(String.join(" ", shown), Set.of(), false, List.copyOf(person)));
      person.clear();
      shown.clear();
    }
  }
}
