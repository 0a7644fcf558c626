package briefbot.chat.slack;

import briefbot.answer.Answer;
import briefbot.answer.Answerer;
import briefbot.chat.Replies;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The buttons under answers: 👍/👎 feedback, and "Share in channel" for a private /brief answer. */
final class Actions {

  private static final Logger LOG = LoggerFactory.getLogger(Actions.class);

  private final Votes votes;
  private final AnswerStore answers;
  private final SlackCalls calls;
  private final Asking asking;

  Actions(Votes votes, AnswerStore answers, SlackCalls calls, Asking asking) {
    this.votes = votes;
    this.answers = answers;
    this.calls = calls;
    this.asking = asking;
  }

  void register(App app) {
    app.blockAction(AnswerBlocks.VOTE_UP, (req, ctx) -> vote(req.getPayload(), ctx, true));
    app.blockAction(AnswerBlocks.VOTE_DOWN, (req, ctx) -> vote(req.getPayload(), ctx, false));
    app.blockAction(AnswerBlocks.SHARE, (req, ctx) -> share(req.getPayload(), ctx));
  }

  private Response vote(BlockActionPayload p, ActionContext ctx, boolean helpful) {
    if (p.getChannel() == null || p.getContainer() == null || p.getUser() == null) {
      return ctx.ack();
    }
    String channel = p.getChannel().getId();
    String messageTs = p.getContainer().getMessageTs();
    String user = p.getUser().getId();
    boolean replaced = votes.record(channel, messageTs, user, helpful);
    privately(p.getResponseUrl(), () -> {
      // the language of the answer voted on, when the user's own Slack language is unknown
      String answerLanguage = answers.stored(AnswerStore.messageKey(channel, messageTs))
          .map(AnswerStore.Stored::language).orElse(null);
      Replies replies = Replies.in(asking.languages().onAnswer(user, channel, answerLanguage));
      return AnswerBlocks.notice((replaced ? replies.get("slack.voteChanged") + " " : "")
          + replies.get("slack.voteThanks") + " " + (helpful ? ":+1:" : ":-1: " + replies.get("slack.voteDown")));
    });
    return ctx.ack();
  }

  private Response share(BlockActionPayload p, ActionContext ctx) {
    String key = p.getActions().isEmpty() ? null : p.getActions().get(0).getValue();
    Optional<Answer> answer = key == null ? Optional.empty() : answers.get(key);
    if (answer.isEmpty() || p.getChannel() == null || p.getUser() == null) {
      privately(p.getResponseUrl(), () -> AnswerBlocks.notice(Replies.in(asking.languages().onAnswer(
          p.getUser() == null ? null : p.getUser().getId(), p.getChannel() == null ? null : p.getChannel().getId(),
          null)).get("slack.shareGone")));
      return ctx.ack();
    }
    String channel = p.getChannel().getId();
    String user = p.getUser().getId();
    asking.io().execute(() -> {
      try {
        String ts = calls.post(channel, null, AnswerBlocks.answer(answer.get(), user, AnswerBlocks.votes(answer.get())));
        answers.put(AnswerStore.messageKey(channel, ts), answer.get());
        calls.respond(p.getResponseUrl(), ActionResponse.builder().deleteOriginal(true).build());
      } catch (SlackCallFailed e) {
        LOG.warn("slack share failed error=\"{}\"", e.getMessage());
        boolean notMember = "not_in_channel".equals(e.error()) || "channel_not_found".equals(e.error());
        privately(p.getResponseUrl(), () -> {
          String language = asking.languages().onAnswer(user, channel, answer.get().language());
          return AnswerBlocks.notice(notMember ? Replies.in(language).get("slack.shareNotMember")
              : Answerer.message(language, "failed"));
        });
      }
    });
    return ctx.ack();
  }

  /**
   * An ephemeral note to the person who clicked, next to the message (never replacing it), written in the background:
   * finding its language may ask Slack.
   */
  private void privately(String responseUrl, Supplier<AnswerBlocks.Message> message) {
    asking.io().execute(() -> {
      try {
        calls.respond(responseUrl, message.get(), false);
      } catch (RuntimeException e) {
        LOG.warn("slack private reply failed error=\"{}\"", e.getMessage());
      }
    });
  }
}
