package briefbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Links;
import briefbot.corpus.Article;
import briefbot.corpus.Paragraph;
import briefbot.index.IndexedArticle;
import briefbot.retrieval.Passage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sentences the offline digest quotes for a story, and what it cites them to. */
class ExtractiveWriterTest {

  private static final ExtractiveWriter WRITER = new ExtractiveWriter(new Links("https://brief.example.org"));

  /** One paragraph per article, most central first, all of one meaning (so each may corroborate the others). */
  private static DigestWriter.Story story(String... idsAndTexts) {
    List<IndexedArticle> articles = new ArrayList<>();
    List<Passage> passages = new ArrayList<>();
    Map<String, float[]> vectors = new HashMap<>();
    for (int i = 0; i < idsAndTexts.length; i += 2) {
      String id = idsAndTexts[i];
      String text = idsAndTexts[i + 1];
      articles.add(new IndexedArticle(new Article(id, "Big Brother", "BBC News", null, null, "en",
          List.of(new Paragraph(1, null, text, "en")), id), Instant.EPOCH));
      passages.add(new Passage(id, "Big Brother", "BBC News", null, null, "en", 1, null, text, Instant.EPOCH,
          1.0 - i * 0.01));
      vectors.put(id + "#1", new float[] {1, 0});
    }
    return new DigestWriter.Story(articles, passages, vectors);
  }

  private static String item(DigestWriter.Story story) {
    return WRITER.write(LocalDate.of(2005, 1, 31), "en", "Briefing", List.of(story)).items().get(0).text();
  }

  /** Quoted alone under a title, "He was nominated …" names no one: a sentence that names its subject goes first. */
  @Test
  void aSentenceOpeningWithAPronounIsNotTheStorysFirst() {
    String text = item(story("bbc-1", "He was nominated to leave the Channel 4 show by fellow housemates, alongside "
        + "the dancer Bez. Racing pundit John McCririck has been voted out of the Celebrity Big Brother house."));
    assertThat(text).startsWith("Racing pundit John McCririck has been voted out");
  }
}
