package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BlockVoteTest {

  private static final String PARAGRAPH = "The harbour authority said on Monday that the new quay will open in the "
      + "spring, after two years of works that cost far more than the city had planned when it signed the contract.";

  private static List<String> texts(List<TextBlock> blocks) {
    return blocks.stream().map(TextBlock::text).toList();
  }

  private static Selection select(String body) {
    Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
    return new Selection(Blocks.of(doc.body()), new Hints(), doc.body());
  }

  @Test
  void dropsATagLineTheRulesKeepAfterTheArticle() {
    StringBuilder article = new StringBuilder("<article><h1>Quay opens</h1>");
    for (int i = 1; i <= 5; i++) {
      article.append("<p>").append(PARAGRAPH.replace("Monday", "day " + i)).append("</p>");
    }
    article.append("<div>Tags: <a href='/t/harbour'>harbour</a>, <a href='/t/city'>city</a>, quay works</div>");
    Selection sel = select(article.append("</article>").toString());

    assertThat(texts(sel.byRules())).contains("Tags: harbour, city, quay works");
    assertThat(texts(sel.kept())).doesNotContain("Tags: harbour, city, quay works").hasSize(6);
  }

  @Test
  void keepsEveryParagraphOfAPlainArticle() {
    StringBuilder article = new StringBuilder("<article><h1>Quay opens</h1>");
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      String p = PARAGRAPH.replace("Monday", "day " + i);
      article.append("<p>").append(p).append("</p>");
      expected.add(p);
    }
    Selection sel = select(article.append("</article>").toString());

    assertThat(texts(sel.kept())).containsAll(expected);
  }

  @Test
  void theShippedWeightsNameEveryFeature() {
    List<String> lines = new ArrayList<>();
    for (String f : BlockVote.FEATURES) {
      lines.add(f + " 0");
    }
    lines.add("drop 0.5");
    lines.add("add 0.8");
    double[] x = new double[BlockVote.FEATURES.size()];
    assertThat(BlockVote.parse(lines).probability(x)).isEqualTo(0.5);
    assertThat(BlockVote.load("block-vote.tsv")).isNotNull();
  }

  @Test
  void aWeightsFileThatDoesNotMatchTheFeaturesIsRefused() {
    List<String> missing = List.of("bias 1", "drop 0.5", "add 0.8");
    assertThatThrownBy(() -> BlockVote.parse(missing)).hasMessageContaining("no weight for kept");
    List<String> unknown = new ArrayList<>();
    BlockVote.FEATURES.forEach(f -> unknown.add(f + " 0"));
    unknown.addAll(List.of("drop 0.5", "add 0.8", "colour 1"));
    assertThatThrownBy(() -> BlockVote.parse(unknown)).hasMessageContaining("colour");
    assertThatThrownBy(() -> BlockVote.parse(List.of("bias"))).hasMessageContaining("bad line");
  }
}
