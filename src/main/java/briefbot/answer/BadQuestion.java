package briefbot.answer;

import briefbot.text.Phrases;

/**
 * A question Briefbot will not search for; the message is short enough to show to the person who asked, in English,
 * and {@link #in} says it in another language Briefbot writes in.
 */
public class BadQuestion extends RuntimeException {

  /** The message's key in answer/messages*.properties; null for a message given as text. */
  private final String key;
  private final String[] values;
  /** Whether the filters' hint follows the message (a filter it could not read). */
  private final boolean hinted;

  public BadQuestion(String message) {
    super(message);
    this.key = null;
    this.values = new String[0];
    this.hinted = false;
  }

  private BadQuestion(String key, boolean hinted, String... values) {
    super(text("en", key, hinted, values));
    this.key = key;
    this.values = values.clone();
    this.hinted = hinted;
  }

  /** The message under {@code key} ({@code {0}}, {@code {1}} ... filled with {@code values}). */
  static BadQuestion said(String key, String... values) {
    return new BadQuestion(key, false, values);
  }

  /** The same about a filter, followed by the filters' hint. */
  static BadQuestion aboutFilter(String key, String... values) {
    return new BadQuestion(key, true, values);
  }

  /** The message in {@code language} (English for a language Briefbot does not write in). */
  public String in(String language) {
    return key == null ? getMessage() : text(language, key, hinted, values);
  }

  private static String text(String language, String key, boolean hinted, String... values) {
    Phrases phrases = Answerer.messages(language);
    return phrases.get(key, values) + (hinted ? " " + phrases.get("filterHint") : "");
  }
}
