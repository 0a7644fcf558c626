package briefbot.answer;

import java.util.regex.Pattern;

/** A question as asked in chat, checked and tidied: no control characters, no markup, a sane length. */
public record Question(String text) {

  public static final int MAX_LENGTH = 1000;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}&&[^\\n\\t]]");
  private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");

  /** Tidies a raw question, or throws {@link BadQuestion} with a message fit for the person who asked. */
  public static Question of(String raw) {
    if (raw == null || raw.isBlank()) {
      throw BadQuestion.said("askAQuestion");
    }
    if (raw.length() > MAX_LENGTH * 4) {
      throw BadQuestion.said("tooLong", String.valueOf(raw.length()), String.valueOf(MAX_LENGTH));
    }
    String text = CONTROL.matcher(raw).replaceAll("");
    text = TAG.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    if (text.isEmpty() || text.chars().noneMatch(Character::isLetterOrDigit)) {
      throw BadQuestion.said("askInWords");
    }
    if (text.length() > MAX_LENGTH) {
      throw BadQuestion.said("tooLong", String.valueOf(text.length()), String.valueOf(MAX_LENGTH));
    }
    return new Question(text);
  }

  /** The same question in other words: what a conversation searches for a follow-up. */
  public Question withText(String other) {
    return new Question(other);
  }
}
