package briefbot.digest;

import briefbot.text.Failures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Posts the digest to a Teams channel through a Workflows webhook ({@code TEAMS_DIGEST_WEBHOOK_URL}) as an Adaptive
 * Card. The URL carries its own signature, so it is a secret: it never appears in a log, an error or the ledger.
 */
final class TeamsWebhookSink implements DigestSink {

  static final String NAME = "teams-webhook";
  static final String DESTINATION = "default";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI url;
  private final HttpClient http;

  TeamsWebhookSink(String url, HttpClient http) {
    this.url = URI.create(url);
    this.http = http;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> destinations() {
    return List.of(DESTINATION);
  }

  @Override
  public void post(String destination, Digest digest) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(AdaptiveCard.message(digest).toString()))
        .build();
    HttpResponse<Void> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new IOException("the Teams webhook could not be reached (" + Failures.inWords(e) + ")");
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException("the Teams webhook answered HTTP " + response.statusCode());
    }
  }
}
