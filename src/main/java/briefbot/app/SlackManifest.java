package briefbot.app;

import briefbot.chat.slack.SlackBot;
import java.util.List;

/** What {@code slack-manifest} writes that the Slack bot itself knows: the bot scopes it checks its token for. */
public final class SlackManifest {

  private SlackManifest() {}

  public static List<String> scopes() {
    return SlackBot.scopes();
  }
}
