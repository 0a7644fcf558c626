package briefbot.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /slack/events} on the serve server: hands Javalin's request to Bolt (which checks the signature). */
final class HttpEndpoint {

  static final String PATH = "/slack/events";

  private final App app;
  private final SlackRequestParser parser;

  HttpEndpoint(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  void handle(Context ctx) throws Exception {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : Collections.list(ctx.req().getHeaderNames())) {
      headers.put(name, Collections.list(ctx.req().getHeaders(name)));
    }
    Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
        .requestUri(ctx.path())
        .queryString(ctx.queryParamMap())
        .headers(new RequestHeaders(headers))
        .requestBody(ctx.body())
        .remoteAddress(ctx.ip())
        .build());
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
}
