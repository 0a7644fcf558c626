package briefbot.llm;

import briefbot.index.ParagraphIndex;
import java.util.Set;
import java.util.function.Supplier;

/** The languages the indexed paragraphs are in, read from the index each time (the corpus can change while serving). */
final class CorpusLanguages implements Supplier<Set<String>> {

  private final ParagraphIndex index;

  CorpusLanguages(ParagraphIndex index) {
    this.index = index;
  }

  @Override
  public Set<String> get() {
    return index.paragraphLanguages();
  }
}
