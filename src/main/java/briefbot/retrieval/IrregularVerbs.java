package briefbot.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Irregular verb forms and the infinitive a dictionary lists them under ("schrieb", "verließ", "hizo", "propuesto",
 * "prees", "uitgesproken" as "schreiben", "verlassen", "hacer", "proponer", "prijzen", "uitspreken"), derived from the
 * principal parts in {@code verbs.tsv}.
 */
final class IrregularVerbs {

  /** A finite form (preterite, present) or a participle, which is often an adjective or a noun too ("hecho"). */
  enum Kind { FINITE, PARTICIPLE }

  private record Form(String infinitive, Kind kind, boolean prefixed) {}

  /** Prefixes a verb takes in front of its base ("ver" + "ließ", "auf" + "geschrieben", "pro" + "puesto"). */
  private static final Map<String, List<String>> PREFIXES = Map.of(
      "de", List.of("", "ab", "an", "auf", "aus", "be", "bei", "dar", "durch", "ein", "emp", "ent", "er", "fest",
          "fort", "frei", "ge", "her", "heraus", "herein", "hervor", "hin", "hinaus", "hinter", "hinzu", "los", "miss",
          "mit", "nach", "statt", "teil", "über", "um", "unter", "ver", "vor", "voran", "vorbei", "weg", "weiter",
          "wider", "wieder", "zer", "zu", "zurück", "zusammen"),
      "es", List.of("", "ab", "ante", "com", "con", "contra", "de", "des", "dis", "ex", "im", "in", "intro", "man",
          "ob", "pre", "pro", "re", "se", "sobre", "sos", "su", "sus", "tra"),
      "en", List.of("", "be", "for", "fore", "mis", "out", "over", "re", "under", "up", "with"),
      "nl", List.of("", "aan", "af", "achter", "be", "bij", "binnen", "door", "er", "ge", "her", "in", "los", "mee",
          "na", "neer", "om", "onder", "ont", "op", "over", "samen", "tegen", "terug", "toe", "uit", "ver",
          "vast", "voor", "voort", "vrij", "weg"));
  /**
   * Prefixes that keep the participle's ge- after them (German "aufgeschrieben", Dutch "uitgesproken"); the others
   * drop it ("verlassen", "besproken").
   */
  private static final Map<String, Set<String>> SEPARABLE = Map.of(
      "de", Set.of("ab", "an", "auf", "aus", "bei", "dar", "ein", "fest", "fort", "frei", "her", "heraus", "herein",
          "hervor", "hin", "hinaus", "hinzu", "los", "mit", "nach", "statt", "teil", "vor", "voran", "vorbei", "weg",
          "weiter", "wieder", "zu", "zurück", "zusammen"),
      "nl", Set.of("aan", "af", "achter", "bij", "binnen", "door", "in", "los", "mee", "na", "neer", "om", "op",
          "over", "samen", "tegen", "terug", "toe", "uit", "vast", "voor", "voort", "vrij", "weg"));
  private static final IrregularVerbs TABLE = load();

  /** language -> form -> its verb. */
  private final Map<String, Map<String, Form>> forms = new HashMap<>();
  /** language -> infinitive -> its principal forms: preterite, its plural, participle. */
  private final Map<String, Map<String, List<String>>> principal = new HashMap<>();

  static IrregularVerbs table() {
    return TABLE;
  }

  /**
   * The infinitives {@code word} (lower case) may be a form of, when it is an irregular form of {@code kind}: the
   * verb itself, or a prefix and its base verb ("verließ": "verlassen"); the caller keeps those a dictionary lists.
   */
  List<String> infinitives(String word, String language, Kind kind) {
    Map<String, Form> known = forms.get(language);
    if (known == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(1);
    for (String prefix : PREFIXES.get(language)) {
      if (word.startsWith(prefix) && word.length() - prefix.length() >= 2) {
        Form form = known.get(word.substring(prefix.length()));
        if (form != null && form.kind() == kind && (!form.prefixed() || !prefix.isEmpty())) {
          out.add(prefix + form.infinitive());
        }
      }
    }
    return out;
  }

  /**
   * The irregular forms a text writes {@code infinitive} in, which a stemmer does not bring back to it: German
   * "schrieb", "geschrieben" for "schreiben", "verließ" for "verlassen"; Spanish "escrito", "tuvo". A form of such a
   * verb gives the verb and its other forms ("gestorben": "sterben", "starb"). None for a regular verb.
   */
  List<String> forms(String infinitive, String language) {
    Map<String, List<String>> known = principal.getOrDefault(language, Map.of());
    List<String> own = known.get(infinitive);
    if (own != null) {
      return own;
    }
    Form given = forms.getOrDefault(language, Map.of()).get(infinitive);
    // English past forms are often words of their own ("found", "ground", "wound"): only the infinitive brings forms
    if (given != null && !given.prefixed() && known.containsKey(given.infinitive()) && !language.equals("en")) {
      List<String> out = new ArrayList<>(known.get(given.infinitive()));
      out.add(given.infinitive());
      out.remove(infinitive);
      return out;
    }
    for (String prefix : PREFIXES.getOrDefault(language, List.of())) {
      List<String> base = prefix.isEmpty() || !infinitive.startsWith(prefix) ? null
          : known.get(infinitive.substring(prefix.length()));
      if (base != null) {
        List<String> out = new ArrayList<>();
        for (String form : base) {
          boolean dropsGe = form.startsWith("ge") && !SEPARABLE.getOrDefault(language, Set.of()).contains(prefix);
          out.add(prefix + (dropsGe ? form.substring(2) : form)); // "beschrieben", "verlassen", but "aufgeschrieben"
        }
        return out;
      }
    }
    return List.of();
  }

  private static IrregularVerbs load() {
    IrregularVerbs verbs = new IrregularVerbs();
    PackagedTable.rows("verbs.tsv").forEach(verbs::add);
    return verbs;
  }

  /** One row: language, infinitive, preterite, participle, other forms. */
  private void add(String[] row) {
    String language = row[0];
    String infinitive = row[1];
    Map<String, Form> known = forms.computeIfAbsent(language, k -> new HashMap<>());
    Form finite = new Form(infinitive, Kind.FINITE, false);
    Form participle = new Form(infinitive, Kind.PARTICIPLE, false);
    boolean german = language.equals("de");
    List<String> principalForms = principal.computeIfAbsent(language, k -> new HashMap<>())
        .computeIfAbsent(infinitive, k -> new ArrayList<>());
    if (language.equals("en")) {
      // English writes its principal parts as they are: "wrote", "written"; a participle like the past: "built"
      principalForms.add(row[2]);
      known.putIfAbsent(row[2], finite);
      if (!row[3].equals("-")) {
        principalForms.add(row[3]);
        known.putIfAbsent(row[3], participle);
      }
      return;
    }
    if (language.equals("nl")) {
      addDutch(row, known, principalForms);
      return;
    }
    if (!row[2].equals("-")) {
      String stem = row[2];
      principalForms.addAll(german ? List.of(stem, stem + (stem.endsWith("e") ? "n" : "en"))
          : List.of(stem + "o", stem + (stem.endsWith("j") ? "eron" : "ieron")));
      List<String> endings = german
          ? stem.endsWith("e") ? List.of("", "st", "n", "t") : List.of("", "st", "en", "t", "et")
          : List.of("e", "iste", "o", "imos", "isteis", stem.endsWith("j") ? "eron" : "ieron");
      endings.forEach(e -> known.putIfAbsent(stem + e, finite));
    }
    if (!row[3].equals("-")) {
      String base = row[3];
      principalForms.add(base);
      List<String> endings = german ? List.of("", "e", "en", "er", "es", "em") : List.of("o", "a", "os", "as");
      String root = german ? base : base.substring(0, base.length() - 1);
      endings.forEach(e -> known.putIfAbsent(root + e, participle));
      if (german && base.startsWith("ge")) {
        // "beschrieben", "verloren": a verb with an inseparable prefix has no ge- in its participle
        endings.forEach(e -> known.putIfAbsent(base.substring(2) + e, new Form(infinitive, Kind.PARTICIPLE, true)));
      }
    }
    if (row.length > 4) {
      for (String form : row[4].split(",")) {
        known.putIfAbsent(form.trim(), finite);
        if (german) {
          principalForms.add(form.trim()); // "hilft", "gibt": what a report says for "helps", "gives"
        }
      }
    }
  }

  /**
   * A Dutch row: the past singular and plural as written ("sprak", "spraken": the vowel's spelling changes), the
   * participle, also as an adjective ("gebrachte") and without its ge- after an inseparable prefix ("besproken").
   */
  private static void addDutch(String[] row, Map<String, Form> known, List<String> principalForms) {
    Form finite = new Form(row[1], Kind.FINITE, false);
    if (!row[2].equals("-")) {
      principalForms.add(row[2]);
      known.putIfAbsent(row[2], finite);
    }
    if (row.length > 4) {
      principalForms.add(row[4]);
      known.putIfAbsent(row[4], finite);
    }
    if (!row[3].equals("-")) {
      String participle = row[3];
      principalForms.add(participle);
      List<String> forms = participle.endsWith("en") ? List.of(participle) : List.of(participle, participle + "e");
      forms.forEach(f -> known.putIfAbsent(f, new Form(row[1], Kind.PARTICIPLE, false)));
      if (participle.startsWith("ge")) {
        forms.forEach(f -> known.putIfAbsent(f.substring(2), new Form(row[1], Kind.PARTICIPLE, true)));
      }
    }
  }
}
