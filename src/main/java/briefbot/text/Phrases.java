package briefbot.text;

import briefbot.config.Settings;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Briefbot's own words in one of the languages it writes in, from one of its message bundles (an answer's frame, the
 * web pages, the digest): English for any other language, and a key a translation lacks from the English root bundle,
 * never from the machine's locale. {@code {0}}, {@code {1}} ... in a phrase are filled by hand, so a translation's
 * apostrophes need no escaping.
 */
public record Phrases(String language, ResourceBundle bundle) {

  private static final Pattern PLACE = Pattern.compile("\\{(\\d)}");

  /** The phrases of bundle {@code baseName} ("briefbot.answer.messages") in {@code language} (null: English). */
  public static Phrases of(String baseName, String language) {
    String tag = Settings.Language.of(language == null ? "" : language).orElse(Settings.Language.EN).code();
    return new Phrases(tag, ResourceBundle.getBundle(baseName, Locale.forLanguageTag(tag),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** The phrase under {@code key}, with {@code {0}}, {@code {1}} ... replaced by {@code values}. */
  public String get(String key, String... values) {
    // one pass, so a value that holds "{1}" itself (a user's own words) is kept as written
    return PLACE.matcher(bundle.getString(key)).replaceAll(m -> {
      int i = Integer.parseInt(m.group(1));
      return Matcher.quoteReplacement(i < values.length ? values[i] : m.group());
    });
  }

  /** The day as the language writes it, by the bundle's {@code dayPattern} ("d. MMMM yyyy") and month names. */
  public String day(LocalDate day) {
    return DateTimeFormatter.ofPattern(get("dayPattern"), Locale.forLanguageTag(language)).format(day);
  }
}
