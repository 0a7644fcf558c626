package briefbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Candidate dictionary forms of an inflected word (English, Dutch, German endings; Dutch verbs' infinitives). */
final class LemmaCandidates {

  private LemmaCandidates() {}

  private static final Pattern OPEN_SYLLABLE =
      Pattern.compile(".*[^aeiou][aeou][bcdfgklmnprstvz]");

  /** Candidate dictionary forms of an inflected word: "providing" may be "provide", "supplies" "supply". */
  static List<String> of(String w) {
    List<String> out = new ArrayList<>();
    String[][] rules = {{"ies", "y"}, {"ied", "y"}, {"ying", "y"}, {"ing", ""}, {"ing", "e"}, {"ed", ""}, {"ed", "e"},
        {"d", ""}, {"es", ""}, {"s", ""}, {"en", ""}, {"de", ""}, {"te", ""}, {"t", ""}, {"e", ""}, {"er", ""},
        {"ere", ""}, {"ste", ""}};
    for (String[] r : rules) {
      if (w.endsWith(r[0]) && w.length() - r[0].length() >= 3) {
        String stem = w.substring(0, w.length() - r[0].length()) + r[1];
        out.add(stem);
        if (r[1].isEmpty() && OPEN_SYLLABLE.matcher(stem).matches()) {
          // Dutch writes a long vowel once in an open syllable: "groter", "grote" are forms of "groot"
          out.add(stem.substring(0, stem.length() - 1) + stem.charAt(stem.length() - 2) + stem.charAt(stem.length() - 1));
        }
      }
    }
    if (w.startsWith("ge") && w.length() > 6) {
      String stem = w.substring(2).replaceAll("[dt]$", "");
      out.add(stem + "en");
      out.add(stem);
    }
    return out;
  }

  /** Dutch particles a verb's participle puts before its "ge" ("aangepakt", "opgeroepen", "toegenomen"). */
  private static final List<String> DUTCH_PARTICLES = List.of("aan", "af", "bij", "door", "in", "mee", "na", "om",
      "onder", "op", "over", "terug", "toe", "uit", "vast", "voor", "weg", "samen", "tegen");
  /** Whether a (folded) word is a Dutch participle with its particle before the "ge" ("teruggewonnen"). */
  static boolean separableParticiple(String folded) {
    return DUTCH_PARTICLES.stream().anyMatch(p -> folded.startsWith(p + "ge") && folded.length() - p.length() >= 6);
  }

  private static final Pattern SHORT_VOWEL_CLOSED =
      Pattern.compile(".*(?:^|[^aeiou])[aeiou][bdgklmnprst]");
  private static final Pattern LONG_VOWEL_CLOSED =
      Pattern.compile(".*[^aeiou](aa|ee|oo|uu)[bcdfgklmnprstvz]");

  /**
   * Candidate dictionary forms of an inflected word of {@code language}: {@link #of(String)}, and for Dutch the
   * infinitive of a regular verb's form, which dictionaries list alone: a participle after its particle ("aangepakt":
   * "aanpakken"), a stem whose spelling the infinitive changes ("ligt": "liggen", "gemaakt": "maken", "leeft":
   * "leven"). Only candidates: a caller keeps those a dictionary lists.
   */
  static List<String> of(String w, String language) {
    List<String> out = of(w);
    if (!language.equals("nl")) {
      return out;
    }
    for (String particle : DUTCH_PARTICLES) {
      if (w.startsWith(particle + "ge") && w.length() - particle.length() >= 6) {
        for (String lemma : of(w.substring(particle.length()), language)) {
          if (lemma.endsWith("en")) {
            out.add(particle + lemma);
          }
        }
      }
    }
    List<String> stems = new ArrayList<>();
    if (w.startsWith("ge") && w.length() >= 6) {
      stems.add(w.substring(2).replaceAll("[dt]$", ""));
    }
    for (String ending : List.of("t", "te", "de", "ten", "den")) {
      if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
        stems.add(w.substring(0, w.length() - ending.length()));
      }
    }
    for (String stem : stems) {
      if (SHORT_VOWEL_CLOSED.matcher(stem).matches()) {
        out.add(stem + stem.charAt(stem.length() - 1) + "en"); // "lig": "liggen", "pak": "pakken"
      }
      if (LONG_VOWEL_CLOSED.matcher(stem).matches()) {
        out.add(stem.substring(0, stem.length() - 2) + stem.charAt(stem.length() - 1) + "en"); // "maak": "maken"
      }
      String voiced = stem.endsWith("f") ? stem.substring(0, stem.length() - 1) + "v"
          : stem.endsWith("s") ? stem.substring(0, stem.length() - 1) + "z" : null;
      if (voiced != null) {
        out.add(voiced + "en"); // "leef": "leven", "reis": "reizen"
        if (LONG_VOWEL_CLOSED.matcher(voiced).matches()) {
          out.add(voiced.substring(0, voiced.length() - 2) + voiced.charAt(voiced.length() - 1) + "en");
        }
      }
    }
    return out;
  }
}
