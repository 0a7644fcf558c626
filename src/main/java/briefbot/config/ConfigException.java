package briefbot.config;

/** A missing or malformed setting; the message names the variable and is shown as one line at start-up. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
