package briefbot.retrieval;

import briefbot.index.Analyzers;
import briefbot.index.IndexFields;
import briefbot.retrieval.Retrieval.Concept;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words of a text that hold a question's word although no stemmer makes them one: German writes a kind of thing as
 * one word (the question's "Album" is the text's "Studioalbum"), Spanish a verb in forms the light stemmer keeps
 * apart (the question's "dirigió" is the text's "Dirigida por", "estrenó" its "Estrenada", "tiene" its "tienen").
 * A question in another language matches a German compound by its word's German translation ("church": "Kirche",
 * the text's "Pfarrkirche"). English writes a verb in irregular forms the stemmer keeps apart (the question's
 * "did ... choose" is the text's "chose"; asked about the present, a past form is no answer). Only the evidence check
 * and the answer sentence read them; BM25 searches the question's own stems.
 */
final class WordFamilies {

  /** How far a word of the same family holds the question's word, beside its own stem's trust. */
  static final double TRUST = 0.75;
  /** The shortest German noun stem a compound's head is matched for ("Sitz" would be found in "Besitz"). */
  private static final int HEAD_MIN = 5;
  /** The shortest part a German compound has before its head ("Weltkrieg"; "Betrag" is no compound of "Trag"). */
  private static final int MODIFIER_MIN = 3;
  /** The shortest Spanish root two forms must share ("casa" and "casado" share only "cas"). */
  private static final int ROOT_MIN = 4;
  /**
   * The endings Spanish verb forms keep after the light stemmer took a final vowel or plural -s off (each that leaves a
   * root of {@link #ROOT_MIN} letters gives one):
   * -ieron/-aron (dirigieron), -iendo/-ando, -aba(n), the participles -ado/-ido and their feminine and plural, the
   * infinitive, -an/-en, and the -i of -ió (dirigió: "dirigi").
   */
  private static final List<String> SPANISH_ENDINGS = List.of("ieron", "aron", "iend", "aban", "and", "ab", "ad",
      "id", "ar", "er", "ir", "an", "en", "i");

  /** The auxiliaries an English question asks about the past with ("didn't" is split into "didn" and "t"). */
  private static final Set<String> PAST_AUXILIARIES = Set.of("did", "didn", "was", "wasn", "were", "weren", "had",
      "hadn");

  private WordFamilies() {}

  /** How surely the text's {@code terms} (of a passage in {@code language}) hold {@code c} by a word of its family. */
  static double trust(Concept c, Set<String> terms, String language) {
    if (c.name() || c.word().isEmpty()) {
      return 0;
    }
    if ("de".equals(language) && (Character.isUpperCase(c.word().charAt(0)) || translatedIntoGerman(c))) {
      return TRUST * compoundHead(c, terms);
    }
    if ("es".equals(language) && !Character.isUpperCase(c.word().charAt(0))) {
      return TRUST * spanishForm(c, terms);
    }
    if ("en".equals(language) && !c.forms().isEmpty()) {
      return irregularForm(c, terms);
    }
    return 0;
  }

  /**
   * The trust of the question's English verb when the text writes one of its irregular forms ("Why did Acme choose
   * Lyon?" over "The company chose Lyon"): the stemmer joins "picked" to "pick", never "chose" to "choose".
   */
  private static double irregularForm(Concept c, Set<String> terms) {
    String field = IndexFields.body("en");
    for (String form : c.forms()) {
      if (Analyzers.terms(field, form).stream().anyMatch(terms::contains)) {
        return c.stems().getOrDefault(field, Set.of()).stream().mapToDouble(s -> c.trust(field, s)).max().orElse(1);
      }
    }
    return 0;
  }

  /**
   * The irregular forms of an English question's word that hold it in a text: an infinitive's past and participle
   * where the question asks about the past ("did", "was", "were", "had": "When did casting begin?" over "Casting
   * began"), none where it asks about the present: "What does Wii mean?" is not answered by "if this meant Twilight
   * Princess", another sense of the verb in another time. {@code words}: the question's words.
   */
  static Set<String> englishForms(String word, List<String> words) {
    if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || !askedInThePast(words)) {
      return Set.of();
    }
    return Set.copyOf(IrregularVerbs.table().forms(word, "en"));
  }

  /** Whether an English question asks about the past: it holds "did", "was", "were" or "had" (or their "n't"). */
  static boolean askedInThePast(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).anyMatch(PAST_AUXILIARIES::contains);
  }

  /**
   * Whether a concept's German stems include translations of a word of another language (an English question's
   * "church": "kirch"), not only its own word's stems: a German question's lower-case word is a verb or an adjective,
   * whose stem ending a longer word says nothing ("bauen" in "anbauen"), where a translation is most often a noun.
   */
  private static boolean translatedIntoGerman(Concept c) {
    String field = IndexFields.body("de");
    Set<String> stems = c.stems().getOrDefault(field, Set.of());
    return !stems.isEmpty() && !Set.copyOf(Analyzers.terms(field, c.word())).containsAll(stems);
  }

  /** The trust of the question noun's stem that ends a longer term of the text (a compound with it as its head). */
  private static double compoundHead(Concept c, Set<String> terms) {
    String field = IndexFields.body("de");
    double best = 0;
    for (String stem : c.stems().getOrDefault(field, Set.of())) {
      if (stem.length() < HEAD_MIN) {
        continue;
      }
      for (String term : terms) {
        if (term.length() >= stem.length() + MODIFIER_MIN && term.endsWith(stem)) {
          best = Math.max(best, c.trust(field, stem));
        }
      }
    }
    return best;
  }

  /** The trust of the question word's Spanish stem whose root a term of the text shares (another form of a verb). */
  private static double spanishForm(Concept c, Set<String> terms) {
    String field = IndexFields.body("es");
    double best = 0;
    for (String stem : c.stems().getOrDefault(field, Set.of())) {
      Set<String> roots = spanishRoots(stem);
      if (roots.isEmpty()) {
        continue;
      }
      for (String term : terms) {
        if (!term.equals(stem) && hasRoot(term, roots)) {
          best = Math.max(best, c.trust(field, stem));
        }
      }
    }
    return best;
  }

  /** Whether one of the roots a Spanish light stem may have ({@link #spanishRoots}) is among {@code roots}. */
  private static boolean hasRoot(String stem, Set<String> roots) {
    if (stem.length() >= ROOT_MIN && roots.contains(stem)) {
      return true;
    }
    for (String ending : SPANISH_ENDINGS) {
      if (stem.endsWith(ending) && stem.length() - ending.length() >= ROOT_MIN
          && roots.contains(stem.substring(0, stem.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The roots a Spanish light stem may have: itself and itself without a verb ending ("estrenad": "estrenad",
   * "estren"; "estren", the stem of "estrenó": "estren", "estr"), each of at least {@link #ROOT_MIN} letters. Two forms
   * of one verb share one ("estren").
   */
  static Set<String> spanishRoots(String stem) {
    Set<String> out = new HashSet<>();
    if (stem.length() >= ROOT_MIN) {
      out.add(stem);
    }
    for (String ending : SPANISH_ENDINGS) {
      if (stem.endsWith(ending) && stem.length() - ending.length() >= ROOT_MIN) {
        out.add(stem.substring(0, stem.length() - ending.length()));
      }
    }
    return out;
  }
}
