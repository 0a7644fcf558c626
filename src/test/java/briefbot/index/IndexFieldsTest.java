package briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.corpus.Corpus;
import briefbot.index.lucene.LuceneIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFieldsTest {

  @TempDir
  Path dir;

  @Test
  void readsEveryParagraphsLanguageAsItWasStored() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("en.md"), "The minister said the budget for schools will rise next year, "
        + "and the opposition said that it was not enough for the teachers.\n\nA second paragraph of the article.\n");
    Files.writeString(corpus.resolve("nl.md"), "De minister zei dat het budget voor de scholen volgend jaar stijgt, "
        + "maar de oppositie vindt dat het niet genoeg is voor de leraren.\n");
    try (ParagraphIndex index = LuceneIndex.open(dir.resolve("data"), null, Clock.systemUTC())) {
      index.sync(new Corpus(corpus), line -> {});
      // A second commit makes a second segment, so doc ids beyond the first leaf are read too.
      Files.writeString(corpus.resolve("de.md"), "Der Minister sagte, dass der Haushalt für die Schulen im nächsten "
          + "Jahr steigt, aber die Opposition sagt, das sei nicht genug für die Lehrer.\n");
      index.sync(new Corpus(corpus), line -> {});
      int segments = ((LuceneIndex) index).search(searcher -> searcher.getIndexReader().leaves().size());
      assertThat(segments).isGreaterThan(1);
      // Hits read their id and language from doc values; the stored paragraphs are the reference.
      List<ParagraphIndex.Hit> hits = index.bm25(
          List.of(Map.of(IndexFields.BODY_NEUTRAL, Map.of("minister", 1.0, "second", 1.0))), 100);
      Map<String, String> fromDocValues = new HashMap<>();
      hits.forEach(hit -> fromDocValues.put(hit.id(), hit.language()));
      Map<String, String> stored = new HashMap<>();
      index.paragraphs(List.copyOf(fromDocValues.keySet())).forEach(p -> stored.put(p.id(), p.language()));
      assertThat(stored).hasSize(4).containsValues("en", "nl", "de");
      assertThat(fromDocValues).isEqualTo(stored);
    }
  }
}
