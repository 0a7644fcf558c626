package briefbot.chat.slack;

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

  HomeTab(SlackCalls calls, BotState state, List<String> digestChannels, Watches watches, Executor io) {
    this.calls = calls;
    this.state = state;
    this.digestChannels = List.copyOf(digestChannels);
    this.watches = watches;
    this.io = io;
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

  List<LayoutBlock> blocks(String user) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(HeaderBlock.builder().text(PlainTextObject.builder().text("Briefbot").build()).build());
    blocks.add(section("Ask me about the news: every sentence of an answer ends with a numbered source that opens"
        + " the paragraph it comes from.\n" + BriefCommand.HELP.lines().skip(1).reduce((a, b) -> a + "\n" + b)
        .orElse("")));
    blocks.add(DividerBlock.builder().build());
    blocks.add(section("*Daily digest*\n" + digest()));
    blocks.add(DividerBlock.builder().build());
    blocks.add(section("*Your watches*\n" + watches(user)));
    return blocks;
  }

  private String digest() {
    Set<String> channels = new LinkedHashSet<>(digestChannels);
    for (String key : state.list(BriefCommand.SUBSCRIPTIONS).keySet()) {
      if (key.startsWith("slack:") && key.length() > "slack:".length()) {
        channels.add(key.substring("slack:".length()));
      }
    }
    if (channels.isEmpty()) {
      return "No channel gets it yet: say `/brief digest on` in a channel to have it there.";
    }
    return "Posted in " + channels.stream().limit(MAX_LISTED).map(HomeTab::channel).reduce((a, b) -> a + ", " + b)
        .orElseThrow() + (channels.size() > MAX_LISTED ? " and " + (channels.size() - MAX_LISTED) + " more" : "")
        + ". `/brief digest` shows today's; `/brief digest off` in a channel stops it there.";
  }

  private String watches(String user) {
    if (watches == null) {
      return "Watches are not configured on this server.";
    }
    List<Watch> own = watches.by(SlackBot.SURFACE, user);
    if (own.isEmpty()) {
      return "None yet. `/brief watch TOPIC` in a channel posts new articles about the topic there, with their"
          + " sources.";
    }
    StringBuilder out = new StringBuilder();
    own.stream().limit(MAX_LISTED).forEach(w -> out.append("• ").append(Mrkdwn.escape(w.topic())).append(" in ")
        .append(channel(w.destination())).append('\n'));
    return out.append("`/brief watches` in a channel lists its watches; `/brief unwatch N` stops one.").toString();
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
