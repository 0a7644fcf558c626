package briefbot.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.api.util.SolrVersion;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.RequestWriter;
import org.apache.solr.client.solrj.response.ResponseParser;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * SolrJ's JDK client, but a request body (an update, a schema change) is written to bytes first and sent whole, with
 * its length. SolrJ's own client writes each body into a pipe on a task of its executor while the HTTP client reads it
 * on another: with a 4-thread pool four large updates at once wait on each other for ever, and with a thread per task
 * a write fails ("Read end dead") as soon as the task that last read the pipe has ended, which can cut a body short.
 * Requests without a body (searches, cluster state) go through SolrJ's client unchanged.
 */
final class WholeBodySolrClient extends HttpJdkSolrClient {

  private static final String USER_AGENT = "Solr[" + HttpJdkSolrClient.class.getName() + "] " + SolrVersion.LATEST_STRING;
  private static final Pattern MIME_TYPE = Pattern.compile("^\\s*([^;\\s]+)");
  private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^;\"\\s]+)");

  private WholeBodySolrClient(String baseUrl, Builder builder) {
    super(baseUrl, builder);
  }

  @Override
  public NamedList<Object> requestWithBaseUrl(String baseUrl, SolrRequest<?> request, String collection)
      throws SolrServerException, IOException {
    RequestWriter.ContentWriter body = requestWriter.getContentWriter(request);
    if (body == null) {
      return super.requestWithBaseUrl(baseUrl, request, collection);
    }
    if (ClientUtils.shouldApplyDefaultCollection(collection, request)) {
      collection = defaultCollection;
    }
    String url = baseUrl == null ? getRequestUrl(request, collection)
        : ClientUtils.buildRequestUrl(request, baseUrl, collection);
    ResponseParser parser = responseParser(request);
    ModifiableSolrParams params = initializeSolrParams(request, parser);
    HttpRequest sent = HttpRequest.newBuilder(URI.create(url + params.toQueryString()))
        .method(request.getMethod() == SolrRequest.METHOD.PUT ? "PUT" : "POST",
            HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
        .header("Content-Type", body.getContentType())
        .headers(headers(request))
        .timeout(Duration.ofMillis(requestTimeoutMillis))
        .build();
    try {
      HttpResponse<InputStream> response = httpClient.send(sent, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        return processErrorsAndResponse(response.statusCode(), String.valueOf(response.statusCode()), sent.method(),
            parser, in, first(MIME_TYPE, contentType), first(CHARSET, contentType), isV2ApiRequest(request), url);
      }
    } catch (HttpTimeoutException e) {
      throw new SolrServerException("Timeout occurred while waiting response from server at: " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SolrServerException("interrupted while waiting for " + url, e);
    }
  }

  private static byte[] bytes(RequestWriter.ContentWriter body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    body.write(out);
    return out.toByteArray();
  }

  private String[] headers(SolrRequest<?> request) {
    Map<String, String> extra = request.getHeaders();
    int n = extra == null ? 0 : extra.size();
    String[] headers = new String[2 * n + 2 + (basicAuthAuthorizationStr == null ? 0 : 2)];
    int i = 0;
    headers[i++] = "User-Agent";
    headers[i++] = USER_AGENT;
    if (basicAuthAuthorizationStr != null) {
      headers[i++] = "Authorization";
      headers[i++] = basicAuthAuthorizationStr;
    }
    if (extra != null) {
      for (Map.Entry<String, String> header : extra.entrySet()) {
        headers[i++] = header.getKey();
        headers[i++] = header.getValue();
      }
    }
    return headers;
  }

  private static String first(Pattern pattern, String contentType) {
    Matcher m = pattern.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /** Builds {@link WholeBodySolrClient}s; the settings are SolrJ's JDK client's. */
  static final class Builder extends HttpJdkSolrClient.Builder {

    @Override
    public HttpJdkSolrClient build() {
      return new WholeBodySolrClient(baseSolrUrl, this);
    }
  }
}
