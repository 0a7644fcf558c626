package briefbot.bench;

import briefbot.index.LoadingEmbeddings;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The steps of a serving JVM's start, each from the end of the one before: the JVM up to {@code main} (from the
 * process's start time), then the steps the bench names; and the embedding model's load, which runs beside them.
 */
final class Startup {

  private final Map<String, Double> steps = new LinkedHashMap<>();
  private long last = System.nanoTime();

  Startup() {
    Instant processStart = ProcessHandle.current().info().startInstant().orElse(null);
    steps.put("jvm", processStart == null ? -1.0 : Latencies.round(Duration.between(processStart, Instant.now())
        .toNanos() / 1e6));
  }

  void step(String name) {
    long now = System.nanoTime();
    steps.put(name, Latencies.round((now - last) / 1e6));
    last = now;
  }

  /** The steps, and the model's load time and how long the first question waited for it, as one JSON line. */
  String json(LoadingEmbeddings model) {
    StringBuilder out = new StringBuilder("{\"startupMs\":{");
    steps.forEach((k, v) -> out.append(String.format(Locale.ROOT, "\"%s\":%.1f,", k, v)));
    out.append(String.format(Locale.ROOT, "\"modelLoad\":%.1f,\"modelWait\":%.1f}}", model.loadMs(),
        model.waitedMs()));
    return out.toString();
  }
}
