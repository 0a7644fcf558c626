package briefbot.chat.watch;

import briefbot.answer.Answer;
import briefbot.answer.Answerer;
import briefbot.answer.BadQuestion;
import briefbot.answer.Filters;
import briefbot.answer.Question;
import briefbot.index.IndexedArticle;
import briefbot.index.ParagraphIndex;
import briefbot.state.BotState;
import briefbot.state.Namespace;
import briefbot.text.Failures;
import dev.failsafe.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts of all watches: every interval, each watch's topic is asked of the paragraphs of each article indexed
 * since the last look (and after the watch was made); an answer with evidence is posted to the watch's channel.
 *
 * <p>Exactly once across instances: the alert is claimed in the bot state ({@code watch.alerted}, a create-only
 * write on SQLite and on SolrCloud) before it is posted, and the claim is given back when the post fails. An alert
 * during quiet hours, over the channel's hourly limit or whose post failed waits in {@code watch.deferred} and is
 * tried at the next look; one about an article first seen over a day ago is dropped, as no longer news.
 */
final class Alerts implements AutoCloseable {

  static final String ALERTED = "watch.alerted";
  static final String DEFERRED = "watch.deferred";
  /** The newest first-seen time looked at, shared by the instances: where the next look starts. */
  static final String CURSOR = "watch.cursor";
  static final Duration STALE = Duration.ofDays(1);
  private static final int REMEMBER = 100_000;
  private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);

  private final BotState state;
  private final Namespace<Watch> watches;
  private final Answerer answerer;
  private final ParagraphIndex index;
  private final Duration interval;
  private final int perHour;
  private final QuietHours quiet;
  private final Clock clock;
  private final Map<String, WatchSink> sinks = new ConcurrentHashMap<>();
  private final Map<String, RateLimiter<Object>> limits = new ConcurrentHashMap<>();
  /** Alert keys this instance asked about and found no answer for: not asked again. */
  private final Set<String> unanswered = Collections.newSetFromMap(new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > REMEMBER;
    }
  });
  private volatile ScheduledExecutorService timer;

  Alerts(BotState state, Namespace<Watch> watches, Answerer answerer, ParagraphIndex index, Duration interval,
      int perHour, QuietHours quiet, Clock clock) {
    this.state = state;
    this.watches = watches;
    this.answerer = answerer;
    this.index = index;
    this.interval = interval;
    this.perHour = perHour;
    this.quiet = quiet;
    this.clock = clock;
  }

  void sink(WatchSink sink) {
    sinks.put(sink.surface(), sink);
  }

  synchronized void start() {
    if (timer != null) {
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "watch-alerts");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(() -> {
      try {
        pass();
      } catch (RuntimeException e) {
        if (!timer.isShutdown()) { // a look cut short by stopping is no failure
          LOG.warn("watch alerts: this look failed, the next one tries again: {}", Failures.inWords(e));
        }
      }
    }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One look: deferred alerts first, then the articles first seen since the cursor; returns the alerts posted. */
  synchronized int pass() {
    List<Watch> all = List.copyOf(watches.all().values());
    if (all.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    int posted = deferred(all, now);
    Instant oldest = all.stream().map(Watch::created).min(Comparator.naturalOrder()).orElseThrow();
    Instant since = latest(latest(oldest, now.minus(STALE)), cursor().orElse(oldest));
    Instant newest = null;
    for (IndexedArticle article : index.articlesSeenSince(since)) {
      for (Watch watch : all) {
        if (!article.firstSeen().isBefore(watch.created()) && consider(watch, article, now)) {
          posted++;
        }
      }
      newest = newest == null ? article.firstSeen() : latest(newest, article.firstSeen());
    }
    if (newest != null) {
      // inclusive: an article first seen in the same millisecond but committed later is still looked at
      state.put(CURSOR, "articles", Long.toString(newest.toEpochMilli()));
    }
    return posted;
  }

  private int deferred(List<Watch> all, Instant now) {
    Map<String, String> waiting = state.list(DEFERRED);
    if (waiting.isEmpty()) {
      return 0;
    }
    Map<String, IndexedArticle> recent = new LinkedHashMap<>();
    index.articlesSeenSince(now.minus(STALE)).forEach(a -> recent.put(a.article().id(), a));
    int posted = 0;
    for (String key : waiting.keySet()) {
      state.delete(DEFERRED, key);
      int bar = key.lastIndexOf('|');
      Optional<Watch> watch = all.stream().filter(w -> bar > 0 && w.id().equals(key.substring(0, bar))).findFirst();
      IndexedArticle article = bar > 0 ? recent.get(key.substring(bar + 1)) : null;
      // dropped when the watch was removed, or the article is gone or no longer news
      if (watch.isPresent() && article != null && consider(watch.get(), article, now)) {
        posted++;
      }
    }
    return posted;
  }

  /** Asks the watch about one article and posts the alert when it answers; true when posted. */
  private boolean consider(Watch watch, IndexedArticle article, Instant now) {
    String key = watch.alertKey(article.article().id());
    if (unanswered.contains(key) || state.contains(ALERTED, key)) {
      return false;
    }
    Optional<Answer.Grounded> answer = ask(watch, article);
    if (answer.isEmpty()) {
      unanswered.add(key);
      return false;
    }
    WatchSink sink = sinks.get(watch.surface());
    if (sink == null || quiet.quiet(now) || !limit(watch.destination()).tryAcquirePermit()) {
      state.put(DEFERRED, key, "");
      return false;
    }
    if (!state.claim(ALERTED, key)) {
      return false; // another instance has it
    }
    try {
      sink.post(new WatchSink.Alert(watch, article.article().displayTitle(), article.article().source(),
          answer.get()));
      LOG.info("watch alert posted surface={} destination={} article={}", watch.surface(), watch.destination(),
          article.article().id());
      return true;
    } catch (Exception e) {
      LOG.warn("watch alert not posted, trying again at the next look surface={} destination={}: {}",
          watch.surface(), watch.destination(), Failures.inWords(e));
      state.delete(ALERTED, key);
      state.put(DEFERRED, key, "");
      return false;
    }
  }

  /**
   * The topic asked of the article's paragraphs alone: an answer only when the answerability verdict says so. A topic
   * written as a question (it ends with a question mark) gets the answer a question gets; one written as words gets it
   * without the closest-match opening ({@link Answerer#askTopic}).
   */
  private Optional<Answer.Grounded> ask(Watch watch, IndexedArticle article) {
    try {
      Filters.Parsed parsed = Filters.parse(watch.topic(), clock);
      ParagraphIndex.Filter only = parsed.filter().onlyArticles(Set.of(article.article().id()));
      Answer answer = parsed.text().strip().endsWith("?") ? answerer.ask(Question.of(parsed.text()), only, null)
          : answerer.askTopic(Question.of(parsed.text()), only);
      if (!(answer instanceof Answer.Grounded g) || g.citations().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(g);
    } catch (BadQuestion e) {
      return Optional.empty(); // checked when the watch was made; a stored one a newer version reads otherwise
    }
  }

  private RateLimiter<Object> limit(String destination) {
    return limits.computeIfAbsent(destination, d -> RateLimiter.burstyBuilder(perHour, Duration.ofHours(1)).build());
  }

  private Optional<Instant> cursor() {
    return state.get(CURSOR, "articles").map(v -> Instant.ofEpochMilli(Long.parseLong(v)));
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  @Override
  public void close() {
    ScheduledExecutorService running = timer;
    if (running != null) {
      running.shutdownNow();
    }
  }
}
