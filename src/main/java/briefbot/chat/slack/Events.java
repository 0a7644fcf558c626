package briefbot.chat.slack;

import briefbot.state.BotState;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mentions and direct messages: each is acknowledged at once and answered once, however often Slack delivers it
 * (retries carry the same event_id; the ids live in the bot state, so a restart does not forget them). The
 * acknowledgement waits for nothing: the event-id check is a disk write, done with the rest in the background.
 */
final class Events {

  static final String NAMESPACE = "slack.events";
  private static final Logger LOG = LoggerFactory.getLogger(Events.class);

  private final BotState state;
  private final Asking asking;

  Events(BotState state, Asking asking) {
    this.state = state;
    this.asking = asking;
  }

  void register(App app) {
    app.event(AppMentionEvent.class, (payload, ctx) -> {
      mention(payload.getEventId(), payload.getEvent(), ctx.getRetryNum());
      return ctx.ack();
    });
    app.event(MessageEvent.class, (payload, ctx) -> {
      direct(payload.getEventId(), payload.getEvent(), ctx.getRetryNum());
      return ctx.ack();
    });
  }

  void mention(String eventId, AppMentionEvent e, Integer retryNum) {
    if (e.getBotId() != null || e.getSubtype() != null || e.getUser() == null) {
      return;
    }
    String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
    asking.submit(e.getText(), new Asking.Origin("mention", e.getUser(), e.getChannel(), thread,
        ThreadMemory.key(e.getChannel(), thread)), () -> firstTime(eventId, e.getChannel(), e.getTs(), retryNum));
  }

  void direct(String eventId, MessageEvent e, Integer retryNum) {
    // Channel messages are app_mention's business; bots (this one included) are never answered.
    if (!"im".equals(e.getChannelType()) || e.getBotId() != null || e.getUser() == null) {
      return;
    }
    String thread = e.getThreadTs();
    asking.submit(e.getText(), new Asking.Origin("dm", e.getUser(), e.getChannel(), thread,
        thread == null ? null : ThreadMemory.key(e.getChannel(), thread)),
        () -> firstTime(eventId, e.getChannel(), e.getTs(), retryNum));
  }

  /**
   * True only the first time an event is seen: by its event_id (retries), and by its message (the same message
   * can arrive as app_mention and as message.im).
   */
  private boolean firstTime(String eventId, String channel, String ts, Integer retryNum) {
    boolean first = (eventId == null || state.claim(NAMESPACE, eventId))
        && state.claim(NAMESPACE, "msg:" + channel + ":" + ts);
    if (!first) {
      LOG.info("slack duplicate ignored eventId={} retryNum={}", eventId, retryNum);
    }
    return first;
  }
}
