package briefbot.chat.slack;

import briefbot.text.Failures;
import briefbot.text.Untrusted;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events} on the serve server: the signature is checked first (nothing of an unsigned request is
 * parsed), then the shape of the payload, and only then does Bolt get the request; every refusal is a 4xx and one
 * log line with the body's size and a short, escaped prefix.
 */
final class HttpEndpoint {

  static final String PATH = "/slack/events";
  private static final Logger LOG = LoggerFactory.getLogger(HttpEndpoint.class);

  private final App app;
  private final SlackRequestParser parser;
  private final SlackSignature signature;
  private final Clock clock;

  /** {@code clock} is the wall clock Slack signs by, whatever clock the rest of the bot runs on. */
  HttpEndpoint(App app, String signingSecret, Clock clock) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.signature = new SlackSignature(signingSecret);
    this.clock = clock;
  }

  void handle(Context ctx) throws Exception {
    String body = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
    Optional<String> unsigned = signature.refusal(ctx.header("X-Slack-Request-Timestamp"),
        ctx.header("X-Slack-Signature"), body, clock.instant());
    if (unsigned.isPresent()) {
      refuse(ctx, 401, unsigned.get(), body);
      return;
    }
    Optional<String> malformed = SlackPayloads.problem(ctx.contentType(), body);
    if (malformed.isPresent()) {
      refuse(ctx, 400, malformed.get(), body);
      return;
    }
    Request<?> request;
    try {
      request = parser.parse(SlackRequestParser.HttpRequest.builder()
          .requestUri(ctx.path())
          .queryString(ctx.queryParamMap())
          .headers(new RequestHeaders(headers(ctx)))
          .requestBody(body)
          .remoteAddress(ctx.ip())
          .build());
    } catch (RuntimeException e) {
      refuse(ctx, 400, "unreadable: " + Failures.inWords(e), body);
      return;
    }
    Response response = app.run(request);
    ctx.status(response.getStatusCode());
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
    }
    if (response.getContentType() != null) {
      ctx.contentType(response.getContentType());
    }
    ctx.result(response.getBody() == null ? "" : response.getBody());
  }

  private static void refuse(Context ctx, int status, String reason, String body) {
    // Slack's own requests signed with another secret look like a stranger's: the log is where a wrong setting shows
    String hint = "bad_signature".equals(reason) ? " hint=\"not signed with SLACK_SIGNING_SECRET: if Slack's own"
        + " requests get this, set it to this app's Signing Secret (Basic Information, App Credentials)\"" : "";
    LOG.warn("slack request refused status={} reason={}{} body {}", status, reason, hint, Untrusted.forLog(body));
    ctx.status(status).contentType("application/json").result("{\"error\":\"invalid request\"}");
  }

  private static Map<String, List<String>> headers(Context ctx) {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : Collections.list(ctx.req().getHeaderNames())) {
      headers.put(name, Collections.list(ctx.req().getHeaders(name)));
    }
    return headers;
  }
}
