package briefbot.app;

import briefbot.config.Config;
import briefbot.config.ConfigException;
import briefbot.config.Settings;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Logging, set up in code (logback finds it through META-INF/services): logfmt-style lines on stderr, one event a
 * line. In code rather than logback.xml because reading the XML loads some 600 classes (Joran, the JDK's XML parser)
 * at every start, a sixth of a cold start's class loading.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {

  /** msg is one quoted, escaped value and stack-trace lines start with a tab, so nothing logged can forge a line. */
  static final String PATTERN = "ts=%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX,UTC} level=%level logger=%logger{0}"
      + " msg=\"%safeMsg\"%n%safeEx";

  /** Libraries that say too much at the root's level. */
  private static final Map<String, Level> QUIETER = Map.of(
      "ai.djl", Level.ERROR,
      "CudaUtils", Level.ERROR,
      "org.eclipse.jetty", Level.WARN,
      "com.slack.api", Level.WARN,
      // Azure's JDK HTTP client warns on every request that the JDK sets Content-Length itself
      "com.azure.core.http.jdk.httpclient.JdkHttpClient", Level.ERROR,
      // SolrJ logs a stack trace at every cluster-state refresh that meets a stopped node; a failed request still errors
      "org.apache.solr.client.solrj.impl.BaseHttpClusterStateProvider", Level.ERROR);

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    Map<String, Supplier<DynamicConverter<?>>> rules = new HashMap<>();
    rules.put("safeMsg", LogMessage::new);
    rules.put("safeEx", LogThrowable::new);
    context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);

    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();

    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(rootLevel(System.getenv()));
    root.addAppender(stderr);
    QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /**
   * BRIEFBOT_LOG_LEVEL as the settings read it; WARN when unset or malformed (logging is set up before any command
   * runs, and must not stop one).
   */
  static Level rootLevel(Map<String, String> env) {
    String name = Settings.LOG_LEVEL.name();
    try {
      // that variable alone: another malformed setting is for its command to report, and no reason to log less
      Config config = Config.fromEnv(env.containsKey(name) ? Map.of(name, env.get(name)) : Map.of());
      return config.isSet(Settings.LOG_LEVEL) ? Level.toLevel(config.get(Settings.LOG_LEVEL).name()) : Level.WARN;
    } catch (ConfigException e) {
      return Level.WARN;
    }
  }
}
