package briefbot.chat.slack;

import briefbot.chat.Pending;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mentions and direct messages: each is recorded as pending in the bot state before Slack gets its acknowledgement,
 * and answered once, however often Slack delivers it and whatever process dies meanwhile (the same message can arrive
 * as app_mention and as message.im, and again as a retry: all are one question, keyed by channel and ts).
 */
final class Events {

  /** Where answered questions are marked ({@code msg:channel:ts}); a delivery of one of them is a duplicate. */
  static final String NAMESPACE = "slack.events";
  private static final Logger LOG = LoggerFactory.getLogger(Events.class);

  private final Pending pending;
  private final Asking asking;

  Events(Pending pending, Asking asking) {
    this.pending = pending;
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
    accept(eventId, retryNum, new Asked("mention", e.getUser(), e.getChannel(), e.getTs(), thread,
        e.getChannel() + ":" + thread, e.getText(), null));
  }

  void direct(String eventId, MessageEvent e, Integer retryNum) {
    // Channel messages are app_mention's business; bots (this one included) are never answered.
    if (!"im".equals(e.getChannelType()) || e.getBotId() != null || e.getUser() == null) {
      return;
    }
    String thread = e.getThreadTs();
    // a direct message outside a thread continues the conversation of the whole DM (for a few hours)
    accept(eventId, retryNum, new Asked("dm", e.getUser(), e.getChannel(), e.getTs(), thread,
        e.getChannel() + ":" + (thread == null ? "dm" : thread), e.getText(), null));
  }

  /** Runs before the acknowledgement: a question answered before is dropped, any other is pending until answered. */
  private void accept(String eventId, Integer retryNum, Asked asked) {
    String key = asked.key();
    if (pending.done(key)) {
      LOG.info("slack duplicate ignored eventId={} retryNum={}", eventId, retryNum);
      return;
    }
    pending.record(key, asked.json());
    asking.answerPending(key);
  }
}
