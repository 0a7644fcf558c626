package briefbot.chat.slack;

/** A Slack Web API call that did not succeed (an error reply, an HTTP failure, or rate limits that did not lift). */
final class SlackCallFailed extends RuntimeException {

  private final String error;
  private final boolean retryLater;

  /** Slack answered with an error: trying the same call again would get the same answer. */
  SlackCallFailed(String method, String error) {
    this(method, error, false);
  }

  private SlackCallFailed(String method, String error, boolean retryLater) {
    super(method + " failed: " + error);
    this.error = error;
    this.retryLater = retryLater;
  }

  /** Slack could not be reached, failed on its side or kept rate-limiting: the same call may work later. */
  static SlackCallFailed transientFailure(String method, String error) {
    return new SlackCallFailed(method, error, true);
  }

  /** True when the call may succeed later (see {@link #transientFailure}). */
  boolean retryLater() {
    return retryLater;
  }

  /** Slack's error code, such as {@code not_in_channel}, or a short description of the failure. */
  String error() {
    return error;
  }
}
