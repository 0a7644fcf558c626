package briefbot.answer;

import briefbot.retrieval.Retrieval;

/** Writes the answer to a question from the passages retrieved for it. */
public interface Composer {

  /** Composes from a retrieval that holds evidence; every {@code [n]} must name one of the returned citations. */
  Answer compose(Retrieval retrieval);
}
