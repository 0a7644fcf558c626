package briefbot.app;

import briefbot.text.Untrusted;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * The stack trace under a log line ({@code %safeEx} in LogConfiguration's pattern): every line of it starts with a tab, so an
 * exception message carrying a line break cannot start a line of its own; addresses' secrets are masked.
 */
public final class LogThrowable extends ThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    String trace = Untrusted.maskSecrets(super.throwableProxyToString(proxy));
    StringBuilder out = new StringBuilder(trace.length() + 64);
    for (String line : trace.split("\\R", -1)) {
      if (!line.isEmpty()) {
        out.append(line.startsWith("\t") ? line : "\t" + line).append(CoreConstants.LINE_SEPARATOR);
      }
    }
    return out.toString();
  }
}
