package briefbot.llm;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpClientProvider;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.jdk.httpclient.JdkHttpClientProvider;
import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import com.azure.core.util.HttpClientOptions;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Azure's client on the JDK's HTTP stack (instead of the ~10 MB Netty stack it brings by default). The JDK hands
 * out read-only buffers, which the Azure OpenAI SDK's stream parser cannot read ({@code ByteBuffer.array()}), so
 * streamed bodies are copied.
 */
final class AzureHttp implements HttpClientProvider {

  private final JdkHttpClientProvider jdk = new JdkHttpClientProvider();

  @Override
  public HttpClient createInstance() {
    return new Copying(jdk.createInstance());
  }

  @Override
  public HttpClient createInstance(HttpClientOptions options) {
    return new Copying(jdk.createInstance(options));
  }

  /** The JDK client with writable response buffers. */
  private record Copying(HttpClient delegate) implements HttpClient {
    @Override
    public Mono<HttpResponse> send(HttpRequest request) {
      return delegate.send(request).map(Writable::new);
    }

    @Override
    public Mono<HttpResponse> send(HttpRequest request, Context context) {
      return delegate.send(request, context).map(Writable::new);
    }

    @Override
    public HttpResponse sendSync(HttpRequest request, Context context) {
      return new Writable(delegate.sendSync(request, context));
    }
  }

  private static final class Writable extends HttpResponse {
    private final HttpResponse response;

    Writable(HttpResponse response) {
      super(response.getRequest());
      this.response = response;
    }

    @Override
    public int getStatusCode() {
      return response.getStatusCode();
    }

    @Override
    @Deprecated
    public String getHeaderValue(String name) {
      return response.getHeaders().getValue(name);
    }

    @Override
    public HttpHeaders getHeaders() {
      return response.getHeaders();
    }

    @Override
    public Flux<ByteBuffer> getBody() {
      return response.getBody().map(Writable::copy);
    }

    @Override
    public BinaryData getBodyAsBinaryData() {
      return BinaryData.fromFlux(getBody(), null, false).block();
    }

    @Override
    public Mono<byte[]> getBodyAsByteArray() {
      return response.getBodyAsByteArray();
    }

    @Override
    public Mono<String> getBodyAsString() {
      return response.getBodyAsString();
    }

    @Override
    public Mono<String> getBodyAsString(Charset charset) {
      return response.getBodyAsString(charset);
    }

    @Override
    public void close() {
      response.close();
    }

    private static ByteBuffer copy(ByteBuffer buffer) {
      if (!buffer.isReadOnly()) {
        return buffer;
      }
      ByteBuffer copy = ByteBuffer.allocate(buffer.remaining());
      copy.put(buffer).flip();
      return copy;
    }
  }
}
