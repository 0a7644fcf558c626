package briefbot.llm;

/** A model call that gave no usable reply; the message says why in a few words, for the log. */
final class ModelFailure extends Exception {
  ModelFailure(String message) {
    super(message);
  }
}
