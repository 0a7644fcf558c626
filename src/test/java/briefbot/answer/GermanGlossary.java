package briefbot.answer;

import java.util.Map;
import java.util.Set;

/** A glossary of a few German words with their English translations, as a test writes them out. */
final class GermanGlossary implements Glossary {

  private final Map<String, Set<String>> english;
  private final Set<String> englishWords;

  /** {@code english}: German words with their translations; {@code englishWords}: words English knows as written. */
  GermanGlossary(Map<String, Set<String>> english, Set<String> englishWords) {
    this.english = english;
    this.englishWords = englishWords;
  }

  @Override
  public Set<String> translations(String word, String from, String to) {
    return "de".equals(from) && "en".equals(to) ? english.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(word)).findFirst().map(Map.Entry::getValue).orElse(Set.of())
        : Set.of();
  }

  @Override
  public boolean knows(String word, String language) {
    return "en".equals(language) ? englishWords.contains(word)
        : "de".equals(language) && english.keySet().stream().anyMatch(word::equalsIgnoreCase);
  }
}
