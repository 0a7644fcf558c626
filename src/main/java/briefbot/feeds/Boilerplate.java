package briefbot.feeds;

import briefbot.corpus.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short lines that are page furniture whatever element holds them: a date or time alone, and the headings that
 * introduce links to other pages ("Read more", "Lesen Sie auch", "Lees ook", "À lire aussi", "Te puede interesar").
 */
final class Boilerplate {

  private static final Set<String> DATE_WORDS = Set.of("am", "pm", "uhr", "um", "h", "on", "le", "el", "de",
      "op", "at", "of", "del", "du", "der", "den", "von", "vom", "published", "updated", "veröffentlicht",
      "aktualisiert", "stand", "gepubliceerd", "bijgewerkt", "publié", "publicado", "actualizado", "mis", "à", "jour");
  private static final Pattern MONTH_OR_DAY = Pattern.compile(
      "jan(uary|uar|vier|uari|eiro)?|feb(ruary|ruar|ruari|rero|rer|bra(io|ro)?)?|m(ar|är|aa)(ch|z|s|zo|rt|ço)?|"
          + "apr(il|ile)?|avril|abril|ma(y|i|j|yo|io|rca)|mei|mai|jun(e|i|io|ho)?|juin|giugno|jul(y|i|io|ho)?|juillet|"
          + "luglio|aug(ust|usti)?|ao[uû]t|agosto|sep(t|tember|tembre|tiembre|tembro)?|set(tembre|embro)?|"
          + "o[ck]t(ober|obre|ubre)?|nov(ember|embre|iembre|embro)?|de[cz](ember|embre|iembre|embro)?|dic(embre)?|"
          + "grudnia|stycznia|lutego|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|"
          + "mon(day|tag)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|"
          + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|"
          + "vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|"
          + "jueves|viernes|sábado|domingo|marca");
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "\\b(\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2})\\b");
  private static final List<String> SEE_ALSO = List.of(
      "read more", "read also", "also read", "see also", "related", "more on this", "more from", "more stories",
      "more news", "you may also like", "you might also like", "recommended", "latest news", "latest articles",
      "most read", "most popular", "explore further", "more about", "about the author", "want more",
      "mehr zum thema", "mehr zu", "lesen sie auch", "lies auch", "auch interessant", "das konnte sie auch",
      "das konnte dich auch", "weitere artikel", "weitere beitrage", "weitere informationen", "weitere themen",
      "ahnliche artikel", "ahnliche beitrage", "verwandte artikel", "empfohlene", "neueste artikel", "neueste beitrage",
      "zum weiterlesen", "weiterlesen", "schon gelesen", "meistgelesen", "uber den autor", "uber die autorin",
      "top themen", "lees ook", "lees meer", "meer over", "gerelateerd", "meest gelezen", "bekijk ook", "ook interessant",
      "a lire aussi", "lire aussi", "vous aimerez aussi", "sur le meme sujet", "articles similaires", "les plus lus",
      "voir aussi", "lea tambien", "lee tambien", "te puede interesar", "notas relacionadas", "noticias relacionadas",
      "mas noticias", "lo mas leido", "ver tambien", "tambien te puede", "veja tambem", "leia tambem", "leia mais",
      "leggi anche", "potrebbe interessarti", "articoli correlati", "zobacz takze", "zobacz tez", "czytaj takze",
      "czytaj tez", "polecamy");

  /** A photo or source credit line: "Foto: Instagram", "Credit:", "Crédits photos : X", "AFP / NAME", "X/Getty Images". */
  private static final Pattern CREDIT_LABEL = Pattern.compile(
      "(foto|fotos|photo|photos|bild|bilder|credit|credits|crédits?( photos?)?|quelle|source|image|images|"
          + "abbildung \\d+|beitragsbild|titelbild|copyright)\\s*:.{0,60}",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AGENCY = Pattern.compile("(afp|ap|dpa|reuters|epa|anp|efe|apa)\\s*/\\s*[\\p{Lu} .-]{2,40}",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final List<String> PHOTO_AGENCIES = List.of("getty images", "shutterstock", "imago images", "dpa-bildfunk");
  /**
   * What a site says about itself after an article, in the languages of the benchmark: subscribe or support us,
   * follow us, newsletter, advertising labels, copyright and disclaimers.
   */
  private static final Pattern PROMO = Pattern.compile(
      "\\b(subscribe|subscribers?|subscription|sign(ing)? up|newsletter|follow (us|.{1,40}? on (twitter|facebook|instagram|linkedin|tiktok|youtube|x))|"
          + "all rights reserved|copyrighted|not responsible for the opinions|does not offer medical advice|"
          + "if you enjoyed (reading )?this|support (us|our)|advertisement:?$|"
          + "abonnier\\w*|abo\\b|unterstütze|unterstützen sie|werbung|anzeige|gefällt dir unser|lust auf mehr|"
          + "meinung des autors|folgen sie uns|newsletter\\w*|"
          + "suscríbete|suscripción|hazte miembro|cancela cuando quieras|canal de (youtube|telegram|whatsapp)|"
          + "abonnez-vous|abonnement|"
          + "subskrypcj\\w*|korzystamy z cookies|"
          + "cookies?)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A promotion or disclaimer is a few sentences at most; a longer block that mentions these words is article text. */
  private static final int LONGEST_PROMO = 60;

  private Boilerplate() {}

  /** A caption's credit or a site's copyright is a line or two; article text that names "©" is rare and longer. */
  private static final int LONGEST_COPYRIGHT_LINE = 20;
  private static final Set<String> AD_LABELS = Set.of("advertisement", "anzeige", "werbung", "publicidad", "publicité",
      "reklama", "sponsored", "pubblicità");

  /**
   * A credit line of a photo or a source, standing alone or in brackets; a short line with a copyright sign
   * ("Marco Odermatt, Ski-Star. © AFP / MARCO BERTORELLO", "© Bundesrat | Frank Bräuer").
   */
  static boolean credit(TextBlock b) {
    String text = b.text();
    if (text.indexOf('©') >= 0 && b.words() <= LONGEST_COPYRIGHT_LINE) {
      return true;
    }
    if (text.length() > 2 && text.charAt(0) == '(' && text.charAt(text.length() - 1) == ')') {
      text = text.substring(1, text.length() - 1).strip();
    }
    return credit(text);
  }

  /** An advertisement's label standing alone: "Advertisement:", "ANZEIGE", "Werbung". */
  static boolean adLabel(String text) {
    if (text.length() > 20) {
      return false;
    }
    String letters = String.join(" ", words(text.toLowerCase(Locale.ROOT)));
    return AD_LABELS.contains(letters);
  }

  /** A credit line of a photo or a source, standing alone. */
  static boolean credit(String text) {
    if (text.length() > 80) {
      return false;
    }
    // The patterns run only where their mark is: a colon, a slash, an agency's name at the end.
    int colon = text.indexOf(':');
    if (colon >= 0 && text.length() - colon <= 61 && CREDIT_LABEL.matcher(text).matches()) {
      return true;
    }
    for (String agency : PHOTO_AGENCIES) {
      int start = text.length() - agency.length();
      if (start >= 0 && text.regionMatches(true, start, agency, 0, agency.length())
          && (start == 0 || !asciiWordChar(text.charAt(start - 1)))) {
        return true;
      }
    }
    return text.indexOf('/') >= 0 && AGENCY.matcher(text).matches();
  }

  private static boolean asciiWordChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }

  /** A line in which the site promotes itself (subscribe, follow, newsletter, ads) or disclaims; short. */
  static boolean promo(TextBlock b) {
    return b.words() <= LONGEST_PROMO && mayPromote(b.text()) && PROMO.matcher(b.text()).find();
  }

  /** A word every promotion the pattern finds holds, in lower case. */
  private static final String[] PROMO_WORDS = {"subscri", "sign", "newsletter", "follow", "rights reserved",
      "copyrighted", "not responsible", "medical advice", "enjoyed", "support", "advertisement", "abo", "unterst",
      "werbung", "anzeige", "gef", "lust auf mehr", "meinung des autors", "folgen sie", "suscr", "hazte miembro",
      "cancela cuando", "canal de", "subskrypcj", "korzystamy", "cookie"};

  /** Whether the text holds one of the pattern's words: the pattern, case-blind over Unicode, costs ten times more. */
  private static boolean mayPromote(String text) {
    StringBuilder lower = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      lower.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
    }
    String folded = lower.toString();
    for (String word : PROMO_WORDS) {
      if (folded.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A date, a time or both, alone: "03.04.2020", "19:49", "Dezember", "April 26, 2022", "Published on 3 May". */
  static boolean dateLine(String text) {
    if (text.length() > 50) {
      return false;
    }
    boolean any = false;
    for (String word : words(text.toLowerCase(Locale.ROOT))) {
      if (MONTH_OR_DAY.matcher(word).matches()) {
        any = true;
      } else if (!word.chars().allMatch(Character::isDigit) && !DATE_WORDS.contains(word)) {
        return false;
      }
    }
    return any || NUMERIC_DATE.matcher(text).find();
  }

  /** The runs of letters and numbers of the text, as a regex split at {@code [^\\p{L}\\p{N}]+} gives them. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Extractor.letterOrNumber(cp)) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** A heading or short line that introduces links to other articles. */
  static boolean seeAlso(String text) {
    if (text.length() > 60) {
      return false;
    }
    String folded = String.join(" ", words(LanguageDetector.fold(text)));
    for (String phrase : SEE_ALSO) {
      if (folded.startsWith(phrase) && (folded.length() == phrase.length() || folded.charAt(phrase.length()) == ' ')) {
        return true;
      }
    }
    return false;
  }
}
