package briefbot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;

/** A message bundle's file as written (no parent, no fallback): what the every-language-has-every-key tests read. */
public final class Bundles {

  private static final Pattern PLACE = Pattern.compile("\\{\\d}");

  private Bundles() {}

  /** A bundle's English words and their translation into one language. */
  public record Translation(Properties english, Properties translated) {}

  /**
   * The English bundle {@code base} ("/briefbot/chat/replies") and its translation into {@code language}, asserted
   * whole: the same keys, none blank, each with the English one's {0}, {1}... places; returned for a test's own checks.
   */
  public static Translation translated(String base, String language) {
    Properties english = read(base + ".properties");
    Properties translated = read(base + "_" + language + ".properties");
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(translated.stringPropertyNames()).as(base + " " + language)
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      String text = translated.getProperty(key, "");
      soft.assertThat(text).as(key).isNotBlank();
      soft.assertThat(places(text)).as(key).isEqualTo(places(english.getProperty(key)));
    }
    soft.assertAll();
    return new Translation(english, translated);
  }

  private static Set<String> places(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACE.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The properties of the class-path resource {@code path} ("/briefbot/answer/messages_de.properties"). */
  public static Properties read(String path) {
    try (InputStream in = Bundles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
