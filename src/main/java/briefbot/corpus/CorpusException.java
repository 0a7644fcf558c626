package briefbot.corpus;

/** A corpus file that cannot be read as an article; the message names the file and the reason. */
public class CorpusException extends RuntimeException {
  public CorpusException(String message) {
    super(message);
  }
}
