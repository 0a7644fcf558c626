package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of figure a question asks for (an amount of money, a count of something, a percentage, an age, a duration
 * or length, a distance, a year) and whether the sentences of an answer hold a figure of that kind ({@link
 * FiguresOfKind}): a near miss is often answered with another figure of the same article, a year for a price or a
 * share for a head count.
 */
final class AskedFigure {

  /** The kinds of figure told apart; a question asking for any other ("how big", "how much" of no money) has none. */
  enum Kind {
    MONEY(true), COUNT(true), PERCENTAGE(true), AGE(false), DURATION(false), DISTANCE(false), YEAR(false);

    /**
     * Whether a figure of this kind is told by a mark its readers know (a currency, a per cent sign or word, a figure
     * that is no other kind's), so that a text without one holds none; an age, a duration, a distance or a year is told
     * in more ways than the readers here know ("in 904", "de la década de los 60").
     */
    private final boolean marked;

    Kind(boolean marked) {
      this.marked = marked;
    }

    /** What a refusal says the passages lack: the marked kinds by name, the others as any figure. */
    String lacking() {
      return switch (this) {
        case MONEY -> "sum of money";
        case COUNT -> "count";
        case PERCENTAGE -> "percentage";
        default -> "figure";
      };
    }
  }

  private static Pattern words(String alternatives) {
    return Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}])");
  }

  // ---- what a question asks for (folded: lower case, accents off) ----

  private static final Pattern ASKS_PERCENTAGE = words("what (?:percentage|per ?cent|share|proportion|fraction|stake)|"
      // a rate a share tells: "What unemployment rate does ... forecast?", "What is the inflation rate in ...?"
      + "(?:what|which) (?:(?:is|was|are|were) (?:the |its |their )?)?(?:\\p{L}+ )?(?:unemployment|inflation|"
      + "interest|growth|jobless|tax|vacancy|mortgage|savings) rates?|"
      + "how many (?:per ?cent|percent)|(?:what|which) (?:is|was|are|were) the (?:percentage|share|proportion)|"
      + "hoeveel procent|welk (?:percentage|deel|aandeel)|wie ?viel prozent|welche[nmrs]? (?:anteil|prozentsatz)|"
      + "(?:que|cual(?:es)? (?:es|era|fue) el) (?:porcentaje|proporcion)|quel pourcentage");
  private static final Pattern ASKS_AGE = words("how old|(?:at )?what age|hoe oud|(?:op )?welke leeftijd|wie alt|"
      + "(?:in|mit) welchem alter|(?:a )?que edad|cuantos anos (?:tiene|tenia|tenian|cumple|cumplio)|quel age");
  private static final Pattern ASKS_YEAR = words("(?:what|which|in what|in which) year|(?:in )?welk jaar|"
      + "(?:in )?welchem jahr|welches jahr|(?:en |de |desde )?que ano|cual (?:es|era|fue) el ano|"
      + "(?:en )?quelle annee");
  private static final Pattern ASKS_DISTANCE = words("how far(?! back)|hoe ver|wie weit|a que distancia|que tan lejos|"
      + "(?:what|which) distance");
  private static final Pattern ASKS_DURATION = words("how long|hoe ?lang|wie ?lange?|cuanto tiempo|cuanto dur[oa]|"
      + "que tan largo|combien de temps");
  /** "how much" and its kin: an amount of money where the question also has a word of money. */
  private static final Pattern HOW_MUCH = words("how much|hoeveel|wie ?viel|cuant[oa]s?|combien");
  private static final Pattern MONEY_WORD = words("pay|pays|paid|paying|cost|costs|costing|price|priced|prices|"
      + "worth|spend|spends|spent|spending|raise|raised|earn|earns|earned|earnings|fine|fined|salary|salaries|wage|"
      + "wages|bid|debt|debts|profit|profits|revenue|revenues|turnover|sell|sold|charge|charged|charges|fee|fees|"
      + "budget|invest|invested|investment|value|valued|loan|donate|donated|donation|compensation|damages|money|"
      + "dollars?|pounds|euros?|fund|funds|funding|owe|owes|owed|bill|tax|taxes|income|bonus|prize|ransom|subsidy|"
      + "kost|kosten|kostte|kostten|gekost|betaal|betaalt|betaald|betaalde|betaalden|geld|gulden|verdien|verdient|"
      + "verdiend|verdiende|opbrengst|opgebracht|opbrengen|brengt|bracht|boete|salaris|loon|prijs|waard|geinvesteerd|"
      + "investeert|investeren|uitgegeven|subsidie|schade|omzet|winst|verlies|bod|schuld|schulden|vergoeding|"
      + "kostet|kostete|kosteten|gekostet|gezahlt|bezahlt|bezahlte|bezahlen|zahlt|zahlte|verdient|verdiente|gehalt|"
      + "preis|wert|gewinn|umsatz|strafe|investiert|ausgegeben|cuesta|cuestan|costo|costaron|costara|pago|pagaron|"
      + "pagar|paga|dinero|dolares|gana|gano|betalen|ganaba|vale|valia|precio|salario|sueldo|invirtio|gasto|"
      + "gastaron|multa|deuda|beneficios?|ingresos?|coute|paye|prix|argent");
  /** Nouns that name a sum of money and nothing else: what "X's revenue" or "how large is the fortune" asks. */
  private static final String SUM_NOUNS = "(?:revenues?|turnover|profits?|salary|salaries|earnings|fortune|"
      + "budget|price|cost|fee|fine|debt|ransom|net worth|bonus|wages?)";
  private static final Pattern ASKS_MONEY = words("(?:what|which) (?:is|was|are|were) the (?:\\p{L}+ ){0,2}?(?:price|"
      + "cost|fee|salary|fine|budget|value|worth)|(?:what|which) (?:price|fee|salary|sum|amount of money)|hoe duur|"
      + "wie teuer|"
      + "was (?:kostet|kostete|kosteten|verdient|verdiente|zahlt|zahlte|bezahlt|bezahlte)|"
      + "wat (?:kost|kostte|kosten|kostten|verdient|verdiende|betaalt|betaalde)|"
      + "welke? (?:salaris|bedrag|prijs|loon|boete|vergoeding|subsidie)|(?:que|cual (?:es|era|fue) el) (?:precio|"
      + "costo|coste|salario|sueldo|presupuesto)|"
      // a sum named by its noun after an owner or a size: "What was PricewaterhouseCoopers' revenue last year?",
      // "Hoe groot is het vermogen van ...?", "Hoe groot was de buit ...?"
      + "(?:what|which) (?:is|was|are|were) (?:the )?(?:[\\p{L}.&-]+ ){0,3}?[\\p{L}.&-]+(?:'s?|’s?) (?:\\p{L}+ )?"
      + SUM_NOUNS + "|how (?:big|large|high) (?:is|was|are|were) (?:the|its|their|his|her) (?:[\\p{L}'’]+ ){0,2}" + SUM_NOUNS
      + "|hoe (?:groot|hoog) (?:is|was|zijn|waren) (?:het|de|zijn|haar|hun) (?:\\p{L}+ )?(?:vermogen|buit|omzet|winst|"
      + "verlies|schade|schuld|bedrag|budget|salaris|loon|boete|vergoeding|bod|opbrengst|subsidie)");
  /** "how many X", "hoeveel X", "wie viele X", "cuántos X", "combien de X": X the counted noun. */
  private static final Pattern ASKS_COUNT = words("how many|hoeveel|wie ?viele|cuant[oa]s|combien d[e']");
  /**
   * Nouns of a head count or of times, which a sentence may give with any other noun or none: "19,000 residents" for
   * "how many people", "twice" for "how many times". A unit may be given in another one ("25 km" for "how many
   * miles").
   */
  private static final Pattern ANY_NOUN = words("people|persons?|men|women|children|inhabitants|residents|times|"
      + "mensen|personen|inwoners|keer|keren|maal|menschen|leute|personen|einwohner|mal|personas|gente|habitantes|"
      + "veces|personnes|gens|habitants|fois");
  /** A question that asks a shortfall or a difference: "how many more", "hoeveel zetels tekort". */
  private static final Pattern ASKS_DIFFERENCE = words("more|fewer|less|short|meer|minder|tekort|difference|verschil");
  private static final Pattern NEXT_WORD = Pattern.compile("\\s*(\\p{L}+)");
  private static final Pattern CITATION = Pattern.compile("\\[\\d+\\]");

  private final Kind kind;
  /** For a count: the stems of the word counted ("people" in "how many people"), empty when none is named. */
  private final Set<String> counted;
  /** For a count in a unit ("how many days"): that unit as {@link FiguresOfKind#unit} names it. */
  private final Set<String> countedUnits;
  private final String language;
  private final FiguresOfKind figures;
  /** The words counted as the question writes them (folded), for the retrieval's own matching of them. */
  private final List<String> countedWords;
  /** Whether a figure may count whatever noun its sentence names: a head count, times, or no noun asked. */
  private final boolean anyNoun;

  private AskedFigure(Kind kind, List<String> countedWords, String language, Set<String> questionFigures,
      boolean money, boolean difference) {
    Set<String> stems = new HashSet<>();
    Set<String> units = new HashSet<>();
    for (String word : countedWords) {
      stems.addAll(Words.stems(word, language));
      if (!FiguresOfKind.unit(word).isEmpty()) {
        units.add(FiguresOfKind.unit(word));
      }
    }
    this.kind = kind;
    this.counted = stems;
    this.countedUnits = units;
    this.language = language;
    this.figures = new FiguresOfKind(questionFigures, this::isCounted, money, difference);
    this.countedWords = List.copyOf(countedWords);
    this.anyNoun = stems.isEmpty() || !units.isEmpty()
        || countedWords.stream().anyMatch(word -> ANY_NOUN.matcher(word).matches())
        || comparative(countedWords.get(0), language);
  }

  Kind kind() {
    return kind;
  }

  /** The kind of figure {@code question} (in {@code language}) asks for; empty when it asks for none we tell apart. */
  static Optional<AskedFigure> of(String question, String language) {
    String q = LanguageDetector.fold(question);
    Set<String> own = FiguresOfKind.figures(q);
    Kind kind = ASKS_PERCENTAGE.matcher(q).find() ? Kind.PERCENTAGE
        : ASKS_AGE.matcher(q).find() ? Kind.AGE
        : ASKS_YEAR.matcher(q).find() ? Kind.YEAR
        : ASKS_DISTANCE.matcher(q).find() ? Kind.DISTANCE
        : ASKS_MONEY.matcher(q).find() || (HOW_MUCH.matcher(q).find() && MONEY_WORD.matcher(q).find()
            && !countsOtherThanMoney(q, question, language)) ? Kind.MONEY
        : ASKS_DURATION.matcher(q).find() ? Kind.DURATION
        : ASKS_COUNT.matcher(q).find() ? Kind.COUNT
        : null;
    if (kind == null) {
      return Optional.empty();
    }
    List<String> counted = kind == Kind.COUNT ? countedWords(q, capitalised(question), language) : List.of();
    // an amount counts only where money is what is counted: "how many bottles does it sell" is not answered by a price
    boolean money = counted.stream().anyMatch(word -> MONEY_WORD.matcher(word).matches());
    return Optional.of(new AskedFigure(kind, counted, language, own, money, ASKS_DIFFERENCE.matcher(q).find()));
  }

  /**
   * Whether a "how much" that is also "how many" (Dutch "hoeveel", Spanish "cuántas", French "combien de") counts
   * people or times, which are never money: "¿Cuántas veces ganó ...?" asks how many times, whatever "ganó" (won,
   * earned) says. Any other word after it may be the verb ("Hoeveel heeft het beeld gekost?").
   */
  private static boolean countsOtherThanMoney(String folded, String question, String language) {
    List<String> counted = countedWords(folded, capitalised(question), language);
    return !counted.isEmpty() && ANY_NOUN.matcher(counted.get(0)).matches();
  }

  /** An answer's sentences without their citation markers ("[1]" holds no figure of the answer's). */
  static String sentences(String answerText) {
    return CITATION.matcher(answerText).replaceAll(" ");
  }

  /**
   * Whether {@code text} (an answer's sentences, without citation markers) holds a figure of the kind asked that the
   * question does not already hold.
   */
  boolean heldBy(String text) {
    return figures.holds(kind, text, language);
  }

  /**
   * Whether any of {@code paragraphs} (an answer's cited ones, each read in its own language) may hold the figure
   * asked, whoever's it is and whatever it counts: a sum, a count or a share where one stands anywhere in them (a share
   * of a whole tells a count too: "3% of its total population" for how many people), any other kind where any figure
   * does. Where none does, no sentence of theirs can say it.
   */
  boolean heldByAny(List<Citation> paragraphs) {
    return paragraphs.stream().anyMatch(paragraph -> !kind.marked
        ? !FiguresOfKind.figures(LanguageDetector.fold(paragraph.text())).isEmpty()
        : figures.holds(kind, paragraph.text(), paragraph.language())
            || kind == Kind.COUNT && figures.holds(Kind.PERCENTAGE, paragraph.text(), paragraph.language()));
  }

  /**
   * Whether {@code text} holds a figure of the kind asked, where a count with no counted word after it must also have
   * its sentence name what is counted, as the question writes it or as the retrieval matches the question's word in
   * the cited passages' {@code languages} (its translations and stems): "Six Paterson penalties" answers no "how many
   * caps", "170 million cinema admissions" answers "wie viele Kinobesuche". A head count or times may be said with any
   * noun ("19,000 residents" for "how many people", "twice").
   */
  boolean heldBy(String text, Retrieval retrieval, Retriever retriever, Set<String> languages) {
    BitSet names = new BitSet();
    for (int i = 0; i < retrieval.concepts().size(); i++) {
      names.set(i, retrieval.concepts().get(i).name());
    }
    // German writes every noun with a capital: a capital there tells no name. A year, an age, a time or a distance
    // beside another name is seldom that name's own ("Calgary 1988" is when Jamaica first took part)
    if (OWNED.contains(kind) && !names.isEmpty() && !languages.contains("de")) {
      // a share is of what the words after it name ("a 56% stake in Ferrari"); a sum or a count is told there where
      // and when ("four nights at Revel Atlantic City's Ovation Hall")
      int after = kind == Kind.PERCENTAGE ? PHRASE_AFTER : 0;
      FigureOwner owner = new FigureOwner(after, names, retrieval, retriever, languages);
      return heldByNamed(figures.owned(owner), text, retrieval, retriever, languages);
    }
    return heldByNamed(figures, text, retrieval, retriever, languages);
  }

  /** The kinds of figure a name owns: a sum, a share, a count. */
  private static final Set<Kind> OWNED = Set.of(Kind.MONEY, Kind.PERCENTAGE, Kind.COUNT);

  /** How many words after a share belong to its phrase ("a 56% stake in Ferrari"), within its clause. */
  private static final int PHRASE_AFTER = 4;

  private boolean heldByNamed(FiguresOfKind figures, String text, Retrieval retrieval, Retriever retriever,
      Set<String> languages) {
    // across languages a count is said with other nouns than a dictionary gives ("60 Millionen Alben" for records,
    // "seis botones" for "circular shaped objects"): sure answers fell on MLQA en->de, en->es and de->en, so the
    // counted noun is read only where every cited passage is in the question's language
    // the sentences are told apart in the cited passages' language where they share one ("18. Mai" ends none)
    String passages = languages.size() == 1 ? languages.iterator().next() : language;
    if (kind != Kind.COUNT || anyNoun || !Set.of(language).equals(languages)) {
      return figures.holds(kind, text, passages);
    }
    BitSet asked = new BitSet();
    List<Retrieval.Concept> concepts = retrieval.concepts();
    for (int i = 0; i < concepts.size(); i++) {
      for (String word : LanguageDetector.fold(concepts.get(i).word()).split("[\\s-]+")) {
        if (countedWords.contains(word)) {
          asked.set(i);
        }
      }
    }
    return figures.naming(sentence -> namesCounted(sentence, asked, retrieval, retriever, languages))
        .holds(kind, text, passages);
  }

  private boolean namesCounted(String sentence, BitSet asked, Retrieval retrieval, Retriever retriever,
      Set<String> languages) {
    for (String word : LanguageDetector.fold(sentence).split("[^\\p{L}]+")) {
      if (!word.isEmpty() && isCounted(word)) {
        return true;
      }
    }
    for (String language : languages) {
      if (retriever.matches(retrieval, sentence, language).intersects(asked)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a Dutch question's first counted word is a comparative: "hoeveel duurder" asks a difference ("twee keer zo
   * duur"), no count of a noun. Dutch counts plurals (-en, -s); German plurals end in -er too, so it is not read there.
   */
  private static boolean comparative(String word, String language) {
    return "nl".equals(language) && word.endsWith("er") && !word.endsWith("eer");
  }

  private boolean isCounted(String word) {
    // a unit counts in any language and written short: "88 dias", "9.3 mi" for "how many days", "how many miles"
    if (!countedUnits.isEmpty() && countedUnits.contains(FiguresOfKind.unit(word))) {
      return true;
    }
    for (String stem : Words.stems(word, language)) {
      if (counted.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** The words a question writes with a capital, folded: a German question's nouns. */
  private static Set<String> capitalised(String question) {
    Set<String> out = new HashSet<>();
    Matcher w = NEXT_WORD.matcher(question);
    while (w.find()) {
      if (Character.isUpperCase(w.group(1).codePointAt(0))) {
        out.add(LanguageDetector.fold(w.group(1)));
      }
    }
    return out;
  }

  /**
   * The words a count question names as counted: "British", "soldiers" of "how many British soldiers were ...". A
   * German question says its verb right after the noun and writes nouns with a capital: there the words end at the
   * first one in lower case after a noun ("Wie viele Autos verkaufte Vandrel": "Autos").
   */
  private static List<String> countedWords(String folded, Set<String> capitalised, String language) {
    Matcher m = ASKS_COUNT.matcher(folded);
    if (!m.find()) {
      return List.of();
    }
    Matcher w = NEXT_WORD.matcher(folded);
    List<String> words = new ArrayList<>();
    boolean nounAdded = false;
    int at = m.end();
    // "how many British soldiers", "how many millions of tons": the counted word may follow an adjective or a scale;
    // the first three words are read, less stop words and number words
    for (int i = 0; i < 3 && w.find(at) && w.start() == at; i++) {
      String word = w.group(1);
      // Spanish "miles" (thousands) is a number word, English "miles" a unit counted
      boolean unit = !FiguresOfKind.unit(word).isEmpty();
      boolean stop = Words.isStopWord(word, language) || Words.isStopWord(word);
      if (!words.isEmpty() && (stop || ("de".equals(language) && nounAdded && !capitalised.contains(word)))) {
        break; // the counted noun ends at its verb: "how many caps has Chris Paterson won" counts no "Chris"
      }
      nounAdded |= capitalised.contains(word);
      if (!stop && (unit || !FiguresOfKind.isNumberWord(word))) {
        words.add(word);
      }
      at = w.end();
    }
    return words;
  }
}
