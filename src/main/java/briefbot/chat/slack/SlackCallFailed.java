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
    this(method, error, retryLater, "");
  }

  private SlackCallFailed(String method, String error, boolean retryLater, String detail) {
    super(method + " failed: " + error + detail);
    this.error = error;
    this.retryLater = retryLater;
  }

  /**
   * Slack answered {@code missing_scope}: the app was made or installed without a scope the call needs (Slack names
   * it in {@code needed}), which only the app's owner can add.
   */
  static SlackCallFailed missingScope(String method, String needed) {
    return new SlackCallFailed(method, "missing_scope", false, " (the app lacks the scope " + (needed == null ? "?"
        : needed) + ": add it, as `briefbot slack-manifest` lists them, and reinstall the app to the workspace)");
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
