package briefbot.chat.slack;

import briefbot.answer.Answer;
import briefbot.answer.Citation;
import briefbot.chat.Replies;
import briefbot.chat.watch.WatchSink;
import briefbot.digest.Digest;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Block Kit messages: an answer (its text with {@code [n]} markers that link the cited paragraph, then one context
 * line per source), a digest (each story followed by its sources), or a short notice; always with a plain {@code text} fallback and within Slack's limits.
 */
final class AnswerBlocks {

  /** A message ready for chat.postMessage / chat.update / a response_url. */
  record Message(String text, List<LayoutBlock> blocks) {}

  static final int MAX_BLOCKS = 50;
  static final int MAX_FALLBACK = 3000;
  private static final int MAX_CONTEXT_ELEMENTS = 10;
  private static final int MAX_TITLE = 150;
  static final String VOTE_UP = "briefbot_vote_up";
  static final String VOTE_DOWN = "briefbot_vote_down";
  static final String SHARE = "briefbot_share";

  private AnswerBlocks() {}

  /** An answer; {@code askedBy} (a user id) is shown when the answer is shared, {@code footer} goes last. */
  static Message answer(Answer answer, String askedBy, List<LayoutBlock> footer) {
    return answer(answer, askedBy, null, footer);
  }

  /**
   * An answer to {@code asked} (the question as typed, or null): when a follow-up was searched as another question
   * ("what did he say?" as "what did Rutte say?"), a line says how it was understood.
   */
  static Message answer(Answer answer, String askedBy, String asked, List<LayoutBlock> footer) {
    return answer(answer, askedBy, asked, List.of(), footer);
  }

  /**
   * A watch alert: what the watch is and which new article answered it, then the answer from that article with its
   * linked sources.
   */
  static Message alert(WatchSink.Alert alert) {
    // the frame in the answer's language (the topic's), as the answer's own labels are
    String head = "*" + Replies.in(alert.answer().language()).get("watch.alert",
        Mrkdwn.cut(Mrkdwn.escape(alert.watch().topic()), 300)) + "* "
        + Mrkdwn.cut(Mrkdwn.escape(alert.title()), MAX_TITLE)
        + (alert.source() == null ? "" : " \u00b7 " + Mrkdwn.cut(Mrkdwn.escape(alert.source()), 100));
    Message answer = answer(alert.answer(), null, null, List.of(section(head)), List.of());
    return new Message(Mrkdwn.cut(head + "\n" + answer.text(), MAX_FALLBACK), answer.blocks());
  }

  private static Message answer(Answer answer, String askedBy, String asked, List<LayoutBlock> head,
      List<LayoutBlock> footer) {
    List<LayoutBlock> blocks = new ArrayList<>(head);
    Answer.Labels labels = answer.labels();
    if (askedBy != null) {
      blocks.add(context(List.of(labels.askedBy().replace("{0}", "<@" + askedBy + ">") + ": _"
          + Mrkdwn.cut(Mrkdwn.escape(answer.question()), 2000) + "_")));
    } else if (asked != null && !(answer instanceof Answer.Reply) && !asked.equals(answer.question())) {
      blocks.add(context(List.of("_" + labels.understoodAs() + ": " + Mrkdwn.cut(Mrkdwn.escape(answer.question()), 2000) + "_")));
    }
    String body = Mrkdwn.escape(answer.text());
    List<Citation> citations = answer instanceof Answer.Grounded g ? g.citations() : List.of();
    Mrkdwn.split(Mrkdwn.linkMarkers(body, urls(citations)), Mrkdwn.MAX_TEXT).forEach(part -> blocks.add(section(part)));
    // a refusal's closest paragraphs are listed like sources; its text says they may not answer
    List<Citation> listed = answer instanceof Answer.NoEvidence n ? n.closest() : citations;
    blocks.addAll(sources(listed, MAX_BLOCKS - blocks.size() - footer.size(), labels));
    blocks.addAll(footer);
    return new Message(fallback(body, citations, labels), List.copyOf(blocks));
  }

  /**
   * A digest: headline, then each story with its markers linked and its own sources right under it (numbered across
   * the digest, so a source two stories share shows under both); sources no story cites come last.
   */
  static Message digest(Digest digest) {
    List<LayoutBlock> blocks = new ArrayList<>();
    // the digest's own words and its sources' labels are in its language, the channel's
    Digest.Words words = digest.words();
    Answer.Labels labels = words.labels();
    String head = "*" + words.title() + " · " + digest.day() + "*\n" + Mrkdwn.escape(digest.headline());
    blocks.add(section(Mrkdwn.cut(head, Mrkdwn.MAX_TEXT)));
    StringBuilder plain = new StringBuilder(head);
    Map<Integer, Citation> byNumber = new LinkedHashMap<>();
    digest.citations().forEach(c -> byNumber.put(c.n(), c));
    Map<Integer, String> urls = urls(digest.citations());
    Set<Integer> cited = new HashSet<>();
    int left = 0;
    for (Digest.Item item : digest.items()) {
      String sources = item.sources() > 1 ? " _(" + words.reportedBy(item.sources()) + ")_" : "";
      String text = "*" + Mrkdwn.escape(item.title()) + "*" + sources + "\n"
          + Mrkdwn.linkMarkers(Mrkdwn.escape(item.text()), urls);
      plain.append("\n").append(Mrkdwn.escape(item.title())).append(": ").append(Mrkdwn.escape(item.text()));
      List<String> parts = Mrkdwn.split(text, Mrkdwn.MAX_TEXT);
      List<Citation> own = Mrkdwn.markers(item.text()).stream().map(byNumber::get).filter(Objects::nonNull).toList();
      // a story goes whole, with its sources, or not at all; one block stays for the count of the rest
      if (blocks.size() + parts.size() + (own.isEmpty() ? 0 : 1) > MAX_BLOCKS - 1) {
        left++;
        continue;
      }
      parts.forEach(part -> blocks.add(section(part)));
      blocks.addAll(sources(own, 1, labels));
      own.forEach(c -> cited.add(c.n()));
    }
    if (left > 0) {
      blocks.add(context(List.of("_" + words.moreStories(left) + "_")));
    }
    List<Citation> rest = digest.citations().stream().filter(c -> !cited.contains(c.n())).toList();
    blocks.addAll(sources(rest, MAX_BLOCKS - blocks.size(), labels));
    return new Message(fallback(plain.toString(), digest.citations(), labels), List.copyOf(blocks));
  }

  private static Map<Integer, String> urls(List<Citation> citations) {
    Map<Integer, String> urls = new HashMap<>();
    citations.forEach(c -> urls.put(c.n(), c.url()));
    return urls;
  }

  /** A short message of our own (already mrkdwn; anything from outside must have been escaped). */
  static Message notice(String mrkdwn) {
    return new Message(Mrkdwn.cut(mrkdwn, MAX_FALLBACK), List.of(section(Mrkdwn.cut(mrkdwn, Mrkdwn.MAX_TEXT))));
  }

  /** Helpful / Not helpful buttons, labelled in the answer's language. */
  static List<LayoutBlock> votes(Answer answer) {
    Answer.Labels labels = answer.labels();
    return List.of(ActionsBlock.builder().blockId("briefbot_feedback").elements(List.of(
        button(VOTE_UP, "👍 " + labels.helpful(), "up"), button(VOTE_DOWN, "👎 " + labels.notHelpful(), "down")))
        .build());
  }

  /** The button that posts a privately given answer in the channel, labelled in the answer's language. */
  static List<LayoutBlock> share(String answerKey, Answer answer) {
    return List.of(ActionsBlock.builder().blockId("briefbot_share").elements(List.of(
        ButtonElement.builder().actionId(SHARE).style("primary").value(answerKey)
            .text(PlainTextObject.builder().text(answer.labels().share()).emoji(true).build()).build())).build());
  }

  /** One context line per source; when they would not fit, up to ten a block, and a count of the rest. */
  static List<LayoutBlock> sources(List<Citation> citations, int budget, Answer.Labels labels) {
    List<String> lines = citations.stream().map(c -> source(c, labels)).toList();
    List<LayoutBlock> out = new ArrayList<>();
    if (budget <= 0 || lines.isEmpty()) {
      return out;
    }
    if (lines.size() <= budget) {
      lines.forEach(line -> out.add(context(List.of(line))));
      return out;
    }
    int room = budget * MAX_CONTEXT_ELEMENTS;
    List<String> shown = new ArrayList<>(lines.size() <= room ? lines : lines.subList(0, room - 1));
    if (lines.size() > room) {
      shown.add(labels.moreSources().replace("{0}", Integer.toString(lines.size() - room + 1)));
    }
    for (int i = 0; i < shown.size(); i += MAX_CONTEXT_ELEMENTS) {
      out.add(context(shown.subList(i, Math.min(shown.size(), i + MAX_CONTEXT_ELEMENTS))));
    }
    return out;
  }

  /** {@code *[n]* <reader|Title> — Source, paragraph p · <original|original>}, in the labels' language. */
  static String source(Citation c, Answer.Labels labels) {
    StringBuilder line = new StringBuilder("*[").append(c.n()).append("]* ")
        .append(Mrkdwn.link(c.url(), Mrkdwn.cut(c.title() == null ? c.articleId() : c.title(), MAX_TITLE)));
    if (c.source() != null && !c.source().isBlank()) {
      line.append(" — ").append(Mrkdwn.escape(Mrkdwn.cut(c.source(), MAX_TITLE)));
    }
    line.append(", ").append(labels.paragraph()).append(' ').append(c.paragraph());
    if (Mrkdwn.safeUrl(c.originalUrl()) != null) {
      line.append(" · ").append(Mrkdwn.link(c.originalUrl(), labels.original()));
    }
    return line.toString();
  }

  private static String fallback(String body, List<Citation> citations, Answer.Labels labels) {
    StringBuilder text = new StringBuilder(body);
    for (Citation c : citations) {
      text.append("\n[").append(c.n()).append("] ").append(Mrkdwn.escape(c.title())).append(", ")
          .append(labels.paragraph()).append(' ').append(c.paragraph()).append(": ").append(c.url());
    }
    return Mrkdwn.cut(text.toString(), MAX_FALLBACK);
  }

  private static SectionBlock section(String mrkdwn) {
    return SectionBlock.builder().text(text(mrkdwn)).build();
  }

  private static ContextBlock context(List<String> mrkdwn) {
    List<ContextBlockElement> elements = new ArrayList<>();
    mrkdwn.forEach(m -> elements.add(text(m)));
    return ContextBlock.builder().elements(elements).build();
  }

  /** verbatim: Slack must not turn plain words of an article into links or mentions. */
  private static MarkdownTextObject text(String mrkdwn) {
    return MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build();
  }

  private static BlockElement button(String actionId, String label, String value) {
    return ButtonElement.builder().actionId(actionId).value(value)
        .text(PlainTextObject.builder().text(label).emoji(true).build()).build();
  }
}
