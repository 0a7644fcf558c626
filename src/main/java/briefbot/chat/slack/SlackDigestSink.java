package briefbot.chat.slack;

import briefbot.digest.Digest;
import briefbot.digest.DigestSink;
import briefbot.state.BotState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Posts the digest to Slack channels: those of BRIEFBOT_DIGEST_SLACK_CHANNELS and those that said
 * {@code /brief digest on}; a failed post throws, so the digest tries that channel again.
 */
final class SlackDigestSink implements DigestSink {

  private static final String PREFIX = "slack:";

  private final SlackCalls calls;
  private final List<String> configured;
  private final BotState state;

  SlackDigestSink(SlackCalls calls, List<String> configured, BotState state) {
    this.calls = calls;
    this.configured = List.copyOf(configured);
    this.state = state;
  }

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public List<String> destinations() {
    Set<String> channels = new LinkedHashSet<>(configured);
    for (String key : state.list(BriefCommand.SUBSCRIPTIONS).keySet()) {
      if (key.startsWith(PREFIX) && key.length() > PREFIX.length()) {
        channels.add(key.substring(PREFIX.length()));
      }
    }
    return new ArrayList<>(channels);
  }

  @Override
  public void post(String destination, Digest digest) {
    calls.post(destination, null, AnswerBlocks.digest(digest));
  }
}
