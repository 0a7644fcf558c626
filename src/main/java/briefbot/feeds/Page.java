package briefbot.feeds;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * An article as extracted from a web page: its metadata and its text as blocks, headings written as
 * {@code ## } lines so the corpus splitter makes them section titles.
 */
record Page(String title, String siteName, URI canonical, LocalDate published, String language, List<String> blocks,
    int words) {

  Page {
    blocks = List.copyOf(blocks);
  }

  /** The article body as the corpus file holds it: blocks separated by blank lines. */
  String body() {
    return String.join("\n\n", blocks) + "\n";
  }
}
