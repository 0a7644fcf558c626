package briefbot.answer;

/** A question Briefbot will not search for; the message is short enough to show to the person who asked. */
public class BadQuestion extends RuntimeException {
  public BadQuestion(String message) {
    super(message);
  }
}
