package briefbot.digest;

import briefbot.answer.Citation;
import java.time.LocalDate;
import java.util.List;

/**
 * A composed daily digest: a few story items, each a short summary whose {@code [n]} markers name the digest's
 * citations (numbered across the whole digest). A quiet digest has no items and says so in {@code headline}.
 */
public record Digest(LocalDate day, String headline, List<Item> items, List<Citation> citations) {

  public Digest {
    items = List.copyOf(items);
    citations = List.copyOf(citations);
  }

  /** One story: its title, the summary with [n] markers, and how many distinct sources reported it. */
  public record Item(String title, String text, int sources) {}

  public boolean quiet() {
    return items.isEmpty();
  }
}
