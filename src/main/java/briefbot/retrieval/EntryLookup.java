package briefbot.retrieval;

import briefbot.index.Analyzers;
import briefbot.index.IndexFields;
import briefbot.retrieval.TermTable.Key;
import briefbot.retrieval.TermTable.Translation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A word's entry in a dictionary by the forms it may be written in: as written, by its stem, an irregular or regular
 * verb form by its infinitive, a Dutch or English word by its lemmas, a Spanish adverb by its adjective.
 */
final class EntryLookup {

  private static final String ADVERB = "mente";
  private static final IrregularVerbs VERBS = IrregularVerbs.table();

  private final TermTable table;

  EntryLookup(TermTable table) {
    this.table = table;
  }

  /** Translations found, and the part of speech the word's form shows (a verb's ending), 0 when it shows none. */
  record Found(List<Translation> translations, int pos) {
    static final Found NONE = new Found(List.of(), 0);
  }

  /**
   * A word's entry: an irregular verb form by its infinitive first when {@code verbFirst} ("gewann" is listed as
   * "gained", but means "won": "gewinnen"), then as written, by its stem, a participle ("propuesto") by its verb,
   * a regular verb form by its infinitive.
   */
  Found lookup(String from, String to, String word, boolean verbFirst) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<Translation> found = verbFirst ? irregular(from, to, lower, IrregularVerbs.Kind.FINITE) : List.of();
    if (!found.isEmpty()) {
      return new Found(found, PartOfSpeech.VERB);
    }
    found = table.get(from, to, Key.WORD, lower);
    if (found.isEmpty() && from.equals(Dictionaries.DUTCH)) {
      Found verb = irregular(from, to, lower);
      if (verb != Found.NONE) {
        return verb;
      }
    }
    if (from.equals(Dictionaries.DUTCH)) {
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
    if (from.equals("es") && lower.endsWith(ADVERB)
        && lower.length() - ADVERB.length() >= Dictionaries.MIN_PART + 1) {
      // an adverb no dictionary lists by its adjective: "estrechamente" as "estrecha" (close, narrow)
      found = lookup(from, to, lower.substring(0, lower.length() - ADVERB.length()), false).translations();
      return new Found(found, PartOfSpeech.ADJECTIVE | PartOfSpeech.OTHER);
    }
    // a capitalised word is a name ("Everest" is no superlative of "ever")
    boolean common = !word.isEmpty() && !Character.isUpperCase(word.charAt(0));
    return from.equals(Dictionaries.PIVOT) && common ? english(to, lower) : Found.NONE;
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
      List<Translation> lemma =
          singular == null ? List.of() : table.get(Dictionaries.DUTCH, to, Key.WORD, singular);
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
      List<Translation> lemma = table.get(Dictionaries.DUTCH, to, Key.WORD, form);
      if (!lemma.isEmpty()) {
        return lemma;
      }
    }
    return found;
  }

  /** An English word the dictionary lists under none of its own forms, by another ({@link EnglishForms}). */
  private Found english(String to, String word) {
    for (String form : EnglishForms.of(word)) {
      List<Translation> found = table.get(Dictionaries.PIVOT, to, Key.WORD, form);
      if (found.isEmpty()) {
        List<String> stems = Analyzers.terms(IndexFields.body(Dictionaries.PIVOT), form);
        found = stems.size() == 1 ? table.get(Dictionaries.PIVOT, to, Key.STEM, stems.get(0)) : List.of();
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
}
