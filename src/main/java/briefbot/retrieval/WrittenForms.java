package briefbot.retrieval;

import briefbot.retrieval.TermTable.Key;
import briefbot.retrieval.TermTable.Translation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dictionary's translations with the forms a text writes them in: irregular and regular verb forms, the noun forms
 * the stemmer keeps apart, and an inflected English word's verb's own entry.
 */
final class WrittenForms {

  private static final IrregularVerbs VERBS = IrregularVerbs.table();

  private final TermTable table;
  private final SenseFit senses;

  WrittenForms(TermTable table, SenseFit senses) {
    this.table = table;
    this.senses = senses;
  }

  /**
   * The translations with the irregular forms of each verb among them, as trusted: a dictionary gives "wrote" as
   * "schreiben", a German text says "schrieb", and no stemmer makes one of the other.
   */
  static Map<String, Double> withIrregularForms(Map<String, Double> found, String target) {
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

  /**
   * An English word's German or Spanish translations with what a text writes them as: an inflected word's verb's own
   * entry beside its own ({@link #withVerbsEntry}), the noun forms the stemmer keeps apart ({@link NounForms}), and
   * for a verb the forms of each verb among them ({@link RegularVerbs}).
   */
  Map<String, Double> asWritten(Map<String, Double> weighted, String to, String word, boolean verb) {
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
   * erklärend; "believes", whose stem also gives believable's glaubhaft: believe's glauben; "known": know's conocer,
   * beside its own sabido), empty where the word is no inflected verb. German and Spanish only, with the verb forms
   * {@link RegularVerbs} makes: a paragraph says "erklärt".
   */
  private List<Translation> verbsEntry(String to, String lower) {
    for (String base : verbBases(lower)) {
      if (base.equals(lower) || senses.share(Dictionaries.PIVOT, base, PartOfSpeech.VERB) < SenseFit.ENOUGH) {
        continue;
      }
      List<Translation> own = table.get(Dictionaries.PIVOT, to, Key.WORD, base);
      if (!own.isEmpty()) {
        return own;
      }
    }
    return List.of();
  }

  /**
   * The verbs a lower-case English word may be a form of: by its regular ending ({@link EnglishForms#verbBases}), and
   * as an irregular past or participle ("known": know, "found": find, "became": become), whose own entry is often
   * another word's or one narrow sense (FreeDict's "known" is only "sabido", "found" only "fundar", "became" only
   * "avancierte", "spoke" only "Speiche"), where a paragraph writes the verb ("conocido", "encontró", "wurde",
   * "sprach").
   */
  private static List<String> verbBases(String lower) {
    List<String> out = new ArrayList<>(EnglishForms.verbBases(lower));
    for (IrregularVerbs.Kind kind : IrregularVerbs.Kind.values()) {
      for (String infinitive : VERBS.infinitives(lower, Dictionaries.PIVOT, kind)) {
        if (!out.contains(infinitive)) {
          out.add(infinitive);
        }
      }
    }
    return out;
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
    for (Translation english : table.get(language, Dictionaries.PIVOT, Key.WORD, word)) {
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
      if (senses.share(Dictionaries.PIVOT, base, PartOfSpeech.VERB) >= SenseFit.ENOUGH) {
        return true;
      }
    }
    return false;
  }
}
