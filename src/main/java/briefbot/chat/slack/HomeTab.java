package briefbot.chat.slack;

import briefbot.chat.Replies;
import briefbot.chat.watch.Watch;
import briefbot.chat.watch.Watches;
import briefbot.state.BotState;
import com.slack.api.bolt.App;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home tab ({@code app_home_opened} answered with {@code views.publish}): how to ask, which channels get the
 * daily digest, and the watches the person made, each with its channel.
 */
final class HomeTab {

  private static final Logger LOG = LoggerFactory.getLogger(HomeTab.class);
  private static final int MAX_LISTED = 40;

  private final SlackCalls calls;
  private final BotState state;
  private final List<String> digestChannels;
  private final Watches watches;
  private final Executor io;
  private final UserLanguages languages;

  HomeTab(SlackCalls calls, BotState state, List<String> digestChannels, Watches watches, Executor io,
      UserLanguages languages) {
    this.calls = calls;
    this.state = state;
    this.digestChannels = List.copyOf(digestChannels);
    this.watches = watches;
    this.io = io;
    this.languages = languages;
  }

  void register(App app) {
    app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
      AppHomeOpenedEvent e = payload.getEvent();
      if ("home".equals(e.getTab()) && e.getUser() != null) {
        io.execute(() -> publish(e.getUser()));
      }
      return ctx.ack();
    });
  }

  /** Publishes the person's Home tab; a failure is logged (the tab then shows what it showed before). */
  void publish(String user) {
    try {
      View view = View.builder().type("home").blocks(blocks(user)).build();
      calls.call("views.publish", m -> m.viewsPublish(r -> r.userId(user).view(view)));
    } catch (RuntimeException e) {
      LOG.warn("slack home tab not published user={} error=\"{}\"", user, e.getMessage());
    }
  }

  /** The tab in the person's language (their Slack locale's; no channel or words tell it here). */
  List<LayoutBlock> blocks(String user) {
    Replies replies = Replies.in(languages.of(user, null, ""));
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(HeaderBlock.builder().text(PlainTextObject.builder().text("Briefbot").build()).build());
    // the help without its first line, which introduces Briefbot to someone in a channel
    blocks.add(section(replies.get("home.intro") + "\n" + BriefCommand.help(replies).lines().skip(1)
        .reduce((a, b) -> a + "\n" + b).orElse("")));
    blocks.add(DividerBlock.builder().build());
    blocks.add(section("*" + replies.get("home.digest") + "*\n" + digest(replies)));
    blocks.add(DividerBlock.builder().build());
    blocks.add(section("*" + replies.get("home.watches") + "*\n" + watches(user, replies)));
    return blocks;
  }

  private String digest(Replies replies) {
    Set<String> channels = new LinkedHashSet<>(digestChannels);
    for (String key : state.list(BriefCommand.SUBSCRIPTIONS).keySet()) {
      if (key.startsWith("slack:") && key.length() > "slack:".length()) {
        channels.add(key.substring("slack:".length()));
      }
    }
    if (channels.isEmpty()) {
      return replies.get("home.digestNowhere");
    }
    String listed = channels.stream().limit(MAX_LISTED).map(HomeTab::channel).reduce((a, b) -> a + ", " + b)
        .orElseThrow();
    return replies.get("home.digestPosted", channels.size() > MAX_LISTED
        ? replies.get("home.andMore", listed, String.valueOf(channels.size() - MAX_LISTED)) : listed);
  }

  private String watches(String user, Replies replies) {
    if (watches == null) {
      return replies.get("slack.watchesNotConfigured");
    }
    List<Watch> own = watches.by(SlackBot.SURFACE, user);
    if (own.isEmpty()) {
      return replies.get("home.watchesNone");
    }
    StringBuilder out = new StringBuilder();
    own.stream().limit(MAX_LISTED).forEach(w -> out.append("• ")
        .append(replies.get("home.watchIn", Mrkdwn.escape(w.topic()), channel(w.destination()))).append('\n'));
    return out.append(replies.get("home.watchesHint")).toString();
  }

  /** A channel mention Slack shows by name; only ids that look like channel ids are linked. */
  private static String channel(String id) {
    return id.matches("[CDG][A-Z0-9]{2,30}") ? "<#" + id + ">" : Mrkdwn.escape(id);
  }

  private static SectionBlock section(String mrkdwn) {
    return SectionBlock.builder().text(MarkdownTextObject.builder().text(Mrkdwn.cut(mrkdwn, Mrkdwn.MAX_TEXT)).build())
        .build();
  }
}
