package briefbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.retrieval.Passage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which figures a story's sources disagree on, as the digest shows them side by side. */
class FiguresTest {

  private static Passage paragraph(String articleId, String text) {
    return new Passage(articleId, "Title of " + articleId, "Wire", null, null, "nl", 2, null, text, Instant.EPOCH, 1.0);
  }

  /**
   * Two papers printing one agency report give the same figure: it is one figure cited to both, not "16 miljoen [2];
   * 16 miljoen [3]"; and an estimate written as a range is shown as the range, not as its upper end.
   */
  @Test
  void aFigureSeveralSourcesAgreeOnIsShownOnceAndARangeWhole() {
    Passage range = paragraph("volkskrant", "Nederland vreest niet zozeer de kosten (geschat op 18-30 miljoen euro, "
        + "een fractie van het budget) maar wel misbruik.");
    Passage ad = paragraph("ad", "Bovendien zijn de geraamde extra kosten van 16 miljoen euro niet van dien aard.");
    Passage ed = paragraph("ed", "Bovendien zijn de geraamde extra kosten van 16 miljoen euro niet van dien aard.");

    List<Figures.Mention> figures = Figures.differing(List.of(range, ad, ed));

    assertThat(figures).extracting(Figures.Mention::phrase).containsExactly("18-30 miljoen", "16 miljoen");
    assertThat(figures.get(1).passages()).containsExactly(ad, ed);
    assertThat(Figures.differing(List.of(ad, ed))).as("sources that agree do not differ").isEmpty();
    Passage words = paragraph("parool", "De kosten worden geschat op 18 tot 30 miljoen euro per jaar.");
    assertThat(Figures.differing(List.of(words, ad))).extracting(Figures.Mention::phrase)
        .containsExactly("18 tot 30 miljoen", "16 miljoen");
  }

  /**
   * A figure of the same unit in another report is of another thing when nothing else in its sentence is shared, and a
   * day of a month is a date: neither is a difference between the sources.
   */
  @Test
  void yearsOfDifferentThingsAndDatesDoNotDiffer() {
    Passage posters = paragraph("posters", "Labour's new posters say Britain is enjoying the lowest unemployment for "
        + "29 years and the lowest mortgage rates for 40 years.");
    Passage waiter = paragraph("dinner", "\"Of course as a waiter for 10 years I have a professional ability here,\" "
        + "he joked.");
    assertThat(Figures.differing(List.of(posters, waiter))).isEmpty();

    Passage asked = paragraph("advice", "On 10 March, military chiefs reportedly asked for an unequivocal statement.");
    Passage published = paragraph("answer", "A short statement was published as a parliamentary answer on 17 March.");
    assertThat(Figures.differing(List.of(asked, published))).isEmpty();

    Passage gusts = paragraph("gazette", "Gusts tore loose about 1,200 containers on the Maasvlakte terminals.");
    Passage damaged = paragraph("courier", "Up to 2,000 containers were damaged or blown over at the Maasvlakte.");
    assertThat(Figures.differing(List.of(gusts, damaged))).extracting(Figures.Mention::phrase)
        .containsExactly("about 1,200 containers", "Up to 2,000 containers");
  }
}
