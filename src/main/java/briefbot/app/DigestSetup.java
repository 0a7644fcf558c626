package briefbot.app;

import briefbot.answer.CitationCheck;
import briefbot.answer.Links;
import briefbot.config.Config;
import briefbot.config.Settings;
import briefbot.digest.DigestSink;
import briefbot.digest.DigestWriter;
import briefbot.digest.Digests;
import briefbot.llm.LlmComposer;
import briefbot.state.BotState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Wires the daily digest to its sinks; what the {@code digest} command runs and what {@code serve} starts. */
final class DigestSetup {

  private DigestSetup() {}

  /** The digest's own sinks (the Teams Workflows webhook) plus the chat adapters' sinks that are configured. */
  static List<DigestSink> sinks(Config config, List<DigestSink> chatSinks) {
    List<DigestSink> sinks = new ArrayList<>(Digests.ownSinks(config));
    chatSinks.stream().filter(Objects::nonNull).forEach(sinks::add);
    return sinks;
  }

  /** The digest over an open bot; {@code start()} it to post on schedule, {@code close()} it to stop. */
  static Digests digests(Briefbot bot, BotState state, List<DigestSink> chatSinks, Clock clock) {
    return Digests.create(bot.config(), bot.index(), writer(bot.config(), bot.links(), bot.citationCheck()), state,
        sinks(bot.config(), chatSinks), clock);
  }

  /** The extractive writer, or with {@code BRIEFBOT_LLM} set, the model's (extractive when it fails). */
  static DigestWriter writer(Config config, Links links) {
    return writer(config, links, new CitationCheck(links));
  }

  /** The writer whose model-written items pass {@code check}. */
  static DigestWriter writer(Config config, Links links, CitationCheck check) {
    DigestWriter extractive = DigestWriter.extractive(links);
    return config.llm() == Settings.LlmProvider.NONE ? extractive : LlmComposer.digestWriter(config, check, extractive);
  }
}
