package briefbot.chat.slack;

/** A Slack Web API call that did not succeed (an error reply, an HTTP failure, or rate limits that did not lift). */
final class SlackCallFailed extends RuntimeException {

  private final String error;

  SlackCallFailed(String method, String error) {
    super(method + " failed: " + error);
    this.error = error;
  }

  /** Slack's error code, such as {@code not_in_channel}, or a short description of the failure. */
  String error() {
    return error;
  }
}
