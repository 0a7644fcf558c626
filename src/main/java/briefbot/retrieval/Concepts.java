package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex.FieldTerm;
import briefbot.index.ParagraphIndex;
import briefbot.retrieval.Retrieval.Concept;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/** Turns a question into its key terms (concepts), each with its stems in every body field and its weight. */
final class Concepts {

  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Words that shape a question but say nothing about its subject. */
  private static final Set<String> QUESTION_WORDS = java.util.stream.Stream.of(
      "what", "who", "whom", "whose", "where", "when", "why", "how", "which", "many", "much", "did", "does", "do",
      "say", "said", "says", "tell", "told", "explain", "describe", "summarize", "summarise", "list", "give", "show",
      "according", "about", "there", "any", "anything", "happen", "happened", "latest", "news", "s", "t",
      "from", "during", "after", "before", "between", "against", "over", "under", "since", "until", "while", "also",
      "has", "have", "had", "having", "were", "been", "being", "am", "can", "could", "would", "should", "may", "might",
      "must", "shall", "its", "his", "her", "hers", "him", "he", "she", "we", "us", "our", "you", "your", "i", "me", "my",
      "them", "those", "some", "all", "more", "most", "other", "own", "same", "so", "than", "too", "very", "just",
      "only", "up", "down", "out", "off", "again", "further", "once", "here", "both", "each", "few", "nor", "now",
      "did", "doing", "done", "get", "got", "make", "made", "say", "said", "think", "know", "like", "way", "ever",
      "wat", "wie", "waar", "wanneer", "waarom", "hoe", "welke", "welk", "hoeveel", "zei", "zegt", "zeggen", "vertel",
      "beschrijf", "noem", "geef", "volgens", "over", "gebeurd", "gebeurde", "nieuws",
      "was", "wer", "wo", "wann", "warum", "wie", "welche", "sagte", "que", "qui", "où", "quand", "pourquoi",
      "comment", "combien", "dit", "qué", "quién", "dónde", "cuándo", "cómo", "cuántos", "dijo")
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final CharArraySet STOP = stopWords();

  /** A word's stems in each field, and the trust of those that translate it (see {@link Concept#trusts}). */
  private record Forms(Map<String, Set<String>> stems, Map<String, Map<String, Double>> trusts) {}

  private final ParagraphIndex index;
  private final Translations translations;

  Concepts(ParagraphIndex index, Translations translations) {
    this.index = index;
    this.translations = translations;
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(1000, true);
    set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    set.addAll(DutchAnalyzer.getDefaultStopSet());
    set.addAll(GermanAnalyzer.getDefaultStopSet());
    set.addAll(FrenchAnalyzer.getDefaultStopSet());
    set.addAll(SpanishAnalyzer.getDefaultStopSet());
    set.addAll(QUESTION_WORDS);
    return set;
  }

  static boolean isStopWord(String word) {
    return STOP.contains(word.toLowerCase(Locale.ROOT)) || STOP.contains(LanguageDetector.fold(word));
  }

  /**
   * The concepts of a text in a language, weighted by how rare they are among the index's {@code documents}; the
   * document frequencies of every form of every word are asked for at once (one round trip on a remote index).
   */
  List<Concept> of(String text, String language, int documents) {
    List<String> words = new ArrayList<>();
    List<Boolean> names = new ArrayList<>();
    List<Forms> forms = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int position = 0;
    for (String word : WORD.split(text.strip())) {
      if (word.isEmpty()) {
        continue;
      }
      boolean first = position++ == 0;
      if (isStopWord(word) || (word.length() < 2 && !Character.isDigit(word.charAt(0)))) {
        continue;
      }
      if (!seen.add(LanguageDetector.fold(word))) {
        continue;
      }
      words.add(word);
      names.add(isName(word, first));
      forms.add(forms(word, language));
    }
    Set<FieldTerm> terms = new LinkedHashSet<>();
    forms.forEach(s -> s.stems().forEach((field, stems) -> stems.forEach(f -> terms.add(new FieldTerm(field, f)))));
    Map<FieldTerm, Integer> docFreqs = terms.isEmpty() ? Map.of() : index.docFreqs(terms);
    List<Concept> concepts = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Forms f = forms.get(i);
      concepts.add(new Concept(words.get(i), names.get(i), weight(f, docFreqs, documents), f.stems(), f.trusts()));
    }
    return concepts;
  }

  private static boolean isName(String word, boolean first) {
    boolean digits = word.chars().anyMatch(Character::isDigit);
    boolean capital = Character.isUpperCase(word.charAt(0));
    boolean allCaps = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !digits;
    return digits || allCaps || (capital && !first);
  }

  /**
   * A word's stems in every body field: in its own language the word itself, in the others its translations (each
   * stem as trusted as the surest translation that gives it), or the word itself when it has none (a name); in the
   * neutral field the word as written.
   */
  private Forms forms(String word, String language) {
    Map<String, Map<String, Double>> translated = translations.weighted(word, language);
    Map<String, Set<String>> stems = new HashMap<>();
    Map<String, Map<String, Double>> trusts = new HashMap<>();
    for (String lang : LanguageDetector.SUPPORTED) {
      String field = IndexFields.body(lang);
      Map<String, Double> forms = new LinkedHashMap<>(translated.getOrDefault(lang, Map.of()));
      if (lang.equals(language) || forms.isEmpty()) {
        forms.put(word, 1.0);
      }
      Map<String, Double> trust = new LinkedHashMap<>();
      forms.forEach((form, weight) -> tokens(field, form).forEach(stem -> trust.merge(stem, weight, Math::max)));
      stems.put(field, trust.keySet());
      trust.values().removeIf(w -> w >= 1);
      if (!trust.isEmpty()) {
        trusts.put(field, trust);
      }
    }
    stems.put(IndexFields.BODY_NEUTRAL, analyze(IndexFields.BODY_NEUTRAL, Set.of(word)));
    return new Forms(stems, trusts);
  }

  Set<String> analyze(String field, Set<String> texts) {
    Set<String> out = new LinkedHashSet<>();
    for (String text : texts) {
      out.addAll(tokens(field, text));
    }
    return out;
  }

  List<String> tokens(String field, String text) {
    return index.terms(field, text);
  }

  /** Inverse document frequency of the concept's commonest form; a concept found nowhere weighs 0. */
  private static double weight(Forms forms, Map<FieldTerm, Integer> docFreqs, int documents) {
    int df = 0;
    for (var e : forms.stems().entrySet()) {
      for (String stem : e.getValue()) {
        df = Math.max(df, docFreqs.getOrDefault(new FieldTerm(e.getKey(), stem), 0));
      }
    }
    if (df == 0) {
      return 0;
    }
    int n = Math.max(1, documents);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}
