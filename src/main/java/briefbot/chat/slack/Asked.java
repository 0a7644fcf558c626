package briefbot.chat.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A question asked by mention or direct message, as it waits in the bot state until it is answered: where it came
 * from, where the answer goes, and the ts of the "Searching…" message once that is posted.
 */
record Asked(String surface, String user, String channel, String ts, String replyThreadTs, String threadKey,
    String text, String searchingTs) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One key per message ({@code msg:channel:ts}), whichever event and delivery it came by. */
  String key() {
    return "msg:" + channel + ":" + ts;
  }

  Asked searching(String messageTs) {
    return new Asked(surface, user, channel, ts, replyThreadTs, threadKey, text, messageTs);
  }

  String json() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Asked of(String json) {
    try {
      return JSON.readValue(json, Asked.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a pending Slack question is not readable: " + e.getOriginalMessage(), e);
    }
  }
}
