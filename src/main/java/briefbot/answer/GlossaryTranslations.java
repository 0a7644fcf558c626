package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A claim's word in another language through the glossary: as written, else by its likely lemmas. */
final class GlossaryTranslations {

  private GlossaryTranslations() {}

  /** The glossary's translations of a word or, when it has none for the inflected form, of its likely lemmas. */
  static Set<String> of(String word, String from, String to, Glossary glossary) {
    Set<String> out = new HashSet<>();
    glossary.translations(word, from, to).forEach(t -> out.add(normal(t)));
    if (out.isEmpty()) {
      String folded = LanguageDetector.fold(word);
      boolean comparative = Words.COMPOUNDING.contains(from) && Words.PIVOT.equals(to) && folded.endsWith("er");
      lemmaTranslations(LemmaCandidates.of(folded, from), from, to, glossary, comparative, out);
      if (out.isEmpty()) {
        // forms the endings above do not undo ("financiële": financieel), as the spelling dictionary reads them
        lemmaTranslations(glossary.lemmas(word, from), from, to, glossary, comparative, out);
      }
    }
    return out;
  }

  private static void lemmaTranslations(List<String> lemmas, String from, String to, Glossary glossary,
      boolean comparative, Set<String> out) {
    for (String lemma : lemmas) {
      for (String t : glossary.translations(lemma, from, to)) {
        out.add(normal(t));
        if (comparative && t.indexOf(' ') < 0) {
          out.add(comparative(normal(t))); // "sterker" is "stronger", not "strong"
        }
      }
    }
  }

  /** An English adjective's comparative: "safe" "safer", "strong" "stronger", "early" "earlier". */
  private static String comparative(String adjective) {
    return adjective.endsWith("e") ? adjective + "r"
        : adjective.endsWith("y") ? adjective.substring(0, adjective.length() - 1) + "ier" : adjective + "er";
  }

  /** Dictionaries write the Dutch "ij" as one letter (U+0133); texts never do. */
  private static String normal(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFKC);
  }
}
