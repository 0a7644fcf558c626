package briefbot.chat.slack;

import briefbot.chat.watch.WatchSink;

/** Posts watch alerts to the Slack channel (or direct message) that asked for the watch. */
final class SlackWatchSink implements WatchSink {

  private final SlackCalls calls;

  SlackWatchSink(SlackCalls calls) {
    this.calls = calls;
  }

  @Override
  public String surface() {
    return SlackBot.SURFACE;
  }

  @Override
  public void post(Alert alert) {
    calls.post(alert.watch().destination(), null, AnswerBlocks.alert(alert));
  }
}
