package briefbot.chat.slack;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/** A fake Socket Mode endpoint on 127.0.0.1: says hello like Slack, sends envelopes and records the app's acks. */
final class FakeSocketMode extends WebSocketServer {

  final List<String> received = new CopyOnWriteArrayList<>();
  final CompletableFuture<WebSocket> connected = new CompletableFuture<>();
  private final CountDownLatch started = new CountDownLatch(1);

  FakeSocketMode() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  FakeSocketMode startAndWait() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("the fake Socket Mode server did not start");
    }
    return this;
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/link/?ticket=test-ticket&app_id=A0BRIEF";
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\",\"build_number\":1,"
        + "\"approximate_connection_time\":3600},\"connection_info\":{\"app_id\":\"A0BRIEF\"}}");
    connected.complete(conn);
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    received.add(message);
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

  @Override
  public void onError(WebSocket conn, Exception ex) {}

  @Override
  public void onStart() {
    started.countDown();
  }
}
