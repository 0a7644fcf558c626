package briefbot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Test fixture: HTTP/1.1 written by hand on a socket, for what a well-behaved client never sends (chunked floods,
 * bodies cut short, bytes trickling in, paths no URI class accepts), from any loopback address (127.0.0.0/8), so
 * that a test can play many different clients.
 */
public final class RawHttp implements AutoCloseable {

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  private RawHttp(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.in = socket.getInputStream();
  }

  /** Connects to 127.0.0.1:{@code port} from {@code from} (a loopback address such as 127.0.0.2). */
  public static RawHttp connect(String from, int port, Duration readTimeout) throws IOException {
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
    socket.setSoTimeout((int) readTimeout.toMillis());
    return new RawHttp(socket);
  }

  public RawHttp send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.UTF_8));
  }

  public RawHttp send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  /** One chunk of a chunked body. */
  public RawHttp chunk(byte[] bytes) throws IOException {
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return this;
  }

  public RawHttp lastChunk() throws IOException {
    return send("0\r\n\r\n");
  }

  /** The status code of the response, or -1 when the server closed the connection without one. */
  public int status() throws IOException {
    String head = head();
    if (!head.startsWith("HTTP/1.")) {
      return -1;
    }
    return Integer.parseInt(head.substring(9, 12));
  }

  /** The response's status line and headers, as sent (empty when the server closed without answering). */
  public String head() throws IOException {
    StringBuilder head = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      head.append((char) c);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    return head.toString();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing a test socket: nothing to do
    }
  }
}
