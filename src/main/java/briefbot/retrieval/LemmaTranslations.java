package briefbot.retrieval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A question's word that no dictionary translates under its form or stem, translated as the word a Hunspell dictionary
 * reads it as a form of, its lemma, where a dictionary holds that as a headword: FreeDict lists German "Feuer" and
 * Dutch "industrieel", a question writes "Feuers" and "industriële", which neither the stemmers nor the rules of
 * {@link DutchForms} join: German and Dutch, whose Hunspell dictionaries are read (not Spanish: see
 * {@code index/WordForms}). Question side only: the gloss ingest embeds reads the dictionaries as they are.
 */
final class LemmaTranslations extends ForwardingTranslations {

  /**
   * How surely a lemma's translation stands for the word: as surely as for the lemma itself. The dictionary's weights
   * already say how ambiguous the lemma is; the root is the dictionary's own reading of the word's ending, and a root
   * that is no headword is dropped. At 0.7 not one MLQA fit or test answer, news-fit answer or left-out answer differed.
   */
  static final double TRUST = 1.0;
  /**
   * Languages whose capitalised words are looked up too: German writes its nouns so ("Feuers": Feuer). In Dutch (and
   * Spanish) a capital inside a question is a name's, which a dictionary may read as a common word (Spanish "Tejas":
   * tejer, knit).
   */
  private static final Set<String> CAPITALISED_NOUNS = Set.of("de");

  /** A word's roots in its language, as its Hunspell dictionary writes them ({@code TextAnalysis#roots}). */
  private final BiFunction<String, String, List<String>> roots;

  LemmaTranslations(Translations inner, BiFunction<String, String, List<String>> roots) {
    super(inner);
    this.roots = roots;
  }

  @Override
  public Map<String, Map<String, Double>> weighted(String word, String language) {
    Map<String, Map<String, Double>> found = inner.weighted(word, language);
    if (!found.isEmpty() || word.isEmpty()
        || Character.isUpperCase(word.charAt(0)) && !CAPITALISED_NOUNS.contains(language)) {
      return found;
    }
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (String root : roots.apply(language, word)) {
      if (!inner.headword(root, language)) {
        continue;
      }
      inner.weighted(root, language).forEach((target, forms) -> forms.forEach((form, weight) ->
          out.computeIfAbsent(target, t -> new LinkedHashMap<>()).merge(form, weight * TRUST, Math::max)));
    }
    return out;
  }

  /** The word's own translations into {@code target}, or where it has none into any language, its lemmas'. */
  @Override
  public Map<String, Double> weighted(String word, String language, String target) {
    Map<String, Double> found = inner.weighted(word, language, target);
    return found.isEmpty() ? weighted(word, language).getOrDefault(target, Map.of()) : found;
  }
}
