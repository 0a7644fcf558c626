package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.TermTable.Key;
import briefbot.retrieval.TermTable.Translation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translations from FreeDict dictionaries: a word is looked up as written, then by its stem, then (German and Dutch)
 * as a compound of two known words; between two languages without a dictionary of their own, through English.
 */
final class Dictionaries implements Translations {

  static final String PIVOT = "en";
  static final String DUTCH = "nl";
  /** A translation through English, or of one part of a compound, is less sure than a direct one. */
  private static final double PIVOT_WEIGHT = 0.6;
  static final double PART_WEIGHT = 0.7;
  static final int MIN_PART = 3;
  private static final Demonyms DEMONYMS = Demonyms.table();
  private static final int MIN_COMPOUND = 8;
  private static final Set<String> COMPOUNDING = Set.of("de", "nl");

  private final TermTable table;
  private final Set<String> pairs;
  private final SenseFit senses;
  private final EntryLookup entries;
  private final WrittenForms written;
  private final CompoundParts compounds;

  Dictionaries(TermTable table, Set<String> pairs) {
    this.table = table;
    this.pairs = Set.copyOf(pairs);
    this.senses = new SenseFit(table);
    this.entries = new EntryLookup(table);
    this.written = new WrittenForms(table, senses);
    this.compounds = new CompoundParts(entries);
  }

  /**
   * The dictionaries in a folder of FreeDict's, with Apertium's compiled ones in the {@code apertium} folder beside it
   * (Debian's {@code /usr/share/dictd} and {@code /usr/share/apertium}).
   */
  static Translations open(Path folder, Path cache) {
    return DictionaryTables.open(folder, cache);
  }

  @Override
  public Map<String, Map<String, Double>> weighted(String word, String language) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (String target : LanguageDetector.SUPPORTED) {
      Map<String, Double> found = weighted(word, language, target);
      if (!found.isEmpty()) {
        out.put(target, found);
      }
    }
    return out;
  }

  /** An entry under the word as written, lower-cased, in a dictionary from {@code language} to another. */
  @Override
  public boolean headword(String word, String language) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String pair : pairs) {
      if (pair.startsWith(language + ">") && !table.get(language, pair.substring(pair.indexOf('>') + 1), Key.WORD,
          lower).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Map<String, Double> weighted(String word, String language, String target) {
    if (target.equals(language)) {
      return Map.of();
    }
    Map<String, Double> demonym = DEMONYMS.translate(word, language, target);
    if (!demonym.isEmpty()) {
      return demonym;
    }
    Map<String, Double> found = direct(language, target, word);
    if (found.isEmpty() && !language.equals(PIVOT) && !target.equals(PIVOT)) {
      found = pivot(language, target, word);
    }
    // English nouns share their forms with verbs ("spring", "fall"): only a verb's translations get them (direct)
    return target.equals(PIVOT) ? found : WrittenForms.withIrregularForms(found, target);
  }

  private Map<String, Double> direct(String from, String to, String word) {
    if (!pairs.contains(from + ">" + to) && !pairs.contains(to + ">" + from)) {
      return Map.of();
    }
    // a capitalised German word is a noun first: "Tat" (deed) before "tat" (did), "Band" before "band"
    boolean german = from.equals("de") && !word.isEmpty();
    boolean noun = german && Character.isUpperCase(word.charAt(0));
    // an English past form is often a word of its own ("found", "left"): the dictionary's entry first; a Dutch one
    // too ("gaven" gifts, "schoten" shots), but before its stem ("prees" is "prijzen", not a stem "pres")
    EntryLookup.Found found = entries.lookup(from, to, word, !noun && !from.equals(PIVOT) && !from.equals(DUTCH));
    if (found.translations().isEmpty() && COMPOUNDING.contains(from) && word.length() >= MIN_COMPOUND) {
      return compounds.translations(from, to, word);
    }
    int pos = found.pos() != 0 ? found.pos() : noun ? PartOfSpeech.NOUN : german ? PartOfSpeech.NOT_NOUN : 0;
    Map<String, Double> weighted = weights(senses.fit(to, found.translations(), pos), 1);
    boolean verb = (found.pos() & PartOfSpeech.VERB) != 0;
    if (from.equals(PIVOT) && RegularVerbs.covers(to)) {
      return written.asWritten(weighted, to, word, verb);
    }
    return to.equals(PIVOT) && verb ? WrittenForms.withIrregularForms(weighted, to) : weighted;
  }

  private Map<String, Double> pivot(String from, String to, String word) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (var english : direct(from, PIVOT, word).entrySet()) {
      for (var t : direct(PIVOT, to, english.getKey()).entrySet()) {
        out.merge(t.getKey(), english.getValue() * t.getValue() * PIVOT_WEIGHT, Math::max);
      }
    }
    return best(out);
  }

  /** The translations found, each with its weight times {@code factor}; the surer of two that write a word alike. */
  static Map<String, Double> weights(List<Translation> found, double factor) {
    Map<String, Double> out = new LinkedHashMap<>();
    found.forEach(t -> out.merge(t.text(), t.weight() * factor, Math::max));
    return out;
  }

  private static Map<String, Double> best(Map<String, Double> weights) {
    Map<String, Double> out = new LinkedHashMap<>();
    weights.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(TranslationRanking.KEEP).forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}