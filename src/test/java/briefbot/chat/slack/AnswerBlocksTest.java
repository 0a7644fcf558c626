package briefbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Citation;
import briefbot.chat.watch.Watch;
import briefbot.chat.watch.WatchSink;
import briefbot.digest.Digest;
import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.util.json.GsonFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Block Kit answers stay within Slack's limits and never let article or question text ping, link or format. */
class AnswerBlocksTest {

  @ParameterizedTest
  @ValueSource(ints = {3, 80, 600})
  void aLongAnswerWithManySourcesStaysWithinSlacksLimitsAndLosesNoSource(int count) throws Exception {
    String sentence = "Officials said the talks would continue next week & that <b>nothing</b> was agreed yet [1]. ";
    List<Citation> citations = IntStream.rangeClosed(1, count).mapToObj(AnswerBlocksTest::citation).toList();
    Answer answer = new Answer.Grounded("q", sentence.repeat(120), "en", citations, Answer.ComposedBy.EXTRACTIVE, Map.of());

    AnswerBlocks.Message m = AnswerBlocks.answer(answer, null, AnswerBlocks.votes(answer));

    assertThat(m.blocks()).hasSizeLessThanOrEqualTo(AnswerBlocks.MAX_BLOCKS);
    assertThat(texts(m.blocks())).allSatisfy(t -> assertThat(t.length()).isBetween(1, Mrkdwn.MAX_TEXT));
    assertThat(m.text().length()).isLessThanOrEqualTo(AnswerBlocks.MAX_FALLBACK);
    String sections = String.join(" ", m.blocks().stream().filter(SectionBlock.class::isInstance)
        .map(b -> ((SectionBlock) b).getText().getText()).toList());
    assertThat(sections).contains("<" + citations.get(0).url() + "|[1]>");
    assertThat(sections.replaceAll("<[^<>|]+\\|(\\[\\d+])>", "$1").replaceAll("\\s+", " "))
        .isEqualTo(Mrkdwn.escape(answer.text()).strip().replaceAll("\\s+", " "));
    String sources = String.join("\n", m.blocks().stream().filter(ContextBlock.class::isInstance)
        .flatMap(b -> ((ContextBlock) b).getElements().stream()).map(e -> ((TextObject) e).getText()).toList());
    int shown = (int) IntStream.rangeClosed(1, count).filter(n -> sources.contains("*[" + n + "]*")).count();
    if (shown < count) {
      assertThat(sources).contains("…and " + (count - shown) + " more sources");
    }
    assertThat(shown).isGreaterThanOrEqualTo(Math.min(count, 300));
    assertThat(m.blocks().get(m.blocks().size() - 1).getType()).isEqualTo("actions");
    JsonNode json = FakeSlack.MAPPER.readTree(GsonFactory.createSnakeCase().toJson(m.blocks()));
    assertThat(json.findParents("type").stream().filter(n -> "mrkdwn".equals(n.path("type").asText())))
        .allSatisfy(n -> assertThat(n.path("verbatim").asBoolean()).isTrue());
  }

  @Test
  void sourcesLinkTheReaderAndTheOriginalAndEscapeEverythingElse() {
    Citation c = new Citation(2, "a1", "Deal | done > <!everyone> & <@U1>", "Wire <!here>", "en", 4,
        "https://brief.example.org/articles/a1#p4", "https://example.org/x#:~:text=a%20b", "text");
    String line = AnswerBlocks.source(c, Answer.Labels.in("en"));
    assertThat(line).startsWith("*[2]* <https://brief.example.org/articles/a1#p4|")
        .contains("paragraph 4", "<https://example.org/x#:~:text=a%20b|original>", "&gt;", "&amp;")
        .doesNotContain("<!", "<@", "| done");
    Citation hostile = new Citation(1, "a2", "t", null, "en", 1, "https://brief.example.org/articles/a2#p1",
        "javascript:alert(1)", "text");
    assertThat(AnswerBlocks.source(hostile, Answer.Labels.in("en"))).doesNotContain("javascript", "original");
  }

  @Test
  void aWatchAlertIsFramedInItsAnswersLanguageAndQuotesTheTopicAsTyped() {
    Citation c = new Citation(1, "a1", "Titel", "Wire", "de", 2, "https://brief.example.org/articles/a1#p2",
        "https://example.org/x", "text");
    Watch watch = new Watch("slack:C1:1", "slack", "C1", "Sanktionen gegen Russland {1} <b>", "U1", Instant.EPOCH);
    Answer.Grounded german = new Answer.Grounded("Sanktionen gegen Russland", "Die EU verhängt Sanktionen [1].", "de",
        List.of(c), Answer.ComposedBy.EXTRACTIVE, Map.of());
    String text = AnswerBlocks.alert(new WatchSink.Alert(watch, "Titel", "Wire", german)).text();
    assertThat(text)
        .startsWith("*Neu zur Beobachtung \u201eSanktionen gegen Russland {1} &lt;b&gt;\u201c:* Titel \u00b7 Wire")
        .doesNotContain("New on the watch");
    Answer.Grounded english = new Answer.Grounded("q", "The EU imposes sanctions [1].", "en", List.of(c),
        Answer.ComposedBy.EXTRACTIVE, Map.of());
    assertThat(AnswerBlocks.alert(new WatchSink.Alert(watch, "Titel", null, english)).text())
        .startsWith("*New on the watch \u201cSanktionen gegen Russland");
  }

  @Test
  void aGermanAnswersOriginalLinkSourceCountShareButtonAndAskerAreGerman() {
    Citation c = new Citation(1, "a1", "Titel", "Wire", "de", 2, "https://brief.example.org/articles/a1#p2",
        "https://example.org/x", "text");
    assertThat(AnswerBlocks.source(c, Answer.Labels.in("de"))).contains("Absatz 2", "<https://example.org/x|Original>");
    List<Citation> many = IntStream.rangeClosed(1, 400).mapToObj(AnswerBlocksTest::citation).toList();
    String lines = texts(AnswerBlocks.sources(many, 2, Answer.Labels.in("de"))).toString();
    assertThat(lines).contains("… und ").contains(" weitere Quellen").doesNotContain("more sources");
    Answer answer = new Answer.Grounded("Wer?", "Die Antwort [1].", "de", List.of(c), Answer.ComposedBy.EXTRACTIVE,
        Map.of());
    String shared = texts(AnswerBlocks.answer(answer, "U1", List.of()).blocks()).toString();
    assertThat(shared).contains("<@U1> fragte: _Wer?_").doesNotContain("asked");
    assertThat(GsonFactory.createSnakeCase().toJson(AnswerBlocks.share("k", answer))).contains("Im Kanal teilen");
  }

  @Test
  void aGermanRefusalListsItsClosestParagraphsAndVotesInGerman() throws Exception {
    Citation c = new Citation(1, "a1", "Saab in Schweden", "Wire", "en", 2, "https://brief.example.org/articles/a1#p2",
        null, "text");
    Answer refusal = new Answer.NoEvidence("Wie viele Autos?", "Ich habe nichts gefunden.", "de", "confidence 0.5",
        Map.of(), List.of(c));

    AnswerBlocks.Message m = AnswerBlocks.answer(refusal, null, AnswerBlocks.votes(refusal));

    String json = GsonFactory.createSnakeCase().toJson(m.blocks());
    assertThat(json).contains("Saab in Schweden", "Absatz 2", "Hilfreich", "Nicht hilfreich")
        .doesNotContain("paragraph", "Helpful");
  }

  @Test
  void anEnglishQuestionsAnswerFromADutchParagraphIsFramedInEnglish() {
    Citation c = new Citation(1, "a1", "Rutte in Kyiv", null, "nl", 3, "https://brief.example.org/articles/a1#p3", null,
        "text");
    Answer answer = new Answer.Grounded("What did Rutte say?", "(Dutch) Rutte zei ... [1]", "en", List.of(c),
        Answer.ComposedBy.EXTRACTIVE, Map.of());

    AnswerBlocks.Message m = AnswerBlocks.answer(answer, null, AnswerBlocks.votes(answer));

    assertThat(GsonFactory.createSnakeCase().toJson(m.blocks())).contains("paragraph 3", "Helpful").doesNotContain("alinea");
    assertThat(m.text()).contains("paragraph 3");
  }

  @Test
  void escapingLeavesNothingThatPingsOrLinks() {
    String hostile = "<!channel> <!here|here> @here @channel @everyone <@U123> <#C1|x> <https://evil.example|click> & co";
    String escaped = Mrkdwn.escape(hostile);
    assertThat(escaped).doesNotContain("<", ">", "@here", "@channel", "@everyone")
        .contains("&lt;!", "&amp; co", "&lt;`https://evil.example|click&gt;`");
  }

  /** Issue 20, failure 7: article text with a link in any form shows it as code, which Slack never links. */
  @Test
  void linksInEveryFormAreShownAsCode() {
    String escaped = Mrkdwn.escape("Visit еvil.рф, evil.xn--p1ai, 192.0.2.1/login or data:text/html;base64,AAA= "
        + "`now` [1].");

    assertThat(escaped).contains("`еvil.рф`", "`evil.xn--p1ai`", "`192.0.2.1/login`", "`data:text/html;base64,AAA=`")
        .contains("\u02bbnow\u02bb").endsWith("[1].");
  }

  @Test
  void slackMarkupBecomesThePlainQuestion() {
    assertThat(Mrkdwn.plain("<@UBOT> what about <https://x.org/a|this story> &amp; <#C1|general> &lt;b&gt;?"))
        .isEqualTo("what about this story & #general <b>?");
    assertThat(Mrkdwn.plain("<@UBOT>")).isEmpty();
    assertThat(Mrkdwn.plain("add <https://example.org/story>")).isEqualTo("add https://example.org/story");
  }

  @Test
  void splittingNeverCutsAnEntityInHalf() {
    String text = Mrkdwn.escape("&".repeat(5000));
    List<String> parts = Mrkdwn.split(text, Mrkdwn.MAX_TEXT);
    assertThat(parts).allSatisfy(p -> assertThat(p).matches("(&amp;)+"));
    assertThat(String.join("", parts)).isEqualTo(text);
    assertThat(Mrkdwn.cut(text, 100)).matches("(&amp;)+…").hasSizeLessThanOrEqualTo(100);
  }

  @Test
  void markersLinkTheParagraphTheyCite() {
    List<Citation> citations = List.of(citation(1), citation(2));
    Answer answer = new Answer.Grounded("q", "Talks went on [1]. A storm <b> hit [2][1]. Not a source [3].", "en",
        citations, Answer.ComposedBy.EXTRACTIVE, Map.of());
    String text = ((SectionBlock) AnswerBlocks.answer(answer, null, List.of()).blocks().get(0)).getText().getText();
    assertThat(text).isEqualTo("Talks went on <" + citations.get(0).url() + "|[1]>. A storm &lt;b&gt; hit <"
        + citations.get(1).url() + "|[2]><" + citations.get(0).url() + "|[1]>. Not a source [3].");
  }

  @Test
  void splittingNeverCutsALink() {
    String link = "<https://brief.example.org/articles/" + "x".repeat(60) + "#p1|[1]>";
    String text = (link + "x".repeat(37)).repeat(200);
    List<String> parts = Mrkdwn.split(text, Mrkdwn.MAX_TEXT);
    assertThat(parts).allSatisfy(p -> assertThat(p.replaceAll("<[^<>]+\\|\\[1]>", "")).doesNotContain("<", ">"));
    assertThat(String.join("", parts)).isEqualTo(text);
  }

  @Test
  void eachDigestStoryCarriesItsOwnSourcesRightUnderIt() {
    List<Citation> citations = List.of(citation(1), citation(2), citation(3));
    Digest digest = new Digest(LocalDate.of(2024, 11, 8), "en", "Two stories", List.of(
        new Digest.Item("Talks", "The talks went on [1]. They ended [3].", 2),
        new Digest.Item("Storm", "A storm hit [2]. Talks paused [1].", 2)), citations);
    List<String> texts = texts(AnswerBlocks.digest(digest).blocks());
    assertThat(texts.get(1)).startsWith("*Talks*").contains("|[1]>", "|[3]>");
    assertThat(texts.get(2)).startsWith("*[1]*");
    assertThat(texts.get(3)).startsWith("*[3]*");
    assertThat(texts.get(4)).startsWith("*Storm*").contains("|[2]>");
    assertThat(texts.get(5)).startsWith("*[2]*");
    assertThat(texts.get(6)).as("a source two stories share shows under both").startsWith("*[1]*");
    assertThat(texts).hasSize(7);
  }

  @Test
  void aDigestShowsEveryStoryAndItsSources() {
    List<Citation> citations = List.of(citation(1), citation(2));
    Digest digest = new Digest(LocalDate.of(2024, 11, 8), "en", "Two stories", List.of(
        new Digest.Item("Talks <!here>", "The talks went on [1].", 1), new Digest.Item("Storm", "A storm hit [2].", 2)),
        citations);
    AnswerBlocks.Message m = AnswerBlocks.digest(digest);
    String all = String.join("\n", texts(m.blocks()));
    assertThat(all).contains("2024-11-08", "Two stories", "The talks went on <" + citations.get(0).url() + "|[1]>.",
        "A storm hit <", "(reported by 2 sources)", citations.get(0).url(), citations.get(1).url()).doesNotContain("<!here>");
    assertThat(m.text()).contains("Two stories");
  }

  @Test
  void aRefusalListsTheClosestParagraphsLikeSourcesButLinksNoMarker() {
    Answer refusal = new Answer.NoEvidence("q", "Nothing answers this [1]. These paragraphs came closest.", "en",
        "confidence 0.5", Map.of(), List.of(citation(1), citation(2)));

    AnswerBlocks.Message m = AnswerBlocks.answer(refusal, null, List.of());

    String sections = String.join(" ", m.blocks().stream().filter(SectionBlock.class::isInstance)
        .map(b -> ((SectionBlock) b).getText().getText()).toList());
    assertThat(sections).contains("[1]").doesNotContain("|[1]>");
    assertThat(texts(m.blocks())).anySatisfy(t -> assertThat(t).contains("*[1]*", "Title number 1"))
        .anySatisfy(t -> assertThat(t).contains("*[2]*", "articles/article2#p2"));
  }

  /** Slack reads "&gt;" (and a full-width sign) at a line's start, a section's start too, as a block quote. */
  @Test
  void articleTextThatOpensWithAQuoteMarkIsNeverABlockQuote() throws Exception {
    Answer quoted = new Answer.Grounded("q", "> Ministers will meet again on Monday [1].\n\uFF1E So will unions [1].",
        "en", List.of(citation(1)), Answer.ComposedBy.EXTRACTIVE, Map.of());
    Digest digest = new Digest(LocalDate.of(2024, 11, 8), "en", "One story", List.of(
        new Digest.Item("Talks", "> The talks went on [1].", 1)), List.of(citation(1)));

    List<String> texts = new ArrayList<>();
    for (AnswerBlocks.Message m : List.of(AnswerBlocks.answer(quoted, null, List.of()), AnswerBlocks.digest(digest))) {
      JsonNode json = FakeSlack.MAPPER.readTree(GsonFactory.createSnakeCase().toJson(m.blocks()));
      json.findValues("text").forEach(t -> texts.add(t.isTextual() ? t.asText() : t.path("text").asText()));
      texts.add(m.text());
    }
    // a long answer is cut into sections at spaces: one cut falls before "&gt;"
    texts.addAll(Mrkdwn.split(Mrkdwn.escape("x".repeat(2996) + " > 2 was the gap [1]."), Mrkdwn.MAX_TEXT));

    assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContainPattern("(?m)^[ \\t]*(?:&gt;|>|\uFF1E)"));
    assertThat(String.join("\n", texts).replace("\u00ad", "")).contains("&gt; Ministers will meet",
        "\n\uFF1E So will unions", "*Talks*\n&gt; The talks went on", "\n&gt; 2 was the gap [1].");
  }

  private static Citation citation(int n) {
    return new Citation(n, "article" + n, "Title number " + n + " with a long name for width", "Wire", "en", n,
        "https://brief.example.org/articles/article" + n + "#p" + n, null, "Paragraph " + n);
  }

  private static List<String> texts(List<LayoutBlock> blocks) {
    List<String> out = new ArrayList<>();
    for (LayoutBlock b : blocks) {
      if (b instanceof SectionBlock s) {
        out.add(s.getText().getText());
      } else if (b instanceof ContextBlock c) {
        c.getElements().forEach(e -> out.add(((TextObject) e).getText()));
      }
    }
    return out;
  }
}
