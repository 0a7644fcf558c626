package briefbot.answer;

import briefbot.text.DateNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words {@link Figures} reads as figures, in the five languages: months, weekdays, number and ordinal words,
 * vague quantities, scales, multiples, and the words around a span of time.
 */
final class FigureWords {

  static final Map<String, Integer> MONTHS = new HashMap<>();
  /** Month names that are also common words: a month only next to a day or a year. */
  static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar", "mai", "mars", "jun", "sept");
  static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  static final Map<String, Map<String, Long>> NUMBER_WORDS = new HashMap<>();
  static final Map<String, Map<String, Long>> ORDINAL_WORDS = new HashMap<>();
  static final Map<String, Integer> VAGUE = new HashMap<>();
  static final Map<String, Long> SCALES = new HashMap<>();
  /**
   * Verbs and adjectives of a multiple ("double", "verdubbelt", "verdreifacht"), in lower case as written (accents
   * kept, as the text is read), and the multiple.
   */
  static final Map<String, Integer> MULTIPLIERS = new HashMap<>();

  /** Words before a scale that make it a vague quantity of that order ("a few hundred", "enkele duizend"). */
  static final Set<String> FEW = Set.of("few", "several", "some", "paar", "enkele", "einige", "wenige",
      "quelques", "unos", "unas", "algunos", "algunas");
  /** "half a decade", "een half decennium", "ein halbes Jahrzehnt": five years. */
  static final Set<String> HALF_DECADE = Set.of("decade", "decennium", "jahrzehnt");
  static final Set<String> HALF = Set.of("half a", "een half", "ein halbes");
  /**
   * A count of years ("five years") is also read as a span ("y:5"), which "half a decade" backs: five years then need
   * no "five" in the source, while "five members" still does.
   */
  static final Set<String> YEARS = Set.of("years", "year", "jaar", "jaren", "jahre", "jahren", "jahr");
  /**
   * "A month after", "een week later", "ein Jahr zuvor": one unit of time before or after something, a figure as
   * "30 days" is (a model turns a paragraph's "days after" into "a month after").
   */
  static final Set<String> SPAN_ONE = Set.of("a", "an", "one", "een", "één", "ein", "eine", "einen");
  static final Map<String, String> SPAN_UNITS = Map.ofEntries(Map.entry("day", "day"),
      Map.entry("dag", "day"), Map.entry("tag", "day"), Map.entry("week", "week"), Map.entry("woche", "week"),
      Map.entry("month", "month"), Map.entry("maand", "month"), Map.entry("monat", "month"),
      Map.entry("year", "year"), Map.entry("jaar", "year"), Map.entry("jahr", "year"));
  static final Set<String> SPAN_RELATIVE = Set.of("after", "later", "before", "earlier", "ago", "na",
      "nadat", "eerder", "geleden", "voordat", "nach", "später", "früher", "zuvor", "danach", "vorher");
  /** "driedaagse", "tweejarige": a Dutch or German number word joined to what it counts. */
  static final Pattern COMPOUND_COUNT = Pattern.compile(
      "(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|zwei|drei|fünf|sechs|sieben|neun|zehn)"
          + "[-]?(daags|daagse|jarig|jarige|urig|urige|maands|wekelijks|tägig|tägige|jährig|jährige|voudig|fach)");

  static {
    for (int m = 0; m < DateNames.MONTHS.size(); m++) {
      month(m + 1, DateNames.MONTHS.get(m).toArray(String[]::new));
    }
    // abbreviations, and French names written without their accents
    month(1, "jan");
    month(2, "feb", "fevrier");
    month(3, "mar");
    month(4, "apr");
    month(6, "jun");
    month(7, "jul");
    month(8, "aug", "aout");
    month(9, "sep", "sept");
    month(10, "oct", "okt");
    month(11, "nov");
    month(12, "dec", "dez", "decembre");
    for (int d = 0; d < DateNames.WEEKDAYS.size(); d++) {
      weekday(d + 1, DateNames.WEEKDAYS.get(d).toArray(String[]::new));
    }
    // "one", "een", "ein", "un" are also articles and pronouns: only the unambiguous forms count.
    words("en", "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        + "eighteen nineteen twenty", 2);
    words("nl", "twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien "
        + "achttien negentien twintig", 2);
    words("de", "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn "
        + "siebzehn achtzehn neunzehn zwanzig", 2);
    words("fr", "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize", 2);
    words("es", "dos tres cuatro cinco seis siete ocho nueve diez", 2);
    tens("en", "thirty forty fifty sixty seventy eighty ninety");
    tens("nl", "dertig veertig vijftig zestig zeventig tachtig negentig");
    tens("de", "dreißig vierzig fünfzig sechzig siebzig achtzig neunzig");
    NUMBER_WORDS.get("nl").put("één", 1L);
    NUMBER_WORDS.get("es").put("veinte", 20L);
    NUMBER_WORDS.get("fr").put("vingt", 20L);
    ordinals("en", "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth", 3);
    ordinals("nl", "derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde", 3);
    ordinals("de", "dritte vierte fünfte sechste siebte achte neunte zehnte", 3);
    for (String w : List.of("dozens", "tientallen", "dutzende", "dizaines", "decenas")) {
      VAGUE.put(w, 1);
    }
    for (String w : List.of("hundreds", "honderden", "hunderte", "centaines", "cientos")) {
      VAGUE.put(w, 2);
    }
    for (String w : List.of("thousands", "duizenden", "tausende", "milliers", "miles")) {
      VAGUE.put(w, 3);
    }
    for (String w : List.of("millions", "miljoenen", "millionen", "millones")) {
      VAGUE.put(w, 6);
    }
    multiple(2, "double doubles doubled doubling twofold verdubbelen verdubbelt verdubbelde verdubbelden verdubbeld "
        + "verdoppeln verdoppelt verdoppelte verdoppelten doubler doublé doublée duplicar duplica duplicó "
        + "duplicado");
    multiple(3, "triple triples tripled tripling threefold verdrievoudigen verdrievoudigt verdrievoudigde "
        + "verdrievoudigd verdreifachen verdreifacht verdreifachte tripler triplé triplicar triplica triplicó");
    scale(100L, "hundred", "honderd", "hundert");
    scale(1_000L, "thousand", "duizend", "tausend", "mille", "mil");
    scale(1_000_000L, "million", "millions", "mln", "miljoen", "millionen", "mio", "millón", "millones");
    scale(1_000_000_000L, "billion", "billions", "bn", "miljard", "miljarden", "mld", "milliarde", "milliarden", "mrd",
        "milliard", "milliards");
    scale(1_000_000_000_000L, "trillion", "trillions", "biljoen", "billón", "billones");
  }

  private FigureWords() {}

  private static void month(int n, String... names) {
    for (String name : names) {
      MONTHS.put(name, n);
    }
  }

  private static void weekday(int n, String... names) {
    for (String name : names) {
      WEEKDAYS.put(name, n);
    }
  }

  private static void multiple(int n, String list) {
    for (String w : list.split(" ")) {
      MULTIPLIERS.put(w, n);
    }
  }

  private static void words(String language, String list, int first) {
    Map<String, Long> map = NUMBER_WORDS.computeIfAbsent(language, k -> new HashMap<>());
    String[] words = list.split(" ");
    for (int i = 0; i < words.length; i++) {
      map.put(words[i], (long) first + i);
    }
  }

  private static void tens(String language, String list) {
    String[] words = list.split(" ");
    for (int i = 0; i < words.length; i++) {
      NUMBER_WORDS.get(language).put(words[i], 30L + 10L * i);
    }
  }

  private static void ordinals(String language, String list, int first) {
    Map<String, Long> map = ORDINAL_WORDS.computeIfAbsent(language, k -> new HashMap<>());
    String[] words = list.split(" ");
    for (int i = 0; i < words.length; i++) {
      map.put(words[i], (long) first + i);
    }
  }

  private static void scale(long factor, String... names) {
    for (String name : names) {
      SCALES.put(name, factor);
    }
  }
}
