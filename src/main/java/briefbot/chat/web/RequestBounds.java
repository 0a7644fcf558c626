package briefbot.chat.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.RequestTimeoutResponse;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.Request;

/**
 * What one request may take of the server, checked before any handler runs: a cap on the requests in progress per
 * client and in total (a probe of {@code /healthz} or {@code /metrics} is never refused, so health stays visible
 * under a flood), and a body that is counted as it is read, chunked or not, refused beyond {@link #maxBody} bytes,
 * when it trickles in slower than {@link #minBytesPerSecond} after its first second, or when it has not arrived
 * within {@link #bodyDeadline}.
 */
final class RequestBounds implements Filter {

  /** The numbers, in one place. */
  record Limits(long maxBody, Duration bodyDeadline, long minBytesPerSecond, int requestsPerClient,
      int requestsInTotal) {}

  /**
   * How long a body may take before its rate counts, from when the handler starts reading it, not (as Jetty's minimum
   * data rate does) from the body's first byte: a small body that a busy server reads late, or whose bytes arrive a
   * moment apart, is not a 408.
   */
  private static final long RATE_GRACE_NANOS = 1_000_000_000L;

  private static final Set<String> PROBES = Set.of("/healthz", "/metrics");
  /** Every {@code %} starts a two-digit hex escape (the router's decoder fails on {@code %u002e} and the like). */
  private static final Pattern ESCAPES = Pattern.compile("(?:[^%]|%[0-9A-Fa-f]{2})*");

  private final Limits limits;
  private final ConcurrentHashMap<String, AtomicInteger> perClient = new ConcurrentHashMap<>();
  private final AtomicInteger inTotal = new AtomicInteger();
  private final WebMetrics metrics;

  RequestBounds(Limits limits, WebMetrics metrics) {
    this.limits = limits;
    this.metrics = metrics;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    if (!ESCAPES.matcher(http.getRequestURI()).matches()) {
      refuse((HttpServletResponse) response, 400, "The address has a malformed %-escape.");
      return;
    }
    if (PROBES.contains(http.getRequestURI())) {
      chain.doFilter(request, response);
      return;
    }
    String client = request.getRemoteAddr();
    int own = perClient.compute(client, (c, n) -> {
      AtomicInteger counted = n == null ? new AtomicInteger() : n;
      counted.incrementAndGet();
      return counted;
    }).get();
    int total = inTotal.incrementAndGet();
    try {
      if (own > limits.requestsPerClient() || total > limits.requestsInTotal()) {
        busy((HttpServletResponse) response, own > limits.requestsPerClient() ? "client" : "total");
        return;
      }
      chain.doFilter(new Bounded(http, limits), response);
    } finally {
      inTotal.decrementAndGet();
      perClient.computeIfPresent(client, (c, n) -> n.decrementAndGet() <= 0 ? null : n);
    }
  }

  /** A 503 the client may retry, without reading its body; the connection closes, which frees what it held. */
  private void busy(HttpServletResponse response, String which) throws IOException {
    metrics.error("busy_" + which);
    response.setHeader("Retry-After", "2");
    refuse(response, 503, "Briefbot is busy; please try again in a moment.");
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setHeader("Connection", "close");
    response.setContentType("application/json; charset=utf-8");
    response.getOutputStream().write(("{\"error\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  /** The request with its body counted as it is read. */
  private static final class Bounded extends HttpServletRequestWrapper {

    private final Limits limits;
    private ServletInputStream body;

    Bounded(HttpServletRequest request, Limits limits) {
      super(request);
      this.limits = limits;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (body == null) {
        if (getContentLengthLong() > limits.maxBody()) {
          stopReading();
          throw tooLarge(limits.maxBody());
        }
        body = new CountedBody(super.getInputStream(), limits, this::stopReading);
      }
      return body;
    }

    /**
     * Ends the reading side of the connection. Jetty 11 reads whatever more of a refused body keeps arriving before
     * it answers (to keep the connection); with the input shut, it answers at once and closes instead.
     */
    private void stopReading() {
      try {
        Request base = Request.getBaseRequest(getRequest());
        if (base != null && base.getHttpChannel().getEndPoint().getTransport() instanceof SocketChannel channel) {
          channel.shutdownInput();
        }
      } catch (IOException | RuntimeException e) {
        // the connection is closed after the refusal either way
      }
    }

    @Override
    public BufferedReader getReader() throws IOException {
      return new BufferedReader(new InputStreamReader(getInputStream(),
          getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding()));
    }
  }

  private static RequestTimeoutResponse tooSlow() {
    return new RequestTimeoutResponse("The request body did not arrive in time.");
  }

  static ContentTooLargeResponse tooLarge(long max) {
    return new ContentTooLargeResponse("The request body is too large (at most " + max / 1024 + " KB).");
  }

  /**
   * A body read through a count and a clock: more than the limit, or slower than the deadline, ends the request
   * with a 413 or 408; a body the client cut short is a 400. What was refused is never read on.
   */
  private static final class CountedBody extends ServletInputStream {

    private final ServletInputStream in;
    private final Limits limits;
    private final Runnable stopReading;
    private final long deadline;
    /** When the handler first asked for the body (not when the request came: the server may be busy till then). */
    private long start;
    private long read;

    CountedBody(ServletInputStream in, Limits limits, Runnable stopReading) {
      this.in = in;
      this.limits = limits;
      this.stopReading = stopReading;
      this.deadline = System.nanoTime() + limits.bodyDeadline().toNanos();
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (System.nanoTime() > deadline) {
        throw refused(tooSlow());
      }
      if (start == 0) {
        start = System.nanoTime();
      }
      int n;
      try {
        n = in.read(b, off, (int) Math.min(len, limits.maxBody() + 1 - read));
      } catch (BadMessageException e) {
        throw refused(e.getCode() == 408 ? tooSlow()
            : new BadRequestResponse("The request body could not be read."));
      } catch (IOException e) {
        throw refused(new BadRequestResponse("The request body was cut short."));
      }
      if (n > 0) {
        read += n;
        if (read > limits.maxBody()) {
          throw refused(tooLarge(limits.maxBody()));
        }
        if (trickles()) {
          throw refused(tooSlow());
        }
      }
      return n;
    }

    /**
     * Whether the body, past its grace second of reading, has come slower than the minimum rate (asked when bytes
     * come in).
     */
    private boolean trickles() {
      long elapsed = System.nanoTime() - start;
      return elapsed > RATE_GRACE_NANOS && read < limits.minBytesPerSecond() * (elapsed / 1e9);
    }

    /** Nothing more of a refused body is read: the refusal goes out at once and the connection closes. */
    private HttpResponseException refused(HttpResponseException refusal) {
      stopReading.run();
      return refusal;
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
