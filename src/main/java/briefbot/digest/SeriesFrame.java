package briefbot.digest;

import briefbot.corpus.Article;
import briefbot.corpus.Paragraph;
import briefbot.text.Sentences;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An article's sentences as a series would repeat them. A column's standfirst ("Psycholoog Thijs Launspach bindt de
 * strijd aan met beroepsziekte nr. 1: burn-out. Elke maandag ...") opens each week's piece, so two columns of one
 * series share their opening sentence and their author's name while each is about something else; two reports of
 * one event that open alike share much more of their text, or name the same people beyond the shared part.
 */
final class SeriesFrame {

  /** Shorter sentences ("Dat is nog niet zo eenvoudig.") are shared by chance. */
  private static final int MIN_WORDS = 6;

  private final Article article;
  private final String opening;
  private List<String> sentences;

  private SeriesFrame(Article article) {
    this.article = article;
    this.opening = sentences(article).findFirst().orElse(null);
  }

  static SeriesFrame of(Article article) {
    return new SeriesFrame(article);
  }

  /**
   * The sentences this article and {@code other} share when they are a frame around different text: both open with
   * the same sentence and under half of the shorter one's sentences are shared. Empty otherwise (copies of one
   * report, or articles that open differently).
   */
  Set<String> sharedFrame(SeriesFrame other) {
    if (opening == null || !opening.equals(other.opening)) {
      return Set.of();
    }
    Set<String> shared = new HashSet<>(all());
    shared.retainAll(new HashSet<>(other.all()));
    return 2 * shared.size() < Math.min(all().size(), other.all().size()) ? shared : Set.of();
  }

  /** Every sentence, read only for the few pairs that open alike. */
  private List<String> all() {
    if (sentences == null) {
      sentences = sentences(article).toList();
    }
    return sentences;
  }

  private static Stream<String> sentences(Article article) {
    return article.paragraphs().stream().flatMap(p -> Sentences.of(p.text(), article.language()).stream())
        .map(SeriesFrame::key).filter(key -> key.split(" ").length >= MIN_WORDS);
  }

  /** The article without the given sentences: what it says beyond a frame it shares. */
  Article without(Set<String> frame) {
    List<Paragraph> rest = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      List<String> kept = Sentences.of(p.text(), article.language()).stream().filter(s -> !frame.contains(key(s)))
          .toList();
      rest.add(new Paragraph(p.number(), p.section(), String.join(" ", kept), p.language()));
    }
    return new Article(article.id(), article.title(), article.source(), article.url(), article.published(),
        article.language(), rest, article.contentHash());
  }

  private static String key(String sentence) {
    return sentence.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
