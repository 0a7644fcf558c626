package briefbot.retrieval;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regular verb endings of Spanish and German and the infinitives they come from ("usaron": usar, "gefeiert":
 * feiern), and the Spanish roots whose stressed vowel changed ("pueden": poder).
 */
final class VerbEndings {

  /** Where the vowel changes of -ir verbs only start in {@link #stems}. */
  static final int IR_ONLY = 3;
  /** Verb endings and the infinitives they may come from: {prefix removed, ending, infinitive endings...}. */
  private static final Map<String, List<String[]>> LEMMAS = Map.of(
      "es", List.of(new String[] {"", "aron", "ar"}, new String[] {"", "ieron", "er", "ir"},
          new String[] {"", "aban", "ar"}, new String[] {"", "aba", "ar"}, new String[] {"", "ados", "ar"},
          new String[] {"", "adas", "ar"}, new String[] {"", "ado", "ar"}, new String[] {"", "ada", "ar"},
          new String[] {"", "idos", "er", "ir"}, new String[] {"", "idas", "er", "ir"},
          new String[] {"", "ido", "er", "ir"}, new String[] {"", "ida", "er", "ir"},
          new String[] {"", "ando", "ar"}, new String[] {"", "iendo", "er", "ir"}, new String[] {"", "ían", "er", "ir"},
          new String[] {"", "yeron", "ir", "er"}, new String[] {"", "yó", "ir", "er"},
          new String[] {"", "yendo", "ir", "er"},
          new String[] {"", "ía", "er", "ir"}, new String[] {"", "ió", "er", "ir"}, new String[] {"", "ó", "ar"},
          new String[] {"", "an", "ar"}, new String[] {"", "en", "er", "ir"}, new String[] {"", "a", "ar"},
          new String[] {"", "e", "er", "ir"},
          // future, conditional, past subjunctive and first person plural: "construyera", "llegará", "podríamos"
          new String[] {"", "aran", "ar"}, new String[] {"", "ara", "ar"}, new String[] {"", "ieran", "er", "ir"},
          new String[] {"", "iera", "er", "ir"}, new String[] {"", "yeran", "ir", "er"},
          new String[] {"", "yera", "ir", "er"}, new String[] {"", "arán", "ar"}, new String[] {"", "ará", "ar"},
          new String[] {"", "erán", "er"}, new String[] {"", "erá", "er"}, new String[] {"", "irán", "ir"},
          new String[] {"", "irá", "ir"}, new String[] {"", "arían", "ar"}, new String[] {"", "aría", "ar"},
          new String[] {"", "erían", "er"}, new String[] {"", "ería", "er"}, new String[] {"", "irían", "ir"},
          new String[] {"", "iría", "ir"}, new String[] {"", "amos", "ar"}, new String[] {"", "emos", "er"},
          new String[] {"", "imos", "ir"}),
      "de", List.of(new String[] {"ge", "t", "en", "n"}, new String[] {"", "ten", "en", "n"},
          new String[] {"", "te", "en", "n"}, new String[] {"", "tet", "en", "n"}, new String[] {"", "t", "en", "n"},
          new String[] {"", "st", "en", "n"}));
  /** Regular Spanish endings that make a participle, often an adjective too ("relacionada"). */
  private static final Set<String> PARTICIPLE_ENDINGS = Set.of("ados", "adas", "ado", "ada", "idos", "idas", "ido",
      "ida");

  private VerbEndings() {}

  /** The ending rules of a language's verbs, none for a language without. */
  static List<String[]> of(String language) {
    return LEMMAS.getOrDefault(language, List.of());
  }

  /** A rule that reads a participle: a Spanish -ado/-ido ending, German ge-...-t ("gefeiert"). */
  static boolean participle(String[] rule) {
    return rule[0].equals("ge") || PARTICIPLE_ENDINGS.contains(rule[1]);
  }

  /**
   * A verb root and, in Spanish, the infinitive's root where the stressed vowel changed: "pueden", "quiere" from
   * "poder", "querer" (any verb; index 1 and 2), "pidió", "murió" from "pedir", "morir" (-ir verbs; from
   * {@link #IR_ONLY}).
   */
  static List<String> stems(String root, String language) {
    if (!language.equals("es")) {
      return List.of(root);
    }
    int ue = root.lastIndexOf("ue");
    int ie = root.lastIndexOf("ie");
    int i = root.lastIndexOf('i');
    int u = root.lastIndexOf('u');
    return List.of(root,
        ue > 0 ? root.substring(0, ue) + "o" + root.substring(ue + 2) : root,
        ie > 0 ? root.substring(0, ie) + "e" + root.substring(ie + 2) : root,
        i > 0 && ie != i ? root.substring(0, i) + "e" + root.substring(i + 1) : root,
        u > 0 && ue != u ? root.substring(0, u) + "o" + root.substring(u + 1) : root);
  }
}
