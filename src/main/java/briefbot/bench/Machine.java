package briefbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the operating system and the JVM say about load and memory. */
final class Machine {

  private Machine() {}

  /** The 1-minute load average, or -1 where /proc is missing. */
  static double load() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** A field of /proc/PID/status in bytes (VmRSS: resident now, VmHWM: peak resident), or null where unknown. */
  static Long status(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  static long selfResident() {
    Long rss = status(ProcessHandle.current().pid(), "VmRSS");
    return rss == null ? -1 : rss;
  }

  /** Heap in use after full collections: what the live objects take. */
  static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
