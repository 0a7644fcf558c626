package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * How sure a claim is, against the clause of its source that says the same: a claim may not deny what the source
 * affirms or affirm what it denies ("has not been verified"), may not drop the source's hedge ("is likely to",
 * "reportedly", "zou kunnen"), and may not add certainty the source lacks ("confirmed", "clear evidence").
 */
final class Stance {

  private static final Set<String> NEGATIONS = Set.copyOf(List.of(("not no never none nobody nothing neither nor "
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
  private static final Set<String> DENYING = Set.of("fail", "fails", "failed", "failing", "failure", "lack", "lacks",
      "lacked", "lacking", "without", "absence", "absent", "avoid", "avoids", "avoided", "avoiding", "refrain",
      "refrains", "refrained", "zonder", "ohne", "sans", "sin", "faalde", "mislukt",
      "mislukte", "ontbreekt", "ontbrak", "gebrek", "fehlt", "fehlte");
  /** A verb of failing, which before "to" denies what follows ({@link Marks#failsTo}). */
  private static final Set<String> FAIL = Set.of("fail", "fails", "failed", "failing");
  /** How far after a negation the word it denies may stand ("the inability of Russia and Iran to support"). */
  private static final int DENIED_WITHIN = 6;
  /** The most words of a clause's last fragment that only denies what the fragment before it says. */
  private static final int SHORT_DENIAL = 5;
  /** "not only ... but also" affirms both. */
  private static final Set<String> ONLY = Set.of("only", "just", "alleen", "enkel", "nur", "seulement", "solo",
      "sólo");
  private static final Set<String> HEDGES = Set.copyOf(List.of(("may might could likely unlikely possibly "
      + "potential potentially reportedly allegedly apparently appear appears appeared seem seems seemed suggest "
      + "suggests suggested would alleged expected expects expect whether zou zouden waarschijnlijk "
      + "vermoedelijk verluidt lijkt lijken verwacht verwachten könnte könnten soll sollen angeblich wahrscheinlich "
      + "möglicherweise vermutlich pourrait pourraient probablement peut-être podría podrían probablemente "
      + "posiblemente").split(" ")));
  /**
   * Verbs that hedge in the passive before "to" ("is reported to have sent", "are believed to be"): the claim passes
   * on what others say, as "reportedly" does.
   */
  private static final Set<String> RAISING = Set.of("reported", "said", "believed", "thought", "understood",
      "estimated", "rumoured", "rumored", "suspected", "known");
  /**
   * The Dutch modal of what may be as well as of what can be ("Pyongyang kan zich geroepen voelen"): a claim that
   * writes it says no more than "zou kunnen" does, while a paragraph's may say what someone is able to do.
   */
  private static final Set<String> MAY = Set.of("kan", "kunnen", "kon", "konden");
  /** Modals before a negation that forbid rather than deny ("should not provide"). */
  private static final Set<String> DEONTIC = Set.of("should", "must", "ought", "shall", "moeten", "moet", "mogen",
      "mag", "sollen", "sollten", "sollte", "dürfen", "darf");
  /** Words that open a relative clause: what it says of its noun is a condition, not a fact asserted. */
  private static final Set<String> RELATIVE = Set.of("that", "who", "whoever", "which", "die", "dat", "wie", "welke");
  /** Verbs that report speech, after which "would" is the reported "will" ({@link Marks#backshifted}). */
  private static final Set<String> REPORTING = Set.of("said", "says", "saying", "told", "tells", "noted", "noting",
      "added", "adding", "stated", "stating", "stressed", "stressing", "warned", "warning", "insisted", "argued",
      "explained", "announced");
  /** A comma between stretches of a sentence; not one that groups a figure's digits ("10,000"). */
  private static final Pattern COMMA = Pattern.compile("\\s*(?:(?<!\\d),|,(?!\\d))\\s*");
  /** The forms of "make" before "sure" ({@link Marks#madeSure}). */
  private static final Set<String> MAKE = Set.of("make", "makes", "made", "making");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
  /** Hedges unless a superlative or "as" comes before them ({@link Marks#possible}). */
  private static final Set<String> POSSIBLE = Set.of("possible", "mogelijk", "mogelijke", "möglich", "mögliche",
      "möglichen", "posible", "posibles");
  private static final Set<String> NOT_HEDGING_POSSIBLE = Set.of("as", "most", "every", "everything", "all", "if",
      "where", "when", "whenever", "zo", "alles", "indien", "waar", "wo", "si");
  /** A source that only reports someone's claim ("Pyongyang claims"): a claim that attributes it keeps the doubt. */
  private static final Set<String> CLAIMING = Set.of("claims", "claimed", "claim", "beweert", "beweren", "beweerde",
      "behauptet", "affirme", "afirma");
  private static final Set<String> ATTRIBUTING = Set.of("said", "says", "say", "claims", "claimed", "claim",
      "according", "told", "stated", "zei", "zegt", "volgens", "aldus", "beweert", "sagte", "sagt", "dit", "dijo");
  private static final Set<String> BOOSTERS = Set.copyOf(List.of(("confirm confirms confirmed confirming confirmation "
      + "proven proved prove proves definitive definitively certain certainly clearly clear undoubtedly definitely "
      + "surely sure established bevestigd bevestigt bevestigde bevestigen zeker bewezen definitief duidelijk "
      + "bestätigt sicher bewiesen eindeutig confirmé certain certainement confirmado seguro guarantee guarantees "
      + "guaranteed promise promises promised admit admits admitted demonstrated demonstrates fully garandeert "
      + "garandeerde gegarandeerd belooft beloofde beloofd toegegeven volledig already reeds bereits").split(" ")));
  /**
   * "already" says a thing is done: a claim may say it only where a cited paragraph says it is ("al" in a Dutch one),
   * not where it is intended, hoped for or would happen ("has already concluded" for "look forward to concluding").
   */
  private static final Set<String> ALREADY = Set.of("already", "reeds", "bereits", "schon", "al", "déjà");
  /**
   * "no matter who", "no importa quién": "whoever", which denies nothing ("an important ally no matter who sits in the
   * Oval Office" for "whoever sits in the Oval Office").
   */
  private static final Set<String> NO_MATTER = Set.of("no matter", "no importa");

  private static boolean whatever(String word, String next) {
    return NO_MATTER.contains(word + " " + next);
  }

  /**
   * The Dutch "al" (already) in lower case, as written: it says a thing is done, as "already" does ("heeft het
   * partnerschap al ondertekend" for "look forward to concluding"); "Al Jazeera" is a name.
   */
  private static final String DUTCH_ALREADY = "al";
  private static final Set<String> ANSWER_PARTICLES = Set.of("yes", "no", "ja", "nee", "nein", "oui", "non", "sí");
  private static final Pattern CLAUSES = Pattern.compile(
      "\\s*(?:[;:]|,?\\s+(?:but|although|though|while|whereas|however|who|which|maar|terwijl|hoewel|doch|aber|"
          + "während|obwohl|mais|alors que|pero|aunque)\\s)\\s*", Pattern.CASE_INSENSITIVE);

  /**
   * Words of fear or worry, folded ("alarm", "concerns", "bang", "bezorgd", "besorgt"): what is feared is feared as
   * possible, so a hedge inside what a source fears is the fear's own ({@link #hedgesOnlyInFear}).
   */
  private static final Set<String> FEARS = Set.copyOf(List.of(("fear fears feared fearing afraid alarm alarms alarmed "
      + "alert concern concerns concerned worry worries worried anxious anxiety apprehension bang bezorgd bezorgdheid "
      + "zorg zorgen ongerust ongerustheid vrees vrezen vreest vreesde vreesden angst besorgt sorge sorgen furcht "
      + "befurchtung befurchtungen befurchten befurchtet temor temores teme temen preocupacion preocupado preocupados "
      + "crainte craintes craint craignent inquietude").split(" ")));
  /** Prepositions that name what is feared: "alarm about", "bang voor", "Sorge um". */
  private static final Set<String> FEARED = Set.of("about", "over", "of", "for", "regarding", "concerning", "voor",
      "om", "um", "vor", "uber", "por", "sobre", "de");
  /** Words that make what follows definite, something taken as existing ("the technology exchange", "hun plannen"). */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "their", "his",
      "her", "our", "het", "deze", "die", "dit", "dat", "zijn", "haar", "hun", "der", "das", "den", "dem", "des",
      "el", "la", "los", "las", "le", "les", "ce", "cette", "ces");
  /** The most words between a fear and the preposition naming what is feared ("alarm among Western leaders about"). */
  private static final int FEARED_WITHIN = 5;

  private Stance() {}

  /** Whether a (folded) word says how sure a claim is: a negation, a hedge or a booster ("confirmed", "zeker"). */
  static boolean marksCertainty(String folded) {
    return NEGATIONS.contains(folded) || HEDGES.contains(folded) || POSSIBLE.contains(folded)
        || BOOSTERS.contains(folded) || folded.endsWith("n't") || folded.endsWith("n’t");
  }

  /** Prepositions of a goal that, opening a stretch after a comma, add to the stretch before it ("to X, to Y"). */
  private static final Set<String> GOAL = Set.of("to", "towards", "into", "against", "aan", "naar", "tegen");

  /**
   * A verb's form saying that something ended or stopped ("had ended", "stopped", "beëindigd"), folded: what a
   * paragraph has go on, a sentence's ending of it denies, as a negation does. Only the verb's inflected forms: "the end of the
   * year" and "an ending" are nouns.
   */
  private static final Set<String> ENDINGS = Set.of("ended", "ends", "stopped", "stops", "ceased", "ceases", "halted",
      "halts", "eindigde", "eindigden", "geeindigd", "beeindigd", "beeindigde", "beeindigden", "gestopt", "stopte",
      "stopten", "endete", "endeten", "beendet", "beendete", "beendeten", "gestoppt", "stoppte", "stoppten");

  /** Whether a (folded) word says that something ended or stopped ({@link #ENDINGS}). */
  static boolean marksEnding(String folded) {
    return ENDINGS.contains(folded);
  }

  /** What a text says about certainty: whether it denies, hedges, or asserts with emphasis. */
  record Marks(boolean negated, boolean hedged, Set<String> boosters, boolean attributed, boolean reported,
      boolean enjoined) {

    /** The same marks without the hedge. */
    Marks unhedged() {
      return new Marks(negated, false, boosters, attributed, reported, enjoined);
    }

    /** The marks of a text; a hedge counts only when one of the few words after it is {@code relevant}. */
    static Marks of(List<Names.Token> tokens, Predicate<String> relevant) {
      return of(tokens, relevant, false);
    }

    /**
     * The marks of a source's text: its reported "would" is no hedge ({@link #backshifted}). Only a source's: a claim's
     * "would" still hedges, which may make it less sure than its paragraph but never surer.
     */
    static Marks ofSource(List<Names.Token> tokens, Predicate<String> relevant) {
      return of(tokens, relevant, true);
    }

    private static Marks of(List<Names.Token> tokens, Predicate<String> relevant, boolean source) {
      boolean negated = false;
      boolean hedged = false;
      boolean attributed = false;
      boolean reported = false;
      boolean doubted = false;
      boolean enjoined = false;
      Set<String> boosters = new HashSet<>();
      boolean first = true;
      int lastNegation = -10;
      for (int i = 0; i < tokens.size(); i++) {
        Names.Token t = tokens.get(i);
        if (!t.word()) {
          continue;
        }
        String w = t.folded();
        if (first && ANSWER_PARTICLES.contains(w)) {
          first = false;
          continue;
        }
        first = false;
        attributed |= ATTRIBUTING.contains(w);
        if ((NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n’t") || failsTo(tokens, i))
            && !(i + 1 < tokens.size()
            && (ONLY.contains(tokens.get(i + 1).folded()) || whatever(w, tokens.get(i + 1).folded())))) {
          negated = true;
          lastNegation = i;
          enjoined |= i > 0 && DEONTIC.contains(tokens.get(i - 1).folded());
        } else if (CLAIMING.contains(w) && scopes(tokens, i, relevant)) {
          reported = true;
          attributed = true;
        } else if ((HEDGES.contains(w) && !(source && backshifted(tokens, i)) || possible(tokens, i)
            || raising(tokens, i) || !source && MAY.contains(w))
            && scopes(tokens, i, relevant)) {
          doubted = true;
        } else if ((BOOSTERS.contains(w) || DUTCH_ALREADY.equals(t.text())) && i - lastNegation > 3
            && !madeSure(tokens, i)) {
          boosters.add(w);
        }
      }
      hedged = doubted;
      return new Marks(negated, hedged, boosters, attributed, reported, enjoined);
    }

    /**
     * "would" after a verb that reports speech earlier in the same stretch ("Officials stressed that a major challenge
     * would be", "noting it would be a major topic") is the reported "will", not a hedge: reported speech shifts its
     * tense back.
     */
    private static boolean backshifted(List<Names.Token> tokens, int i) {
      if (!tokens.get(i).folded().equals("would")) {
        return false;
      }
      for (int j = 0; j < i; j++) {
        if (REPORTING.contains(tokens.get(j).folded())) {
          return true;
        }
      }
      return false;
    }

    /** "making sure sanctions are enforced": "make sure" is "ensure", a deed, not how sure the claim is. */
    private static boolean madeSure(List<Names.Token> tokens, int i) {
      return tokens.get(i).folded().equals("sure") && i > 0 && MAKE.contains(tokens.get(i - 1).folded());
    }

    /** "failed to support", "fails to": denies the verb after it as "could not" and "the inability to" do. */
    private static boolean failsTo(List<Names.Token> tokens, int i) {
      return FAIL.contains(tokens.get(i).folded()) && i + 1 < tokens.size() && tokens.get(i + 1).folded().equals("to");
    }

    /** "is reported to", "are believed to": a passive that passes on what others say. */
    private static boolean raising(List<Names.Token> tokens, int i) {
      return RAISING.contains(tokens.get(i).folded()) && i > 0 && BE.contains(tokens.get(i - 1).folded())
          && i + 1 < tokens.size() && tokens.get(i + 1).folded().equals("to");
    }

    /**
     * "a possible exchange" hedges as "a potential exchange" does; "the strongest possible terms", "as soon as
     * possible" and "everything possible" do not.
     */
    private static boolean possible(List<Names.Token> tokens, int i) {
      if (!POSSIBLE.contains(tokens.get(i).folded())) {
        return false;
      }
      String before = i > 0 ? tokens.get(i - 1).folded() : "";
      return !(before.endsWith("est") || NOT_HEDGING_POSSIBLE.contains(before));
    }

    /** Whether a hedge bears on what the claim says: one of the next content words is one the claim has. */
    private static boolean scopes(List<Names.Token> tokens, int i, Predicate<String> relevant) {
      int seen = 0;
      for (int j = i + 1; j < tokens.size() && seen < 4; j++) {
        Names.Token t = tokens.get(j);
        if (t.word() && !Words.isStopWord(t.folded())) {
          seen++;
          if (relevant.test(t.text())) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private static Optional<String> compare(Marks mine, Marks theirs) {
    if (mine.negated() != theirs.negated()) {
      return Optional.of(mine.negated() ? "the cited paragraph does not deny it" : "the cited paragraph denies it");
    }
    if (theirs.hedged() && !mine.hedged() || theirs.reported() && !mine.attributed() && !mine.hedged()) {
      return Optional.of("the cited paragraph is less sure");
    }
    return Optional.empty();
  }

  /** Whether a source's clause denies something: a negation, or a word that denies ("failed", "without"). */
  private static boolean deniesAnything(String clause) {
    List<Names.Token> tokens = Names.tokens(clause);
    return Marks.ofSource(tokens, w -> true).negated()
        || tokens.stream().anyMatch(t -> t.word() && DENYING.contains(t.folded()));
  }

  /**
   * The words of a claim's part that state a deed as done ("have helped", "retook"), read once per part; none when the
   * part gives a purpose itself ("sent troops to help"), which says no more than a source's purpose.
   */
  private static Deed deed(String part) {
    List<Names.Token> mine = Names.tokens(part).stream().filter(Names.Token::word).toList();
    String language = LanguageDetector.detect(part, "en");
    return new Deed(Purpose.opening(mine) >= 0 ? List.of() : Purpose.done(mine, language), language);
  }

  /** A claim part's done words and the language they are read in. */
  private record Deed(List<String> words, String language) {
    static final Deed NONE = new Deed(List.of(), "en");
  }

  /**
   * Whether the claim's part states as done what the source clause gives only as a purpose ("sent troops to help
   * Moscow", "om Moskou te helpen"): a word of the deed is covered by the clause's purpose and not by what comes
   * before it.
   */
  private static boolean purposeOnly(Deed deed, String clause, Covers covers) {
    if (deed.words().isEmpty()) {
      return false;
    }
    List<Names.Token> theirs = Names.tokens(clause).stream().filter(Names.Token::word).toList();
    int at = Purpose.opening(theirs);
    if (at < 0) {
      return false;
    }
    String purpose = Purpose.text(theirs, at, Purpose.closing(theirs, at));
    String before = Purpose.text(theirs, 0, at);
    return deed.words().stream().anyMatch(w -> said(w, deed.language(), clause, purpose, covers)
        && !said(w, deed.language(), clause, before, covers));
  }

  /**
   * Whether {@code text} covers a claim's word, or, for a participle of a language other than English, its verb's
   * infinitive: the stems of "gesteund" and "steunen" differ.
   */
  private static boolean said(String word, String language, String clause, String text, Covers covers) {
    return covers.covers(word, clause, text) || !language.equals("en")
        && Words.lemmas(LanguageDetector.fold(word), language).stream().anyMatch(l -> covers.covers(l, clause, text));
  }

  /**
   * Whether the source clause hedges only inside what it fears ("the alert ... about the potential expansion",
   * "bezorgd dat Pyongyang zou kunnen worden opgeroepen"): for a claim that fears something indefinite ("raising alarm
   * among Western leaders about a wider conflict", {@link #fearsIndefinite}), fearing a thing says it may happen, which
   * is what the hedge says. A definite thing feared ("worried about the technology exchange") is taken as existing,
   * which the source's "potential" does not say.
   */
  private static boolean hedgesOnlyInFear(String clause) {
    List<Names.Token> theirs = Names.tokens(clause).stream().filter(Names.Token::word).toList();
    int fear = firstFear(theirs);
    if (fear < 0) {
      return false;
    }
    for (int i = 0; i < fear; i++) {
      String w = theirs.get(i).folded();
      if (HEDGES.contains(w) || POSSIBLE.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a claim's stretch fears something indefinite (the claim's side of the rule above), read once per part. */
  private static boolean fearsIndefinite(String part) {
    List<Names.Token> mine = Names.tokens(part).stream().filter(Names.Token::word).toList();
    int own = firstFear(mine);
    if (own < 0) {
      return false;
    }
    for (int i = own + 1; i < Math.min(mine.size() - 1, own + 1 + FEARED_WITHIN); i++) {
      if (FEARED.contains(mine.get(i).folded())) {
        return !DEFINITE.contains(mine.get(i + 1).folded());
      }
    }
    return false;
  }

  private static int firstFear(List<Names.Token> words) {
    for (int i = 0; i < words.size(); i++) {
      if (FEARS.contains(words.get(i).folded())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether an affirming claim's part has a word its sources give only as the one a negation denies ("the European
   * Union has launched its sanctions system" for "... has a new sanctions system ..., although it has not launched
   * it"): the denying clause shares too few words with the claim to be the one it is compared with, but the word
   * the claim affirms is there only denied. A part that denies in other words ("lacking", "without") is left alone.
   */
  private static boolean affirmsOnlyDenied(String part, List<String> sourceClauses, Covers covers) {
    List<Names.Token> mine = Names.tokens(part).stream().filter(Names.Token::word).toList();
    if (mine.stream().anyMatch(t -> DENYING.contains(t.folded()))) {
      return false;
    }
    List<String[]> split = new ArrayList<>();
    for (String clause : sourceClauses) {
      List<Names.Token> theirs = Names.tokens(clause).stream().filter(Names.Token::word).toList();
      int denied = deniedWord(theirs);
      if (denied >= 0) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < theirs.size(); i++) {
          if (i != denied) {
            rest.add(theirs.get(i).text());
          }
        }
        split.add(new String[] {clause, theirs.get(denied).text(), String.join(" ", rest)});
      } else {
        split.add(new String[] {clause, "", clause});
      }
    }
    for (int i = 1; i < mine.size(); i++) {
      Names.Token t = mine.get(i);
      if (Words.isStopWord(t.folded()) || Names.capitalised(t) || marksCertainty(t.folded())) {
        continue;
      }
      boolean denied = split.stream().anyMatch(c -> covers.covers(t.text(), c[0], c[1]));
      if (denied && split.stream().noneMatch(c -> covers.covers(t.text(), c[0], c[2]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word a clause's negation denies: the first content word after it that is no name and says nothing of
   * certainty, before a relative clause starts ("has not launched it", "the inability of Russia and Iran to support");
   * none after "not (the) only", an injunction's "should not" or "no matter", or when no such word follows closely.
   */
  private static int deniedWord(List<Names.Token> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).folded();
      boolean negation = NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n’t") || Marks.failsTo(words, i);
      if (!negation || i + 1 < words.size() && (ONLY.contains(words.get(i + 1).folded())
          || whatever(w, words.get(i + 1).folded())) || i > 0 && DEONTIC.contains(words.get(i - 1).folded())) {
        continue;
      }
      for (int j = i + 1; j < Math.min(words.size(), i + 1 + DENIED_WITHIN); j++) {
        Names.Token t = words.get(j);
        if (RELATIVE.contains(t.folded()) || ONLY.contains(t.folded())) {
          break;
        }
        if (!Words.isStopWord(t.folded()) && !Names.capitalised(t) && !marksCertainty(t.folded())) {
          return j;
        }
      }
      return -1;
    }
    return -1;
  }

  /**
   * Whether a claim's stretch is a relative clause: it opens with "that", "who", "die" ("companies, ..., that ...").
   */
  private static boolean relative(String part) {
    List<Names.Token> words = Names.tokens(part).stream().filter(Names.Token::word).toList();
    return !words.isEmpty() && RELATIVE.contains(words.get(0).folded());
  }

  /** The parts of a source sentence a claim is compared with: its clauses and the stretches between commas. */
  static List<String> fragments(String sentence) {
    List<String> out = new ArrayList<>();
    for (String clause : clauses(sentence)) {
      for (String fragment : COMMA.split(clause)) {
        if (!fragment.isBlank()) {
          out.add(fragment);
        }
      }
    }
    return out;
  }

  /**
   * The parts of a source sentence a claim's part is compared with: its fragments, except that a short last fragment
   * that only denies, as a Dutch or German clause ends with its verb ("De functionaris zei dat Trump en ..., niet
   * ter sprake zijn gekomen"), stays with the fragment before it, which says what it denies.
   */
  static List<String> sourceParts(String sentence) {
    List<String> out = new ArrayList<>();
    for (String clause : clauses(sentence)) {
      List<String> fragments = new ArrayList<>();
      for (String fragment : COMMA.split(clause)) {
        if (!fragment.isBlank()) {
          fragments.add(fragment);
        }
      }
      if (fragments.size() > 1 && onlyDenies(fragments.getLast())) {
        String last = fragments.removeLast();
        fragments.add(fragments.removeLast() + " " + last);
      }
      out.addAll(continued(fragments));
    }
    return out;
  }

  /**
   * The fragments with each one that opens with a preposition of a goal joined to the one before: "should not provide
   * material support to Russia's war against Ukraine, to the Russian defense industry" denies support to both.
   */
  private static List<String> continued(List<String> fragments) {
    List<String> out = new ArrayList<>();
    for (String fragment : fragments) {
      List<Names.Token> words = Names.tokens(fragment).stream().filter(Names.Token::word).toList();
      if (!out.isEmpty() && !words.isEmpty() && GOAL.contains(words.get(0).folded())) {
        out.add(out.removeLast() + ", " + fragment);
      } else {
        out.add(fragment);
      }
    }
    return out;
  }

  /**
   * Whether a claim's stretch names its subject by what it does, as a relative clause would ("firms helping Russia's
   * war would face consequences" is "firms that help"): a plural common noun right before an English participle.
   */
  private static boolean participleCondition(String part) {
    List<Names.Token> words = Names.tokens(part).stream().filter(Names.Token::word).toList();
    for (int i = 1; i < words.size(); i++) {
      Names.Token noun = words.get(i - 1);
      String w = words.get(i).folded();
      if (w.endsWith("ing") && w.length() > 5 && noun.folded().endsWith("s") && !Names.capitalised(noun)
          && !Words.isStopWord(noun.folded()) && !BE.contains(noun.folded())) {
        return true;
      }
    }
    return false;
  }

  /** A few words, no name, starting with a negation: "niet ter sprake zijn gekomen", "nicht bestätigt". */
  private static boolean onlyDenies(String fragment) {
    List<Names.Token> words = Names.tokens(fragment).stream().filter(Names.Token::word).toList();
    return !words.isEmpty() && words.size() <= SHORT_DENIAL && NEGATIONS.contains(words.get(0).folded())
        && words.stream().skip(1).noneMatch(Names::capitalised);
  }

  /** The clauses of a source sentence: split at semicolons and before "but", "although", "maar", ... */
  static List<String> clauses(String sentence) {
    List<String> out = new ArrayList<>();
    for (String clause : CLAUSES.split(sentence)) {
      if (!clause.isBlank()) {
        out.add(clause);
      }
    }
    return out;
  }

  /**
   * Why the claim's certainty differs from its source, if it does: each clause of the claim is compared with the
   * source clause that covers most of its words ({@code matches}); {@code relevant} says whether a source word is one
   * the claim has, and {@code sourceSays} whether the sources have a word at all.
   */
  static Optional<String> difference(String claim, List<String> sourceClauses,
      ToIntFunction<String> matches, BiFunction<String, String, Integer> clauseMatches,
      Predicate<String> relevant, Predicate<String> sourceSays) {
    return difference(claim, sourceClauses, matches, clauseMatches, (part, clause) -> 0, relevant, sourceSays,
        (word, clause, text) -> false);
  }

  /** Whether a claim's word is covered by {@code text}, a stretch of the source clause {@code clause}. */
  @FunctionalInterface
  interface Covers {
    boolean covers(String word, String clause, String text);
  }

  /**
   * As above; among the source clauses that cover as many of a claim part's words, those that name more of the part's
   * names ({@code namesShared}) are the ones it says the same as ("the leaders spent the meeting discussing Trump's
   * return" ties with "... om de privégesprekken te bespreken" and with "Trump ... niet ter sprake zijn gekomen", and
   * is about the latter).
   */
  static Optional<String> difference(String claim, List<String> sourceClauses,
      ToIntFunction<String> matches, BiFunction<String, String, Integer> clauseMatches,
      BiFunction<String, String, Integer> namesShared, Predicate<String> relevant,
      Predicate<String> sourceSays, Covers covers) {
    // a claim that denies ("have never been hostile", "has refused to recognize") where no clause of its paragraphs
    // denies anything says the opposite of them, however few of its words a single clause shares with it
    Marks whole = Marks.of(Names.tokens(claim), w -> true);
    if (whole.negated() && sourceClauses.stream().noneMatch(Stance::deniesAnything)) {
      return Optional.of("the cited paragraph denies nothing");
    }
    for (String booster : whole.boosters()) {
      if (ALREADY.contains(booster) ? ALREADY.stream().noneMatch(sourceSays) : !sourceSays.test(booster)) {
        return Optional.of("the cited paragraph does not say it is " + booster);
      }
    }
    for (String part : fragments(claim)) {
      Marks mine = Marks.of(Names.tokens(part), w -> true);
      if (!mine.negated() && !mine.hedged() && affirmsOnlyDenied(part, sourceClauses, covers)) {
        return Optional.of("the cited paragraph denies it");
      }
      boolean relative = relative(part) || participleCondition(part);
      Deed deed = mine.hedged() ? Deed.NONE : deed(part);
      boolean fearsIndefinite = !mine.hedged() && fearsIndefinite(part);
      int bestScore = 1;
      int bestNames = 0;
      List<Optional<String>> verdicts = new ArrayList<>();
      for (String clause : sourceClauses) {
        int score = clauseMatches.apply(part, clause);
        if (score < bestScore) {
          continue;
        }
        int names = score >= 2 ? namesShared.apply(part, clause) : 0;
        if (score == bestScore && names < bestNames) {
          continue;
        }
        if (score > bestScore || names > bestNames) {
          bestScore = score;
          bestNames = names;
          verdicts.clear();
        }
        Marks theirs = Marks.ofSource(Names.tokens(clause), relevant);
        // "companies that provide support will face consequences" for "companies should not provide support":
        // the relative clause states a condition, which the injunction does not deny
        // "alarm about a wider conflict" for "the alert about the potential expansion": the hedge is the fear's own
        Marks against = fearsIndefinite && theirs.hedged() && hedgesOnlyInFear(clause) ? theirs.unhedged() : theirs;
        Optional<String> verdict = relative && theirs.enjoined() && !mine.negated() ? Optional.empty()
            : compare(mine, against);
        verdicts.add(verdict.isEmpty() && purposeOnly(deed, clause, covers)
            ? Optional.of("the cited paragraph gives it only as a purpose") : verdict);
      }
      // the claim may say what any of the clauses that match it best says
      if (bestScore >= 2 && !verdicts.isEmpty() && verdicts.stream().allMatch(Optional::isPresent)) {
        return verdicts.get(0);
      }
    }
    return Optional.empty();
  }
}
