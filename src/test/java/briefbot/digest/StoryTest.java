package briefbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.corpus.Article;
import briefbot.corpus.Paragraph;
import briefbot.index.IndexedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a story of the digest counts as its sources. */
class StoryTest {

  private static IndexedArticle article(String id, String source, String... paragraphs) {
    List<Paragraph> list = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      list.add(new Paragraph(i + 1, null, paragraphs[i], "nl"));
    }
    return new IndexedArticle(new Article(id, "WW-export", source, null, null, "nl", list, id), Instant.EPOCH);
  }

  /**
   * One agency report printed by two regional papers (the news dataset has 152 such groups) is one report: "reported
   * by 3 sources" would rank it above stories that three newsrooms did report.
   */
  @Test
  void articlesOpeningWithTheSameParagraphAreOneSource() {
    String opening = "Polen of andere arbeidsmigranten mogen in de toekomst zes maanden WW in eigen land genieten.";
    IndexedArticle volkskrant = article("dpg-1", "de Volkskrant", opening, "Nederland blijft mordicus tegen.");
    IndexedArticle ed = article("dpg-2", "Eindhovens Dagblad", opening + " ", "Nederland blijft  mordicus tegen.");
    IndexedArticle trouw = article("dpg-3", "Trouw", "De ophef over de WW-export is overdreven, schrijft Trouw.");

    DigestWriter.Story story = new DigestWriter.Story(List.of(volkskrant, ed, trouw), List.of(), Map.of());

    assertThat(story.sources()).isEqualTo(2);
    assertThat(new DigestWriter.Story(List.of(volkskrant, trouw), List.of(), Map.of()).sources()).isEqualTo(2);
  }
}
