package briefbot.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Translations whose answers are kept across questions: a question's words are looked up in every dictionary for every
 * language each time it is asked, and most words recur from question to question. What is kept cannot be changed,
 * and keeps its order (the order of a concept's stems is the order of its BM25 clauses).
 */
final class KeptTranslations extends ForwardingTranslations {
  private final Cache<String, Map<String, Map<String, Double>>> words;

  KeptTranslations(Translations inner, int entries) {
    super(inner);
    this.words = Caffeine.newBuilder().maximumSize(entries).executor(Runnable::run).build();
  }

  /** Looked up outside the cache's lock, as {@code KeptGlossary} does: a look-up may take a while. */
  @Override
  public Map<String, Map<String, Double>> weighted(String word, String language) {
    String key = language + ":" + word;
    Map<String, Map<String, Double>> found = words.getIfPresent(key);
    if (found == null) {
      found = unmodifiable(inner.weighted(word, language));
      words.put(key, found);
    }
    return found;
  }


  private static Map<String, Map<String, Double>> unmodifiable(Map<String, Map<String, Double>> translations) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    translations.forEach((language, forms) -> out.put(language, Collections.unmodifiableMap(new LinkedHashMap<>(forms))));
    return Collections.unmodifiableMap(out);
  }
}
