package briefbot.chat.teams;

import static org.assertj.core.api.Assertions.assertThat;

import briefbot.answer.Answer;
import briefbot.answer.Citation;
import briefbot.digest.Digest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TeamsTextTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ConversationRef CHAT = new ConversationRef("https://smba.example/amer", "msteams", "a:1",
      "personal", "t", "28:bot", "Briefbot");

  /** What Teams' markdown reads as a block by a line's first characters: quote, heading, list item. */
  private static final Pattern BLOCK = Pattern.compile(
      "(?m)^[ \\t]*(?:>|#{1,6} |[-+*] |\\d{1,9}[.)] )");

  @Test
  void theBotsMentionIsRemovedAndOtherMentionsBecomeNames() {
    ObjectNode activity = JSON.createObjectNode().put("text", "<at>Briefbot</at> did <at>Ada Lovelace</at> say&nbsp;so?");
    activity.putObject("recipient").put("id", "28:bot").put("name", "Briefbot");
    activity.putArray("entities").addObject().put("type", "mention").put("text", "<at>Briefbot</at>")
        .putObject("mentioned").put("id", "28:bot");

    assertThat(TeamsText.question(activity)).isEqualTo("did Ada Lovelace say so?");
  }

  @Test
  void aMentionOfTheBotWithoutItsEntityIsStillRemoved() {
    ObjectNode activity = JSON.createObjectNode().put("text", "<at>Briefbot</at> what is new in Kyiv?");
    activity.putObject("recipient").put("id", "28:bot").put("name", "Briefbot");

    assertThat(TeamsText.question(activity)).isEqualTo("what is new in Kyiv?");
  }

  @Test
  void articleTextCanNeitherMentionNorLinkNorMarkUp() {
    String hostile = "<at>General</at> see [click here](https://evil.example/x) or www.evil.example, <b>now</b> `x` [2]";

    String safe = TeamsText.inert(hostile);

    assertThat(safe).doesNotContain("<at>", "<b>", "](").contains("[2]", "General");
    assertThat(safe).contains("`https://evil.example/x)`").contains("`www.evil.example,`");
    assertThat(safe.replaceAll("`[^`]*`", "")).doesNotContain("http", "www.");
  }

  @Test
  void aCitedAnswerKeepsItsMarkersAndCarriesOneClaimPerCitation() {
    String para = "<at>Team</at> Moscow is providing Tehran with fighter jets, missile defense systems and technology, "
        + "according to the memorandum, which was described to journalists but not independently verified by anyone "
        + "at all, see https://evil.example for more.";
    Citation c = new Citation(1, "000_a", "A [title](https://evil.example) that is far too long to be shown whole in "
        + "a Teams citation pill", "Reuters", "en", 2, "https://b.example/articles/000_a#p2", null, para);
    Answer answer = new Answer.Grounded("q", "Moscow is providing Tehran with fighter jets [1].", "en", List.of(c),
        Answer.ComposedBy.EXTRACTIVE, Map.of());

    JsonNode activity = Messages.answer(CHAT, answer);

    assertThat(activity.path("text").asText()).isEqualTo("Moscow is providing Tehran with fighter jets [1].");
    JsonNode claim = activity.path("entities").get(0).path("citation").get(0);
    assertThat(claim.path("position").asInt()).isEqualTo(1);
    assertThat(claim.path("appearance").path("url").asText()).isEqualTo(c.url());
    assertThat(claim.path("appearance").path("name").asText()).hasSizeLessThanOrEqualTo(80).doesNotContain("](");
    assertThat(claim.path("appearance").path("abstract").asText()).hasSizeLessThanOrEqualTo(160)
        .doesNotContain("<at>");
    String card = activity.path("attachments").get(0).path("content").toString();
    assertThat(card).contains("(https://b.example/articles/000_a#p2)").doesNotContain("(https://evil.example");
    assertThat(activity.toString()).doesNotContain("\"mention\"");
  }

  @Test
  void noEvidenceIsSaidPlainlyWithoutSources() {
    Answer answer = new Answer.NoEvidence("q", "I found nothing in the articles that answers this question.", "en",
        "none", Map.of());

    JsonNode activity = Messages.answer(CHAT, answer);

    assertThat(activity.path("text").asText()).isEqualTo(answer.text());
    assertThat(activity.has("entities")).isFalse();
    assertThat(activity.has("attachments")).isFalse();
  }

  @Test
  void aRefusalThatCameNearListsTheClosestParagraphsInACardWithoutCitationPills() {
    Citation c = new Citation(1, "000_a", "Harbour works", "Wire", "en", 3, "https://b.example/articles/000_a#p3", null,
        "The harbour was dredged.");
    Answer answer = new Answer.NoEvidence("q", "I found nothing that answers this. These paragraphs came closest.", "en",
        "confidence 0.5", Map.of(), List.of(c));

    JsonNode activity = Messages.answer(CHAT, answer);

    assertThat(activity.path("text").asText()).isEqualTo(answer.text());
    assertThat(activity.has("entities")).isFalse();
    JsonNode body = activity.path("attachments").get(0).path("content").path("body");
    assertThat(body.get(0).path("text").asText()).isEqualTo("Closest paragraphs");
    assertThat(body.get(1).path("text").asText()).contains("[Harbour works](https://b.example/articles/000_a#p3)");
    assertThat(activity.path("attachments").get(0).path("content").has("actions")).isFalse();
  }

  @Test
  void aSpanishRefusalsCardIsHeadedAndWordedInSpanish() {
    Citation c = new Citation(1, "000_a", "Obras del puerto", "Wire", "en", 3, "https://b.example/articles/000_a#p3",
        null, "The harbour was dredged.");
    Answer answer = new Answer.NoEvidence("¿Quién dragó el puerto?", "No encontré nada.", "es", "confidence 0.5",
        Map.of(), List.of(c));

    JsonNode body = Messages.answer(CHAT, answer).path("attachments").get(0).path("content").path("body");

    assertThat(body.get(0).path("text").asText()).isEqualTo("Párrafos más cercanos");
    assertThat(body.get(1).path("text").asText()).endsWith("párrafo 3");

    Citation linked = new Citation(1, "000_a", "Obras del puerto", "Wire", "en", 3,
        "https://b.example/articles/000_a#p3", "https://example.org/puerto", "The harbour was dredged.");
    Answer dutch = new Answer.Grounded("Wie baggerde de haven?", "De haven werd gebaggerd [1].", "nl", List.of(linked),
        Answer.ComposedBy.EXTRACTIVE, Map.of());
    assertThat(Messages.answer(CHAT, dutch).path("attachments").get(0).path("content").path("body").get(1)
        .path("text").asText()).endsWith("alinea 3 \u00b7 [origineel](https://example.org/puerto)");
  }

  /** Issue 20, failure 7: a url with a line break (from an index built before urls were checked) links nowhere. */
  @Test
  void aUrlWithALineBreakCannotInjectIntoTheSourcesCard() {
    String injected = "https://example.org/a\n\n**Injected** <at>General</at>";
    Citation c = new Citation(1, "000_a", "Storm\n**Bold** <at>General</at>", "Wire", "en", 2, injected, injected,
        "Cranes were halted.");
    Answer answer = new Answer.Grounded("q", "Cranes were halted [1].", "en", List.of(c), Answer.ComposedBy.EXTRACTIVE, Map.of());

    JsonNode activity = Messages.answer(CHAT, answer);

    String card = activity.path("attachments").get(0).path("content").path("body").get(1).path("text").asText();
    assertThat(card).startsWith("[1] Storm \u2217\u2217Bold\u2217\u2217 General").doesNotContain("\n", "<at>", "](", "Injected");
    assertThat(activity.path("entities").get(0).path("citation").get(0).path("appearance").path("url").isNull())
        .isTrue();
    assertThat(activity.toString()).doesNotContain("<at>");
  }

  @Test
  void linksInEveryFormInArticleTextAreShownAsCode() {
    String text = TeamsText.inert("Visit еvil.рф, evil.xn--p1ai, 192.0.2.1/login or data:text/html;base64,AAA= [1].");

    assertThat(text).contains("`еvil.рф`", "`evil.xn--p1ai`", "`192.0.2.1/login`", "`data:text/html;base64,AAA=`")
        .endsWith("[1].");
  }
  @Test
  void anArticlesBoldAndItalicMarksShowAsWrittenNotAsFormattingAndALinkKeepsItsCharacters() {
    String para = "Nick* van 2 en Lisette* zijn *eindelijk* thuis, _zegt_ ~de moeder~ op www.example.org/a_b~c.";
    Citation c = new Citation(1, "000_a", "Aan het *werk*", "Trouw", "nl", 1, "https://b.example/articles/000_a#p1",
        null, para);
    Answer answer = new Answer.Grounded("q", para + " [1]", "nl", List.of(c), Answer.ComposedBy.EXTRACTIVE, Map.of());

    JsonNode activity = Messages.answer(CHAT, answer);

    // Teams reads *x*, _x_ and ~x~ as markdown in a message and a card: the article's marks are look-alikes
    String text = activity.path("text").asText();
    assertThat(text).startsWith("Nick\u2217 van 2 en Lisette\u2217 zijn \u2217eindelijk\u2217 thuis, \u02cdzegt\u02cd "
        + "\u223cde moeder\u223c").contains("`www.example.org/a_b~c.`").endsWith("[1]");
    assertThat(activity.path("attachments").toString()).doesNotContain("*werk*");
  }

  @Test
  void articleLinesThatOpenLikeAListItemHeadingOrQuoteShowAsWrittenInAnAnswerAndADigest() {
    String list = "1. Ronnie Ruysdael, volkszanger 2. Dolly Verhoeven, hoogleraar geschiedenis [1]";
    Citation c = new Citation(1, "000_a", "Top 2000", "Trouw", "nl", 1, "https://b.example/articles/000_a#p1", null,
        list);
    Answer answer = new Answer.Grounded("q", list, "nl", List.of(c), Answer.ComposedBy.EXTRACTIVE, Map.of());
    Digest digest = new Digest(LocalDate.of(2024, 11, 7), "en", "Your briefing", List.of(
        new Digest.Item("Football", "- The match will be televised on BBC One at 1400 GMT on Saturday. [1]", 1),
        new Digest.Item("Ranks", "# 3 of the list.\n> A quoted line [1]\n3. Oktober ist ein Feiertag. [1]", 1)),
        List.of(c));

    String answered = Messages.answer(CHAT, answer).path("text").asText();
    String digested = Messages.digest(CHAT, digest).path("text").asText();

    // Teams reads "1. ", "- ", "# " and "> " at a line's start as a list, a heading or a quote: each line is text
    assertThat(answered).doesNotContainPattern(BLOCK).startsWith("\u00ad1. Ronnie");
    assertThat(digested).doesNotContainPattern(BLOCK);
    assertThat(digested.replace("\u00ad", "")).contains("**Football**  \n- The match will be televised",
        "**Ranks**  \n# 3 of the list.\n\u203a A quoted line [1]\n3. Oktober ist ein Feiertag. [1]");
    assertThat(TeamsText.inert("Prices rose by 3. - 4 % [1]")).as("inside a line nothing changes")
        .isEqualTo("Prices rose by 3. - 4 % [1]");
  }
}
