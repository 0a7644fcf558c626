package briefbot.chat.watch;

import java.time.Instant;

/**
 * A standing question of one channel: {@code topic} as typed, filters included ({@code Russia Iran from:Reuters}),
 * asked of every article indexed after {@code created}; {@code surface} is {@code slack} or {@code teams} and
 * {@code destination} the channel or conversation the alerts go to.
 */
public record Watch(String id, String surface, String destination, String topic, String by, Instant created) {

  /** The key of an alert of this watch about one article: what is claimed once across instances. */
  String alertKey(String articleId) {
    return id + "|" + articleId;
  }
}
