package briefbot.app;

import briefbot.text.Untrusted;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The {@code msg} of a log line ({@code %safeMsg} in LogConfiguration's pattern): one quoted value whatever the message holds, so a
 * line break, quote or control character from outside can never forge a line; passwords and tokens in addresses are
 * masked, and a message is cut at 8,000 characters.
 */
public final class LogMessage extends ClassicConverter {

  static final int MAX = 8_000;

  @Override
  public String convert(ILoggingEvent event) {
    String message = event.getFormattedMessage();
    return message == null ? "" : Untrusted.escapeForLog(Untrusted.maskSecrets(message), MAX);
  }
}
