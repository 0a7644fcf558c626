package briefbot.bench;

import briefbot.corpus.Paragraph;
import briefbot.index.ParagraphIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which of the index's paragraphs a question set's gold paragraph became. A set numbers the blank-line-separated
 * paragraphs of the corpus file; cleaning cuts an over-long one into several numbered passages and drops headings and
 * notices, so the numbers shift. A cleaned paragraph belongs to the gold one when its opening words stand in the gold
 * paragraph's text; when the file cannot be read the set's number is taken as it is.
 */
final class GoldParagraphs {

  private static final Pattern MARKS = Pattern.compile("[\\s…]+");
  /** How much of a cleaned paragraph's opening (without spaces) must stand in the gold text: unique in an article. */
  private static final int OPENING = 60;

  private final Path corpus;
  private final ParagraphIndex index;
  private final Map<String, List<String>> sourceParagraphs = new HashMap<>();

  GoldParagraphs(Path corpus, ParagraphIndex index) {
    this.corpus = corpus;
    this.index = index;
  }

  /** The numbers of the index's paragraphs that paragraph {@code number} (from 1) of the article's file became. */
  Set<Integer> of(String article, int number) {
    List<String> source = sourceParagraphs.computeIfAbsent(article, this::read);
    List<Paragraph> cleaned = index.article(article).map(a -> a.article().paragraphs()).orElse(List.of());
    if (number < 1 || number > source.size() || cleaned.isEmpty()) {
      return Set.of(number);
    }
    String gold = normal(source.get(number - 1));
    Set<Integer> out = new TreeSet<>();
    for (Paragraph p : cleaned) {
      String text = normal(p.text());
      if (!text.isEmpty() && gold.contains(text.substring(0, Math.min(OPENING, text.length())))) {
        out.add(p.number());
      }
    }
    return out.isEmpty() ? Set.of(number) : out;
  }

  /** The file's paragraphs after the front matter, as a question set numbers them; none when it cannot be read. */
  private List<String> read(String article) {
    try {
      return SetArticle.read(corpus.resolve(article + ".txt")).paragraphs();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /**
   * The text without white space and "…": cleaning may put a space where the file had none (two sentences glued at a
   * full stop, "„Freund“.In", are split and rejoined with one) and marks a sentence a paragraph break cut with "…"
   * ("… limit alcohol consumption"), and the opening must still be found in the gold text.
   */
  private static String normal(String text) {
    return MARKS.matcher(text).replaceAll("");
  }
}
