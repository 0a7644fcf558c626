package briefbot.retrieval;

import java.util.Map;
import java.util.Set;

/**
 * Translations that hand every question to another source: what a source that changes one answer (keeps it, adds
 * place names, looks a word up by its lemma) extends, overriding only that answer.
 */
abstract class ForwardingTranslations implements Translations {

  final Translations inner;

  ForwardingTranslations(Translations inner) {
    this.inner = inner;
  }

  @Override
  public Map<String, Map<String, Double>> weighted(String word, String language) {
    return inner.weighted(word, language);
  }

  @Override
  public Map<String, Double> weighted(String word, String language, String target) {
    return inner.weighted(word, language, target);
  }

  @Override
  public boolean headword(String word, String language) {
    return inner.headword(word, language);
  }

  @Override
  public Map<String, Set<String>> placeNames(String word, String language) {
    return inner.placeNames(word, language);
  }
}
