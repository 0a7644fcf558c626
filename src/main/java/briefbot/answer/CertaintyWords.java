package briefbot.answer;

import java.util.List;
import java.util.Set;

/** The words that say how sure a text is, which {@link Stance} and its parts read: negations, hedges, boosters. */
final class CertaintyWords {

  static final Set<String> NEGATIONS = Set.copyOf(List.of(("not no never none nobody nothing neither nor "
      + "cannot unable inability niet geen nooit niets niemand noch nergens nicht kein keine keinen keiner nie niemals "
      + "pas jamais aucun aucune nunca ningún ninguna deny denies denied denying doubt doubts doubted doubting "
      + "ontken ontkent ontkende ontkenden ontkennen ontkend betwijfelt betwijfelde betwijfelen "
      + "bestreitet bestritt bezweifelt niega negó refuse refuses refused refusing weigert weigerde weigerden "
      + "geweigerd weigeren verweigert verweigerte").split(" ")));
  /**
   * Words that deny without being a negation ("failed to", "without", "the lack of", "avoided criticizing"): a claim's
   * "not" may paraphrase them, so a source that has one of them is one that denies something, and a claim that has one
   * may paraphrase a source's "cannot criticize".
   */
  static final Set<String> DENYING = Set.of("fail", "fails", "failed", "failing", "failure", "lack", "lacks",
      "lacked", "lacking", "without", "absence", "absent", "avoid", "avoids", "avoided", "avoiding", "refrain",
      "refrains", "refrained", "zonder", "ohne", "sans", "sin", "faalde", "mislukt",
      "mislukte", "ontbreekt", "ontbrak", "gebrek", "fehlt", "fehlte");
  /** A verb of failing, which before "to" denies what follows ({@link CertaintyMarks#failsTo}). */
  static final Set<String> FAIL = Set.of("fail", "fails", "failed", "failing");
  /** "not only ... but also" affirms both. */
  static final Set<String> ONLY = Set.of("only", "just", "alleen", "enkel", "nur", "seulement", "solo",
      "sólo");
  static final Set<String> HEDGES = Set.copyOf(List.of(("may might could likely unlikely possibly "
      + "potential potentially reportedly allegedly apparently appear appears appeared seem seems seemed suggest "
      + "suggests suggested would alleged expected expects expect whether zou zouden waarschijnlijk "
      + "vermoedelijk verluidt lijkt lijken verwacht verwachten könnte könnten soll sollen angeblich wahrscheinlich "
      + "möglicherweise vermutlich pourrait pourraient probablement peut-être podría podrían probablemente "
      + "posiblemente").split(" ")));
  /**
   * Verbs that hedge in the passive before "to" ("is reported to have sent", "are believed to be"): the claim passes
   * on what others say, as "reportedly" does.
   */
  static final Set<String> RAISING = Set.of("reported", "said", "believed", "thought", "understood",
      "estimated", "rumoured", "rumored", "suspected", "known");
  /**
   * The Dutch modal of what may be as well as of what can be ("Pyongyang kan zich geroepen voelen"): a claim that
   * writes it says no more than "zou kunnen" does, while a paragraph's may say what someone is able to do.
   */
  static final Set<String> MAY = Set.of("kan", "kunnen", "kon", "konden");
  /** Modals before a negation that forbid rather than deny ("should not provide"). */
  static final Set<String> DEONTIC = Set.of("should", "must", "ought", "shall", "moeten", "moet", "mogen",
      "mag", "sollen", "sollten", "sollte", "dürfen", "darf");
  /** Words that open a relative clause: what it says of its noun is a condition, not a fact asserted. */
  static final Set<String> RELATIVE = Set.of("that", "who", "whoever", "which", "die", "dat", "wie", "welke");
  /** Verbs that report speech, after which "would" is the reported "will" ({@link CertaintyMarks#backshifted}). */
  static final Set<String> REPORTING = Set.of("said", "says", "saying", "told", "tells", "noted", "noting",
      "added", "adding", "stated", "stating", "stressed", "stressing", "warned", "warning", "insisted", "argued",
      "explained", "announced");
  /** The forms of "make" before "sure" ({@link CertaintyMarks#madeSure}). */
  static final Set<String> MAKE = Set.of("make", "makes", "made", "making");
  static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
  /** Hedges unless a superlative or "as" comes before them ({@link CertaintyMarks#possible}). */
  static final Set<String> POSSIBLE = Set.of("possible", "mogelijk", "mogelijke", "möglich", "mögliche",
      "möglichen", "posible", "posibles");
  static final Set<String> NOT_HEDGING_POSSIBLE = Set.of("as", "most", "every", "everything", "all", "if",
      "where", "when", "whenever", "zo", "alles", "indien", "waar", "wo", "si");
  /** A source that only reports someone's claim ("Pyongyang claims"): a claim that attributes it keeps the doubt. */
  static final Set<String> CLAIMING = Set.of("claims", "claimed", "claim", "beweert", "beweren", "beweerde",
      "behauptet", "affirme", "afirma");
  static final Set<String> ATTRIBUTING = Set.of("said", "says", "say", "claims", "claimed", "claim",
      "according", "told", "stated", "zei", "zegt", "volgens", "aldus", "beweert", "sagte", "sagt", "dit", "dijo");
  static final Set<String> BOOSTERS = Set.copyOf(List.of(("confirm confirms confirmed confirming confirmation "
      + "proven proved prove proves definitive definitively certain certainly clearly clear undoubtedly definitely "
      + "surely sure established bevestigd bevestigt bevestigde bevestigen zeker bewezen definitief duidelijk "
      + "bestätigt sicher bewiesen eindeutig confirmé certain certainement confirmado seguro guarantee guarantees "
      + "guaranteed promise promises promised admit admits admitted demonstrated demonstrates fully garandeert "
      + "garandeerde gegarandeerd belooft beloofde beloofd toegegeven volledig already reeds bereits").split(" ")));
  /**
   * "already" says a thing is done: a claim may say it only where a cited paragraph says it is ("al" in a Dutch one),
   * not where it is intended, hoped for or would happen ("has already concluded" for "look forward to concluding").
   */
  static final Set<String> ALREADY = Set.of("already", "reeds", "bereits", "schon", "al", "déjà");
  /**
   * "no matter who", "no importa quién": "whoever", which denies nothing ("an important ally no matter who sits in the
   * Oval Office" for "whoever sits in the Oval Office").
   */
  static final Set<String> NO_MATTER = Set.of("no matter", "no importa");

  static boolean whatever(String word, String next) {
    return NO_MATTER.contains(word + " " + next);
  }

  /**
   * The Dutch "al" (already) in lower case, as written: it says a thing is done, as "already" does ("heeft het
   * partnerschap al ondertekend" for "look forward to concluding"); "Al Jazeera" is a name.
   */
  static final String DUTCH_ALREADY = "al";
  static final Set<String> ANSWER_PARTICLES = Set.of("yes", "no", "ja", "nee", "nein", "oui", "non", "sí");

  private CertaintyWords() {}
}
