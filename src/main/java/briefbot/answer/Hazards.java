package briefbot.answer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a sentence of model output may never carry into a channel: mentions that ping people, links of its own
 * and chat markup. Article text can talk a model into writing these; the sentence is dropped instead.
 */
final class Hazards {

  private static final Pattern MARKUP = Pattern.compile("<[^<>\\s][^<>]*>|<[!@#]");
  private static final Pattern MENTION = Pattern.compile("@[\\p{L}\\p{N}_]");
  private static final Pattern SCHEME =
      Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]{1,20}://|\\bwww\\.|\\b(?:mailto|javascript):");
  private static final Pattern DOMAIN = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}(?![\\p{L}\\p{N}-])");

  private Hazards() {}

  /** Why the sentence may not be shown, or empty when it may. */
  static Optional<String> of(String sentence) {
    if (MARKUP.matcher(sentence).find()) {
      return Optional.of("chat markup or a mention");
    }
    if (MENTION.matcher(sentence).find()) {
      return Optional.of("an @-mention");
    }
    if (SCHEME.matcher(sentence).find() || DOMAIN.matcher(sentence).find()) {
      return Optional.of("a link that is not a citation");
    }
    return Optional.empty();
  }
}
