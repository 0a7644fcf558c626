package briefbot.chat.web;

import briefbot.index.ParagraphIndex;
import briefbot.index.SyncReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The meters of the web server. The names are shared with the chat adapters (they tag {@code channel} with
 * their own name), so one dashboard shows every channel: see the metrics table in docs/serving.md.
 */
final class WebMetrics {

  static final String CHANNEL = "web";

  private final MeterRegistry registry;

  WebMetrics(MeterRegistry registry, ParagraphIndex index) {
    this.registry = registry;
    Gauge.builder("briefbot.index.articles", index, i -> i.articleCount())
        .description("articles in the index").register(registry);
    Gauge.builder("briefbot.index.paragraphs", index, i -> i.paragraphCount())
        .description("citable paragraphs in the index").register(registry);
    Gauge.builder("briefbot.index.size", index, i -> i.sizeOnDisk()).baseUnit("bytes")
        .description("size of the index on disk").register(registry);
  }

  void question() {
    Counter.builder("briefbot.questions").description("questions asked").tag("channel", CHANNEL)
        .register(registry).increment();
  }

  /** One answer (or refusal) and how long it took; status is answered, no_answer, bad_question or error. */
  void answer(String status, Duration took) {
    Counter.builder("briefbot.answers").description("answers by status").tag("channel", CHANNEL)
        .tag("status", status).register(registry).increment();
    if (took != null) {
      Timer.builder("briefbot.answer.latency").description("time to answer a question").tag("channel", CHANNEL)
          .publishPercentileHistogram().register(registry).record(took);
    }
  }

  void error(String where) {
    Counter.builder("briefbot.errors").description("failures, by where they happened").tag("where", where)
        .register(registry).increment();
  }

  void request(String method, String route, int status, Duration took) {
    Timer.builder("briefbot.http.requests").description("HTTP requests served").tag("method", method)
        .tag("route", route).tag("status", Integer.toString(status)).publishPercentileHistogram()
        .register(registry).record(took);
  }

  void sync(SyncReport report, Duration took) {
    Counter.builder("briefbot.corpus.syncs").description("passes of the live corpus watcher")
        .tag("result", report.changed() ? "changed" : "unchanged").register(registry).increment();
    Timer.builder("briefbot.corpus.sync.latency").description("time of a live corpus sync")
        .register(registry).record(took);
  }
}
