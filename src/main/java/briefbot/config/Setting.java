package briefbot.config;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One environment variable Briefbot reads, as {@link Settings} declares it: its name, the feature it belongs to, what
 * its text may be, its default and what it is for; {@link Config#get} reads it as a {@code T}.
 */
public final class Setting<T> {

  /** The features settings belong to, in the order docs/configuration.md lists them. */
  public enum Group {
    CORE("Core"),
    INDEX("Index and search"),
    LLM("Language model"),
    EMBEDDINGS("Embeddings"),
    SLACK("Slack"),
    TEAMS("Microsoft Teams"),
    FEEDS("Feeds"),
    DIGEST("Daily digest"),
    WATCHES("Watches"),
    SOLRCLOUD("SolrCloud"),
    LOGGING("Logging");

    private final String title;

    Group(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /**
   * What a setting's text may be: {@code kind} as the docs name it, and the reading that turns a value (stripped,
   * never blank) into a {@code T} or throws a {@link ConfigException} naming where the value came from;
   * {@code absent} is the value of a setting that is not set and has no default (an empty list, else null).
   */
  record Type<T>(String kind, boolean secret, BiFunction<String, String, T> reading, T absent) {
    Type(String kind, boolean secret, BiFunction<String, String, T> reading) {
      this(kind, secret, reading, null);
    }

    T read(String source, String text) {
      return reading.apply(source, text);
    }
  }

  private final Group group;
  private final String name;
  private final Type<T> type;
  private final String fallbackText;
  private final T fallback;
  private final String defaultNote;
  private final String description;

  /** {@code fallbackText} is the default as a user would write it (null: none); {@code defaultNote} says one in words. */
  Setting(Group group, String name, Type<T> type, String fallbackText, String defaultNote, String description) {
    this.group = Objects.requireNonNull(group);
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.fallbackText = fallbackText;
    // the default is read as a user's value would be: the docs show exactly what Briefbot uses
    this.fallback = fallbackText == null ? type.absent() : type.read(name, fallbackText);
    this.defaultNote = defaultNote;
    this.description = Objects.requireNonNull(description);
  }

  /** The environment variable. */
  public String name() {
    return name;
  }

  public Group group() {
    return group;
  }

  /** What the value may be, in a word or two ({@code URL}, {@code whole number 1–600}, {@code secret}...). */
  public String kind() {
    return type.kind();
  }

  /** A secret is never logged, printed or shown. */
  public boolean secret() {
    return type.secret();
  }

  /** The default as a user would write it, or null when there is none or it depends on other settings. */
  public String defaultText() {
    return fallbackText;
  }

  /** The default in words, when it is not one fixed value (it depends on other settings); else null. */
  public String defaultNote() {
    return defaultNote;
  }

  /** One line: what the setting is for. */
  public String description() {
    return description;
  }

  /** The default value; an empty list for a list without one, else null without one. */
  public T defaultValue() {
    return fallback;
  }

  T read(String source, String text) {
    return type.read(source, text);
  }

  @Override
  public String toString() {
    return name;
  }
}
