package briefbot.chat.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A sliding one-minute window of questions per person: one person's burst cannot starve everyone else. */
final class UserRateLimit {

  private static final long WINDOW_MS = Duration.ofMinutes(1).toMillis();

  private final int perMinute;
  private final Clock clock;
  private final Map<String, Deque<Long>> asked = new HashMap<>();

  UserRateLimit(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Counts a question; empty when it may be answered, else how long until the person may ask again. */
  synchronized Optional<Duration> take(String user) {
    long now = clock.millis();
    Deque<Long> times = asked.computeIfAbsent(user, u -> new ArrayDeque<>());
    while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MS) {
      times.pollFirst();
    }
    if (times.size() >= perMinute) {
      return Optional.of(Duration.ofMillis(times.peekFirst() + WINDOW_MS - now));
    }
    times.addLast(now);
    if (asked.size() > 10_000) {
      asked.values().removeIf(Deque::isEmpty);
    }
    return Optional.empty();
  }

  /** The polite reply to someone asking too fast, in the words {@code says} gives by key (their question's language). */
  static String message(Duration wait, UnaryOperator<String> says) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return (seconds == 1 ? says.apply("tooFastOne")
        : says.apply("tooFastMany").replace("{0}", Long.toString(seconds))) + " :hourglass_flowing_sand:";
  }
}
