package briefbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The function words that the readers of who does what to whom ({@link Roles}) share, in the check's languages. */
final class RoleWords {

  static final Set<String> TO = set("to", "into", "for", "aan", "naar", "voor", "an", "nach", "für", "à",
      "a", "pour", "para");
  static final Set<String> JOINERS = set("and", "en", "und", "et", "y", ",", "as", "well", "also", "ook",
      "both", "zowel", "als");
  /** Where a clause ends: an agent or a receiver is never looked for across these. */
  static final Set<String> BOUNDARIES = set(".", ";", ":", "!", "?", "that", "which", "who", "whom",
      "while", "but", "although", "because", "whereas", "whose", "when", "if", "dat", "die", "welke", "wie", "terwijl",
      "maar", "omdat", "hoewel", "toen", "als", "dass", "der", "die", "welche", "während", "aber", "weil", "que",
      "qui", "mais", "pero", "said", "says", "zei", "zegt", "aldus", "“", "”", "\"", "(", ")");
  /** How many words a verb's participants and what is given may stand from it. */
  static final int REACH = 7;
  static final Set<String> ADVERBS = set("also", "already", "reportedly", "allegedly", "now", "still", "being",
      "not", "ook", "al", "nog", "niet", "reeds");
  /** A pronoun subject: the agent is someone named elsewhere, not a name further left. */
  static final Set<String> PRONOUNS = set("he", "she", "they", "we", "i", "you", "it", "hij", "zij", "ze",
      "wij", "we", "jij", "u", "er", "sie", "wir", "ich", "du", "il", "elle", "ils", "elles", "nous", "je", "él",
      "ella");
  /** Prepositions: a name after one is not the subject of the verb that follows. */
  static final Set<String> PREPOSITIONS = set("to", "into", "for", "from", "with", "by", "in", "at", "on", "of",
      "against", "about", "over", "under", "between", "among", "toward", "towards", "near", "amid", "aan", "naar",
      "voor", "van", "uit", "met", "door", "in", "op", "tegen", "over", "tussen", "bij", "zu", "für", "mit", "gegen",
      "bei", "à", "pour", "avec", "contre", "entre", "para", "contra", "volgens");
  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "de", "het", "een", "der", "die", "das",
      "den", "dem", "le", "la", "les", "el", "los", "las");
  /** Words after which a verb's form is a noun ("this point", "a call"). */
  static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "this", "these", "those", "his", "her",
      "its", "their", "our", "het", "een", "dit", "deze");
  /** What a passive's agent follows ("sent by Iran"), and a means ("by providing it with ..."). */
  static final Set<String> BY = set("by", "door", "von", "par", "por");
  /** Forms of "be": a participle after one is passive, a speech verb after one says nobody in particular speaks. */
  static final Set<String> BE = set("is", "are", "was", "were", "be", "been", "being", "wordt", "worden",
      "werd", "werden", "is", "zijn", "wird", "werden", "wurde", "est", "sont", "es", "son", "fue");

  private RoleWords() {}

  /** "Yoon's", "Tehran’s", "allies'": a name in the genitive, after which a verb's form is a noun. */
  static boolean possessive(Names.Token t) {
    return t.word() && t.text().matches(".*\\p{L}['’]s?");
  }

  /** A word set written with a word twice where two languages share it ("die", "in"). */
  static Set<String> set(String... words) {
    return Set.copyOf(new HashSet<>(List.of(words)));
  }
}
