package briefbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Test fixture: thirteen articles that stay and one, the only one naming Ottoline Brabazon, that the test removes;
 * the embedded and the SolrCloud index must both count her name absent once its file is gone and synced, though its
 * paragraphs wait in the index for a merge.
 */
public final class RemovedArticleCorpus {

  /** The name's term in the English body field: held by the removed article alone. */
  public static final String NAME_TERM = "brabazon";
  /** A question only the removed article answers: the others hold its every other word. */
  public static final String QUESTION = "When did Ottoline Brabazon open the ferry terminal?";
  private static final String REMOVED = "terminal";

  private RemovedArticleCorpus() {}

  /** Writes the articles into {@code corpus}, which opens on them. */
  public static HandMadeCorpus write(HandMadeCorpus corpus) {
    corpus.article(REMOVED, "en", "Gdansk opens its ferry terminal",
            "Ottoline Brabazon, the harbour master of Gdansk, opened the new ferry terminal on Tuesday.")
        .article("ferries", "en", "Ferries to Sweden",
            "The new ferry terminal in Gdansk cost 40 million euros. Ferries to Sweden leave twice a day.");
    // a removed article is a small share of the index, so no merge drops its paragraphs at once
    for (int i = 1; i <= 12; i++) {
      corpus.article("market-" + i, "en", "Market day " + i,
          "The market in Sopot opened stall number " + i + " on Saturday.", "Traders sold fish and bread.");
    }
    return corpus;
  }

  /** Deletes the removed article's file from the corpus folder of {@code dir} (the folder the corpus was made in). */
  public static void removeFrom(Path dir) {
    try (Stream<Path> files = Files.list(dir.resolve("corpus"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().contains(REMOVED)).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
