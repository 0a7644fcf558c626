package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.index.Analyzers;
import briefbot.index.IndexFields;
import briefbot.retrieval.TermTable.Key;
import briefbot.retrieval.TermTable.Translation;
import java.nio.file.Path;
import java.util.ArrayList;
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
  private static final String DUTCH = "nl";
  /** A translation through English, or of one part of a compound, is less sure than a direct one. */
  private static final double PIVOT_WEIGHT = 0.6;
  private static final double PART_WEIGHT = 0.7;
  private static final int MIN_PART = 3;
  private static final String ADVERB = "mente";
  private static final IrregularVerbs VERBS = IrregularVerbs.table();
  private static final Demonyms DEMONYMS = Demonyms.table();
  private static final int MIN_COMPOUND = 8;
  /** A stop word is no part of a compound: "Kameraman" is no camera + "man" (one, you, we). */
  private static final org.apache.lucene.analysis.CharArraySet STOP = Analyzers.stopWords(List.of());
  private static final List<String> LINKS = List.of("", "s", "es", "n", "en", "e");
  private static final Set<String> COMPOUNDING = Set.of("de", "nl");

  private final TermTable table;
  private final Set<String> pairs;
  private final SenseFit senses;

  Dictionaries(TermTable table, Set<String> pairs) {
    this.table = table;
    this.pairs = Set.copyOf(pairs);
    this.senses = new SenseFit(table);
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
    return target.equals(PIVOT) ? found : withIrregularForms(found, target);
  }

  /**
   * The translations with the irregular forms of each verb among them, as trusted: a dictionary gives "wrote" as
   * "schreiben", a German text says "schrieb", and no stemmer makes one of the other.
   */
  private static Map<String, Double> withIrregularForms(Map<String, Double> found, String target) {
    Map<String, Double> out = null;
    for (var t : found.entrySet()) {
      for (String form : VERBS.forms(t.getKey(), target)) {
        if (out == null) {
          out = new LinkedHashMap<>(found);
        }
        out.merge(form, t.getValue(), Math::max);
      }
    }
    return out == null ? found : out;
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
    Found found = lookup(from, to, word, !noun && !from.equals(PIVOT) && !from.equals(DUTCH));
    if (found.translations().isEmpty() && COMPOUNDING.contains(from) && word.length() >= MIN_COMPOUND) {
      return compound(from, to, word);
    }
    int pos = found.pos() != 0 ? found.pos() : noun ? PartOfSpeech.NOUN : german ? PartOfSpeech.NOT_NOUN : 0;
    Map<String, Double> weighted = weights(senses.fit(to, found.translations(), pos), 1);
    boolean verb = (found.pos() & PartOfSpeech.VERB) != 0;
    if (from.equals(PIVOT) && RegularVerbs.covers(to)) {
      return asWritten(weighted, to, word, verb);
    }
    return to.equals(PIVOT) && verb ? withIrregularForms(weighted, to) : weighted;
  }

  /**
   * An English word's German or Spanish translations with what a text writes them as: an inflected word's verb's own
   * entry beside its own ({@link #withVerbsEntry}), the noun forms the stemmer keeps apart ({@link NounForms}), and
   * for a verb the forms of each verb among them ({@link RegularVerbs}).
   */
  private Map<String, Double> asWritten(Map<String, Double> weighted, String to, String word, boolean verb) {
    String lower = word.toLowerCase(Locale.ROOT);
    boolean common = !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    List<Translation> verbsEntry = common ? verbsEntry(to, lower) : List.of();
    Map<String, Double> withEntry = new LinkedHashMap<>(weighted);
    verbsEntry.forEach(t -> withEntry.merge(t.text(), t.weight(), Math::max));
    Map<String, Double> out = withNounForms(withEntry, to);
    return verb || !verbsEntry.isEmpty() || englishVerb(lower) ? withRegularForms(out, to) : out;
  }

  /**
   * The translations with the forms a text writes each regular verb among them in, as trusted ({@link RegularVerbs}):
   * "receive" is "recibir", a Spanish paragraph says "recibió"; only for an English verb and a translation that is one
   * too, since nouns and adjectives look like infinitives ("auricular" would give "aurícula", "altar" "alta").
   */
  private Map<String, Double> withRegularForms(Map<String, Double> found, String target) {
    Map<String, Double> out = new LinkedHashMap<>(found);
    for (var t : found.entrySet()) {
      if (!translatesAsVerb(t.getKey(), target)) {
        continue;
      }
      boolean strong = !VERBS.forms(t.getKey(), target).isEmpty();
      for (String form : RegularVerbs.of(t.getKey(), target, strong)) {
        out.merge(form, t.getValue(), Math::max);
      }
    }
    return out;
  }

  /**
   * An inflected lower-case English word's verb's own entry ("explaining": explain's erklären, beside its own
   * erklärend; "believes", whose stem also gives believable's glaubhaft: believe's glauben), empty where the word is
   * no inflected verb. German and Spanish only, with the verb forms {@link RegularVerbs} makes: a paragraph says
   * "erklärt".
   */
  private List<Translation> verbsEntry(String to, String lower) {
    for (String base : EnglishForms.verbBases(lower)) {
      if (base.equals(lower) || senses.share(PIVOT, base, PartOfSpeech.VERB) < SenseFit.ENOUGH) {
        continue;
      }
      List<Translation> own = table.get(PIVOT, to, Key.WORD, base);
      if (!own.isEmpty()) {
        return own;
      }
    }
    return List.of();
  }

  /**
   * The translations with the noun forms the index's stemmer keeps apart from them ({@link NounForms}), as trusted:
   * "island" is "isla", a Spanish paragraph says "islas", which the stemmer makes "isl".
   */
  private static Map<String, Double> withNounForms(Map<String, Double> found, String target) {
    Map<String, Double> out = new LinkedHashMap<>(found);
    found.forEach((t, w) -> NounForms.of(t, target).forEach(form -> out.merge(form, w, Math::max)));
    return out;
  }

  /**
   * Whether a word of {@code language} has an English translation that is a verb ({@link #englishVerb}): "recibir"
   * (receive) has, "auricular" (receiver, earphone), which "received" reaches through its stem, has not.
   */
  private boolean translatesAsVerb(String word, String language) {
    for (Translation english : table.get(language, PIVOT, Key.WORD, word)) {
      if (englishVerb(english.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an English word, or one of the bases it may be a form of ("received", "living", "believes"), is a verb in
   * at least {@link SenseFit#ENOUGH} of the dictionaries' labelled senses ("received" is labelled an adjective only).
   */
  private boolean englishVerb(String word) {
    for (String base : EnglishForms.verbBases(word)) {
      if (senses.share(PIVOT, base, PartOfSpeech.VERB) >= SenseFit.ENOUGH) {
        return true;
      }
    }
    return false;
  }

  /** Translations found, and the part of speech the word's form shows (a verb's ending), 0 when it shows none. */
  private record Found(List<Translation> translations, int pos) {
    static final Found NONE = new Found(List.of(), 0);
  }

  /**
   * A word's entry: an irregular verb form by its infinitive first when {@code verbFirst} ("gewann" is listed as
   * "gained", but means "won": "gewinnen"), then as written, by its stem, a participle ("propuesto") by its verb,
   * a regular verb form by its infinitive.
   */
  private Found lookup(String from, String to, String word, boolean verbFirst) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<Translation> found = verbFirst ? irregular(from, to, lower, IrregularVerbs.Kind.FINITE) : List.of();
    if (!found.isEmpty()) {
      return new Found(found, PartOfSpeech.VERB);
    }
    found = table.get(from, to, Key.WORD, lower);
    if (found.isEmpty() && from.equals(DUTCH)) {
      Found verb = irregular(from, to, lower);
      if (verb != Found.NONE) {
        return verb;
      }
    }
    if (from.equals(DUTCH)) {
      found = withLemma(to, lower, found);
    }
    if (found.isEmpty()) {
      List<String> stems = Analyzers.terms(IndexFields.body(from), lower);
      if (stems.size() == 1) {
        found = table.get(from, to, Key.STEM, stems.get(0));
      }
    }
    if (!found.isEmpty()) {
      return new Found(found, 0);
    }
    Found verb = irregular(from, to, lower);
    if (verb != Found.NONE) {
      return verb;
    }
    for (String[] rule : VerbEndings.of(from)) {
      found = lemma(from, to, lower, rule);
      if (!found.isEmpty()) {
        return new Found(found, VerbEndings.participle(rule) ? PartOfSpeech.PARTICIPLE : PartOfSpeech.VERB);
      }
    }
    if (from.equals("es") && lower.endsWith(ADVERB) && lower.length() - ADVERB.length() >= MIN_PART + 1) {
      // an adverb no dictionary lists by its adjective: "estrechamente" as "estrecha" (close, narrow)
      found = lookup(from, to, lower.substring(0, lower.length() - ADVERB.length()), false).translations();
      return new Found(found, PartOfSpeech.ADJECTIVE | PartOfSpeech.OTHER);
    }
    // a capitalised word is a name ("Everest" is no superlative of "ever")
    boolean common = !word.isEmpty() && !Character.isUpperCase(word.charAt(0));
    return from.equals(PIVOT) && common ? english(to, lower) : Found.NONE;
  }

  /**
   * A Dutch word the dictionary does not list, by the first of its lemmas it lists ({@link DutchForms}). A word with an
   * entry of its own keeps it, with only an irregular plural's singular beside it ("leden": party, and lid's member):
   * read as a plural or a verb form by the ending rules too, an infinitive became a noun's plural ("komen": kom, bowl;
   * "krijgen": krijg, war; "moeten": moet, stain) and a noun a verb's stem ("geld": gelden).
   */
  private List<Translation> withLemma(String to, String word, List<Translation> found) {
    if (!found.isEmpty()) {
      String singular = DutchForms.irregularPlural(word);
      List<Translation> lemma = singular == null ? List.of() : table.get(DUTCH, to, Key.WORD, singular);
      if (lemma.isEmpty()) {
        return found;
      }
      Map<String, Translation> merged = new LinkedHashMap<>();
      for (Translation t : found) {
        merged.merge(t.text(), t, (a, b) -> a.weight() >= b.weight() ? a : b);
      }
      for (Translation t : lemma) {
        merged.merge(t.text(), t, (a, b) -> a.weight() >= b.weight() ? a : b);
      }
      return new ArrayList<>(merged.values());
    }
    for (String form : DutchForms.of(word)) {
      List<Translation> lemma = table.get(DUTCH, to, Key.WORD, form);
      if (!lemma.isEmpty()) {
        return lemma;
      }
    }
    return found;
  }

  /** An English word the dictionary lists under none of its own forms, by another ({@link EnglishForms}). */
  private Found english(String to, String word) {
    for (String form : EnglishForms.of(word)) {
      List<Translation> found = table.get(PIVOT, to, Key.WORD, form);
      if (found.isEmpty()) {
        List<String> stems = Analyzers.terms(IndexFields.body(PIVOT), form);
        found = stems.size() == 1 ? table.get(PIVOT, to, Key.STEM, stems.get(0)) : List.of();
      }
      if (!found.isEmpty()) {
        return new Found(found, 0);
      }
    }
    return Found.NONE;
  }

  /** An irregular verb form's entry by its infinitive: a finite form ("sprak") first, then a participle. */
  private Found irregular(String from, String to, String word) {
    for (IrregularVerbs.Kind kind : IrregularVerbs.Kind.values()) {
      List<Translation> found = irregular(from, to, word, kind);
      if (!found.isEmpty()) {
        return new Found(found, kind == IrregularVerbs.Kind.FINITE ? PartOfSpeech.VERB : PartOfSpeech.PARTICIPLE);
      }
    }
    return Found.NONE;
  }

  private List<Translation> irregular(String from, String to, String word, IrregularVerbs.Kind kind) {
    for (String infinitive : VERBS.infinitives(word, from, kind)) {
      List<Translation> found = table.get(from, to, Key.WORD, infinitive);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * A conjugated verb's entry, which dictionaries list by the infinitive: Spanish "desarrollan", "usaron" as
   * "desarrollar", "usar"; German "lebten", "gefeiert" as "leben", "feiern".
   */
  private List<Translation> lemma(String from, String to, String word, String[] rule) {
    String prefix = rule[0];
    if (!word.startsWith(prefix) || !word.endsWith(rule[1])
        || word.length() - prefix.length() - rule[1].length() < 2) {
      return List.of();
    }
    String root = word.substring(prefix.length(), word.length() - rule[1].length());
    List<String> stems = VerbEndings.stems(root, from);
    for (int s = 0; s < stems.size(); s++) {
      for (int i = 2; i < rule.length; i++) {
        // i -> e and u -> o ("pidió", "murió") only in -ir verbs: "dilatan" is not "delatar"
        if (s >= VerbEndings.IR_ONLY && !rule[i].equals("ir")) {
          continue;
        }
        List<Translation> found = table.get(from, to, Key.WORD, stems.get(s) + rule[i]);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  private Map<String, Double> compound(String from, String to, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Map<String, Double> best = Map.of();
    int bestShorter = 0;
    for (int i = MIN_PART; i <= lower.length() - MIN_PART; i++) {
      String rest = lower.substring(i);
      if (Math.min(i, rest.length()) <= bestShorter || STOP.contains(rest)) {
        continue;
      }
      List<Translation> head = lookup(from, to, rest, false).translations();
      if (head.isEmpty()) {
        continue;
      }
      for (String link : LINKS) {
        String left = lower.substring(0, i);
        int length = left.length() - link.length();
        if (left.endsWith(link) && length >= MIN_PART && Math.min(length, rest.length()) > bestShorter) {
          String part = left.substring(0, length);
          List<Translation> modifier = STOP.contains(part) ? List.of() : lookup(from, to, part, false).translations();
          if (!modifier.isEmpty()) {
            Map<String, Double> out = new LinkedHashMap<>(weights(head, PART_WEIGHT));
            weights(modifier, PART_WEIGHT).forEach((t, w) -> out.merge(t, w, Math::max));
            best = out;
            bestShorter = Math.min(length, rest.length());
          }
        }
      }
    }
    return best;
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

  private static Map<String, Double> weights(List<Translation> found, double factor) {
    Map<String, Double> out = new LinkedHashMap<>();
    found.forEach(t -> out.merge(t.text(), t.weight() * factor, Math::max));
    return out;
  }

  private static Map<String, Double> best(Map<String, Double> weights) {
    Map<String, Double> out = new LinkedHashMap<>();
    weights.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(FreeDictTable.KEEP).forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}