package briefbot.llm;

import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** The languages the indexed paragraphs are in, read from the index each time (the corpus can change while serving). */
final class CorpusLanguages implements Supplier<Set<String>> {

  private final ParagraphIndex index;

  CorpusLanguages(ParagraphIndex index) {
    this.index = index;
  }

  @Override
  public Set<String> get() {
    return index.search(searcher -> {
      Set<String> languages = new TreeSet<>();
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexFields.PARAGRAPH_LANGUAGE);
      if (terms != null) {
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
          languages.add(term.utf8ToString());
        }
      }
      return languages;
    });
  }
}
