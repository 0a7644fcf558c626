package briefbot.answer;

import briefbot.text.DateNames;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a text in a comparable form, whatever the language or format: amounts ("10,000", "10.000", "ten
 * thousand", "$240 billion", "240 miljard dollar"), dates ("Nov. 7", "7 november"), months, weekdays, ordinals,
 * vague quantities ("thousands", "duizenden", "a few hundred"), multiples ("double", "verdubbelt") and codes ("B-1B", "G7").
 */
final class Figures {

  /** One figure: what it is and its value, as compared ({@code n:10000}, {@code d:11-7}, {@code w:5}...). */
  record Figure(String key, String shown) {}

  private static final Pattern TOKEN = Pattern.compile(
      "\\p{L}+(?:[-'’]\\p{L}+)*\\.?|\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+(?![\\d])(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?"
          + "(?:st|nd|rd|th|ste|de|e|er|ème)?(?![\\p{L}\\d])|[%$€£]|[;:,!?()\\[\\]\"“”„«»–—]|\\.(?=\\s|$)");
  private static final Pattern PUNCTUATION = Pattern.compile("[;:,!?()\\[\\]\"“”„«»–—.]");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+");
  /**
   * Grouped thousands with decimals after the last separator ("10,385.48", "8.850,34", "10 385,48"), which {@link
   * #TOKEN} reads as one number.
   */
  private static final Pattern GROUPED_DECIMAL = Pattern.compile("(" + GROUPED.pattern() + ")[.,](\\d+)");
  /** A run of letters and digits joined by hyphens: a code when it mixes both ("B-1B", "G7", "F-16"). */
  private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d])[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*");
  private static final Pattern GROUP_OF = Pattern.compile(
      "(?i)group of (seven|twenty)|groep van (zeven|twintig)|gruppe der (sieben|zwanzig)|groupe des (sept|vingt)");
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(\\d+)(?:st|nd|rd|th|ste|de|e|er|ème)");

  private static final Map<String, Integer> MONTHS = new HashMap<>();
  /** Month names that are also common words: a month only next to a day or a year. */
  private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar", "mai", "mars", "jun", "sept");
  private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  private static final Map<String, Map<String, Long>> NUMBER_WORDS = new HashMap<>();
  private static final Map<String, Map<String, Long>> ORDINAL_WORDS = new HashMap<>();
  private static final Map<String, Integer> VAGUE = new HashMap<>();
  /** How many orders of magnitude a vague quantity spans: its own and the next ("thousands" for 1,000 to 99,999). */
  private static final int VAGUE_ORDERS = 2;
  private static final Map<String, Long> SCALES = new HashMap<>();
  /**
   * Verbs and adjectives of a multiple ("double", "verdubbelt", "verdreifacht"), in lower case as written (accents
   * kept, as the text is read), and the multiple.
   */
  private static final Map<String, Integer> MULTIPLIERS = new HashMap<>();

  /** Words before a scale that make it a vague quantity of that order ("a few hundred", "enkele duizend"). */
  private static final Set<String> FEW = Set.of("few", "several", "some", "paar", "enkele", "einige", "wenige",
      "quelques", "unos", "unas", "algunos", "algunas");
  /** "half a decade", "een half decennium", "ein halbes Jahrzehnt": five years. */
  private static final Set<String> HALF_DECADE = Set.of("decade", "decennium", "jahrzehnt");
  private static final Set<String> HALF = Set.of("half a", "een half", "ein halbes");
  /**
   * A count of years ("five years") is also read as a span ("y:5"), which "half a decade" backs: five years then need
   * no "five" in the source, while "five members" still does.
   */
  private static final Set<String> YEARS = Set.of("years", "year", "jaar", "jaren", "jahre", "jahren", "jahr");
  /**
   * "A month after", "een week later", "ein Jahr zuvor": one unit of time before or after something, a figure as
   * "30 days" is (a model turns a paragraph's "days after" into "a month after").
   */
  private static final Set<String> SPAN_ONE = Set.of("a", "an", "one", "een", "één", "ein", "eine", "einen");
  private static final Map<String, String> SPAN_UNITS = Map.ofEntries(Map.entry("day", "day"),
      Map.entry("dag", "day"), Map.entry("tag", "day"), Map.entry("week", "week"), Map.entry("woche", "week"),
      Map.entry("month", "month"), Map.entry("maand", "month"), Map.entry("monat", "month"),
      Map.entry("year", "year"), Map.entry("jaar", "year"), Map.entry("jahr", "year"));
  private static final Set<String> SPAN_RELATIVE = Set.of("after", "later", "before", "earlier", "ago", "na",
      "nadat", "eerder", "geleden", "voordat", "nach", "später", "früher", "zuvor", "danach", "vorher");
  /** "driedaagse", "tweejarige": a Dutch or German number word joined to what it counts. */
  private static final Pattern COMPOUND_COUNT = Pattern.compile(
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

  private Figures() {}

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

  /** The word without one period at its end ("Nov." as "Nov"), as {@code replaceAll("\\.$", "")} without a regex. */
  private static String withoutFinalPeriod(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  /** A month or weekday name, in any of the languages: a figure, not a name. */
  static boolean isCalendarWord(String folded) {
    String w = withoutFinalPeriod(folded);
    return (MONTHS.containsKey(w) && !AMBIGUOUS_MONTHS.contains(w)) || WEEKDAYS.containsKey(w) || w.equals("may")
        || w.equals("march");
  }

  /** Whether a word is written as a number, number word or figure word (counted by the figures, not as a word). */
  static boolean isFigureWord(String folded, String language) {
    String w = withoutFinalPeriod(folded);
    return MONTHS.containsKey(w) || WEEKDAYS.containsKey(w) || VAGUE.containsKey(w) || SCALES.containsKey(w)
        || NUMBER_WORDS.getOrDefault(language, Map.of()).containsKey(w)
        || ORDINAL_WORDS.getOrDefault(language, Map.of()).containsKey(w) || COMPOUND_COUNT.matcher(w).lookingAt()
        || w.chars().anyMatch(Character::isDigit);
  }

  /** The figures of a text written in {@code language}. */
  static Set<Figure> of(String text, String language) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    Set<Figure> out = new LinkedHashSet<>();
    Set<Integer> inCodes = new HashSet<>();
    Matcher code = CODE.matcher(s);
    while (code.find()) {
      String c = code(code.group());
      if (c != null) {
        out.add(new Figure("c:" + c.toLowerCase(Locale.ROOT).replace("-", ""), c));
        for (int i = code.start(); i < code.start() + c.length(); i++) {
          inCodes.add(i);
        }
      }
    }
    Matcher group = GROUP_OF.matcher(s);
    while (group.find()) {
      String n = group.group().toLowerCase(Locale.ROOT);
      boolean seven = n.endsWith("seven") || n.endsWith("zeven") || n.endsWith("sieben") || n.endsWith("sept");
      out.add(new Figure(seven ? "c:g7" : "c:g20", group.group()));
    }
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      if (!inCodes.contains(m.start())) {
        tokens.add(m.group());
      }
    }
    read(tokens, language, out);
    return out;
  }

  private static void read(List<String> tokens, String language, Set<Figure> out) {
    Map<String, Long> numberWords = NUMBER_WORDS.getOrDefault(language, Map.of());
    Map<String, Long> ordinalWords = ORDINAL_WORDS.getOrDefault(language, Map.of());
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String word = token.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
      if (word.isEmpty() || PUNCTUATION.matcher(word).matches()) {
        continue;
      }
      if (SPAN_ONE.contains(word) && i + 2 < tokens.size() && SPAN_UNITS.containsKey(clean(tokens.get(i + 1)))
          && SPAN_RELATIVE.contains(clean(tokens.get(i + 2)))) {
        // "a month after", "een week later", "ein Jahr zuvor": a span of one, which "days after" does not back
        out.add(new Figure("s:" + SPAN_UNITS.get(clean(tokens.get(i + 1))) + ":1",
            String.join(" ", tokens.subList(i, i + 3))));
        i++;
        continue;
      }
      Integer month = MONTHS.get(word);
      if (month != null) {
        i = date(tokens, i, month, word, out);
        continue;
      }
      if (WEEKDAYS.containsKey(word)) {
        out.add(new Figure("w:" + WEEKDAYS.get(word), token));
        continue;
      }
      if (HALF_DECADE.contains(word) && i >= 2
          && HALF.contains(clean(tokens.get(i - 2)) + " " + clean(tokens.get(i - 1)))) {
        // "more than half a decade later" is five years, not a count of five of anything else
        out.add(new Figure("y:5", String.join(" ", tokens.subList(i - 2, i + 1))));
        continue;
      }
      if (VAGUE.containsKey(word)) {
        out.add(new Figure("q:" + VAGUE.get(word), token));
        continue;
      }
      if (MULTIPLIERS.containsKey(word)) {
        // "would double its contribution": a multiple is a figure, backed only where a paragraph gives that multiple
        out.add(new Figure("x:" + MULTIPLIERS.get(word), token));
        continue;
      }
      if (SCALES.containsKey(word) && i > 0 && FEW.contains(clean(tokens.get(i - 1)))) {
        // "a few hundred", "een paar duizend", "einige hundert": as vague as "hundreds", and of that order
        out.add(new Figure("q:" + (BigDecimal.valueOf(SCALES.get(word)).precision() - 1),
            tokens.get(i - 1) + " " + token));
        continue;
      }
      BigDecimal value = number(token, numberWords, ordinalWords);
      if (value == null) {
        Matcher compound = COMPOUND_COUNT.matcher(word);
        if (compound.lookingAt()) {
          Long n = NUMBER_WORDS.getOrDefault("nl", Map.of()).getOrDefault(compound.group(1),
              NUMBER_WORDS.getOrDefault("de", Map.of()).get(compound.group(1)));
          if (n != null) {
            out.add(new Figure("n:" + n, token));
          }
        }
        continue;
      }
      if (i + 1 < tokens.size() && MONTHS.containsKey(clean(tokens.get(i + 1))) && day(value)) {
        // "7 november", "7th of November" is read at the month
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && SCALES.containsKey(clean(tokens.get(j)))) {
        value = value.multiply(BigDecimal.valueOf(SCALES.get(clean(tokens.get(j)))));
        j++;
      }
      i = j - 1;
      out.add(new Figure("n:" + value.stripTrailingZeros().toPlainString(), token));
      if (j < tokens.size() && YEARS.contains(clean(tokens.get(j)))) {
        out.add(new Figure("y:" + value.stripTrailingZeros().toPlainString(), token));
      }
    }
  }

  /**
   * The code in a hyphenated run, without the words joined after it ("B-1B-bommenwerper" is B-1B), or null when it
   * is no code: letters and digits both, and no ordinal ("75th").
   */
  private static String code(String run) {
    String[] parts = run.split("-");
    int end = parts.length;
    while (end > 1 && parts[end - 1].length() >= 3 && parts[end - 1].chars().allMatch(Character::isLetter)) {
      end--;
    }
    String c = String.join("-", Arrays.copyOf(parts, end));
    boolean letters = c.chars().anyMatch(Character::isLetter);
    boolean digits = c.chars().anyMatch(Character::isDigit);
    return letters && digits && !ORDINAL_SUFFIX.matcher(c).matches() ? c : null;
  }

  /** Reads a month with the day and year next to it; returns the last token used. */
  private static int date(List<String> tokens, int i, int month, String word, Set<Figure> out) {
    Integer before = i > 0 ? dayOf(tokens.get(i - 1)) : null;
    if (before == null && i > 1 && List.of("of", "van", "de").contains(clean(tokens.get(i - 1)))) {
      before = dayOf(tokens.get(i - 2));
    }
    Integer after = i + 1 < tokens.size() ? dayOf(tokens.get(i + 1)) : null;
    Integer year = null;
    int last = i;
    if (after != null) {
      last = i + 1;
    }
    int y = after != null ? i + 2 : i + 1;
    if (after != null && y + 1 < tokens.size() && tokens.get(y).equals(",")) {
      y++; // "November 7, 2024"
    }
    if (y < tokens.size() && tokens.get(y).matches("\\d{4}")) {
      year = Integer.parseInt(tokens.get(y));
      out.add(new Figure("n:" + year, tokens.get(y)));
      last = y;
    }
    Integer day = before != null ? before : after;
    if (AMBIGUOUS_MONTHS.contains(word) && day == null && year == null) {
      return i;
    }
    if (day != null) {
      out.add(new Figure("d:" + month + "-" + day, tokens.get(i)));
    } else {
      out.add(new Figure("m:" + month, tokens.get(i)));
    }
    return last;
  }

  private static Integer dayOf(String token) {
    Matcher ordinal = ORDINAL_SUFFIX.matcher(token);
    String digits = ordinal.matches() ? ordinal.group(1) : token;
    if (!digits.matches("\\d{1,2}")) {
      return null;
    }
    int day = Integer.parseInt(digits);
    return day >= 1 && day <= 31 ? day : null;
  }

  private static boolean day(BigDecimal value) {
    return value.scale() <= 0 && value.compareTo(BigDecimal.ONE) >= 0 && value.compareTo(BigDecimal.valueOf(31)) <= 0;
  }

  private static String clean(String token) {
    return token.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
  }

  /** A number written in digits (grouped, decimal or ordinal) or as a word; null for anything else. */
  private static BigDecimal number(String token, Map<String, Long> words, Map<String, Long> ordinals) {
    String word = token.toLowerCase(Locale.ROOT);
    if (words.containsKey(word)) {
      return BigDecimal.valueOf(words.get(word));
    }
    if (ordinals.containsKey(word)) {
      return BigDecimal.valueOf(ordinals.get(word));
    }
    if (word.contains("-")) {
      String[] parts = word.split("-");
      if (parts.length == 2 && words.containsKey(parts[0]) && words.containsKey(parts[1])
          && words.get(parts[0]) >= 20 && words.get(parts[1]) < 10) {
        return BigDecimal.valueOf(words.get(parts[0]) + words.get(parts[1]));
      }
      if (words.containsKey(parts[0]) && !words.containsKey(parts[parts.length - 1])) {
        return BigDecimal.valueOf(words.get(parts[0])); // "three-day", "twelve-minute"
      }
      return null;
    }
    if (!Character.isDigit(token.charAt(0))) {
      return null;
    }
    Matcher ordinal = ORDINAL_SUFFIX.matcher(token);
    String digits = ordinal.matches() ? ordinal.group(1) : token;
    if (GROUPED.matcher(digits).matches()) {
      return new BigDecimal(digits.replaceAll("[^\\d]", ""));
    }
    Matcher decimals = GROUPED_DECIMAL.matcher(digits);
    if (decimals.matches()) {
      // "10,385.48" or "8.850,34": with one separator for decimals the two would be no number at all
      return new BigDecimal(decimals.group(1).replaceAll("[^\\d]", "") + "." + decimals.group(2));
    }
    return new BigDecimal(digits.replace(',', '.'));
  }

  /** The figures of a claim that none of the sources' figures backs. */
  static List<Figure> unsupported(Set<Figure> claim, Set<Figure> sources) {
    Set<String> keys = new HashSet<>();
    sources.forEach(f -> keys.add(f.key()));
    List<Figure> out = new ArrayList<>();
    Set<String> claimed = new HashSet<>();
    claim.forEach(f -> claimed.add(f.key()));
    for (Figure f : claim) {
      String n = f.key().substring(2);
      boolean span = f.key().startsWith("y:") && keys.contains("n:" + n)
          || f.key().startsWith("n:") && claimed.contains("y:" + n) && keys.contains("y:" + n);
      if (!span && !keys.contains(f.key()) && !vaguelyBacked(f, keys)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * "thousands" is backed by a figure of that order of magnitude or the next ("12,000"), never two orders up: "hundreds
   * of troops" is not "more than 10,000 troops"; a month by a date in it.
   */
  private static boolean vaguelyBacked(Figure f, Set<String> keys) {
    if (f.key().startsWith("q:")) {
      int magnitude = Integer.parseInt(f.key().substring(2));
      return keys.stream().filter(k -> k.startsWith("n:")).map(k -> new BigDecimal(k.substring(2)))
          .anyMatch(v -> v.precision() - v.scale() - 1 >= magnitude
              && v.precision() - v.scale() - 1 < magnitude + VAGUE_ORDERS);
    }
    if (f.key().startsWith("m:")) {
      return keys.stream().anyMatch(k -> k.startsWith("d:" + f.key().substring(2) + "-"));
    }
    if (f.key().startsWith("n:")) {
      String n = f.key().substring(2);
      // a day of a date in the sources ("on the 7th")
      return keys.stream().anyMatch(k -> k.startsWith("d:") && k.endsWith("-" + n));
    }
    return false;
  }
}
