package briefbot.chat.web;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;

/**
 * A cap on the open connections of one client (by address): a connection over it is closed as soon as it opens, so
 * one client holding hundreds of slow connections leaves the server to everyone else. The total is Jetty's
 * {@code ConnectionLimit}.
 */
final class ClientConnections implements Connection.Listener {

  private final int max;
  private final WebMetrics metrics;
  private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();

  ClientConnections(int max, WebMetrics metrics) {
    this.max = max;
    this.metrics = metrics;
  }

  @Override
  public void onOpened(Connection connection) {
    AtomicInteger count = open.compute(client(connection), (c, n) -> {
      AtomicInteger counted = n == null ? new AtomicInteger() : n;
      counted.incrementAndGet();
      return counted;
    });
    if (count.get() > max) {
      metrics.error("connections_per_client");
      connection.getEndPoint().close();
    }
  }

  @Override
  public void onClosed(Connection connection) {
    open.computeIfPresent(client(connection), (c, n) -> n.decrementAndGet() <= 0 ? null : n);
  }

  private static String client(Connection connection) {
    SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
    return remote instanceof InetSocketAddress inet && inet.getAddress() != null
        ? inet.getAddress().getHostAddress() : String.valueOf(remote);
  }
}
