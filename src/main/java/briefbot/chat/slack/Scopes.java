package briefbot.chat.slack;

import com.slack.api.methods.SlackApiResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bot scopes the app needs, and which of them a token lacks: Slack puts a token's granted scopes in the
 * {@code x-oauth-scopes} header of every Web API reply, and without some of them (im:history) Slack sends nothing at
 * all, so no refusal would ever say so.
 */
final class Scopes {

  /**
   * The least Briefbot needs: mentions, DMs (im:history), /brief, posting where it was asked or subscribed, and a
   * user's Slack language (users:read, for {@code users.info}'s locale: replies to commands and buttons in it).
   */
  static final List<String> NEEDED = List.of("app_mentions:read", "chat:write", "chat:write.public", "commands",
      "im:history", "users:read");

  private static final String HEADER = "x-oauth-scopes";

  private Scopes() {}

  /** The needed scopes a reply's token lacks, in {@link #NEEDED}'s order; empty when the reply does not say. */
  static Optional<List<String>> lacking(SlackApiResponse reply) {
    Map<String, List<String>> headers = reply.getHttpResponseHeaders();
    if (headers == null) {
      return Optional.empty();
    }
    return headers.entrySet().stream().filter(e -> HEADER.equalsIgnoreCase(e.getKey())).findFirst()
        .map(e -> granted(e.getValue()))
        .map(granted -> NEEDED.stream().filter(scope -> !granted.contains(scope)).toList());
  }

  private static Set<String> granted(List<String> values) {
    return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }
}
