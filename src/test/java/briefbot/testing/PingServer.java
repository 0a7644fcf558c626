package briefbot.testing;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

/**
 * Test fixture: the least an HTTP server can do ({@code GET /ping} is a 200), run in a JVM of its own beside a
 * server under load, so that a load test can tell a stall of the machine (both slow) from one of the server.
 */
public final class PingServer {

  private PingServer() {}

  public static void main(String[] args) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
        Integer.parseInt(args[0])), 50);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.createContext("/ping", exchange -> {
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    System.out.println("ping server ready");
  }
}
