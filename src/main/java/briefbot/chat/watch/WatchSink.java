package briefbot.chat.watch;

import briefbot.answer.Answer;

/** Where a chat surface posts watch alerts (a Slack channel, a Teams conversation). */
public interface WatchSink {

  /** One alert: the watch, the new article's title and source, and the cited answer the topic got from it. */
  record Alert(Watch watch, String title, String source, Answer.Grounded answer) {}

  /** The surface whose watches this sink posts: {@code slack} or {@code teams}. */
  String surface();

  /** Posts the alert to the watch's destination; throws when it did not go out, so it is tried again. */
  void post(Alert alert) throws Exception;
}
