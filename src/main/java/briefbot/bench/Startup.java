package briefbot.bench;

import briefbot.index.LoadingEmbeddings;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The steps of a serving JVM's start, each from the end of the one before: the JVM up to {@code main} (from the
 * process's start time), then the steps the bench names; the embedding model's load, which runs beside them; and
 * the CPU time of the whole start and of each step (all threads, so a step's CPU includes what the model's and the
 * dictionaries' loading threads did meanwhile; the model's own load is given apart).
 */
final class Startup {

  private final Map<String, Double> steps = new LinkedHashMap<>();
  private final Map<String, Double> cpu = new LinkedHashMap<>();
  private long last;
  private double lastCpu = cpuMs();

  /**
   * The wall-clock time, in epoch milliseconds, at which the bench started this JVM: the process's own start time is
   * read from /proc in clock ticks after the boot time, which the kernel gives in whole seconds, so it put up to a
   * second too much (or too little) in the "jvm" step. A system property, not a variable: it is the bench's own
   * hand-over to its child, not a setting.
   */
  static final String LAUNCHED = "briefbot.bench.launchedMs";

  Startup() {
    this(System.getProperty(LAUNCHED));
  }

  Startup(String launchedMs) {
    Instant start = launchedMs != null && launchedMs.matches("\\d+") ? Instant.ofEpochMilli(Long.parseLong(launchedMs))
        : ProcessHandle.current().info().startInstant().orElse(null);
    Instant now = Instant.now();
    // the next step counts from here, so no time is in two steps (reading the CPU time above loads its classes)
    last = System.nanoTime();
    steps.put("jvm", start == null ? -1.0 : Latencies.round(Duration.between(start, now).toNanos() / 1e6));
    cpu.put("jvmCpu", lastCpu);
  }

  /** The JVM's start as measured, in milliseconds. */
  double jvmMs() {
    return stepMs("jvm");
  }

  /** A step's wall-clock milliseconds. */
  double stepMs(String name) {
    return steps.get(name);
  }

  void step(String name) {
    long now = System.nanoTime();
    steps.put(name, Latencies.round((now - last) / 1e6));
    last = now;
    double used = cpuMs();
    cpu.put(name + "Cpu", Latencies.round(used - lastCpu));
    lastCpu = used;
  }

  /** The CPU time every thread of this JVM has used so far: a figure a loaded machine inflates far less than wall time. */
  private static double cpuMs() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Latencies.round(os.getProcessCpuTime() / 1e6);
    }
    return -1;
  }

  /** The steps, and the model's load time and how long the first question waited for it, as one JSON line. */
  String json(LoadingEmbeddings model) {
    StringBuilder out = new StringBuilder("{\"startupMs\":{");
    steps.forEach((k, v) -> out.append(String.format(Locale.ROOT, "\"%s\":%.1f,", k, v)));
    cpu.forEach((k, v) -> out.append(String.format(Locale.ROOT, "\"%s\":%.1f,", k, v)));
    out.append(String.format(Locale.ROOT, "\"modelLoad\":%.1f,\"modelLoadCpu\":%.1f,\"modelWait\":%.1f,\"cpu\":%.1f}}",
        model.loadMs(), model.loadCpuMs(), model.waitedMs(), cpuMs()));
    return out.toString();
  }
}
