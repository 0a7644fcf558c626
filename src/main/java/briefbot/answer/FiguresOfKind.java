package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.Numerals;
import briefbot.text.Sentences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of each kind a text holds (lower case, accents off, as {@link LanguageDetector#fold} reads it), less
 * those the question already holds: an amount of money, a count, a percentage, an age, a duration or length, a
 * distance, a year.
 */
final class FiguresOfKind {

  private static final String WORD = "\\p{L}+";
  private static final String NUMBER = "\\d+(?:[.,]\\d+)*";
  /** Number words written as one compound: "vijfentwintig", "einundzwanzig", "veintitres". */
  private static final String COMPOUND_NUMBER = "(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(?:twintig|dertig|"
      + "veertig|vijftig|zestig|zeventig|tachtig|negentig)|(?:ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)und"
      + "(?:zwanzig|dreissig|dreißig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig)|veinti(?:un|uno|una|dos|tres|"
      + "cuatro|seis|siete|ocho|nueve)";
  private static final Pattern COMPOUND_NUMBER_WORD = Pattern.compile(COMPOUND_NUMBER);
  private static final String NUMBER_WORD = "(?:" + COMPOUND_NUMBER + "|" + String.join("|", Numerals.CARDINALS)
      + ")";
  /** A figure: digits, or a number word ("three", "drie"), possibly joined to a scale ("12.5bn", "18 miljoen"). */
  private static final String FIGURE = "(?:" + NUMBER + "|\\b" + NUMBER_WORD + ")";

  /** A scale joined to a figure ("133m", "30bn") or after it ("18 million", "3,5 miljard"). */
  private static final String SCALE = "(?:(?:m|bn|mn|k|mln|mld)|\\s(?:million|millions|billion|billions|thousand|"
      + "trillion|miljoen|miljard|duizend|millionen|milliarden|milliarde|millones|millon|mil|millions|milliards))";

  /**
   * Currencies' codes that a text writes before or after a sum ("DKK 21.4 billion", MLQA en's fit part, where its
   * Spanish twin writes "21,4 mil millones de coronas danesas"; "SEK 3m"): none is an English, Dutch, German or Spanish
   * word.
   */
  private static final String CODES = "dkk|sek|nok|isk|jpy|cny|rmb|inr|aud|nzd|hkd|sgd|brl|zar|krw|mxn|pln|czk|huf";
  private static final Pattern MONEY = Pattern.compile("[$€£¥]\\s?" + FIGURE + SCALE + "?|" + NUMBER + "\\s?[$€£¥]|"
      + "(?<![\\p{L}])(?:us|eur|usd|gbp|chf|fl|hfl|" + CODES + ")\\s?" + NUMBER
      + "|(?<![\\p{L}\\d])" + NUMBER + "p(?![\\p{L}])|"
      + "(?<![\\p{L}\\d])" + FIGURE + SCALE + "?(?:[\\s-]+" + WORD + "){0,2}?[\\s-]+(?:dollars?|euros?|pounds?|sterling|pence|"
      + "cents?|yen|yuan|renminbi|francs?|marks?|pesos?|rupees?|roubles?|rubles?|guilders?|gulden|pond|dolares|"
      + "libras?|eur|usd|gbp|chf|" + CODES + "|kronor|kroner|krona|kronen|coronas|won|rand|shekels?|dirhams?|dong|"
      + "lira|lire|reais|real|"
      + "ringgit|baht|rupiah|zloty|forint|dinars?|riyals?|shillings?|naira|escudos?|pesetas?|drachmas?|ducats?|"
      + "florins?|"
      + "guineas?|talers?|thalers?|đong)(?![\\p{L}])");
  private static final Pattern PERCENTAGE = Pattern.compile("(?<![\\p{L}])" + FIGURE
      + "\\s?(?:%|per ?cent|percent|procent|prozent|por ?ciento|pour ?cent|pct|percentage points?|procentpunt)"
      + "|(?<![\\p{L}])" + FIGURE + " (?:out of|in|op|van de|von|de cada|sur) " + FIGURE + "(?![\\p{L}])"
      + "|(?<![\\p{L}])(?:half|a third|two[ -]thirds|a quarter|three[ -]quarters|one in \\p{L}+|helft|een derde|"
      + "een kwart|twee derde|drie kwart|halfte|drittel|viertel|mitad|un tercio|dos tercios|una cuarta parte|"
      + "la moitie|un tiers|majority|meerderheid|mehrheit|mayoria)(?![\\p{L}])");
  private static final Pattern AGE = Pattern.compile("(?<![\\p{L}])(?:aged|age of|ages of|age|leeftijd van|"
      + "alter von|edad de)\\s+" + FIGURE + "|" + FIGURE + "[\\s-]+years?[\\s-]+old|" + FIGURE
      + "-year-old|" + FIGURE + " years of age|\\d{1,3}-(?:jarige?|jahrige?n?|jahrig)|" + FIGURE
      + "(?:[\\s-]+)(?:jaar oud|jahre alt|anos de edad)|(?:de|con|tenia|tiene|cumplio|cumple) " + FIGURE + " anos|"
      + "\\p{L}, \\d{1,3},|\\(\\d{1,3}\\)|(?:born|geboren|nacido|nacida|nacio|ne|nee)\\b[^.;]{0,40}?\\b1\\d{3}|"
      + "\\b1\\d{3}\\s?[-–]\\s?(?:" + Numerals.YEAR_DIGITS + ")\\b|\\(\\s?(?:b\\.|geb\\.|n\\.)\\s?\\d{4}");
  private static final String TIME_UNIT = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|"
      + "centuries|century|seconden|minuten|uur|uren|dagen|dag|weken|week|maanden|maand|jaar|jaren|decennia|"
      + "decennium|eeuwen|eeuw|sekunden|stunden?|tagen?|tage|wochen?|monate?n?|monat|jahre?n?|jahrzehnte?n?|"
      + "jahrhunderte?n?|segundos?|minutos?|horas?|dias?|semanas?|meses|mes|anos?|decadas?|siglos?|secondes?|heures?|"
      + "jours?|semaines?|mois|ans|annees?|siecles?)";
  private static final String PLURAL_TIME_UNIT = "(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|"
      + "uren|dagen|weken|maanden|jaren|decennia|eeuwen|stunden|tage|wochen|monate|jahre|jahrzehnte|horas|dias|"
      + "semanas|meses|anos|decadas|siglos|heures|jours|semaines|mois|ans|annees)";
  private static final String LENGTH_UNIT = "(?:km|kms|kilomet(?:er|re)s?|kilometros?|miles?|mi|metres?|meters?|"
      + "metros?|m|cm|mm|centimet(?:er|re)s?|feet|foot|ft|inch(?:es)?|yards?|mijl|meilen|meile|millas?|leagues?|"
      + "leguas?|light[ -]years?|lichtjaar|lichtjahre?n?|anos luz|nautical miles?|zeemijl(?:en)?|au)";
  private static final Pattern DISTANCE = Pattern.compile("(?<![\\p{L}])" + FIGURE + "(?:[\\s-]+" + WORD
      + ")?[\\s-]*" + LENGTH_UNIT + "(?![\\p{L}])");
  private static final Pattern DURATION = Pattern.compile("(?<![\\p{L}])(?:" + FIGURE + "|a|an|one|een|ein|eine|"
      + "einen|un|una|half an?|een half|ein halbes)(?:[\\s-]+" + WORD + ")?[\\s-]+" + TIME_UNIT + "(?![\\p{L}])|"
      + "(?<![\\p{L}])" + FIGURE + "[\\s-]+" + LENGTH_UNIT + "(?![\\p{L}])"
      + "|\\b(?:" + Numerals.YEAR_DIGITS + ")\\s?[-–]\\s?\\d{2,4}\\b|"
      + "(?:from|between|van|tussen|von|zwischen|de|desde|entre)\\s+\\d{4}\\s+(?:to|until|and|tot|en|bis|und|a|"
      + "hasta|y)\\s+\\d{4}|(?<![\\p{L}])(?:for|voor|seit|durante|pendant) (?:years|decades|months|weeks|centuries|"
      + "jaren|decennia|maanden|weken|eeuwen|jahren|jahrzehnten|monaten|wochen|anos|decadas|meses|semanas)"
      // a span without a figure: "weeks or months", "dagen tot weken"
      + "|(?<![\\p{L}])" + PLURAL_TIME_UNIT + " (?:or|to|oder|bis|of|tot|o|a|ou) " + PLURAL_TIME_UNIT + "(?![\\p{L}])");
  private static final Pattern YEAR = Pattern.compile(NamedYears.YEAR_FORM
      + "|(?<![\\d.,])\\d{1,4}\\s?(?:ce|bce|bc|ad|v\\. ?chr|n\\. ?chr|a\\. ?c|d\\. ?c|av\\. j\\.-c)(?![\\p{L}])");
  /** A figure standing alone: digits or a number word, with its scale. */
  private static final Pattern FIGURE_TOKEN = Pattern.compile("(?<![\\p{L}\\d.,])(\\d++(?:[.,]\\d++)*+|" + NUMBER_WORD
      + ")(?:" + SCALE + "|(st|nd|rd|th|ste|de|e|er|te|ten|o|a))?(?![\\p{L}\\d])");
  /** A unit right after a figure makes it a measure, not a count ("80 gigabyte", "twee jaar", "1.4ghz"). */
  private static final Pattern MEASURE = Pattern.compile("[\\s-]?(?:" + TIME_UNIT + "|" + LENGTH_UNIT
      + "|kg|kilos?|kilogram(?:me)?s?|tonnes?|tons?|lbs?|grams?|ounces?|gb|gigabytes?|mb|megabytes?|kb|tb|"
      + "terabytes?|ghz|mhz|hz|bits?|bytes?|megapixels?|watts?|kw|mw|gw|kwh|volts?|mph|kmh|km/h|degrees?|graden|grad|"
      + "grados|°|liters?|litres?|gallons?|barrels?|acres?|hectares?|hectare|sq)(?![\\p{L}])");
  /** The words after a figure, past quotes, brackets and hyphens ("1,500 \"safety whistleblowers\"", "50-person"). */
  private static final Pattern NEXT_COUNTED = Pattern.compile("[\\s\"'“”‘’„(\\-]*(" + WORD + ")");
  /**
   * Nouns that count pieces of whatever is counted: "3.9 million units" for cars, "two million copies" or "60 Millionen
   * Alben" for records.
   */
  private static final Set<String> PIECES = Set.of("units", "copies", "exemplaren", "stuks", "stuk", "exemplare",
      "stuck", "einheiten", "unidades", "ejemplares", "copias", "unites", "exemplaires", "records", "albums", "platen",
      "alben", "platten", "tontrager", "discos", "albumes");
  /**
   * A figure told as a shortfall or a difference (folded, right after it, one word between at most): "seven short of",
   * "seven votes short.", "kwam zeven aanmeldingen tekort", "500 more than", "twee meer dan". "Two short films" is a
   * count: "short" there is followed by its noun.
   */
  private static final Pattern DIFFERENCE = Pattern.compile("(?:[\\s-]+\\p{L}+)?\\s+(?:short(?=\\s+of(?![\\p{L}])|\\s*"
      + "[.,;:!?)]|\\s*$)|tekort(?![\\p{L}])|(?:more|fewer|less|meer|minder)\\s+(?:than|dan)(?![\\p{L}]))");
  /** How many words after a figure may name what it counts ("two of Link's secondary weapons"). */
  private static final int COUNTED_WITHIN = 4;

  private final Set<String> questionFigures;
  /** Whether a word after a figure names what the question counts (a form of "people" for "how many people"). */
  private final Predicate<String> counted;
  /** Whether the question counts money: then an amount counts too ("how many investment banking fees"). */
  private final boolean money;
  /** Whether the question asks a shortfall or a difference ("how many more"): then a difference counts too. */
  private final boolean difference;

  /**
   * Whether the sentence of a figure with no counted word after it names what is counted: only then does the figure
   * count ("Six Paterson penalties" counts no caps).
   */
  private final Predicate<String> naming;

  /** Whether a figure, at a place of a text as written, is the asked name's and not another's ({@link Owned}). */
  private final Owned owned;

  /**
   * Whether the figure at {@code start} to {@code end} of {@code written}, in its {@code sentence}, may be the asked
   * one's.
   */
  interface Owned {
    boolean test(String written, Sentences.Span sentence, int start, int end);
  }

  FiguresOfKind(Set<String> questionFigures, Predicate<String> counted, boolean money, boolean difference) {
    this(questionFigures, counted, money, difference, sentence -> true, (written, sentence, start, end) -> true);
  }

  private FiguresOfKind(Set<String> questionFigures, Predicate<String> counted, boolean money, boolean difference,
      Predicate<String> naming, Owned owned) {
    this.questionFigures = Set.copyOf(questionFigures);
    this.counted = counted;
    this.money = money;
    this.difference = difference;
    this.naming = naming;
    this.owned = owned;
  }

  /** These figures where a figure with no counted word after it counts only in a sentence {@code naming} accepts. */
  FiguresOfKind naming(Predicate<String> naming) {
    return new FiguresOfKind(questionFigures, counted, money, difference, naming, owned);
  }

  /** These figures where a figure counts only where {@code owned} accepts its place in the text as written. */
  FiguresOfKind owned(Owned owned) {
    return new FiguresOfKind(questionFigures, counted, money, difference, naming, owned);
  }

  /** Whether a folded word is a cardinal number word ("three", "drie", "millones"). */
  static boolean isNumberWord(String folded) {
    return Numerals.CARDINALS.contains(folded) || COMPOUND_NUMBER_WORD.matcher(folded).matches();
  }

  /**
   * The unit a folded word names, the same in each language and written out or short: "day" for "days", "dagen",
   * "dias"; "mile" for "miles", "mi". Empty for a word that names no unit of time or length.
   */
  static String unit(String folded) {
    return UNITS.getOrDefault(folded, "");
  }

  private static final Map<String, String> UNITS = units(
      "second", "second seconds sec secs seconde seconden sekunde sekunden segundo segundos secondes",
      "minute", "minute minutes min mins minuut minuten minuto minutos",
      "hour", "hour hours hr hrs uur uren stunde stunden hora horas heure heures",
      "day", "day days dag dagen tag tage tagen dia dias jour jours",
      "week", "week weeks weken woche wochen semana semanas semaine semaines",
      "month", "month months maand maanden monat monate monaten mes meses mois",
      "year", "year years yr yrs jaar jaren jahr jahre jahren ano anos an ans annee annees",
      "decade", "decade decades decennium decennia jahrzehnt jahrzehnte jahrzehnten decada decadas decennie decennies",
      "century", "century centuries eeuw eeuwen jahrhundert jahrhunderte jahrhunderten siglo siglos siecle siecles",
      "mile", "mile miles mi mijl mijlen meile meilen milla millas",
      "kilometre", "km kms kilometre kilometres kilometer kilometers kilometro kilometros",
      "metre", "metre metres meter meters metro metros",
      "foot", "foot feet ft voet",
      "kilogram", "kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes kilogramm kilogramos",
      "tonne", "ton tons tonne tonnes tonnen tonelada toneladas");

  private static Map<String, String> units(String... unitAndForms) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < unitAndForms.length; i += 2) {
      for (String form : unitAndForms[i + 1].split(" ")) {
        out.put(form, unitAndForms[i]);
      }
    }
    return Map.copyOf(out);
  }

  /**
   * Whether {@code text} holds a figure of {@code kind} that the question does not already hold; {@code language} is
   * the text's, in which its sentences are told apart ("18. Mai" ends none).
   */
  boolean holds(AskedFigure.Kind kind, String text, String language) {
    String t = LanguageDetector.fold(text);
    Written written = new Written(text, t, language);
    return switch (kind) {
      case MONEY -> found(MONEY, t, written);
      case PERCENTAGE -> found(PERCENTAGE, t, written);
      case AGE -> found(AGE, t, written);
      case DISTANCE -> found(DISTANCE, t, written);
      case DURATION -> found(DURATION, t, written);
      case YEAR -> found(YEAR, t, written);
      case COUNT -> counts(t, written);
    };
  }

  /**
   * A text as written, whether its folded form keeps every place ({@code aligned}: a capital or an owner is read only
   * then), and its sentences, split once when first asked for: in the text as written where aligned, else folded.
   */
  private static final class Written {
    final String text;
    final boolean aligned;
    private final String read;
    private final String language;
    private List<Sentences.Span> sentences;

    Written(String text, String folded, String language) {
      this.text = text;
      this.aligned = folded.length() == text.length();
      this.read = aligned ? text : folded;
      this.language = language;
    }

    /** The sentence that holds {@code at} of the text read (as written where aligned), as the splitter cuts it. */
    Sentences.Span sentenceAt(int at) {
      if (sentences == null) {
        sentences = Sentences.spans(read, language);
      }
      Sentences.Span out = new Sentences.Span(0, read.length());
      for (Sentences.Span sentence : sentences) {
        if (sentence.start() > at) {
          break;
        }
        out = sentence;
      }
      return out;
    }
  }

  private boolean found(Pattern kindOf, String text, Written written) {
    Matcher m = kindOf.matcher(text);
    while (m.find()) {
      if (!ownFigure(m.group()) && (!written.aligned || ownedAt(written, m.start(), m.end()))) {
        return true;
      }
    }
    return false;
  }

  private boolean ownedAt(Written written, int start, int end) {
    return owned.test(written.text, written.sentenceAt(start), start, end);
  }

  /** Whether a match's figures are all the question's own ("in 2004" asked, "2004" in the answer answers nothing). */
  private boolean ownFigure(String match) {
    Set<String> in = figures(match);
    return !in.isEmpty() && questionFigures.containsAll(in);
  }

  /**
   * A count: a figure followed within {@link #COUNTED_WITHIN} words by the counted word or a form of it ("five years",
   * "its 41st week"), or any figure that is no other kind's: no year, amount of money (unless the question asks about
   * money), percentage, measure in a unit, day of a date, part of a name ("Channel 4"), rank ("number eight"), side of
   * a score or range ("6-3", "18-30 miljoen") or age ("aged 25"). Requiring the counted word
   * took sure from 16 of SQuAD's 852 sure right answers, which count "residents" for "New Yorkers", "copies" for
   * "units" (docs/answerability.md, "A figure of the kind asked").
   */
  private boolean counts(String text, Written written) {
    boolean aligned = written.aligned;
    Matcher m = FIGURE_TOKEN.matcher(text);
    while (m.find()) {
      String figure = m.group(1);
      if (aligned && (named(written.text, m.start()) || !ownedAt(written, m.start(), m.end()))) {
        continue;
      }
      if (questionFigures.contains(figure) || (!money && inside(MONEY, text, m.start()))
          || inside(PERCENTAGE, text, m.start())) {
        continue;
      }
      // "kwam zeven aanmeldingen tekort" names the counted noun, but says how many it fell short by
      if (!difference && DIFFERENCE.matcher(text).region(m.end(), text.length()).lookingAt()) {
        continue;
      }
      List<String> after = new ArrayList<>();
      Matcher w = NEXT_COUNTED.matcher(text);
      int at = m.end();
      while (after.size() < COUNTED_WITHIN && w.find(at) && w.start() == at) {
        after.add(w.group(1));
        at = w.end();
      }
      if (after.stream().anyMatch(counted) || (!after.isEmpty() && PIECES.contains(after.get(0)))) {
        return true;
      }
      // a day of a date is no count; read after the counted word, as "mi" is a day's name and a unit of length
      if (aligned && dated(text, m.start(), m.end())) {
        continue;
      }
      if (m.group(2) != null) {
        continue; // an ordinal counts only what it names: "its 41st week" for "how many weeks"
      }
      // a rank, a score or a range, an age: "number eight", "led 6-3", "18-30 miljoen euro", "aged 25"; a range whose
      // upper end has a magnitude word or a noun after it counts as its upper end would: "10-20 million subscribers"
      if (labelled(text, m.start()) || inside(AGE, text, m.start())
          || (aligned && listed(written.text, m.start(), m.end()))
          || (paired(text, m.start(), m.end()) && !countingRange(text, m, after))) {
        continue;
      }
      boolean year = YEAR.matcher(m.group()).matches();
      boolean measure = MEASURE.matcher(text).region(m.end(), text.length()).lookingAt();
      if (!year && !measure && naming.test(sentence(written, m.start()))) {
        return true;
      }
    }
    return false;
  }

  /** The sentence around {@code at}: as written where the folded text keeps every place, else folded. */
  private static String sentence(Written written, int at) {
    Sentences.Span span = written.sentenceAt(at);
    return written.read.substring(span.start(), span.end());
  }

  /** Whether the figure at {@code at} of the text as written is part of a name ("Channel 4", "Three Gorges"). */
  private static boolean named(String written, int at) {
    if (Character.isUpperCase(written.charAt(at))) {
      return !sentenceStart(written, at);
    }
    // a name goes on with digits ("Channel 4"), not with a number word in lower case: "die Ermordung Pauls fünf Jahre
    // zuvor" counts years, and German writes every noun before it with a capital
    if (Character.isLetter(written.charAt(at))) {
      return false;
    }
    int word = at - 1;
    while (word >= 0 && Character.isWhitespace(written.charAt(word))) {
      word--;
    }
    int end = word + 1;
    while (word >= 0 && (Character.isLetter(written.charAt(word)) || written.charAt(word) == '-')) {
      word--;
    }
    word++;
    if (word >= end || end == at || !Character.isUpperCase(written.charAt(word))) {
      return false;
    }
    String before = LanguageDetector.fold(written.substring(word, end));
    return !sentenceStart(written, word) && !Words.isStopWord(before) && !isNumberWord(before);
  }

  private static final Pattern LIST_BEFORE = Pattern.compile("(?:\\d|\\p{Lu}[\\p{L}\\d]*),\\s$");
  private static final Pattern LIST_AFTER = Pattern.compile(",\\s(?:\\d|\\p{Lu})");
  private static final Pattern FIGURE_LIST_AFTER = Pattern.compile(",\\s\\d");
  private static final Pattern FIGURE_LIST_BEFORE = Pattern.compile("\\d,\\s$");

  /**
   * Whether the figure is an item of a list of figures or names ("the 147, 156, 156 Sportwagon, 166, GTV"): model
   * numbers, not a count.
   */
  private static boolean listed(String written, int start, int end) {
    String before = written.substring(Math.max(0, start - 40), start);
    boolean figureBefore = FIGURE_LIST_BEFORE.matcher(before).find();
    boolean figureAfter = FIGURE_LIST_AFTER.matcher(written).region(end, written.length()).lookingAt();
    return figureBefore || figureAfter || (LIST_BEFORE.matcher(before).find()
        && LIST_AFTER.matcher(written).region(end, written.length()).lookingAt());
  }

  private static boolean sentenceStart(String written, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(written.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?:;\"'“”„(".indexOf(written.charAt(i)) >= 0;
  }

  /** Whether the figure is a day of a date: a month's name right before or after it ("31 March", "March 31"). */
  private static boolean dated(String folded, int start, int end) {
    Matcher after = NEXT_COUNTED.matcher(folded).region(end, folded.length());
    if (after.lookingAt() && Figures.isCalendarWord(after.group(1))) {
      return true;
    }
    Matcher before = LAST_WORD.matcher(folded.substring(0, start));
    return before.find() && Figures.isCalendarWord(before.group(1));
  }

  private static final Pattern LABEL =
      Pattern.compile("(?:(?<![\\p{L}])(?:number|no|nr|nummer|numero|num)\\.?|#)\\s*$");
  private static final Pattern PAIRED_BEFORE = Pattern.compile("\\d\\s?[-–]\\s?$");
  private static final Pattern PAIRED_AFTER = Pattern.compile("\\s?[-–]\\s?\\d");

  /** Whether the figure names a place in an order: "number eight", "No. 1", "nummer 3", "#2". */
  private static boolean labelled(String folded, int start) {
    return LABEL.matcher(folded.substring(0, start)).find();
  }

  /** Whether the figure is one side of a score or a range ("6-3", "18-30"): it counts nothing alone. */
  private static boolean paired(String folded, int start, int end) {
    return PAIRED_BEFORE.matcher(folded.substring(0, start)).find()
        || PAIRED_AFTER.matcher(folded).region(end, folded.length()).lookingAt();
  }

  private static final Pattern RANGE_START = Pattern.compile("(?<![\\d.,])(\\d+(?:[.,]\\d+)*)\\s?[-–]\\s?$");

  /**
   * Whether the figure is the upper end of a range of a count: a lower figure and a dash before it, nothing joined
   * after it, and a magnitude word ("10-20 million", "18-30 miljoen") or a noun ("10-15 people") after it. A score
   * runs either way ("7-5", "3-6") and is read as a range only where it climbs, as a range always does.
   */
  private static boolean countingRange(String folded, Matcher figure, List<String> after) {
    Matcher lower = RANGE_START.matcher(folded.substring(0, figure.start()));
    if (!lower.find() || PAIRED_AFTER.matcher(folded).region(figure.end(), folded.length()).lookingAt()
        || !(value(lower.group(1)) < value(figure.group(1)))) {
      return false;
    }
    boolean scaled = figure.group(2) == null && figure.end() > figure.end(1);
    return scaled || (!after.isEmpty() && noun(folded, figure.end(), after.get(0)));
  }

  /** Whether {@code word}, the first after a figure ending at {@code end}, follows it at once and may be a noun. */
  private static boolean noun(String folded, int end, String word) {
    Matcher next = NEXT_COUNTED.matcher(folded).region(end, folded.length());
    return next.lookingAt() && next.group(1).equals(word) && !Words.isStopWord(word) && !isNumberWord(word)
        && !Figures.isCalendarWord(word);
  }

  /** A figure's value, thousands separators ("1,500", "1.500") off and a decimal comma read as a point. */
  private static double value(String figure) {
    String plain = figure.replaceAll("[.,](?=\\d{3}(?!\\d))", "").replace(',', '.');
    try {
      return Double.parseDouble(plain);
    } catch (NumberFormatException e) {
      return Double.NaN; // "1.2.3": no figure to compare, so no range
    }
  }

  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\.?\\s+$");

  private static boolean inside(Pattern p, String text, int at) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (m.start() <= at && at < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** The figures of a folded text as written there ("2004", "33", "three"). */
  static Set<String> figures(String folded) {
    Set<String> out = new HashSet<>();
    Matcher m = FIGURE_TOKEN.matcher(folded);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }}
