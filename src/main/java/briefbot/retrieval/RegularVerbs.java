package briefbot.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The forms a German or Spanish text writes a regular verb in, made from the infinitive a dictionary gives:
 * "recibir" is written "recibió", "recibieron", "recibido", "leben" "lebt", "lebte", "gelebt". The stemmers of those
 * languages are light (plurals and genders only), so an English question's "received" found only the rare text that
 * writes the infinitive. Third persons, past tenses, participles and gerunds: the forms reports and encyclopedias use.
 */
final class RegularVerbs {

  /** Spanish endings by conjugation: present 3rd person, preterite, imperfect, participle, gerund. */
  private static final List<String> AR = List.of("a", "an", "ó", "aron", "aba", "aban", "ado", "ada", "ados", "adas",
      "ando");
  private static final List<String> ER = List.of("e", "en", "ió", "ieron", "ía", "ían", "ido", "ida", "idos", "idas",
      "iendo");
  /** -uir verbs write a "y" before a vowel: "construyó", "contribuye", "destruyeron". */
  private static final List<String> UIR = List.of("ye", "yen", "yó", "yeron", "ía", "ían", "ido", "ida", "idos",
      "idas", "yendo");
  /** -eer and -aer verbs: "poseyó", "leyeron", "creído". */
  private static final List<String> EER = List.of("e", "en", "yó", "yeron", "ía", "ían", "ído", "ída", "ídos", "ídas",
      "yendo");
  /** Inseparable German prefixes: their participle takes no "ge-" ("verkauft", "bezahlt", "erklärt"). */
  private static final List<String> INSEPARABLE = List.of("be", "ge", "er", "ver", "zer", "ent", "emp", "miss");
  /** Separable German prefixes: the participle puts "ge-" after them ("angemeldet", "aufgebaut"). */
  private static final List<String> SEPARABLE = List.of("zurück", "zusammen", "heraus", "herab", "hinaus", "weiter",
      "nach", "fest", "auf", "aus", "bei", "ein", "mit", "vor", "weg", "her", "hin", "los", "ab", "an", "zu");
  /** The shortest root a form is made of: "dar" (root "d") would make "dó" and "da". */
  private static final int MIN_ROOT = 2;
  private static final Set<String> LANGUAGES = Set.of("de", "es");

  private RegularVerbs() {}

  /** Whether forms are made for a language's verbs. */
  static boolean covers(String language) {
    return LANGUAGES.contains(language);
  }

  /**
   * The regular forms of what looks like an infinitive of {@code language} (Spanish -ar/-er/-ir, reflexive -se
   * included; German -en/-ern/-eln), none for any other word. A strong German verb ({@code strong}) gets only its
   * present ("liegt": its past is in the table of irregular verbs).
   */
  static List<String> of(String infinitive, String language, boolean strong) {
    return switch (language) {
      case "es" -> spanish(infinitive);
      case "de" -> german(infinitive, strong);
      default -> List.of();
    };
  }

  private static List<String> spanish(String word) {
    String verb = word.endsWith("se") && word.length() > 4 ? word.substring(0, word.length() - 2) : word;
    if (verb.indexOf(' ') >= 0 || verb.length() < MIN_ROOT + 2) {
      return List.of();
    }
    String root = verb.substring(0, verb.length() - 2);
    List<String> endings;
    if (verb.endsWith("ar")) {
      endings = AR;
    } else if (verb.endsWith("uir") && !verb.endsWith("guir") && !verb.endsWith("quir")) {
      endings = UIR;
    } else if (verb.endsWith("eer") || verb.endsWith("aer")) {
      endings = EER;
    } else if (verb.endsWith("er") || verb.endsWith("ir")) {
      endings = ER;
    } else {
      return List.of();
    }
    if (root.length() < MIN_ROOT) {
      return List.of();
    }
    List<String> out = new ArrayList<>(endings.size());
    for (String ending : endings) {
      out.add(root + ending);
    }
    return out;
  }

  private static List<String> german(String word, boolean strong) {
    if (word.indexOf(' ') >= 0 || !word.chars().allMatch(Character::isLetter)) {
      return List.of();
    }
    String stem;
    if (word.endsWith("eln") || word.endsWith("ern")) {
      stem = word.substring(0, word.length() - 1);
    } else if (word.endsWith("en")) {
      stem = word.substring(0, word.length() - 2);
    } else {
      return List.of();
    }
    if (stem.length() < MIN_ROOT + 1) {
      return List.of();
    }
    // "arbeitet", "rechnete": an "e" before the ending after t, d or a consonant before m, n
    String joint = needsE(stem) ? stem + "e" : stem;
    List<String> out = new ArrayList<>(List.of(joint + "t"));
    if (strong) {
      return out;
    }
    out.add(joint + "te");
    out.add(joint + "ten");
    out.add(participle(stem, joint));
    return out;
  }

  private static String participle(String stem, String joint) {
    if (stem.endsWith("ier")) {
      return joint + "t"; // "spezialisiert", "studiert"
    }
    for (String prefix : INSEPARABLE) {
      if (stem.startsWith(prefix) && stem.length() - prefix.length() >= MIN_ROOT + 1) {
        return joint + "t";
      }
    }
    for (String prefix : SEPARABLE) {
      if (stem.startsWith(prefix) && stem.length() - prefix.length() >= MIN_ROOT + 1) {
        return prefix + "ge" + joint.substring(prefix.length()) + "t";
      }
    }
    return "ge" + joint + "t";
  }

  private static boolean needsE(String stem) {
    char last = stem.charAt(stem.length() - 1);
    if (last == 't' || last == 'd') {
      return true;
    }
    if (last == 'm' || last == 'n') {
      // "atmet", "öffnet", "rechnet", but "lernt", "filmt", "wohnt" (an "h" after a vowel only lengthens it)
      char before = stem.charAt(stem.length() - 2);
      boolean silentH = before == 'h' && !stem.endsWith("ch" + last);
      return "aeiouäöülr".indexOf(before) < 0 && before != last && !silentH;
    }
    return false;
  }
}
