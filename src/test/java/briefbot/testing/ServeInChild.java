package briefbot.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Test fixture: {@code briefbot serve} in a JVM of its own (the test's class path), so that a test can kill it with
 * {@code kill -9} at a moment it chooses, start it again over the same data, and read its resident memory.
 */
public final class ServeInChild implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final int port;

  private ServeInChild(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** A free port on 127.0.0.1, for a child that must know its address before it starts. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Starts serve with the environment and JVM options given, and waits (up to 120 s) until it is serving. */
  public static ServeInChild start(Map<String, String> env, int port, Path log, List<String> jvmOptions)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "briefbot.cli.Main", "serve",
        "--port", Integer.toString(port)));
    ProcessBuilder serve = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    serve.environment().putAll(env);
    ServeInChild child = new ServeInChild(serve.start(), log, port);
    child.awaitLog("Briefbot is serving", Duration.ofMinutes(2));
    return child;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** What the child has written so far. */
  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** Waits until the log holds {@code text}; fails with the log when the child dies or the time is up. */
  public void awaitLog(String text, Duration atMost) {
    try {
      Eventually.within(atMost).pollInterval(Duration.ofMillis(50)).until(() -> {
        if (!process.isAlive()) {
          throw new AssertionError("the serve child exited (" + process.exitValue() + ") before \"" + text + "\":\n"
              + log());
        }
        return log().contains(text);
      });
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("the serve child never logged \"" + text + "\":\n" + log(), e);
    }
  }

  /** The child's resident memory now and at its peak, in bytes (Linux /proc). */
  public long[] residentBytes() throws IOException {
    long rss = 0;
    long peak = 0;
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = kilobytes(line) * 1024;
      } else if (line.startsWith("VmHWM:")) {
        peak = kilobytes(line) * 1024;
      }
    }
    return new long[] {rss, peak};
  }

  private static long kilobytes(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }

  /** {@code kill -9}: no shutdown hook runs, nothing is flushed or closed. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  /** A normal stop (SIGTERM): the shutdown hook closes the service. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
