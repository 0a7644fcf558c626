package briefbot.digest;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A sink that keeps what it was given; it can be told to fail its first posts, as a chat service that is down. */
final class RecordingSink implements DigestSink {

  /** One post: where it went and what. */
  record Post(String destination, Digest digest) {}

  private final String name;
  private final List<String> destinations;
  final List<Post> posts = new CopyOnWriteArrayList<>();
  final AtomicInteger failuresLeft = new AtomicInteger();
  final AtomicInteger attempts = new AtomicInteger();
  /** Runs inside each successful post, before it returns (to hold a post in flight). */
  volatile Runnable duringPost = () -> {};

  RecordingSink(String name, String... destinations) {
    this.name = name;
    this.destinations = List.of(destinations);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> destinations() {
    return destinations;
  }

  @Override
  public void post(String destination, Digest digest) throws IOException {
    attempts.incrementAndGet();
    if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IOException("service unavailable (HTTP 503)");
    }
    posts.add(new Post(destination, digest));
    duringPost.run();
  }

  List<Post> to(String destination) {
    return posts.stream().filter(p -> p.destination().equals(destination)).toList();
  }
}
