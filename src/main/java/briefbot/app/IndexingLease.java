package briefbot.app;

import briefbot.state.BotState;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * With an index that several instances share, one at a time writes the corpus into it: the holder of this lease.
 * The others answer from the shared index; one takes over when the holder stops renewing (it crashed or stopped).
 */
final class IndexingLease implements AutoCloseable {

  /** Renewed at every sync (the corpus watcher rescans every 30 s); long enough to cover a slow pass and clock skew. */
  static final Duration TTL = Duration.ofMinutes(2);
  private static final String NAME = "index.writer";

  private final Supplier<BotState> opener;
  private final boolean ownsState;
  private final String holder;
  /** Opened at the first sync: `ask` and the other read-only commands never need it. */
  private BotState state;

  /** {@code ownsState}: the state {@code opener} gives is this lease's to close (a command's), not shared (serve's). */
  IndexingLease(Supplier<BotState> opener, boolean ownsState) {
    this.opener = opener;
    this.ownsState = ownsState;
    this.holder = BotState.newHolder();
  }

  /** Takes or renews the lease; false while another instance holds it. */
  synchronized boolean take() {
    if (state == null) {
      state = opener.get();
    }
    return state.lease(NAME, holder, TTL);
  }

  @Override
  public synchronized void close() {
    if (state != null && ownsState) {
      state.close();
    }
  }
}
