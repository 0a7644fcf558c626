package briefbot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** A message bundle's file as written (no parent, no fallback): what the every-language-has-every-key tests read. */
public final class Bundles {

  private Bundles() {}

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
