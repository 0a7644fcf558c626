package briefbot.chat.web;

import briefbot.testing.Eventually;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * Debian's headless Chromium driven over the DevTools protocol (one WebSocket, no driver, nothing downloaded):
 * just enough to load a page, type, click like a person (real mouse events) and read the page back.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ENDPOINT = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration STEP = Duration.ofSeconds(20);

  private final Process process;
  private final Cdp cdp;
  private final String session;

  private HeadlessChromium(Process process, Cdp cdp, String session) {
    this.process = process;
    this.cdp = cdp;
    this.session = session;
  }

  /** The Chromium binary on this machine, if any. */
  static Optional<Path> binary() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  static HeadlessChromium launch(Path binary, Path profile) throws Exception {
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-first-run",
        "--no-default-browser-check", "--window-size=1000,800", "about:blank"));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String endpoint = endpoint(process);
      Cdp cdp = new Cdp(URI.create(endpoint));
      if (!cdp.connectBlocking(STEP.toSeconds(), TimeUnit.SECONDS)) {
        throw new IOException("cannot connect to Chromium's DevTools at " + endpoint);
      }
      String target = cdp.call("Target.createTarget", Map.of("url", "about:blank"), null).get("targetId").asText();
      String session = cdp.call("Target.attachToTarget", Map.of("targetId", target, "flatten", true), null)
          .get("sessionId").asText();
      HeadlessChromium browser = new HeadlessChromium(process, cdp, session);
      browser.call("Page.enable", Map.of());
      browser.call("Runtime.enable", Map.of());
      return browser;
    } catch (Exception e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** Reads Chromium's stderr until it names its DevTools endpoint, then keeps draining it in the background. */
  private static String endpoint(Process process) throws Exception {
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> found = new CompletableFuture<>();
    StringBuilder seen = new StringBuilder();
    Thread.ofPlatform().daemon().start(() -> {
      try {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          Matcher m = ENDPOINT.matcher(line);
          if (m.find()) {
            found.complete(m.group(1));
          } else if (!found.isDone() && seen.length() < 4000) {
            seen.append(line).append('\n');
          }
        }
      } catch (IOException e) {
        // the process ended
      }
      found.completeExceptionally(new IOException("Chromium exited without a DevTools endpoint:\n" + seen));
    });
    return found.get(STEP.toSeconds(), TimeUnit.SECONDS);
  }

  void navigate(String url) throws Exception {
    call("Page.navigate", Map.of("url", url));
    waitFor("document.readyState === 'complete' && location.href === " + JSON.writeValueAsString(url), STEP);
  }

  /** Runs a JavaScript expression in the page and returns its (JSON) value. */
  JsonNode eval(String expression) throws Exception {
    JsonNode reply = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
        "awaitPromise", true));
    if (reply.has("exceptionDetails")) {
      throw new IllegalStateException("page script failed: " + reply.get("exceptionDetails"));
    }
    return reply.path("result").path("value");
  }

  /** Polls a condition in the page (navigations in between are fine) until it holds, or fails after {@code max}. */
  void waitFor(String condition, Duration max) {
    Eventually.within(max).pollInterval(Duration.ofMillis(100)).alias("page never satisfied: " + condition)
        .ignoreException(IllegalStateException.class) // e.g. the page navigated while the script ran
        .until(() -> eval("!!(" + condition + ")").asBoolean());
  }

  /** Clicks the centre of the first element matching {@code selector} with real mouse events. */
  void click(String selector) throws Exception {
    JsonNode box = eval("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector) + ");"
        + " if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
        + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
    if (box.isNull() || box.isMissingNode()) {
      throw new AssertionError("nothing to click at " + selector);
    }
    double x = box.get("x").asDouble();
    double y = box.get("y").asDouble();
    call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
    call("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
    call("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
  }

  /** Types text into whatever has the focus, as a keyboard would insert it. */
  void type(String text) throws Exception {
    call("Input.insertText", Map.of("text", text));
  }

  void pressEnter() throws Exception {
    Map<String, Object> key = Map.of("key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13, "text", "\r");
    call("Input.dispatchKeyEvent", withType(key, "keyDown"));
    call("Input.dispatchKeyEvent", withType(key, "keyUp"));
  }

  private static Map<String, Object> withType(Map<String, Object> event, String type) {
    Map<String, Object> copy = new HashMap<>(event);
    copy.put("type", type);
    return copy;
  }

  /** Shows pages as a phone does: 390 by 844 CSS pixels at twice the density, a touch screen. */
  void phone() throws Exception {
    call("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2,
        "mobile", true));
    call("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
  }

  /** Delays every request by {@code latency}, so what a page shows while it waits can be seen. */
  void slowNetwork(Duration latency) throws Exception {
    call("Network.enable", Map.of());
    call("Network.emulateNetworkConditions", Map.of("offline", false, "latency", latency.toMillis(),
        "downloadThroughput", -1, "uploadThroughput", -1));
  }

  void screenshot(Path file) throws Exception {
    byte[] png = Base64.getDecoder().decode(call("Page.captureScreenshot", Map.of("format", "png")).get("data").asText());
    Files.createDirectories(file.getParent());
    Files.write(file, png);
  }

  private JsonNode call(String method, Map<String, Object> params) throws Exception {
    return cdp.call(method, params, session);
  }

  @Override
  public void close() throws Exception {
    try {
      cdp.call("Browser.close", Map.of(), null);
    } catch (Exception e) {
      // closing anyway
    }
    cdp.close();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  /** The DevTools WebSocket: numbered commands, each answered by the reply with its id. */
  private static final class Cdp extends WebSocketClient {
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    Cdp(URI endpoint) {
      super(endpoint);
    }

    JsonNode call(String method, Map<String, Object> params, String session) throws Exception {
      int id = ids.incrementAndGet();
      ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
      message.set("params", JSON.valueToTree(params));
      if (session != null) {
        message.put("sessionId", session);
      }
      CompletableFuture<JsonNode> reply = new CompletableFuture<>();
      pending.put(id, reply);
      send(message.toString());
      JsonNode answer = reply.get(STEP.toSeconds(), TimeUnit.SECONDS);
      if (answer.has("error")) {
        throw new IllegalStateException(method + ": " + answer.get("error"));
      }
      return answer.path("result");
    }

    @Override
    public void onMessage(String text) {
      try {
        JsonNode message = JSON.readTree(text);
        if (message.has("id")) {
          CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
          if (reply != null) {
            reply.complete(message);
          }
        }
      } catch (IOException e) {
        // events we cannot read are not ours to answer
      }
    }

    @Override
    public void onOpen(ServerHandshake handshake) {}

    @Override
    public void onClose(int code, String reason, boolean remote) {
      pending.values().forEach(p -> p.completeExceptionally(new IOException("DevTools closed: " + reason)));
    }

    @Override
    public void onError(Exception e) {
      pending.values().forEach(p -> p.completeExceptionally(e));
    }
  }
}
