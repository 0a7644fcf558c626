package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.text.DateNames;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What kind of answer a question asks for (who: a person, when: a date, how many: a number, where: a place, why: a
 * reason), told from its question words in English, Dutch, German, French and Spanish, and whether a sentence holds
 * one that the question does not already name.
 */
public enum AnswerType {
  PERSON, DATE, NUMBER, PLACE, REASON, OTHER;

  /** Question patterns per language, checked in this order (a "how many" question is not a "how" question). */
  private static final Map<String, List<Map.Entry<AnswerType, Pattern>>> QUESTIONS = Map.of(
      "en", List.of(
          rule(REASON, "why|for what reason|how come"),
          rule(NUMBER, "how (many|much|long|old|far|big|large|tall|high|often|fast)|what (number|percentage|share|amount|"
              + "proportion|age|price|cost)|what (is|was|were|are) the (price|cost|amount|number|population|value|"
              + "budget|fee|fine|salary|size|percentage|share)"),
          rule(DATE, "when|(what|which|in what) (year|date|day|month|century|decade|time)|since when"),
          rule(PLACE, "where|(what|which|in what|in which) (city|country|place|town|region|state|venue|county|continent)"),
          rule(PERSON, "who|whom|whose|(what|which) (person|man|woman|player|company)")),
      "nl", List.of(
          rule(REASON, "waarom|hoezo"),
          rule(NUMBER, "hoeveel|hoe (lang|oud|ver|groot|vaak|duur|hoog|zwaar)|wat (kost|kostte|kosten|kostten|verdient|"
              + "verdiende|verdienen|verdienden|betaalt|betaalde|betalen|betaalden)"),
          rule(DATE, "wanneer|(welk|in welk) jaar|welke (datum|dag|maand|eeuw)|sinds wanneer"),
          rule(PLACE, "waar|(in )?welke (stad|plaats|provincie|gemeente)|(in )?welk land"),
          rule(PERSON, "wie|wiens")),
      "de", List.of(
          rule(REASON, "warum|weshalb|wieso|weswegen"),
          rule(NUMBER, "wie ?(viele|viel|lange|lang|alt|weit|gross|groß|hoch|oft|schwer|teuer|nah|nahe|schnell|breit|tief|"
              + "haufig)|was (kostet|kostete|kosteten|verdient|verdiente|verdienen|zahlt|zahlte|bezahlt|bezahlte)|(in|mit) welchem alter|in welcher (hohe|entfernung|tiefe|"
              + "geschwindigkeit)|welche[mnrs]? (anteil|prozentsatz|anzahl|zahl|prozent|summe|betrag|alter|entfernung|"
              + "temperatur|geschwindigkeit)|was (ist|war|sind|waren) (der|die|das) (\\p{L}*(anteil|prozentsatz|anzahl|"
              + "zahl|kosten|einkommen|umsatz|betrag|summe)|prozent|preis|wert|alter|hohe|lange|grosse|große|entfernung|"
              + "bevolkerung|gehalt|budget|temperatur|geschwindigkeit|dauer)"),
          rule(DATE, "wann|welche[mnrs]? (\\p{L}+ )?(jahr|jahre|jahren|jahres|datum|tag|tage|"
              + "tagen|monat|monaten|jahrhundert|jahrhunderts|jahrzehnt|jahrzehnten|zeit|zeitraum|epoche|uhrzeit)|"
              + "wie spat"),
          rule(PLACE, "wo|wohin|woher|(in )?welche[mnrs]? (stadt|land|ort|region|staat)"),
          rule(PERSON, "wer|wem|wen|wessen")),
      "fr", List.of(
          rule(REASON, "pourquoi"),
          rule(NUMBER, "combien"),
          rule(DATE, "quand|(en )?quelle (annee|date)|depuis quand"),
          rule(PLACE, "ou|dans quelle ville|dans quel pays"),
          rule(PERSON, "qui")),
      "es", List.of(
          rule(REASON, "por que|porque"),
          rule(NUMBER, "cuant[oa]s?|que (porcentaje|cantidad|edad|tamano|altura|longitud|distancia|proporcion|"
              + "velocidad|temperatura|profundidad|medidas|superficie|duracion)|que tan (grande|alto|alta|lejos|largo|"
              + "larga|rapido|viejo|vieja)|cual(es)? (es|era|fue|son|eran|fueron) (el|la|los|las) (porcentaje|numero|"
              + "cantidad|precio|costo|coste|valor|poblacion|edad|tamano|altura|longitud|distancia|proporcion|tasa|"
              + "presupuesto|salario|sueldo|velocidad|temperatura|duracion|superficie|peso|ingreso|ingresos|cifra|monto|"
              + "importe)"),
          rule(DATE, "cuando|(en |de |desde |hasta |durante )?que (ano|anos|fecha|dia|mes|siglo|decada|epoca|periodo|"
              + "hora)|desde cuando|hasta cuando|cual (es|era|fue) (la fecha|el ano|el dia|el siglo|la decada)"),
          rule(PLACE, "donde|adonde|(en )?que (ciudad|pais|lugar|region)"),
          rule(PERSON, "quien(es)?")));

  private static final Pattern DIGITS = Pattern.compile("\\d");
  /**
   * Number words: the cardinals, and four words this check counted before it read them from {@link Numerals} that an
   * answer's figures leave out: "een", "eins" and "uno" are also the article "a", and "half".
   */
  private static final Set<String> NUMBER_WORDS = Stream.concat(Numerals.CARDINALS.stream(),
      Stream.of("half", "een", "eins", "uno")).collect(Collectors.toUnmodifiableSet());
  private static final Pattern YEAR = Pattern.compile("\\b(" + Numerals.YEAR_DIGITS + ")s?\\b");
  /** The months' and days' names, folded, and the other words that date something. */
  private static final Set<String> DATE_WORDS = Stream.of(DateNames.months(), DateNames.weekdays(),
      Stream.of("yesterday", "today", "tomorrow", "century", "decade", "gisteren", "vandaag", "morgen", "eeuw",
          "gestern", "heute", "jahrhundert", "hier", "siecle", "ayer", "siglo"))
      .flatMap(w -> w).map(LanguageDetector::fold).collect(Collectors.toUnmodifiableSet());
  private static final Pattern REASON_WORDS = Pattern.compile("(?iu)\\b(because|since|as a result|due to|owing to|"
      + "in order to|so that|thanks to|after|led to|caused|omdat|doordat|want|vanwege|wegens|zodat|daardoor|"
      + "weil|denn|wegen|aufgrund|damit|deshalb|daher|parce que|car|à cause|grâce|afin|porque|debido|ya que|"
      + "a causa|gracias a|por eso|para que)\\b");
  private static final Pattern PLACE_CUE = Pattern.compile("(?u)\\b(in|at|from|near|to|into|naar|bij|uit|nabij|te|"
      + "im|aus|bei|nach|nahe|à|au|aux|dans|en|de|desde|cerca)\\s+(the |de |het |der |dem |den |la |le |el )?"
      + "(\\p{Lu}[\\p{L}-]+)");
  private static final Pattern CAPITALISED = Pattern.compile("(?u)(?<=[\\s(\"'„,])(\\p{Lu}[\\p{L}'-]+)");
  private static final Pattern CAPITALISED_PAIR = Pattern.compile("(?u)\\b(\\p{Lu}[\\p{L}'-]+)\\s+(\\p{Lu}[\\p{L}'-]+)");
  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static Map.Entry<AnswerType, Pattern> rule(AnswerType type, String words) {
    return Map.entry(type, Pattern.compile("(?u)(^|[^\\p{L}])(" + words + ")($|[^\\p{L}])"));
  }

  /** The type of answer a question in {@code language} asks for; OTHER for "what", "which", "how" and the rest. */
  public static AnswerType of(String question, String language) {
    String folded = LanguageDetector.fold(question);
    for (var rule : QUESTIONS.getOrDefault(language, QUESTIONS.get("en"))) {
      if (rule.getValue().matcher(folded).find()) {
        return rule.getKey();
      }
    }
    return OTHER;
  }

  /**
   * Whether {@code sentence} holds an answer of this type that is not one of the question's own words
   * ({@code questionWords}, folded): "When did Trump take office?" is answered by "January 20", not by "Trump".
   */
  public boolean presentIn(String sentence, String language, Set<String> questionWords) {
    return switch (this) {
      case NUMBER -> words(sentence).stream().anyMatch(w -> !questionWords.contains(w)
          && (DIGITS.matcher(w).find() || NUMBER_WORDS.contains(w)));
      case DATE -> yearNotAsked(sentence, questionWords)
          || words(sentence).stream().anyMatch(w -> DATE_WORDS.contains(w) && !questionWords.contains(w));
      case REASON -> REASON_WORDS.matcher(sentence).find();
      case PLACE -> newName(PLACE_CUE.matcher(sentence), 3, questionWords);
      case PERSON -> language.equals("de")
          ? newName(CAPITALISED_PAIR.matcher(sentence), 2, questionWords)
          : newName(CAPITALISED.matcher(sentence), 1, questionWords);
      case OTHER -> true;
    };
  }

  /** The question's own words, folded, as {@link #presentIn} compares them. */
  public static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : WORD.split(LanguageDetector.fold(text))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean yearNotAsked(String sentence, Set<String> questionWords) {
    Matcher m = YEAR.matcher(sentence);
    while (m.find()) {
      if (!questionWords.contains(m.group(1)) && !questionWords.contains(m.group())) {
        return true;
      }
    }
    return false;
  }

  private static boolean newName(Matcher m, int group, Set<String> questionWords) {
    while (m.find()) {
      String name = LanguageDetector.fold(m.group(group));
      if (!questionWords.contains(name) && !Concepts.isStopWord(name)) {
        return true;
      }
    }
    return false;
  }
}
