package briefbot.chat.slack;

import briefbot.answer.Answer;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
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
    boolean replaced = votes.record(p.getChannel().getId(), p.getContainer().getMessageTs(), p.getUser().getId(),
        helpful);
    String thanks = (replaced ? "Changed your vote. " : "") + "Thanks for the feedback! "
        + (helpful ? ":+1:" : ":-1: I'll pass it on so the answers get better.");
    privately(p.getResponseUrl(), AnswerBlocks.notice(thanks));
    return ctx.ack();
  }

  private Response share(BlockActionPayload p, ActionContext ctx) {
    String key = p.getActions().isEmpty() ? null : p.getActions().get(0).getValue();
    Optional<Answer> answer = key == null ? Optional.empty() : answers.get(key);
    if (answer.isEmpty() || p.getChannel() == null || p.getUser() == null) {
      privately(p.getResponseUrl(), AnswerBlocks.notice("That answer is no longer available; please ask again."));
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
        privately(p.getResponseUrl(), AnswerBlocks.notice(notMember
            ? "I can't post in this conversation. Invite me first (`/invite @Briefbot`), then share again."
            : Asking.APOLOGY));
      }
    });
    return ctx.ack();
  }

  /** An ephemeral note to the person who clicked, next to the message (never replacing it). */
  private void privately(String responseUrl, AnswerBlocks.Message message) {
    asking.io().execute(() -> {
      try {
        calls.respond(responseUrl, message, false);
      } catch (RuntimeException e) {
        LOG.warn("slack private reply failed error=\"{}\"", e.getMessage());
      }
    });
  }
}
