package briefbot.llm;

import briefbot.answer.CitationCheck;
import briefbot.digest.Digest;
import briefbot.digest.DigestWriter;
import briefbot.retrieval.Passage;
import briefbot.text.CitationMarkers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has the model write a digest's items from each story's most central passages, numbered across the digest, and
 * keeps only what passes the {@link CitationCheck}; when the model fails or any story is left with nothing, the
 * whole digest is written by the fallback (extractive) writer, so one digest never mixes two numberings.
 */
final class LlmDigestWriter implements DigestWriter {

  private static final Logger LOG = LoggerFactory.getLogger(LlmDigestWriter.class);
  /** Passages per story sent to the model: enough for a summary, few enough that seven stories stay ~2 k tokens. */
  private static final int PER_STORY = 4;
  private static final int MAX_PER_STORY = 6;
  /** A "Story N:" label at the start of a line, allowing the bold, heading or bullet a model may add. */
  private static final Pattern LABEL =
      Pattern.compile("(?im)^[\\s*#>_\\-•]*story\\s+(\\d{1,2})\\s*[*_]*\\s*[:.)\\-–—]\\s*[*_]*\\s*");
  private static final Pattern MARKER = CitationMarkers.WRITTEN;
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private final LlmSettings settings;
  private final Model model;
  private final Prompts prompts;
  private final CitationCheck check;
  private final DigestWriter fallback;

  LlmDigestWriter(LlmSettings settings, Model model, Prompts prompts, CitationCheck check, DigestWriter fallback) {
    this.settings = settings;
    this.model = model;
    this.prompts = prompts;
    this.check = check;
    this.fallback = fallback;
  }

  @Override
  public Digest write(LocalDate day, String language, String headline, List<Story> stories) {
    if (stories.isEmpty()) {
      return fallback.write(day, language, headline, stories);
    }
    try {
      return written(day, language, headline, stories);
    } catch (ModelFailure e) {
      return fallback(day, language, headline, stories, e.getMessage());
    } catch (RuntimeException e) {
      return fallback(day, language, headline, stories, Failure.detail(e));
    }
  }

  /** The model is asked for the digest's language, its channel's: the items sit under a headline in it. */
  private Digest written(LocalDate day, String language, String headline, List<Story> stories) throws ModelFailure {
    List<List<Passage>> chosen = stories.stream().map(LlmDigestWriter::chosen).toList();
    List<Passage> numbered = chosen.stream().flatMap(List::stream).toList();
    String reply = model.chat(prompts.digest(day, language, chosen, stories.stream().map(Story::sources).toList()));
    Map<Integer, String> items = items(reply);
    List<String> parts = new ArrayList<>();
    int first = 1;
    for (int s = 0; s < stories.size(); s++) {
      int last = first + chosen.get(s).size() - 1;
      parts.add(withinStory(items.getOrDefault(s + 1, ""), first, last));
      first = last + 1;
    }
    CitationCheck.Checked checked = check.check(parts, numbered);
    for (int s = 0; s < parts.size(); s++) {
      if (checked.parts().get(s).isEmpty()) {
        throw new ModelFailure("story " + (s + 1) + " kept nothing after the citation check: " + checked.dropped());
      }
    }
    if (!checked.notes().isEmpty()) {
      LOG.info("llm digest citation check dropped={} corrected={} notes=\"{}\"", checked.dropped().size(),
          checked.corrected().size(), checked.notes());
    }
    List<Digest.Item> out = new ArrayList<>();
    for (int s = 0; s < stories.size(); s++) {
      Story story = stories.get(s);
      out.add(new Digest.Item(story.passages().get(0).title(), checked.parts().get(s), story.sources()));
    }
    return new Digest(day, language, headline, out, checked.citations());
  }

  /** The story's most central passages, with every source's best one among them, in order of centrality. */
  static List<Passage> chosen(Story story) {
    List<Passage> all = story.passages();
    int limit = Math.min(MAX_PER_STORY, Math.max(PER_STORY, story.sources()));
    Set<Passage> picked = new LinkedHashSet<>();
    Set<String> articles = new LinkedHashSet<>();
    for (Passage p : all) {
      if (picked.size() < limit && articles.add(p.articleId())) {
        picked.add(p);
      }
    }
    for (Passage p : all) {
      if (picked.size() < limit) {
        picked.add(p);
      }
    }
    return all.stream().filter(picked::contains).toList();
  }

  /** Each "Story N:" item's text by N; the first item given a number wins, anything before the first label is lost. */
  static Map<Integer, String> items(String reply) {
    Map<Integer, String> out = new HashMap<>();
    Matcher m = LABEL.matcher(reply);
    int n = -1;
    int start = 0;
    while (m.find()) {
      if (n > 0) {
        out.putIfAbsent(n, reply.substring(start, m.start()).strip());
      }
      n = Integer.parseInt(m.group(1));
      start = m.end();
    }
    if (n > 0) {
      out.putIfAbsent(n, reply.substring(start).strip());
    }
    return out;
  }

  /** The item with every marker naming another story's passage removed, so an item cites only its own story. */
  static String withinStory(String item, int first, int last) {
    Matcher m = MARKER.matcher(item);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean inside = NUMBER.matcher(m.group(1)).results().map(r -> Integer.parseInt(r.group()))
          .allMatch(n -> n >= first && n <= last);
      m.appendReplacement(out, inside ? Matcher.quoteReplacement(m.group()) : "");
    }
    return m.appendTail(out).toString();
  }

  private Digest fallback(LocalDate day, String language, String headline, List<Story> stories, String cause) {
    LOG.warn("llm digest falls back to extractive provider={} model={} cause=\"{}\"", settings.provider(),
        settings.model(), settings.redact(cause));
    return fallback.write(day, language, headline, stories);
  }
}
