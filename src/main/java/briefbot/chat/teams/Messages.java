package briefbot.chat.teams;

import briefbot.answer.Answer;
import briefbot.answer.Citation;
import briefbot.chat.Replies;
import briefbot.chat.watch.WatchSink;
import briefbot.digest.Digest;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The activities Briefbot sends: typing, plain replies, cited answers and the digest. */
final class Messages {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Messages() {}

  static ObjectNode typing(ConversationRef ref) {
    return base(ref, "typing");
  }

  /** A short plain reply (a bad question, a failure): no citations, nothing from articles. */
  static ObjectNode text(ConversationRef ref, String text) {
    return base(ref, "message").put("text", TeamsText.inert(text)).put("textFormat", "plain");
  }

  /** The answer to a question: cited text with native citation pills, the sources card, feedback buttons. */
  static ObjectNode answer(ConversationRef ref, Answer answer) {
    return answer(ref, answer, null);
  }

  /**
   * The answer to {@code asked} (as typed, or null): a follow-up searched as another question says first how it
   * was understood.
   */
  static ObjectNode answer(ConversationRef ref, Answer answer, String asked) {
    if (answer instanceof Answer.NoEvidence refusal && !refusal.closest().isEmpty()) {
      // a card to read, without citation pills: these paragraphs back no claim
      ObjectNode activity = text(ref, refusal.text());
      Answer.Labels labels = refusal.labels();
      activity.putArray("attachments").add(Citations.card(labels.closestParagraphs(), refusal.closest(), false,
          labels));
      return activity;
    }
    if (!(answer instanceof Answer.Grounded grounded)) {
      return text(ref, answer.text());
    }
    Answer.Labels labels = answer.labels();
    String understood = asked == null || asked.equals(answer.question()) ? ""
        : "_" + labels.understoodAs() + ": " + TeamsText.inert(answer.question()) + "_\n\n";
    ObjectNode activity = cited(ref, understood + TeamsText.inert(grounded.text()), grounded.citations(),
        labels.sources(), "channel".equals(ref.conversationType()), labels);
    // Teams' own thumbs up/down; they come back as a message/submitAction invoke
    activity.putObject("channelData").put("feedbackLoopEnabled", true);
    return activity;
  }

  /**
   * The daily digest, posted proactively: headline, one paragraph per story, cited like an answer, its headings in
   * the digest's language.
   */
  static ObjectNode digest(ConversationRef ref, Digest digest) {
    StringBuilder text = new StringBuilder("**").append(TeamsText.inert(digest.headline())).append("**");
    for (Digest.Item item : digest.items()) {
      text.append("\n\n**").append(TeamsText.label(item.title())).append("**  \n").append(TeamsText.inert(item.text()));
    }
    if (digest.quiet() || digest.citations().isEmpty()) {
      return base(ref, "message").put("text", text.toString()).put("textFormat", "markdown");
    }
    Digest.Words words = digest.words();
    return cited(ref, text.toString(), digest.citations(), words.todaysSources(), false, words.labels());
  }

  /** A watch alert, posted proactively: which watch and article, then the answer from it, cited like any answer. */
  static ObjectNode alert(ConversationRef ref, WatchSink.Alert alert) {
    // the frame in the answer's language (the topic's), as the answer's own labels are
    String head = "**" + Replies.in(alert.answer().language()).get("watch.alert",
        TeamsText.inert(alert.watch().topic())) + "** "
        + TeamsText.inert(alert.title()) + (alert.source() == null ? "" : " \u00b7 " + TeamsText.inert(alert.source()));
    Answer.Labels labels = alert.answer().labels();
    return cited(ref, head + "\n\n" + TeamsText.inert(alert.answer().text()), alert.answer().citations(),
        labels.sources(), false, labels);
  }

  private static ObjectNode cited(ConversationRef ref, String text, List<Citation> citations, String heading,
      boolean votes, Answer.Labels labels) {
    ObjectNode activity = base(ref, "message").put("text", text).put("textFormat", "markdown");
    activity.putArray("entities").add(Citations.entity(citations));
    activity.putArray("attachments").add(Citations.card(heading, citations, votes, labels));
    return activity;
  }

  /** Addressed as the Bot Framework asks: from the bot, in the conversation. */
  private static ObjectNode base(ConversationRef ref, String type) {
    ObjectNode activity = NODES.objectNode().put("type", type);
    activity.putObject("from").put("id", ref.botId()).put("name", ref.botName());
    ObjectNode conversation = activity.putObject("conversation").put("id", ref.conversationId());
    if (ref.tenantId() != null) {
      conversation.put("tenantId", ref.tenantId());
    }
    return activity;
  }
}
