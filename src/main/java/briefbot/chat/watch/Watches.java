package briefbot.chat.watch;

import briefbot.answer.Answerer;
import briefbot.answer.BadQuestion;
import briefbot.answer.Filters;
import briefbot.answer.Question;
import briefbot.chat.Replies;
import briefbot.config.Config;
import briefbot.index.ParagraphIndex;
import briefbot.state.BotState;
import briefbot.state.Namespace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches: a channel's standing questions ({@code watch Russia Iran from:Reuters}), kept in the bot state and asked
 * of every article indexed after them; an article that answers one is posted to the channel once as a cited alert,
 * whichever instance sees it first. This type takes the chat commands ({@code watch}, {@code watches},
 * {@code unwatch}) and runs the alerts ({@link #start}).
 */
public final class Watches implements AutoCloseable {

  /** The watches, by id. */
  static final String NAMESPACE = "watches";
  /** At most this many watches per channel: each one is asked of every new article. */
  public static final int MAX_PER_CHANNEL = 20;
  private static final Pattern COMMAND = Pattern.compile("(?is)^/?(watch|watches|unwatch)\\b[:\\s]*(.*)$");

  /** How alerts run: how often to look, how many per channel per hour, and the hours without any. */
  public record Settings(Duration interval, int perHour, String quietHours, ZoneId zone) {
    /** The watch settings of a config ({@code BRIEFBOT_WATCH_*}, quiet hours in the digest's time zone). */
    public static Settings of(Config config) {
      return new Settings(config.get(briefbot.config.Settings.WATCH_INTERVAL),
          config.get(briefbot.config.Settings.WATCH_ALERTS_PER_HOUR),
          config.get(briefbot.config.Settings.WATCH_QUIET_HOURS), config.get(briefbot.config.Settings.DIGEST_TZ));
    }
  }

  private final Namespace<Watch> watches;
  private final Clock clock;
  private final Alerts alerts;

  public Watches(BotState state, Answerer answerer, ParagraphIndex index, Settings settings, Clock clock) {
    this.watches = Namespace.of(state, NAMESPACE, Watch.class);
    this.clock = clock;
    this.alerts = new Alerts(state, watches, answerer, index, settings.interval(), settings.perHour(),
        QuietHours.of(settings.quietHours(), settings.zone()), clock);
  }

  /** Opens the watches of a config over the service's state, answers and index. */
  public static Watches fromConfig(Config config, BotState state, Answerer answerer, ParagraphIndex index,
      Clock clock) {
    return new Watches(state, answerer, index, Settings.of(config), clock);
  }

  /** Adds where a surface's alerts go; alerts of a surface without a sink wait. */
  public void sink(WatchSink sink) {
    alerts.sink(sink);
  }

  /** Starts looking for new articles every interval. */
  public Watches start() {
    alerts.start();
    return this;
  }

  /** One look at the articles indexed since the last one (the timer's work; tests call it): alerts posted. */
  public int pass() {
    return alerts.pass();
  }

  /**
   * The reply to a watch command in a channel ({@code watch TOPIC}, {@code watches}, {@code unwatch N|TOPIC}), or
   * empty when {@code text} is none. {@code prefix} is how the surface's commands start ({@code /brief }), for the
   * hints; {@code language} is the one the reply is written in (a watch's topic is quoted as typed). The reply is
   * plain text, for the surface to escape.
   */
  public Optional<String> command(String surface, String destination, String user, String text, String prefix,
      String language) {
    Matcher m = COMMAND.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(2).strip();
    Replies replies = Replies.in(language);
    return Optional.of(switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "watches" -> list(surface, destination, prefix, replies);
      case "unwatch" -> unwatch(surface, destination, rest, prefix, replies);
      default -> rest.isEmpty() || rest.equalsIgnoreCase("list") ? list(surface, destination, prefix, replies)
          : watch(surface, destination, user, rest, prefix, replies);
    });
  }

  /** Whether {@code text} is a watch command ({@code watch TOPIC}, {@code watches}, {@code unwatch N|TOPIC}). */
  public static boolean isCommand(String text) {
    return COMMAND.matcher(text.strip()).matches();
  }

  /** The words a watch command carries of the user's own (its topic), empty for none or for text that is no command. */
  public static String ownWords(String text) {
    Matcher m = COMMAND.matcher(text.strip());
    String rest = m.matches() ? m.group(2).strip() : "";
    return rest.matches("\\d{1,3}|(?i)list") ? "" : rest;
  }

  /** The watches of one channel, oldest first: the numbers {@code unwatch} takes. */
  public List<Watch> of(String surface, String destination) {
    return watches.all().values().stream()
        .filter(w -> w.surface().equals(surface) && w.destination().equals(destination))
        .sorted(Comparator.comparing(Watch::created).thenComparing(Watch::id)).toList();
  }

  /** The watches one person made on a surface, oldest first (the Slack Home tab lists them). */
  public List<Watch> by(String surface, String user) {
    return watches.all().values().stream().filter(w -> w.surface().equals(surface) && user.equals(w.by()))
        .sorted(Comparator.comparing(Watch::created).thenComparing(Watch::id)).toList();
  }

  private String watch(String surface, String destination, String user, String topic, String prefix,
      Replies replies) {
    Filters.Parsed parsed;
    try {
      parsed = Filters.parse(Question.of(topic).text(), clock);
    } catch (BadQuestion e) {
      return e.in(replies.language());
    }
    if (parsed.text().isBlank()) {
      return replies.get("watch.needsTopic", prefix, parsed.spec());
    }
    String tidy = (parsed.text() + " " + parsed.spec()).strip();
    List<Watch> current = of(surface, destination);
    if (current.stream().anyMatch(w -> w.topic().equalsIgnoreCase(tidy))) {
      return replies.get("watch.already", tidy);
    }
    if (current.size() >= MAX_PER_CHANNEL) {
      return replies.get("watch.full", String.valueOf(MAX_PER_CHANNEL), prefix);
    }
    Instant now = clock.instant();
    String id = surface + ":" + destination + ":" + String.format("%015d", now.toEpochMilli()) + "-"
        + UUID.randomUUID().toString().substring(0, 8);
    watches.put(id, new Watch(id, surface, destination, tidy, user, now));
    return replies.get("watch.added", tidy, prefix, String.valueOf(current.size() + 1));
  }

  private String list(String surface, String destination, String prefix, Replies replies) {
    List<Watch> current = of(surface, destination);
    if (current.isEmpty()) {
      return replies.get("watch.none", prefix);
    }
    StringBuilder out = new StringBuilder(replies.get("watch.list"));
    for (int i = 0; i < current.size(); i++) {
      Watch w = current.get(i);
      out.append('\n').append(replies.get("watch.since", String.valueOf(i + 1), w.topic(),
          LocalDate.ofInstant(w.created(), ZoneOffset.UTC).toString()));
    }
    return out.append('\n').append(replies.get("watch.listHint", prefix)).toString();
  }

  private String unwatch(String surface, String destination, String which, String prefix, Replies replies) {
    List<Watch> current = of(surface, destination);
    if (which.isEmpty()) {
      return replies.get("watch.which", prefix);
    }
    boolean number = which.matches("\\d{1,3}");
    Optional<Watch> found = number
        ? Optional.of(Integer.parseInt(which) - 1).filter(i -> i >= 0 && i < current.size()).map(current::get)
        : current.stream().filter(w -> w.topic().equalsIgnoreCase(which)).findFirst();
    if (found.isEmpty()) {
      return replies.get(number ? "watch.noNumber" : "watch.noTopic", which, prefix);
    }
    watches.delete(found.get().id());
    return replies.get("watch.stopped", found.get().topic());
  }

  @Override
  public void close() {
    alerts.close();
  }
}
