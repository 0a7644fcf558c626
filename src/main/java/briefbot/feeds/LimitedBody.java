package briefbot.feeds;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A response body read as a stream into memory up to a cap; beyond it the download is cancelled, not buffered. */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

  private final long max;
  private final boolean truncate;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  private LimitedBody(long max, boolean truncate) {
    this.max = max;
    this.truncate = truncate;
  }

  /** A handler that refuses a declared length above the cap before reading, and counts what arrives otherwise. */
  static HttpResponse.BodyHandler<byte[]> handler(long max) {
    return info -> {
      LimitedBody body = new LimitedBody(max, false);
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > max) {
        body.result.completeExceptionally(tooLarge(max));
      }
      return body;
    };
  }

  /** A handler that keeps the first {@code max} bytes and drops the rest (robots.txt: RFC 9309 reads 500 KiB). */
  static HttpResponse.BodyHandler<byte[]> truncating(long max) {
    return info -> new LimitedBody(max, true);
  }

  static FetchException tooLarge(long max) {
    return FetchException.permanent("the page is larger than " + (max >= 1 << 20 ? max / (1 << 20) + " MB" : max + " bytes"));
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (result.isDone()) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      subscription.cancel();
      return;
    }
    for (ByteBuffer buffer : buffers) {
      if (bytes.size() + (long) buffer.remaining() > max) {
        subscription.cancel();
        if (truncate) {
          byte[] head = new byte[(int) (max - bytes.size())];
          buffer.get(head);
          bytes.writeBytes(head);
          result.complete(bytes.toByteArray());
        } else {
          result.completeExceptionally(tooLarge(max));
        }
        return;
      }
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      bytes.writeBytes(chunk);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}
