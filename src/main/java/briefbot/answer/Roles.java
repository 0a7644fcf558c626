package briefbot.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who does what to whom, read shallowly from word order: who gives and who receives ("Moscow is providing Tehran
 * with jets", "dat Noord-Korea Rusland munitie heeft geleverd", "in return for Iran's support"), who speaks, who acts
 * on whom. A claim that swaps giver and receiver, or speaker and the one spoken of, contradicts its source even when
 * every word of it is there.
 */
final class Roles {

  /** What a verb does with its participants. */
  enum Kind { TRANSFER, SPEECH, ACTION }

  /**
   * One event: its kind, who acts (gives, speaks), who undergoes (receives, is spoken of), what is given, the verb as
   * written, and as its senses are compared across languages (its English stems, of its translations too) with the
   * language it is written in.
   */
  record Frame(Kind kind, List<Set<String>> agents, List<Set<String>> patients, Set<String> things, String verb,
      Set<String> senses, String language) {
    Frame with(List<Set<String>> agents, List<Set<String>> patients) {
      return new Frame(kind, agents, patients, things, verb, senses, language);
    }

    /**
     * Whether the other frame's verb is this one's: the same word, or across languages a translation ("flew" and
     * "vlogen"); in one language another form is not ("sanctioned" is not the noun "sanctions").
     */
    boolean sameVerb(Frame other) {
      return verb.equals(other.verb) || !language.equals(other.language) && !Collections.disjoint(senses, other.senses);
    }
  }

  /** A name in a text: the tokens it spans, the keys (entities, name parts) it is compared by, whether a person's. */
  record Mention(int start, int end, Set<String> keys, boolean person) {}

  private static final Map<String, Kind> VERBS = new HashMap<>();
  /**
   * Verbs of pressing someone to do something ("could push Ukraine to give up land", "Oekraïne ertoe aanzetten"):
   * who is pushed is news, so a claim's pushed one must be the paragraph's. "force(s)" and "press" are left out: more
   * often troops and newspapers than verbs.
   */
  private static final Set<String> PRESSING = set("push", "pushes", "pushed", "pushing", "pressure", "pressures",
      "pressured", "pressuring", "forced", "forcing", "compel", "compels", "compelled", "coerce", "coerces",
      "coerced", "coercing", "persuade", "persuades", "persuaded", "persuading", "aanzet", "aanzette",
      "aanzetten", "aangezet", "dwingen", "dwingt", "dwong", "dwongen", "gedwongen", "overhalen", "overhaalt",
      "overgehaald", "drängen", "drängt", "drängte", "gedrängt", "zwingen", "zwingt", "zwang", "gezwungen");
  /** Verbs whose subject receives: the giver follows "from". */
  private static final Set<String> RECEIVING = new HashSet<>();
  private static final Set<String> SUPPORT_NOUNS = set("support", "help", "aid", "assistance", "backing", "steun",
      "hulp", "bijstand", "ondersteuning", "unterstützung", "hilfe", "soutien", "aide", "apoyo", "ayuda");
  private static final Set<String> TO = set("to", "into", "for", "aan", "naar", "voor", "an", "nach", "für", "à",
      "a", "pour", "para");
  private static final Set<String> FROM = set("from", "van", "uit", "von", "aus", "de", "desde");
  private static final Set<String> BY = set("by", "door", "von", "par", "por");
  private static final Set<String> WITH = set("with", "met", "mit", "avec", "con");
  private static final Set<String> BE = set("is", "are", "was", "were", "be", "been", "being", "wordt", "worden",
      "werd", "werden", "is", "zijn", "wird", "werden", "wurde", "est", "sont", "es", "son", "fue");
  private static final Set<String> JOINERS = set("and", "en", "und", "et", "y", ",", "as", "well", "also", "ook",
      "both", "zowel", "als");
  /** Where a clause ends: an agent or a receiver is never looked for across these. */
  private static final Set<String> BOUNDARIES = set(".", ";", ":", "!", "?", "that", "which", "who", "whom",
      "while", "but", "although", "because", "whereas", "whose", "when", "if", "dat", "die", "welke", "wie", "terwijl",
      "maar", "omdat", "hoewel", "toen", "als", "dass", "der", "die", "welche", "während", "aber", "weil", "que",
      "qui", "mais", "pero", "said", "says", "zei", "zegt", "aldus", "“", "”", "\"", "(", ")");
  private static final Set<String> OPENING_QUOTES = Set.of("“", "\"", "‘", "„", "«");
  private static final List<List<String>> EXCHANGE = List.of(List.of("in", "exchange", "for"),
      List.of("in", "return", "for"), List.of("in", "ruil", "voor"), List.of("als", "tegenprestatie", "voor"),
      List.of("im", "gegenzug", "für"), List.of("en", "échange", "de"), List.of("a", "cambio", "de"));
  private static final int REACH = 7;
  /**
   * Speech verbs that may follow what is said, with the speaker after them ("..., said Watson", "zei Biden"); not
   * "told", whose object is the one told ("Jens Stoltenberg, told the BBC").
   */
  private static final Set<String> INVERTED = set("said", "says", "added", "warned", "noted", "wrote", "asked",
      "explained", "concluded", "commented", "stated", "zei", "zegt", "zeggen", "aldus", "volgens", "schreef", "vroeg",
      "voegde", "sagte", "sagt", "schrieb", "dit", "a", "déclaré", "dijo", "afirmó", "añadió");
  /** Words that join a second verb to the first, sharing its subject ("said ... and called Trump right"). */
  private static final Set<String> COORDINATORS = set("and", "en", "und", "et", "y");
  private static final Set<String> PARTICIPLES = set("given", "sent", "sold", "lent", "built", "made", "paid", "held",
      "got", "gotten", "brought", "bought", "taken", "shown", "told", "handed", "granted", "shipped");
  private static final Set<String> ADVERBS = set("also", "already", "reportedly", "allegedly", "now", "still", "being",
      "not", "ook", "al", "nog", "niet", "reeds");
  /** Speech verbs whose object is a person ("called Trump right", "told reporters"), not what is said. */
  private static final Set<String> ADDRESSING = set("tell", "tells", "told", "call", "calls", "called", "calling",
      "praise", "praises", "praised", "praising", "criticize", "criticizes", "criticized", "criticise", "criticised",
      "urge", "urges", "urged", "urging", "accuse", "accuses", "accused", "accusing", "thank", "thanks", "thanked",
      "echo", "echoes", "echoed", "echoing", "vertellen", "vertelt", "vertelde", "noemen", "noemt", "noemde", "prijzen",
      "prijst", "prees", "bekritiseren",
      "bekritiseert", "bekritiseerde", "beschuldigen", "beschuldigt", "beschuldigde", "aansporen", "aanspoort",
      "aanspoorde", "aanspoorden", "aangespoord", "spoort", "spoorde", "spoorden");
  /** A pronoun subject: the agent is someone named elsewhere, not a name further left. */
  private static final Set<String> PRONOUNS = set("he", "she", "they", "we", "i", "you", "it", "hij", "zij", "ze",
      "wij", "we", "jij", "u", "er", "sie", "wir", "ich", "du", "il", "elle", "ils", "elles", "nous", "je", "él",
      "ella");
  /** Prepositions: a name after one is not the subject of the verb that follows. */
  private static final Set<String> PREPOSITIONS = set("to", "into", "for", "from", "with", "by", "in", "at", "on", "of",
      "against", "about", "over", "under", "between", "among", "toward", "towards", "near", "amid", "aan", "naar",
      "voor", "van", "uit", "met", "door", "in", "op", "tegen", "over", "tussen", "bij", "zu", "für", "mit", "gegen",
      "bei", "à", "pour", "avec", "contre", "entre", "para", "contra", "volgens");
  private static final Set<String> VERB_FINAL = Set.of("nl", "de");
  /**
   * Words that open a Dutch main clause's fronted phrase, after which the finite verb comes second and its subject
   * right after it ("Als reactie hierop vlogen de Verenigde Staten ...", "Op 15 november vlogen ..."): prepositions
   * and "als" (as). A clause opened by its subject ("Het land steunt Oekraïne") has the subject before the verb.
   */
  private static final Set<String> FRONTING = Set.of("als", "aan", "naar", "voor", "van", "uit", "met", "door", "in",
      "op", "tegen", "over", "tussen", "bij", "na", "tijdens", "sinds", "sedert", "volgens");
  /**
   * Words that open an English fronted phrase after which a writer used to verb-second order puts the verb and then its
   * subject ("On Friday praised Biden the cooperation", "In response flew the United States a bomber").
   */
  private static final Set<String> FRONTING_EN = Set.of("in", "on", "at", "after", "before", "during", "since", "for",
      "with", "without", "under", "following", "despite", "amid", "from", "over", "through", "until");
  /** How many words an English fronted phrase read as verb-second may hold after its preposition. */
  private static final int FRONTED_REACH = 4;
  /** Where a sentence or clause ends before a fronted phrase. */
  private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "!", "?", "“", "”", "\"");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "de", "het", "een", "der", "die", "das",
      "den", "dem", "le", "la", "les", "el", "los", "las");

  static {
    verbs(Kind.TRANSFER, "give gives gave given giving provide provides provided providing supply supplies supplied "
        + "supplying deliver delivers delivered delivering send sends sent sending sell sells sold selling offer "
        + "offers offered offering export exports exported exporting ship ships shipped shipping transfer transfers "
        + "transferred transferring arm arms armed arming equip equips equipped help helps helped helping aid aids "
        + "aided aiding assist assists assisted assisting support supports supported supporting back backs backed "
        + "backing fund funds funded funding finance finances financed financing lend lends lent hand hands handed "
        + "grant grants granted geven geeft gaf gaven gegeven leveren levert leverde leverden geleverd sturen stuurt "
        + "stuurde stuurden gestuurd zenden zendt zond gezonden verkopen verkoopt verkocht bieden biedt bood geboden "
        + "exporteren exporteert exporteerde geëxporteerd helpen helpt hielp hielpen geholpen steunen steunt steunde "
        + "gesteund ondersteunen ondersteunt ondersteunde financieren financiert financierde bewapenen bewapent "
        + "overdragen draagt droeg overgedragen geben gibt gab gegeben liefern liefert lieferte geliefert schicken "
        + "schickt schickte geschickt helfen hilft half geholfen unterstützen unterstützt unterstützte");
    verbs(Kind.TRANSFER, "receive receives received receiving get gets got getting obtain obtains obtained obtaining "
        + "import imports imported importing buy buys bought buying acquire acquires acquired acquiring access "
        + "accesses accessed accessing ontvangen "
        + "ontvangt ontving kreeg kregen krijgt krijgen gekregen kopen koopt kocht gekocht importeren importeert "
        + "verkrijgen verkrijgt verkreeg erhalten erhält erhielt bekommen bekommt bekam kaufen kauft kaufte");
    for (String v : ("receive receives received receiving get gets got getting obtain obtains obtained obtaining "
        + "import imports imported importing buy buys bought buying acquire acquires acquired acquiring access "
        + "accesses accessed accessing ontvangen "
        + "ontvangt ontving kreeg kregen krijgt krijgen gekregen kopen koopt kocht gekocht importeren importeert "
        + "verkrijgen verkrijgt verkreeg erhalten erhält erhielt bekommen bekommt bekam kaufen kauft kaufte")
        .split(" ")) {
      RECEIVING.add(v);
    }
    verbs(Kind.SPEECH, "say says said saying tell tells told telling warn warns warned warning note notes noted noting "
        + "ask asks asked asking "
        + "stress stresses stressed stressing add adds added claim claims claimed argue argues argued "
        + "stated announce announces announced call calls called calling praise praises praised praising "
        + "criticize criticizes criticized criticise criticised urge urges urged urging accuse accuses accused "
        + "accusing thank thanks thanked raise raises raised raising echo echoes echoed echoing assert asserts "
        + "asserted asserting emphasise emphasised emphasize emphasized insist insists insisted concluded point "
        + "points pointed highlight highlights highlighted reiterate reiterated expressed "
        + "zeggen zegt zei zeiden gezegd vertellen vertelt vertelde waarschuwen waarschuwt waarschuwde benadrukken "
        + "benadrukt benadrukte noemen noemt noemde prijzen prijst prees bekritiseren bekritiseert bekritiseerde "
        + "beschuldigen beschuldigt beschuldigde verklaren verklaart verklaarde aldus volgens sagen sagt sagte "
        + "aansporen aanspoort aanspoorde aanspoorden aangespoord spoort spoorde spoorden "
        + "warnen warnt warnte betonen betont betonte");
    verbs(Kind.ACTION, "attack attacks attacked attacking sanction sanctions sanctioned sanctioning condemn condemns "
        + "condemned condemning invade invades invaded invading fight fights fought fighting threaten threatens "
        + "threatened threatening pressure pressures pressured pressuring punish punishes punished defeat defeats "
        + "defeated target targets targeted aanvallen valt viel aangevallen veroordelen veroordeelt veroordeelde "
        + "bedreigen bedreigt bedreigde bestraffen sanctioneren need needs needed needing rely relies relied relying "
        + "depend depends depended depending nodig fly flies flew flown flying vliegen vliegt vloog vlogen gevlogen");
    verbs(Kind.ACTION, String.join(" ", PRESSING));
  }

  private Roles() {}

  /** Words after which a verb's form is a noun ("this point", "a call"). */
  private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "this", "these", "those", "his", "her",
      "its", "their", "our", "het", "een", "dit", "deze");
  private static final Set<String> PARENTHESES = Set.of("(", ")");
  /** What a call is made by when "call" is a noun ("a phone call"). */
  private static final Set<String> CALLS = Set.of("phone", "telephone", "video", "conference", "telefoon");

  /** "Yoon's", "Tehran’s", "allies'": a name in the genitive, after which a verb's form is a noun. */
  private static boolean possessive(Names.Token t) {
    return t.word() && t.text().matches(".*\\p{L}['’]s?");
  }

  private static final Set<String> RAISE = Set.of("raise", "raises", "raised", "raising");
  /** What one raises when raising is speech. */
  private static final Set<String> MATTERS = Set.of("concern", "concerns", "question", "questions", "issue", "issues",
      "matter", "matters", "objection", "objections", "doubts", "point", "points");
  /** Nouns for what someone is to another, written right before the name ("their ally Bashar al-Assad"). */
  private static final Set<String> APPOSED = Set.of("ally", "allies", "partner", "partners", "neighbour", "neighbor",
      "neighbours", "neighbors", "counterpart", "counterparts", "friend", "friends", "bondgenoot", "bondgenoten",
      "buurland", "buurlanden", "verbündeten", "verbündete");
  /** Roles that name a person of an organisation ("the NATO chief", "a Kremlin spokesman"), not the organisation. */
  private static final Set<String> PERSON_ROLES = Set.of("chief", "head", "boss", "spokesman", "spokeswoman",
      "spokesperson", "secretary-general", "woordvoerder", "woordvoerster", "topman", "baas");

  private static boolean raisesAMatter(List<Names.Token> tokens, int v) {
    for (int j = v + 1; j < tokens.size() && j <= v + 4; j++) {
      if (MATTERS.contains(tokens.get(j).folded())) {
        return true;
      }
    }
    return false;
  }

  /** A verb the frames know, in any of its forms. */
  static boolean isVerb(String folded) {
    return VERBS.containsKey(folded);
  }

  private static Set<String> set(String... words) {
    return Set.copyOf(new HashSet<>(List.of(words)));
  }

  private static void verbs(Kind kind, String list) {
    for (String v : list.split(" ")) {
      VERBS.putIfAbsent(v, kind);
    }
  }

  /**
   * The events of a text whose names are found by {@code mentions}; {@code thing} gives the keys a content word is
   * compared by (its English stems, of its translations too).
   */
  static List<Frame> frames(List<Names.Token> tokens, List<Mention> mentions, String language,
      Function<String, Set<String>> thing) {
    Mention[] at = new Mention[tokens.size()];
    for (Mention m : mentions) {
      for (int i = m.start(); i < m.end(); i++) {
        at[i] = m;
      }
    }
    List<Frame> out = new ArrayList<>();
    for (int v = 0; v < tokens.size(); v++) {
      Names.Token t = tokens.get(v);
      if (!t.word() || at[v] != null) {
        continue;
      }
      String w = t.folded();
      Kind kind = VERBS.get(w);
      boolean noun = SUPPORT_NOUNS.contains(w) && kind == null
          || kind == Kind.TRANSFER && v > 0 && at[v - 1] != null && possessive(tokens.get(v - 1));
      if (noun) {
        kind = Kind.TRANSFER;
      }
      if (kind == null || (noun && !nounIsTransfer(tokens, at, v))) {
        continue;
      }
      if (kind == Kind.SPEECH && !noun && v > 0 && (NOUN_MARKERS.contains(tokens.get(v - 1).folded())
          || possessive(tokens.get(v - 1)) || CALLS.contains(tokens.get(v - 1).folded()))) {
        continue; // "right on this point", "Yoon's call", "a phone call": a speech verb's form used as a noun
      }
      if (kind == Kind.SPEECH && RAISE.contains(w) && !raisesAMatter(tokens, v)) {
        continue; // "raised military budgets" is not speech; "raised his concerns with Xi" is
      }
      if (kind == Kind.SPEECH && !noun && speakerFollows(tokens, at, v)) {
        continue; // "..., zei Rutte": the speaker comes after the verb, and speakers() reads it there
      }
      Frame frame = frame(kind, tokens, at, v, noun, language, thing);
      if (kind == Kind.SPEECH && !noun && roleOfOrganisation(tokens, at, v)) {
        // "the NATO chief said": someone of NATO's the paragraph may name, not NATO itself; and not whoever a
        // participle after it ("..., calling Trump right") would otherwise take for its subject
        frame = frame.with(List.of(), frame.patients());
      }
      if (kind == Kind.SPEECH && !noun && v > 0 && BE.contains(tokens.get(v - 1).folded()) && !w.endsWith("ing")) {
        continue; // "Ukraine is said to be advancing": nobody in particular says it ("China was urging" is China)
      }
      if (v > 0 && COORDINATORS.contains(tokens.get(v - 1).folded()) && !out.isEmpty()) {
        // "Rutte said ... and called Trump right": the second verb's subject is the sentence's first
        Frame main = out.stream().filter(f -> !f.agents().isEmpty()).findFirst().orElse(out.get(0));
        frame = frame.with(main.agents(), frame.patients());
      }
      if (v > 0 && tokens.get(v - 1).folded().equals(",") && tokens.get(v).folded().endsWith("ing") && !out.isEmpty()) {
        // "..., receiving technology in return": the participle's subject is the clause's
        Frame main = out.get(out.size() - 1);
        frame = RECEIVING.contains(tokens.get(v).folded())
            ? frame.with(List.of(), main.agents())
            : frame.with(main.agents(), frame.patients());
      }
      if (v > 0 && BY.contains(tokens.get(v - 1).folded()) && tokens.get(v).folded().endsWith("ing")
          && !out.isEmpty()) {
        // "China is helping Russia by providing it with intelligence": the means has the clause's subject, and its
        // pronoun object is the clause's object
        Frame main = out.get(out.size() - 1);
        boolean pronoun = v + 1 < tokens.size() && PRONOUNS.contains(tokens.get(v + 1).folded());
        frame = frame.with(main.agents(), frame.patients().isEmpty() && pronoun ? main.patients() : frame.patients());
      }
      out.add(frame);
    }
    exchange(tokens, at, out, language, thing);
    speakers(tokens, at, out, language);
    return out;
  }

  /**
   * A speech verb whose subject is a role of an organisation ("The NATO chief said", "a Kremlin spokesman told"): the
   * speaker is a person of the organisation's, whom the paragraph may name, as after "according to"
   * ({@link #speakers}).
   */
  private static boolean roleOfOrganisation(List<Names.Token> tokens, Mention[] at, int v) {
    int r = v - 1;
    while (r > 0 && ADVERBS.contains(tokens.get(r).folded())) {
      r--;
    }
    return r > 0 && at[r] == null && PERSON_ROLES.contains(tokens.get(r).folded()) && at[r - 1] != null
        && !at[r - 1].person();
  }

  /** A speech verb after a comma or closing quote whose speaker follows it, past any titles ("said spokeswoman X"). */
  private static boolean speakerFollows(List<Names.Token> tokens, Mention[] at, int v) {
    if (v == 0 || !INVERTED.contains(tokens.get(v).folded()) || !tokens.get(v - 1).folded().matches("[,”\"’]")) {
      return false;
    }
    for (int j = v + 1; j < tokens.size() && j <= v + 8; j++) {
      if (at[j] != null) {
        return true;
      }
      if (!Names.isTitle(tokens.get(j)) && !DETERMINERS.contains(tokens.get(j).folded())) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Iran's support", "North Korean help", "support for Russia": the noun gives only with a giver or receiver by it.
   */
  private static boolean nounIsTransfer(List<Names.Token> tokens, Mention[] at, int v) {
    boolean before = v > 0 && at[v - 1] != null || v > 1 && at[v - 2] != null && tokens.get(v - 1).word();
    boolean after = v + 2 < tokens.size() && TO.contains(tokens.get(v + 1).folded()) && at[v + 2] != null;
    return before || after;
  }

  private static Frame frame(Kind kind, List<Names.Token> tokens, Mention[] at, int v, boolean noun, String language,
      Function<String, Set<String>> thing) {
    String verb = tokens.get(v).folded();
    boolean passive = !noun && passive(tokens, v);
    Left before = groupsBefore(tokens, at, v, noun ? 3 : REACH);
    List<List<Set<String>>> left = before.groups();
    List<Set<String>> agents = new ArrayList<>();
    List<Set<String>> patients = new ArrayList<>();
    Set<String> things = new HashSet<>();
    if (kind == Kind.TRANSFER && !noun && VERB_FINAL.contains(language)) {
      patients.addAll(before.towards());
      {
        // "dat Noord-Korea duizenden troepen naar Rusland heeft gestuurd": the object stands before the verb
        for (int j = v - 1; j >= 0 && j >= v - REACH && !BOUNDARIES.contains(tokens.get(j).folded()); j--) {
          Names.Token t = tokens.get(j);
          if (at[j] != null && !left.isEmpty() && left.get(0).contains(at[j].keys())) {
            break;
          }
          if (t.word() && at[j] == null && !Words.isStopWord(t.folded()) && !VERBS.containsKey(t.folded())) {
            things.addAll(thing.apply(t.folded()));
          }
        }
      }
    }
    if (noun && v > 0 && at[v - 1] != null) {
      agents.add(at[v - 1].keys()); // "Iran's support", "North Korean help": the giver stands right before
    } else if (!left.isEmpty()) {
      agents.addAll(left.get(0));
      if (left.size() > 1 && !noun && before.adjacent().get(1) && VERB_FINAL.contains(language)) {
        // Dutch and German subordinate clauses: "dat Noord-Korea Rusland munitie heeft geleverd"
        agents.clear();
        agents.addAll(left.get(1));
        patients.addAll(left.get(0));
      } else if (before.pronounSubject() && !noun && !passive && VERB_FINAL.contains(language)) {
        // "dat hij Oekraïne ertoe zou kunnen aanzetten": the pronoun is the subject, the name after it the object
        agents.clear();
        patients.addAll(left.get(0));
      }
    }
    int described = noun ? -1 : describedBefore(tokens, at, v);
    if (described >= 0) {
      // "Stoltenberg, a former Norwegian prime minister, told": the name the description follows acts
      agents.clear();
      agents.add(at[described].keys());
    }
    if (kind == Kind.SPEECH && !noun) {
      int head = headBeforeOf(tokens, at, v);
      int owned = ownedHead(tokens, at, v);
      if (head >= 0) {
        // "The foreign minister of the conservative government Christopher Luxon also warned": the minister speaks
        agents.clear();
        agents.add(role(tokens.get(head).folded(), thing));
      } else if (owned >= 0) {
        // "Christopher Luxon's foreign minister warned": the minister speaks; Luxon stays, as the one it is of
        agents.add(role(tokens.get(owned).folded(), thing));
      }
    }
    int i = v + 1;
    int subject = !noun && !passive && left.isEmpty() ? invertedSubject(tokens, at, v, language) : -1;
    if (subject >= 0) {
      // "Als reactie hierop vlogen de Verenigde Staten ...": the name right after a second-place verb is its subject
      agents.addAll(groupAt(tokens, at, subject));
      i = skipGroup(tokens, at, subject);
    }
    boolean direct = true;
    for (; i < tokens.size() && i <= v + REACH * 2; i++) {
      Names.Token t = tokens.get(i);
      if (kind == Kind.TRANSFER && PARENTHESES.contains(t.folded())) {
        continue; // "help Russia with military means (mainly ammunition and drones)": the brackets say what is given
      }
      if (kind == Kind.TRANSFER && OPENING_QUOTES.contains(t.folded()) && WITH.contains(tokens.get(i - 1).folded())) {
        continue; // "providing it with “geospatial intelligence”": a quoted thing given, not a quotation said
      }
      if (BOUNDARIES.contains(t.folded()) || (VERBS.containsKey(t.folded()) && i > v + 1 && at[i] == null)
          || noun && WITH.contains(t.folded())) {
        break; // "Iran's help with the war": what follows "with" is not what a noun's giver gives
      }
      if (t.folded().equals(",") && at[i - 1] != null && !patients.isEmpty()) {
        break; // "support their ally Bashar al-Assad, the recently ousted former president": an apposition follows
      }
      if (direct && at[i] == null && APPOSED.contains(t.folded()) && i + 1 < tokens.size() && at[i + 1] != null) {
        continue; // "support their ally Bashar al-Assad": the name after its role is still the direct object
      }
      if (at[i] != null) {
        List<Set<String>> group = groupAt(tokens, at, i);
        String prep = i > v + 1 ? tokens.get(i - 1).folded() : "";
        if (BY.contains(prep) && passive) {
          agents.clear();
          agents.addAll(group);
        } else if (FROM.contains(prep) && (RECEIVING.contains(verb) || kind == Kind.TRANSFER && noun)) {
          agents.addAll(group);
        } else if (TO.contains(prep) || WITH.contains(prep) && kind == Kind.SPEECH
            || direct && (kind != Kind.SPEECH || ADDRESSING.contains(verb))) {
          patients.addAll(group);
        }
        direct = false;
        i = skipGroup(tokens, at, i) - 1;
      } else if (t.word() && !Words.isStopWord(t.folded())) {
        things.addAll(thing.apply(t.folded()));
        direct = false;
      }
    }
    if (RECEIVING.contains(verb)) {
      List<Set<String>> receivers = new ArrayList<>(left.isEmpty() ? List.of() : left.get(0));
      if (v > 0 && tokens.get(v - 1).folded().equals(",")) {
        receivers.clear();
      }
      List<Set<String>> givers = new ArrayList<>(agents);
      givers.removeAll(receivers);
      return new Frame(kind, givers, receivers, things, verb, thing.apply(verb), language);
    }
    if (agents.isEmpty() && kind == Kind.SPEECH && v > 0 && tokens.get(v - 1).folded().equals(",")) {
      // "Celeste Wallander, assistant secretary of defense, said": the subject before the apposition
      for (int j = 0; j < v - 1; j++) {
        if (at[j] != null && at[j].end() < tokens.size() && tokens.get(at[j].end()).folded().equals(",")) {
          agents.add(at[j].keys());
          break;
        }
        if (BOUNDARIES.contains(tokens.get(j).folded())) {
          break;
        }
      }
    }
    if (passive && !left.isEmpty()) {
      patients.addAll(left.get(0));
      agents.removeAll(left.get(0));
    }
    return new Frame(kind, agents, patients, things, verb, thing.apply(verb), language);
  }

  /**
   * Where the subject of a Dutch verb in second place after a fronted phrase starts (the name right after the verb,
   * past its article), or -1: the clause opens with a {@link #FRONTING} word, and between it and the verb stand no
   * comma, quote or other verb.
   */
  private static int invertedSubject(List<Names.Token> tokens, Mention[] at, int v, String language) {
    if (!"nl".equals(language) && !"en".equals(language)) {
      return -1;
    }
    int start = v - 1;
    while (start > 0 && !CLAUSE_ENDS.contains(tokens.get(start - 1).folded())) {
      String w = tokens.get(start).folded();
      if (w.equals(",") || VERBS.containsKey(w) && at[start] == null) {
        return -1;
      }
      start--;
    }
    if (start < 0 || start > v - 2
        || !("nl".equals(language) ? FRONTING : FRONTING_EN).contains(tokens.get(start).folded())
        || "en".equals(language) && !frontedPhraseOnly(tokens, start, v)) {
      return -1;
    }
    int s = v + 1;
    while (s < tokens.size() && at[s] == null && DETERMINERS.contains(tokens.get(s).folded())) {
      s++;
    }
    return s < tokens.size() && at[s] != null ? s : -1;
  }

  /**
   * Whether the words between an English fronted phrase's preposition and the verb can only be that phrase ("On
   * Friday", "In his first term"), not the phrase and a subject after it ("On Sunday the bomber flew", "In June
   * officials urged"): English keeps its subject before the verb, so the verb-second reading needs a short phrase
   * with an article or possessive only right after the preposition and no plural a subject could be.
   */
  private static boolean frontedPhraseOnly(List<Names.Token> tokens, int start, int v) {
    if (v - start - 1 > FRONTED_REACH) {
      return false;
    }
    for (int j = start + 1; j < v; j++) {
      String w = tokens.get(j).folded();
      boolean determiner = DETERMINERS.contains(w) || NOUN_MARKERS.contains(w);
      if (!tokens.get(j).word() || PRONOUNS.contains(w) || determiner && j > start + 1
          || !determiner && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
        return false;
      }
    }
    return true;
  }

  /** Words opening a stretch between commas that adds others to the subject ("X, together with Y, condemned"). */
  private static final Set<String> ADDING = Set.of("together", "along", "alongside", "including", "plus", "samen",
      "evenals", "inclusief", "zusammen", "sowie");

  /**
   * The name a description between commas right before the verb follows ("Stoltenberg, a former Norwegian prime
   * minister, told", "Bashar al-Assad, who was ousted, fled"), or -1: the description opens with an article or a
   * lower-case word that is no preposition and adds no one ("X, together with Y," and "X, as well as Y," act together),
   * so it is no name of its own ("The secretary general of NATO, Jens Stoltenberg, told": Stoltenberg acts).
   */
  private static int describedBefore(List<Names.Token> tokens, Mention[] at, int v) {
    int r = v - 1;
    while (r >= 0 && at[r] == null && ADVERBS.contains(tokens.get(r).folded())) {
      r--;
    }
    if (r < 2 || !tokens.get(r).folded().equals(",")) {
      return -1;
    }
    for (int k = r - 1; k >= 1 && k >= r - RELATIVE_REACH; k--) {
      String w = tokens.get(k).folded();
      if (BOUNDARIES.contains(w) && !w.equals("who") || at[k] != null && at[k].start() == k && k == r - 1) {
        return -1;
      }
      if (w.equals(",")) {
        Names.Token first = tokens.get(k + 1);
        boolean description = k + 1 < r && at[k + 1] == null && first.word() && !JOINERS.contains(first.folded())
            && !PREPOSITIONS.contains(first.folded()) && !ADDING.contains(first.folded())
            && (DETERMINERS.contains(first.folded()) || Character.isLowerCase(first.text().charAt(0)));
        return description && at[k - 1] != null ? at[k - 1].start() : -1;
      }
    }
    return -1;
  }

  /** Marks an agent that is a role ("the foreign minister of ...") rather than a name. */
  private static final String ROLE = "role:";
  /** "of" between a head noun and what it belongs to, in the languages whose texts the check reads. */
  private static final Set<String> OF = Set.of("of", "van", "von");
  /** How many words an of-phrase may hold before the name that closes it. */
  private static final int OF_REACH = 6;

  /** A role as an agent: the head noun's keys, marked so that no name's keys equal them. */
  private static Set<String> role(String head, Function<String, Set<String>> thing) {
    Set<String> out = new HashSet<>();
    thing.apply(head).forEach(k -> out.add(ROLE + k));
    return out;
  }

  /** Whether every key of an agent is a role's ("the foreign minister of ..."), naming nobody. */
  static boolean isRole(Set<String> agent) {
    return !agent.isEmpty() && agent.stream().allMatch(k -> k.startsWith(ROLE));
  }

  /** The verb's position, or where the name right before it (past adverbs) ends; -1 if no name stands there. */
  private static int nameBefore(List<Names.Token> tokens, Mention[] at, int v) {
    int r = v - 1;
    while (r >= 0 && at[r] == null && ADVERBS.contains(tokens.get(r).folded())) {
      r--;
    }
    return r >= 0 && at[r] != null ? r : -1;
  }

  /**
   * The head noun of an of-phrase that a name closes right before a speech verb ("The foreign minister of the
   * conservative government Christopher Luxon also warned"), or -1: the name is whose the head is, the head speaks.
   * Between "of" and the name stand a lower-case word or a name in the genitive ("of New Zealand's Prime Minister"),
   * and no name of its own ("the President of France Emmanuel Macron": Macron is the president); no preposition opens
   * the clause before the head ("on behalf of").
   */
  private static int headBeforeOf(List<Names.Token> tokens, Mention[] at, int v) {
    int r = nameBefore(tokens, at, v);
    if (r < 0 || possessive(tokens.get(at[r].end() - 1))) {
      return -1;
    }
    int words = 0;
    for (int j = at[r].start() - 1; j >= 1 && j >= at[r].start() - OF_REACH; j--) {
      Names.Token t = tokens.get(j);
      String w = t.folded();
      if (at[j] != null && possessive(tokens.get(at[j].end() - 1))) {
        words++;
        j = at[j].start();
        continue;
      }
      if (OF.contains(w)) {
        return words > 0 && headOpensClause(tokens, at, j - 1) ? j - 1 : -1;
      }
      if (at[j] != null || !t.word() || BOUNDARIES.contains(w) || VERBS.containsKey(w)) {
        return -1;
      }
      // an office's capitalised name is the name's own ("Secretary of State Antony Blinken", "minister van
      // Buitenlandse Zaken Winston Peters"); a lower-case word is what it belongs to ("of the conservative government")
      words += DETERMINERS.contains(w) || !Character.isLowerCase(t.text().charAt(0)) ? 0 : 1;
    }
    return -1;
  }

  /** Whether a head noun is no name and only adjectives and an article stand before it in its clause. */
  private static boolean headOpensClause(List<Names.Token> tokens, Mention[] at, int head) {
    Names.Token h = tokens.get(head);
    if (at[head] != null || !h.word() || DETERMINERS.contains(h.folded())) {
      return false;
    }
    for (int j = head - 1; j >= 0 && !BOUNDARIES.contains(tokens.get(j).folded()); j--) {
      if (at[j] != null || PREPOSITIONS.contains(tokens.get(j).folded()) || tokens.get(j).folded().equals(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The head noun right before a speech verb when a name in the genitive owns it ("Christopher Luxon's foreign
   * minister warned"), or -1: the one who speaks is the head, the name whose it is.
   */
  private static int ownedHead(List<Names.Token> tokens, Mention[] at, int v) {
    int head = v - 1;
    while (head >= 0 && at[head] == null && ADVERBS.contains(tokens.get(head).folded())) {
      head--;
    }
    for (int j = head; j >= 0 && j >= head - 2; j--) {
      Names.Token t = tokens.get(j);
      if (at[j] != null) {
        return j < head && possessive(tokens.get(at[j].end() - 1)) ? head : -1;
      }
      if (!t.word() || DETERMINERS.contains(t.folded()) || BOUNDARIES.contains(t.folded())
          || VERBS.containsKey(t.folded())) {
        return -1;
      }
    }
    return -1;
  }

  /** "is supplied", "were sent", "has been given", "wordt geleverd": a participle right after a form of "be". */
  private static boolean passive(List<Names.Token> tokens, int v) {
    String verb = tokens.get(v).folded();
    boolean participle = verb.endsWith("ed") || PARTICIPLES.contains(verb)
        || verb.startsWith("ge") && verb.length() > 5;
    int j = v - 1;
    while (j >= 0 && ADVERBS.contains(tokens.get(j).folded())) {
      j--;
    }
    return participle && j >= 0 && BE.contains(tokens.get(j).folded());
  }

  /** Names before a verb, nearest first, and whether each group stands right against the one after it. */
  private record Left(List<List<Set<String>>> groups, List<Boolean> adjacent, List<Set<String>> towards,
      boolean pronounSubject) {
    boolean isEmpty() {
      return groups.isEmpty();
    }
  }

  /** The longest relative clause between its commas that a verb's subject is looked for across. */
  private static final int RELATIVE_REACH = 16;

  /**
   * Where the ", who" of a relative clause closed by the comma at {@code comma} stands (the index of its comma), or -1:
   * "Stoltenberg, who from his position cannot criticize NATO member states, only said".
   */
  private static int relativeClauseBefore(List<Names.Token> tokens, int comma) {
    for (int k = comma - 1; k >= 1 && k >= comma - RELATIVE_REACH; k--) {
      String w = tokens.get(k).folded();
      if (w.equals(",") || BOUNDARIES.contains(w) && !w.equals("who")) {
        return -1;
      }
      if (w.equals("who") && tokens.get(k - 1).folded().equals(",")) {
        return k - 1;
      }
    }
    return -1;
  }

  /**
   * The groups of names before a verb within its clause, nearest first ("Iran and North Korea increasingly help"):
   * names joined by "and" (and the commas of such a list) form one group; other words between names separate groups.
   */
  private static Left groupsBefore(List<Names.Token> tokens, Mention[] at, int v, int reach) {
    List<List<Set<String>>> groups = new ArrayList<>();
    List<Boolean> adjacent = new ArrayList<>();
    List<Set<String>> towards = new ArrayList<>();
    List<Set<String>> current = null;
    boolean pronounSubject = false;
    boolean listed = false;
    boolean joining = false;
    int gap = 0;
    int words = 0;
    for (int j = v - 1; j >= 0 && gap <= reach; j--) {
      Names.Token t = tokens.get(j);
      String w = t.folded();
      int relative = groups.isEmpty() && w.equals(",") ? relativeClauseBefore(tokens, j) : -1;
      if (relative >= 0) {
        // "Stoltenberg, who ... cannot criticize NATO member states, only said that": the subject stands before the
        // relative clause, not inside it
        j = relative;
        continue;
      }
      if (BOUNDARIES.contains(w) || (VERBS.get(w) == Kind.SPEECH && at[j] == null)
          || (PRONOUNS.contains(w) && groups.isEmpty())) {
        break;
      }
      pronounSubject |= PRONOUNS.contains(w) && !w.equals("er") && at[j] == null;
      if (at[j] != null && oblique(tokens, at, j)) {
        if (TO.contains(tokens.get(at[j].start() - 1).folded())) {
          towards.add(at[j].keys()); // "dat Noord-Korea troepen naar Rusland heeft gestuurd"
        }
        current = null;
        gap++;
        j = at[j].start();
        continue;
      }
      if (at[j] != null) {
        if (current == null || !joining) {
          boolean against = current != null;
          current = new ArrayList<>();
          groups.add(current);
          adjacent.add(groups.size() > 1 && (against || words == 0));
          listed = false;
        }
        current.add(at[j].keys());
        j = at[j].start();
        gap = 0;
        words = 0;
        joining = false;
      } else if (current != null && (w.equals(",") ? listed : JOINERS.contains(w))) {
        listed |= !w.equals(",");
        joining = true;
        gap++;
      } else {
        current = null;
        gap++;
        words += t.word() && !DETERMINERS.contains(w) ? 1 : 0;
      }
    }
    return new Left(groups, adjacent, towards, pronounSubject);
  }

  /** A name after a preposition ("to Russia"), except the subject of "for Moscow to obtain", "of Iran to support". */
  private static boolean oblique(List<Names.Token> tokens, Mention[] at, int j) {
    int start = at[j].start();
    int end = at[j].end();
    if (start == 0 || !PREPOSITIONS.contains(tokens.get(start - 1).folded())) {
      return false;
    }
    int k = end;
    while (k < tokens.size() && at[k] != null || k < tokens.size() && JOINERS.contains(tokens.get(k).folded())) {
      k = at[k] != null ? at[k].end() : k + 1;
    }
    String before = tokens.get(start - 1).folded();
    boolean subjectOfInfinitive = (before.equals("for") || before.equals("of")) && k < tokens.size()
        && tokens.get(k).folded().equals("to");
    return !subjectOfInfinitive;
  }

  private static List<Set<String>> groupAt(List<Names.Token> tokens, Mention[] at, int i) {
    List<Set<String>> group = new ArrayList<>();
    int j = i;
    while (j < tokens.size()) {
      if (at[j] != null) {
        group.add(at[j].keys());
        j = at[j].end();
      } else if (JOINERS.contains(tokens.get(j).folded()) && j + 1 < tokens.size()) {
        j++;
      } else {
        break;
      }
    }
    return group;
  }

  private static int skipGroup(List<Names.Token> tokens, Mention[] at, int i) {
    int j = i;
    int last = i;
    while (j < tokens.size()) {
      if (at[j] != null) {
        j = at[j].end();
        last = j;
      } else if (JOINERS.contains(tokens.get(j).folded())) {
        j++;
      } else {
        break;
      }
    }
    return last;
  }

  /** "In exchange for Iran's support ... Moscow provides": what is given in exchange flows the other way. */
  private static void exchange(List<Names.Token> tokens, Mention[] at, List<Frame> frames, String language,
      Function<String, Set<String>> thing) {
    List<String> folded = tokens.stream().map(Names.Token::folded).toList();
    for (List<String> phrase : EXCHANGE) {
      int start = Collections.indexOfSubList(folded, phrase);
      if (start < 0) {
        continue;
      }
      Optional<Frame> main = frames.stream().filter(f -> f.kind() == Kind.TRANSFER && !f.agents().isEmpty()
          && !SUPPORT_NOUNS.contains(f.verb())).findFirst();
      if (main.isEmpty()) {
        return;
      }
      Set<String> things = new HashSet<>();
      for (int i = start + phrase.size(); i < tokens.size() && i < start + phrase.size() + REACH; i++) {
        Names.Token t = tokens.get(i);
        if (BOUNDARIES.contains(t.folded()) || t.folded().equals(",")) {
          break;
        }
        if (t.word() && at[i] == null && !Words.isStopWord(t.folded())) {
          things.addAll(thing.apply(t.folded()));
        }
      }
      frames.add(new Frame(Kind.TRANSFER, main.get().patients(), main.get().agents(), things, "exchange",
          Set.of("exchange"), language));
      return;
    }
  }

  /** "..., said Watson", "according to Celeste Wallander", "zei Biden", "aldus Sullivan": the speaker follows. */
  private static void speakers(List<Names.Token> tokens, Mention[] at, List<Frame> frames, String language) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).folded();
      boolean according = w.equals("according") && tokens.get(i + 1).folded().equals("to");
      boolean inverted = INVERTED.contains(w) && i > 0 && (tokens.get(i - 1).folded().matches("[,”\"’]")
          || w.equals("aldus") || w.equals("volgens"));
      if (!according && !inverted) {
        continue;
      }
      Mention speaker = null;
      boolean closes = false;
      for (int j = i + (according ? 2 : 1); j < tokens.size() && j <= i + 10; j++) {
        String next = tokens.get(j).folded();
        // "according to a senior official, Trump ...": the speaker is in the phrase, not the name after its comma
        // ("According to Seoul, Yoon's call with Trump ...": Seoul says it, not Yoon)
        if (BOUNDARIES.contains(next)
            || next.equals(",")
                && (speaker != null && (speaker.person() || according) || according && speaker == null)) {
          closes = true;
          break;
        }
        if (at[j] != null) {
          if (speaker == null || at[j].person() && !speaker.person()) {
            speaker = at[j];
          }
          j = at[j].end() - 1;
          closes = j + 1 >= tokens.size();
        } else if (speaker != null && !next.equals(",") && !Names.isTitle(tokens.get(j))) {
          closes = false;
          break;
        }
      }
      if (speaker != null && !speaker.person() && speaker.end() < tokens.size()
          && PERSON_ROLES.contains(tokens.get(speaker.end()).folded())) {
        continue; // "according to the NATO chief": someone of NATO's the paragraph may name, not NATO itself
      }
      if (speaker != null && (closes || according)) {
        frames.add(new Frame(Kind.SPEECH, List.of(speaker.keys()), List.of(), Set.of(), w, Set.of(w), language));
      }
    }
  }

  /** Words that set a name against another after a comma: "China is the great rival, not Russia". */
  private static final Set<String> CONTRAST = Set.of("not", "niet", "nicht");
  /** How far before ", not" the name set against the one after it may stand ("Russia is the great rival, not"). */
  private static final int CONTRAST_REACH = 8;

  /** A name set against another: {@code chosen}, not {@code rejected} ("China is the great rival, not a Russia"). */
  record Contrast(Set<String> chosen, Set<String> rejected) {}

  /**
   * The contrasts of a sentence: a name followed within its clause by ", not" and another name ("The United States
   * sees Moscow, not Beijing, as its rival"; "China is the great rival, not a Russia that relies on Beijing").
   */
  static List<Contrast> contrasts(List<Names.Token> tokens, List<Mention> mentions) {
    Mention[] at = new Mention[tokens.size()];
    for (Mention m : mentions) {
      for (int i = m.start(); i < m.end(); i++) {
        at[i] = m;
      }
    }
    List<Contrast> out = new ArrayList<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (!CONTRAST.contains(tokens.get(i).folded()) || !tokens.get(i - 1).folded().equals(",")) {
        continue;
      }
      int after = i + 1;
      while (after < tokens.size() && at[after] == null && DETERMINERS.contains(tokens.get(after).folded())) {
        after++;
      }
      if (after >= tokens.size() || at[after] == null) {
        continue;
      }
      for (int j = i - 2; j >= 0 && j >= i - 1 - CONTRAST_REACH; j--) {
        if (BOUNDARIES.contains(tokens.get(j).folded())) {
          break;
        }
        if (at[j] != null) {
          out.add(new Contrast(at[j].keys(), at[after].keys()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * Why the claim's contrasts contradict the sources', if they do: the claim chooses what a source rejects for what
   * it chooses ("Russia is the great rival, not China" for "China is the great rival, not a Russia").
   */
  static Optional<String> reversedContrast(List<Contrast> claim, List<Contrast> sources) {
    for (Contrast c : claim) {
      boolean same = sources.stream().anyMatch(s -> !Collections.disjoint(c.chosen(), s.chosen())
          && !Collections.disjoint(c.rejected(), s.rejected()));
      boolean reversed = sources.stream().anyMatch(s -> !Collections.disjoint(c.chosen(), s.rejected())
          && !Collections.disjoint(c.rejected(), s.chosen()));
      if (reversed && !same) {
        return Optional.of("the cited paragraph has the roles the other way round (not)");
      }
    }
    return Optional.empty();
  }

  /**
   * Why the claim's frames contradict the sources', if they do: a giver the sources have only receiving (or the
   * reverse), a speaker they have only being spoken of, something given that they have going the other way.
   */
  static Optional<String> contradiction(List<Frame> claim, List<Frame> sources, Set<String> mentioned) {
    for (Frame f : claim) {
      List<Frame> same = sources.stream().filter(s -> s.kind() == f.kind()).toList();
      List<Frame> sharing = same.stream().filter(s -> !Collections.disjoint(s.things(), f.things())).toList();
      if (!sharing.isEmpty()) {
        if (sharing.stream().anyMatch(s -> confirms(s, f))) {
          continue;
        }
        for (Frame s : sharing) {
          if (overlaps(f.patients(), s.agents()) && !overlaps(f.patients(), s.patients())
              || overlaps(f.agents(), s.patients()) && !overlaps(f.agents(), s.agents())) {
            Set<String> shared = new HashSet<>(f.things());
            shared.retainAll(s.things());
            return Optional.of("the cited paragraph has the roles the other way round (" + f.verb() + " "
                + shared.iterator().next() + ")");
          }
        }
      }
      List<Frame> sameVerb = same.stream().filter(s -> s.sameVerb(f) && !s.agents().isEmpty()).toList();
      if (f.kind() == Kind.ACTION && !f.agents().isEmpty() && !sameVerb.isEmpty()
          && sameVerb.stream().noneMatch(s -> overlaps(f.agents(), s.agents()))
          && f.agents().stream().anyMatch(a -> !Collections.disjoint(a, mentioned))) {
        return Optional.of("the cited paragraph says someone else " + f.verb());
      }
      if (f.kind() == Kind.TRANSFER) {
        // who gives what is judged by what is given; frames that share nothing given are about something else
        same = same.stream().filter(s -> s.things().isEmpty() && f.things().isEmpty()).toList();
      }
      if (same.isEmpty() || same.stream().anyMatch(s -> confirms(s, f))) {
        continue;
      }
      boolean agentReversed = same.stream().anyMatch(s -> overlaps(f.agents(), s.patients()))
          && same.stream().noneMatch(s -> overlaps(f.agents(), s.agents()));
      boolean patientReversed = same.stream().anyMatch(s -> overlaps(f.patients(), s.agents()))
          && same.stream().noneMatch(s -> overlaps(f.patients(), s.patients()));
      boolean otherSpeaker = f.kind() == Kind.SPEECH && !f.agents().isEmpty()
          && same.stream().anyMatch(s -> !s.agents().isEmpty())
          && same.stream().noneMatch(s -> overlaps(f.agents(), s.agents()))
          && f.agents().stream().anyMatch(a -> !Collections.disjoint(a, mentioned));
      if (agentReversed || patientReversed || otherSpeaker) {
        return Optional.of("the cited paragraph has the roles the other way round (" + f.verb() + ")");
      }
      List<Frame> pressing = same.stream().filter(s -> PRESSING.contains(s.verb()) && !s.patients().isEmpty()).toList();
      if (PRESSING.contains(f.verb()) && !pressing.isEmpty()
          && pressing.stream().noneMatch(s -> overlaps(f.patients(), s.patients()))
          && f.patients().stream().anyMatch(p -> !Collections.disjoint(p, mentioned))) {
        return Optional.of("the cited paragraph says someone else is pushed (" + f.verb() + ")");
      }
    }
    return Optional.empty();
  }

  private static boolean confirms(Frame source, Frame claim) {
    return overlaps(claim.agents(), source.agents())
        && (claim.patients().isEmpty() || overlaps(claim.patients(), source.patients()));
  }

  private static boolean overlaps(List<Set<String>> a, List<Set<String>> b) {
    for (Set<String> x : a) {
      for (Set<String> y : b) {
        if (!Collections.disjoint(x, y)) {
          return true;
        }
      }
    }
    return false;
  }
}
