package briefbot.answer;

import briefbot.retrieval.Passage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts a claim gives a group ("the three countries", "three-way") that the cited paragraph's article counts
 * somewhere; one instance serves one check and reads each article's figures once.
 */
final class GroupCounts {

  /** The largest count a claim may give for a group its paragraph does not count ("the four countries"). */
  static final int MAX_GROUP_COUNT = 10;
  /** Words before a count that make it a group already known ("the three countries", "de drie landen"). */
  private static final List<String> DEFINITE = List.of("the", "these", "those", "all", "its", "their", "de", "deze",
      "die", "alle", "hun");

  /**
   * A word after a {@link #DEFINITE} one and before another word ("the three countries"): a group's count. The count
   * is matched inside a look-ahead, so "all the three countries" finds "three" after "the" too.
   */
  private static final Pattern DEFINITE_COUNT = Pattern.compile(
      "(?iu)(?<!\\p{L})(?:" + String.join("|", DEFINITE) + ")(?=\\s+([\\p{L}-]+)\\s+\\p{L})");

  private final Map<String, List<String>> articles;
  private final Map<String, Set<String>> articleFigures = new HashMap<>();

  /** Over {@code articles}, the paragraph texts of the passages' articles (an article id to its paragraphs). */
  GroupCounts(Map<String, List<String>> articles) {
    this.articles = articles;
  }

  /**
   * Whether a small count the claim writes as "the three countries" (or "three-way") names a group its cited
   * paragraph's article counts somewhere: a paraphrase says "the four countries" where the paragraph says "these
   * countries". A count given as news ("sent three warships") must still be in the cited paragraph.
   */
  boolean countedInArticle(Figures.Figure f, Support.Claim claim, List<CitedParagraph> backing) {
    if (!f.key().startsWith("n:") || !f.shown().chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
      return false;
    }
    long n;
    try {
      n = Long.parseLong(f.key().substring(2));
    } catch (NumberFormatException e) {
      return false;
    }
    if (n < 2 || n > MAX_GROUP_COUNT) {
      return false;
    }
    boolean group = f.shown().toLowerCase(Locale.ROOT).endsWith("-way")
        || DEFINITE_COUNT.matcher(claim.text()).results().anyMatch(r -> r.group(1).equalsIgnoreCase(f.shown()));
    return group && backing.stream().anyMatch(s -> articleFigures(s.passage()).contains(f.key()));
  }

  private Set<String> articleFigures(Passage p) {
    return articleFigures.computeIfAbsent(p.articleId(), id -> {
      Set<String> keys = new HashSet<>();
      List<String> paragraphs = articles.getOrDefault(id, List.of());
      for (String paragraph : paragraphs.isEmpty() ? List.of(p.text()) : paragraphs) {
        Figures.of(paragraph, p.language()).forEach(f -> keys.add(f.key()));
      }
      return keys;
    });
  }

}
