package briefbot.feeds;

/**
 * Why a URL was not fetched or not kept, as one short line a person can read; {@code retry} tells a passing
 * trouble (timeout, 5xx) from a verdict on the URL itself (not an article, private address).
 */
final class FetchException extends RuntimeException {

  private final boolean retry;

  FetchException(String reason, boolean retry) {
    super(reason, null, false, false);
    this.retry = retry;
  }

  static FetchException permanent(String reason) {
    return new FetchException(reason, false);
  }

  static FetchException passing(String reason) {
    return new FetchException(reason, true);
  }

  boolean retry() {
    return retry;
  }
}
