package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.testing.LogCapture;
import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Issue 20, failures 2 and 10: log lines a stranger cannot forge, with no password in them. */
class LogLinesTest {

  private static final Logger LOG = LoggerFactory.getLogger("briefbot.test.Security");

  @Test
  void aLineBreakOrQuoteInAMessageCannotForgeALine() {
    try (LogCapture log = LogCapture.start()) {
      LOG.warn("rejected body={}", "x\"\nts=2024-01-01T00:00:00Z level=ERROR logger=Security msg=\"FORGED\"\r\\");

      assertThat(log.lines()).hasSize(1);
      assertThat(log.lines().get(0)).startsWith("ts=").contains("level=WARN")
          .endsWith("msg=\"rejected body=x\\\"\\nts=2024-01-01T00:00:00Z level=ERROR logger=Security "
              + "msg=\\\"FORGED\\\"\\r\\\\\"");
    }
  }

  @Test
  void anExceptionMessageWithALineBreakStaysUnderItsLine() {
    try (LogCapture log = LogCapture.start()) {
      LOG.error("failed", new IOException("bad\nts=2024-01-01T00:00:00Z level=ERROR msg=\"FORGED\""));

      assertThat(log.lines()).filteredOn(l -> l.startsWith("ts=")).hasSize(1);
      assertThat(log.lines().subList(1, log.lines().size())).allSatisfy(l -> assertThat(l).startsWith("\t"));
    }
  }

  @Test
  void aHugeMessageIsCut() {
    try (LogCapture log = LogCapture.start()) {
      LOG.warn("body={}", "y".repeat(20_000_000));

      assertThat(log.text()).hasSizeLessThan(LogMessage.MAX + 200);
    }
  }

  @Test
  void passwordsInAddressesAreMasked() {
    try (LogCapture log = LogCapture.start()) {
      LOG.warn("feeds: feed {} skipped", "http://user:PASS@feeds.example/rss?token=T0K3N");

      assertThat(log.text()).contains("http://***@feeds.example/rss?token=***").doesNotContain("PASS", "T0K3N");
    }
  }

  @Test
  void chattyLibrariesLogOnlyWhatMatters() {
    assertThat(LoggerFactory.getLogger("org.eclipse.jetty.server.Server").isInfoEnabled()).isFalse();
    assertThat(LoggerFactory.getLogger("org.eclipse.jetty.server.Server").isWarnEnabled()).isTrue();
    assertThat(LoggerFactory.getLogger("ai.djl.util.Platform").isWarnEnabled()).isFalse();
    assertThat(LoggerFactory.getLogger("org.apache.solr.client.solrj.impl.BaseHttpClusterStateProvider")
        .isWarnEnabled()).isFalse();
  }

  @Test
  void theRootLevelIsTheDeclaredSettingInAnyCaseAndWarnWhenUnsetOrUnknown() {
    assertThat(LogConfiguration.rootLevel(Map.of("BRIEFBOT_LOG_LEVEL", "debug"))).isEqualTo(Level.DEBUG);
    assertThat(LogConfiguration.rootLevel(Map.of("BRIEFBOT_LOG_LEVEL", " INFO "))).isEqualTo(Level.INFO);
    assertThat(LogConfiguration.rootLevel(Map.of("BRIEFBOT_LOG_LEVEL", "Error"))).isEqualTo(Level.ERROR);
    assertThat(LogConfiguration.rootLevel(Map.of())).isEqualTo(Level.WARN);
    assertThat(LogConfiguration.rootLevel(Map.of("BRIEFBOT_LOG_LEVEL", "loud"))).isEqualTo(Level.WARN);
    assertThat(LogConfiguration.rootLevel(Map.of("BRIEFBOT_LOG_LEVEL", "debug", "BRIEFBOT_PORT", "eighty")))
        .as("another setting's bad value is its command's to report").isEqualTo(Level.DEBUG);
  }
}
