package briefbot.index;

import static briefbot.corpus.ArticleFile.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import briefbot.corpus.Corpus;
import briefbot.index.lucene.LuceneIndex;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pass that writes many articles quickly does not commit every hundred of them. */
class CheckpointsTest {

  private static final int ARTICLES = 600;

  @TempDir
  Path dir;

  @Test
  void aQuickPassCommitsAtMostOnceEveryTwoSeconds() throws Exception {
    Path corpus = dir.resolve("corpus");
    for (int i = 0; i < ARTICLES; i++) {
      anArticle("a-" + i).language("en")
          .paragraph("Delegates from country " + i + " discussed trade and energy at the summit on Monday.")
          .writeTo(corpus);
    }
    long start = System.nanoTime();
    try (LuceneIndex index = LuceneIndex.open(dir.resolve("data"), null, Clock.systemUTC())) {
      assertThat(index.sync(new Corpus(corpus), line -> {}).added()).isEqualTo(ARTICLES);
    }
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    try (Directory index = FSDirectory.open(dir.resolve("data").resolve("index"))) {
      // the empty index's first commit, the pass's last two (before and after its merges), and a checkpoint per 2 s
      long allowed = 3 + elapsedMs / 2_000;
      assertThat(SegmentInfos.readLatestCommit(index).getGeneration())
          .as("commits in a pass of %d articles that took %d ms", ARTICLES, elapsedMs).isLessThanOrEqualTo(allowed);
    }
  }
}
