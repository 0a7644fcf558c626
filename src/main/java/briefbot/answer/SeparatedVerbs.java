package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import java.util.ArrayList;
import java.util.List;

/**
 * Dutch and German verbs whose particle the sentence puts after them ("studeerde ... af" is "afstuderen", graduated;
 * "kündigte ... an" is "ankündigen", announced), read whole against a paragraph in another language: apart, the verb
 * translates as another verb ("studeerde": studied) and the particle as nothing the paragraph says.
 */
final class SeparatedVerbs {

  private SeparatedVerbs() {}

  /** The {@code uncovered} words of a claim less each verb, and its particle, that a source covers joined. */
  static List<String> joined(List<String> uncovered, List<Names.Token> tokens, String language,
      List<Words.Covering> sources, Glossary glossary) {
    if (!Words.COMPOUNDING.contains(language) || sources.stream().allMatch(s -> s.language().equals(language))) {
      return uncovered;
    }
    List<String> words = tokens.stream().filter(Names.Token::word).map(Names.Token::folded).toList();
    List<String> out = new ArrayList<>(uncovered);
    for (String verb : uncovered) {
      String folded = LanguageDetector.fold(verb);
      for (int i = words.indexOf(folded) + 1; i > 0 && i < words.size(); i++) {
        String whole = words.get(i) + folded;
        if (Words.PARTICLES.contains(words.get(i)) && sources.stream()
            .anyMatch(s -> !s.language().equals(language) && Words.covers(s, whole, language, glossary))) {
          String particle = words.get(i);
          out.remove(verb);
          out.removeIf(w -> LanguageDetector.fold(w).equals(particle));
          break;
        }
      }
    }
    return out;
  }
}
