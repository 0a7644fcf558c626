package briefbot.answer;

import java.util.List;

/** Rewrites a question into the corpus languages before retrieval, so a question finds paragraphs in any of them. */
@FunctionalInterface
public interface QueryRewriter {

  /** Rewrites nothing: retrieval searches with the question as asked. */
  QueryRewriter NONE = question -> List.of();

  /** The question restated in other languages; empty when there is nothing to add or the rewrite failed. */
  List<String> rewrite(String question);
}
