package briefbot.chat.slack;

import briefbot.answer.Answer;
import briefbot.answer.Answerer;
import briefbot.answer.BadQuestion;
import briefbot.answer.Question;
import briefbot.chat.Replies;
import briefbot.chat.watch.Watches;
import briefbot.digest.Digest;
import briefbot.state.BotState;
import briefbot.state.Namespace;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /brief}: a private answer with a "Share in channel" button, the digest (show, subscribe, unsubscribe),
 * adding an article (admins only) and help. Slack gets its acknowledgement at once; slow work answers later
 * through the command's response_url.
 */
final class BriefCommand {

  static final String COMMAND = "/brief";
  static final String SUBSCRIPTIONS = "digest.subscriptions";
  private static final Logger LOG = LoggerFactory.getLogger(BriefCommand.class);

  /** A channel's {@code /brief digest on}: who asked, and when. */
  record Subscription(String by, Instant at) {}

  private final Asking asking;
  private final SlackCalls calls;
  private final AnswerStore answers;
  private final Namespace<Subscription> subscriptions;
  private final Set<String> admins;
  /** Today's digest for a channel id, in the channel's language and with its filter. */
  private final Function<String, Digest> digest;
  private final Function<String, String> addArticle;
  private final Watches watches;
  private final Clock clock;

  BriefCommand(Asking asking, SlackCalls calls, AnswerStore answers, BotState state, Set<String> admins,
      Function<String, Digest> digest, Function<String, String> addArticle, Watches watches, Clock clock) {
    this.asking = asking;
    this.calls = calls;
    this.answers = answers;
    this.subscriptions = Namespace.of(state, SUBSCRIPTIONS, Subscription.class);
    this.admins = admins;
    this.digest = digest;
    this.addArticle = addArticle;
    this.watches = watches;
    this.clock = clock;
  }

  void register(App app) {
    app.command(COMMAND, (req, ctx) -> handle(req.getPayload(), ctx));
  }

  Response handle(SlashCommandPayload p, SlashCommandContext ctx) {
    String text = Mrkdwn.plain(p.getText());
    String[] words = text.split("\\s+", 2);
    String rest = words.length > 1 ? words[1].strip() : "";
    return switch (words[0].toLowerCase(Locale.ROOT)) {
      case "", "help" -> reply(ctx, help(replies(p, "")));
      case "digest" -> digest(rest, p, ctx, replies(p, ""));
      case "add" -> add(rest, p, ctx, replies(p, ""));
      case "watch", "watches", "unwatch" -> reply(ctx, watch(text, p, replies(p, Watches.ownWords(text))));
      default -> ask(text, p, ctx);
    };
  }

  /** The /brief help in the replies' language: what a user can type, the commands always in English. */
  static String help(Replies replies) {
    return replies.get("slack.help");
  }

  /** The replies to the person who typed the command, in their language ({@link UserLanguages}). */
  private Replies replies(SlashCommandPayload p, String ownWords) {
    return Replies.in(asking.languages().of(p.getUserId(), p.getChannelId(), ownWords));
  }

  private Response ask(String text, SlashCommandPayload p, SlashCommandContext ctx) {
    Optional<Duration> wait = asking.limit().take(p.getUserId());
    if (wait.isPresent()) {
      asking.count("command", "rate_limited");
      return reply(ctx, UserRateLimit.message(wait.get(), key -> asking.says(new Question(Mrkdwn.plain(text)), key)));
    }
    Question question;
    try {
      question = Question.of(text);
    } catch (BadQuestion e) {
      asking.count("command", "bad_question");
      return reply(ctx, Mrkdwn.escape(e.in(asking.languages().of(p.getUserId(), p.getChannelId(), text))));
    }
    String url = p.getResponseUrl();
    asking.ask(question, null, "command", new Asking.Delivery() {
      @Override
      public void answered(Answer answer) {
        String key = "private:" + UUID.randomUUID();
        answers.put(key, answer);
        calls.respond(url, AnswerBlocks.answer(answer, null, AnswerBlocks.share(key, answer)), true);
      }

      @Override
      public void failed() {
        calls.respond(url, AnswerBlocks.notice(asking.says(question, "failed")), true);
      }
    });
    return reply(ctx, asking.searching(question));
  }

  private Response digest(String rest, SlashCommandPayload p, SlashCommandContext ctx, Replies replies) {
    String key = "slack:" + p.getChannelId();
    switch (rest.toLowerCase(Locale.ROOT)) {
      case "on" -> {
        subscriptions.put(key, new Subscription(p.getUserId(), clock.instant()));
        return reply(ctx, replies.get("slack.digestOn"));
      }
      case "off" -> {
        boolean removed = subscriptions.delete(key);
        return reply(ctx, replies.get(removed ? "slack.digestOff" : "slack.digestNotSubscribed"));
      }
      case "" -> {
        if (digest == null) {
          return reply(ctx, replies.get("slack.digestNotConfigured"));
        }
        later(p.getResponseUrl(), () -> AnswerBlocks.digest(digest.apply(p.getChannelId())), replies);
        return reply(ctx, "_" + replies.get("slack.digestComposing") + "_");
      }
      default -> {
        return reply(ctx, replies.get("slack.digestUsage"));
      }
    }
  }

  /** The reply to a watch command, escaped for Slack (a watch's topic is quoted as typed). */
  private String watch(String text, SlashCommandPayload p, Replies replies) {
    if (watches == null) {
      return replies.get("slack.watchesNotConfigured");
    }
    return watches.command(SlackBot.SURFACE, p.getChannelId(), p.getUserId(), text, "/brief ", replies.language())
        .map(Mrkdwn::escape).orElse(help(replies));
  }

  private Response add(String url, SlashCommandPayload p, SlashCommandContext ctx, Replies replies) {
    if (addArticle == null) {
      return reply(ctx, replies.get("slack.addNotConfigured"));
    }
    if (!admins.contains(p.getUserId())) {
      return reply(ctx, replies.get("slack.addAdminsOnly"));
    }
    if (url.isEmpty()) {
      return reply(ctx, replies.get("slack.addUsage"));
    }
    later(p.getResponseUrl(), () -> AnswerBlocks.notice(Mrkdwn.escape(addArticle.apply(url))), replies);
    return reply(ctx, "_" + replies.get("slack.adding") + "_");
  }

  /** Slow work: done in the background and sent privately through the response_url, or an apology. */
  private void later(String responseUrl, Supplier<AnswerBlocks.Message> work, Replies replies) {
    asking.io().execute(() -> {
      AnswerBlocks.Message message;
      try {
        message = work.get();
      } catch (RuntimeException e) {
        LOG.error("slack /brief work failed", e);
        message = AnswerBlocks.notice(Answerer.message(replies.language(), "failed"));
      }
      try {
        calls.respond(responseUrl, message, true);
      } catch (RuntimeException e) {
        LOG.warn("slack /brief reply failed error=\"{}\"", e.getMessage());
      }
    });
  }

  private static Response reply(SlashCommandContext ctx, String mrkdwn) {
    return ctx.ack(r -> r.responseType("ephemeral").text(mrkdwn));
  }
}
