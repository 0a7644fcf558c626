package briefbot.app;

import briefbot.config.Config;
import briefbot.feeds.Feeds;
import briefbot.index.SyncReport;
import briefbot.state.BotState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** One article added by hand ({@code briefbot add URL|FILE}): fetched under the feeds' policy (or read from a saved page), stored and indexed. */
public final class AddArticle implements AutoCloseable {

  private final Briefbot bot;
  private final BotState state;
  private final Feeds feeds;

  private AddArticle(Briefbot bot, BotState state, Feeds feeds) {
    this.bot = bot;
    this.state = state;
    this.feeds = feeds;
  }

  public static AddArticle open(Config config, Clock clock, Feeds.Options options) {
    Briefbot bot = Briefbot.open(config, clock);
    BotState state = null;
    try {
      state = Backend.state(config, clock);
      return new AddArticle(bot, state, Feeds.open(config, state, progress -> quietWhenHeld(bot, progress), options,
          clock));
    } catch (RuntimeException e) {
      if (state != null) {
        state.close();
      }
      bot.close();
      throw e;
    }
  }

  /**
   * The sync after the article is stored, without its "index is read-only" warning where another process holds the
   * index: the command says so itself, with what to do ({@link #indexHeldElsewhere}).
   */
  private static SyncReport quietWhenHeld(Briefbot bot, Consumer<String> progress) {
    SyncReport report = bot.sync(progress);
    return bot.index().readOnly() ? new SyncReport(report.added(), report.updated(), report.removed(),
        report.unchanged(), report.paragraphs(), List.of()) : report;
  }

  /** Fetches, stores and indexes one URL; a refusal is a {@link Feeds.Result.Skipped}, never an exception. */
  public Feeds.Result add(String url) {
    return feeds.add(url);
  }

  /** Stores and indexes the article of a web page saved to a file; a refusal is a {@link Feeds.Result.Skipped}. */
  public Feeds.Result addSaved(Path file) {
    return feeds.addSaved(file);
  }

  /** Whether another process (serve) holds the index, so that it, not this command, indexes the new file. */
  public boolean indexHeldElsewhere() {
    return bot.index().readOnly();
  }

  @Override
  public void close() {
    feeds.close();
    state.close();
    bot.close();
  }
}
