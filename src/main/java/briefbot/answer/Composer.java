package briefbot.answer;

import briefbot.retrieval.Retrieval;
import java.util.List;
import java.util.function.Consumer;

/** Writes the answer to a question from the passages retrieved for it. */
public interface Composer {

  /** Composes from a retrieval that holds evidence; every {@code [n]} must name one of the returned citations. */
  Answer compose(Retrieval retrieval);

  /**
   * Composes like {@link #compose(Retrieval)}, showing the text so far to {@code partials} while it is written
   * (each call replaces the previous one; the returned answer replaces them all). Composers that write the whole
   * answer at once show nothing.
   */
  default Answer compose(Retrieval retrieval, Consumer<String> partials) {
    return compose(retrieval);
  }

  /** What to say when the verdict finds no evidence: the refusal, in the question's language. */
  default Answer.NoEvidence refuse(Retrieval retrieval) {
    return Answerer.noEvidence(retrieval, List.of());
  }
}
