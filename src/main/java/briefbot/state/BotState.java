package briefbot.state;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The bot's durable state (seen events, votes, thread context, digest ledger, conversation references, leases), kept
 * where every process of one deployment sees it: each call is atomic on its own and safe across crashes and
 * processes. Entries live in namespaces ({@code slack.events}, {@code digest.ledger}, ...), each a map of keys to
 * optional values.
 */
public interface BotState extends AutoCloseable {

  /** Records a key once: true for the first caller (in any process), false for every later one. */
  boolean claim(String namespace, String key);

  /** Stores a value under a key, replacing what was there. */
  void put(String namespace, String key, String value);

  /** Stores a value under a key only when the key is new: true for the first caller (in any process). */
  boolean putIfAbsent(String namespace, String key, String value);

  /** The value stored under a key; empty when there is none (or the key was only claimed). */
  Optional<String> get(String namespace, String key);

  /** True when the key was claimed or stored. */
  boolean contains(String namespace, String key);

  /** Removes a key; true when it was there. */
  boolean delete(String namespace, String key);

  /** Every key and value of a namespace, in key order. */
  Map<String, String> list(String namespace);

  /** How many keys a namespace holds. */
  int count(String namespace);

  /** Removes entries of a namespace last updated before the given epoch millisecond (old event ids, say). */
  int prune(String namespace, long olderThanEpochMilli);

  /**
   * Takes or keeps the lease {@code name} for {@code holder} until {@code ttl} from now: true when the holder now
   * has it (newly acquired, renewed, or taken over because the previous holder let it expire), false while another
   * holder's lease is live. Atomic across processes, so of several instances only one does the leased work; a
   * holder renews well within {@code ttl}, which must also cover the clock difference between machines.
   */
  boolean lease(String name, String holder, Duration ttl);

  /** Gives the lease up when {@code holder} has it, so another may take it at once; true when it was given up. */
  boolean release(String name, String holder);

  /**
   * A lease holder's name no other holder has: this machine's name, this process's id and a random part
   * ("host/4711/1a2b3c4d"), so that a lease in the state says where its holder runs.
   */
  static String newHolder() {
    return host() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }

  @Override
  void close();
}
