package briefbot.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The garbage collections while the timed runs go on, as the JVM reports each: a pause of the application lands in
 * whichever latency it interrupts, so the longest one tells whether GC makes the tail.
 */
final class GcPauses implements AutoCloseable {

  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final ConcurrentLinkedQueue<Long> durationsMs = new ConcurrentLinkedQueue<>();
  private final NotificationListener listener = this::collected;

  GcPauses() {
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (bean instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  private void collected(Notification notification, Object handback) {
    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      durationsMs.add(info.getGcInfo().getDuration());
    }
  }

  /** What was collected since this was made; notifications come a little after each collection. */
  BenchReport.Gc report(double allocatedBytes, int rounds) {
    List<Long> all = List.copyOf(durationsMs);
    long total = all.stream().mapToLong(Long::longValue).sum();
    long longest = all.stream().mapToLong(Long::longValue).max().orElse(0);
    return new BenchReport.Gc(all.size(), total, longest, Latencies.round(allocatedBytes / rounds / 1e6));
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // already gone: nothing to stop
      }
    }
  }
}
