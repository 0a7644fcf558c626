package briefbot.corpus;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title without the kicker a paper prints beside its headline. The Dutch papers' titles came with it after a full
 * stop: a section or place label ("Brits paspoort al zonder 'EU'. brexit", "Monument voor vliegtuigen. OPHEUSDEN",
 * "Fietsers. Column", "Vakbonden snel terug aan tafel. Commentaar | Hans van Soest"), shown as part of the title in
 * every citation. A kicker is lower-case, in capitals, one word, or a label with "|"; a longer capitalised part is a
 * subheadline and stays. Only after a sentence's stop (two lower-case letters, a quote, a bracket, "?" or "!"), so
 * "C. V. Raman", "St. Louis" and "Georg VI. (Vereinigtes Königreich)" keep their words. A stop after a question or
 * exclamation mark ("... subsidie?. BRIEF VAN DE DAG") goes too.
 */
final class Headline {

  private static final Pattern WITH_KICKER =
      Pattern.compile("^(.*?(?:[\\p{Ll}&&[^\\d]]{2}|[\"'”’)?!]))\\.+ ([^.!?]+)$");
  private static final Pattern STOP_AFTER_MARK = Pattern.compile("(?<=[?!])\\.(?=\\s|$)");

  private Headline() {}

  /** The title without its kicker; null for null. */
  static String of(String title) {
    if (title == null) {
      return null;
    }
    String text = title.startsWith(". ") ? title.substring(2) : title;
    Matcher m = WITH_KICKER.matcher(text);
    if (m.matches() && kicker(m.group(2))) {
      text = m.group(1);
    }
    return STOP_AFTER_MARK.matcher(text).replaceAll("");
  }

  private static boolean kicker(String part) {
    if (part.indexOf('|') >= 0 || part.split("\\s+").length == 1) {
      return true;
    }
    return Character.isLowerCase(part.codePointAt(0)) || part.equals(part.toUpperCase(Locale.ROOT));
  }
}
