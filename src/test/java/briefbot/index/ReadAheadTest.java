package briefbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefbot.corpus.Corpus;
import briefbot.corpus.CorpusException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

  private static List<Corpus.Entry> entries(int n) {
    return IntStream.range(0, n).mapToObj(i -> new Corpus.Entry("a" + i, Path.of("a" + i + ".md"), "h" + i)).toList();
  }

  @Test
  void handsArticlesBackInCorpusOrderWhateverOrderTheWorkersFinishIn() {
    List<String> seen = new ArrayList<>();
    try (ReadAhead ahead = new ReadAhead(entries(40), 3, entry -> {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new ReadAhead.Ready(entry, null, null, entry.id().endsWith("7") ? new CorpusException("bad") : null);
    })) {
      while (ahead.hasNext()) {
        ReadAhead.Ready ready = ahead.next();
        seen.add(ready.entry().id() + (ready.error() == null ? "" : "!"));
      }
    }
    List<String> expected = entries(40).stream().map(e -> e.id() + (e.id().endsWith("7") ? "!" : "")).toList();
    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void rethrowsWhatAWorkerFailedWith() {
    try (ReadAhead ahead = new ReadAhead(entries(3), 2, entry -> {
      throw new IllegalStateException("embedding model failed on " + entry.id());
    })) {
      assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class).hasMessageContaining("a0");
    }
  }
}
