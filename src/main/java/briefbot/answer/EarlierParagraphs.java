package briefbot.answer;

import briefbot.retrieval.Passage;
import briefbot.retrieval.Retriever;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The paragraphs of one answer's articles before its candidate passages, each read from the index once: an article's
 * candidate sentences holding part of a name each ask for their article up to their passage.
 */
final class EarlierParagraphs {

  /** What was read of one article: its paragraphs numbered below {@code before}, first first. */
  private static final class Read {
    final List<Passage> paragraphs = new ArrayList<>();
    int before;
  }

  private final Retriever retriever;
  private final Map<String, Read> articles = new HashMap<>();

  EarlierParagraphs(Retriever retriever) {
    this.retriever = retriever;
  }

  /** The passage's article up to the passage: its title, the paragraphs before it and the passage's own. */
  String articleUpTo(Passage passage) {
    Read read = articles.computeIfAbsent(passage.articleId(), id -> new Read());
    if (passage.paragraph() > read.before) {
      read.paragraphs.addAll(retriever.earlierParagraphs(passage, read.before));
      read.before = passage.paragraph();
    }
    StringBuilder text = new StringBuilder(passage.title()).append('\n');
    for (Passage p : read.paragraphs) {
      if (p.paragraph() < passage.paragraph()) {
        text.append(p.text()).append('\n');
      }
    }
    return text.append(passage.text()).toString();
  }
}
