package briefbot.digest;

import briefbot.answer.Citation;
import briefbot.answer.CitationCheck;
import briefbot.answer.Links;
import briefbot.retrieval.Passage;
import briefbot.text.Sentences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The offline digest writer: each story's summary is its most central sentence, cited to its paragraph and to the
 * paragraphs of other sources that say the same, then a sentence from a source not yet cited (or the next most
 * central one), then any figure the sources disagree on, side by side.
 */
final class ExtractiveWriter implements DigestWriter {

  private static final int MIN_WORDS = 8;
  private static final int MAX_WORDS = 45;
  private static final int PASSAGES_CONSIDERED = 8;
  private static final double CORROBORATES = 0.6;
  private static final double REDUNDANT = 0.5;
  /** Enough to rank a sentence that opens with a pronoun after every other of its story. */
  private static final double DANGLING = 10;
  private static final Map<String, Set<String>> OPENING_PRONOUNS = Map.of(
      "en", Set.of("he", "she", "they", "his", "her", "their"),
      "nl", Set.of("hij", "zij", "ze", "zijn", "haar", "hun"),
      "de", Set.of("er", "sie", "sein", "seine", "ihr", "ihre"),
      "fr", Set.of("il", "elle", "ils", "elles"),
      "es", Set.of("él", "ella", "ellos", "ellas"));

  /** A sentence of a story's passage, scored by the centrality of its paragraph and its place in it. */
  private record Candidate(Passage passage, String sentence, double score) {}

  private final Links links;
  private final CitationCheck check;

  ExtractiveWriter(Links links) {
    this.links = links;
    this.check = new CitationCheck(links);
  }

  @Override
  public Digest write(LocalDate day, String language, String headline, List<Story> stories) {
    Map<String, Citation> citations = new LinkedHashMap<>();
    List<Digest.Item> items = new ArrayList<>();
    Digest.Words words = Digest.Words.in(language);
    for (Story story : stories) {
      items.add(item(story, citations, words));
    }
    return new Digest(day, language, headline, items, List.copyOf(citations.values()));
  }

  private Digest.Item item(Story story, Map<String, Citation> citations, Digest.Words words) {
    List<Candidate> candidates = candidates(story);
    if (candidates.isEmpty()) {
      Passage p = story.passages().get(0);
      return new Digest.Item(p.title(), Text.safe(p.text()) + " " + cite(citations, List.of(p)), story.sources());
    }
    Candidate first = candidates.get(0);
    List<Passage> firstSources = corroborating(story, first);
    Set<String> cited = new HashSet<>();
    firstSources.forEach(p -> cited.add(p.articleId()));
    StringBuilder text = new StringBuilder(Text.safe(first.sentence())).append(' ')
        .append(cite(citations, firstSources));
    Candidate second = second(candidates, first, firstSources, cited, story.sources());
    if (second != null) {
      text.append(' ').append(Text.safe(second.sentence())).append(' ')
          .append(cite(citations, corroborating(story, second)));
    }
    List<Figures.Mention> figures = Figures.differing(story.passages());
    if (!figures.isEmpty()) {
      text.append(' ').append(words.figuresDiffer());
      for (int i = 0; i < figures.size(); i++) {
        Figures.Mention m = figures.get(i);
        text.append(i == 0 ? " " : "; ").append(Text.safe(m.phrase())).append(' ')
            .append(cite(citations, m.passages()));
      }
      text.append('.');
    }
    return new Digest.Item(first.passage().title(), text.toString(), story.sources());
  }

  private static List<Candidate> candidates(Story story) {
    List<Candidate> out = new ArrayList<>();
    List<Passage> passages = story.passages();
    for (int i = 0; i < Math.min(PASSAGES_CONSIDERED, passages.size()); i++) {
      Passage p = passages.get(i);
      List<String> sentences = Sentences.of(p.text(), p.language());
      for (int s = 0; s < sentences.size(); s++) {
        int words = sentences.get(s).split("\\s+").length;
        if (words >= MIN_WORDS && words <= MAX_WORDS) {
          double dangling = refersBack(sentences.get(s), p.language()) ? DANGLING : 0;
          out.add(new Candidate(p, sentences.get(s), p.score() - 0.05 * s - dangling));
        }
      }
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out;
  }

  /**
   * A second sentence that adds to the first: not from a paragraph cited as saying the same as the first, from a
   * source not yet cited while there is one, else from another article than the first sentence's, so a story of
   * several sources speaks with more than one voice.
   */
  private static Candidate second(List<Candidate> candidates, Candidate first, List<Passage> firstSources,
      Set<String> cited, int sources) {
    Candidate otherArticle = null;
    Candidate any = null;
    for (Candidate c : candidates) {
      boolean saidAlready = firstSources.contains(c.passage()) && c.passage() != first.passage();
      if (c == first || saidAlready || overlap(first.sentence(), c.sentence()) >= REDUNDANT) {
        continue;
      }
      if (!cited.contains(c.passage().articleId())) {
        return c;
      }
      if (otherArticle == null && !c.passage().articleId().equals(first.passage().articleId())) {
        otherArticle = c;
      }
      if (any == null) {
        any = c;
      }
    }
    return sources > 1 && otherArticle != null ? otherArticle : any;
  }

  /**
   * The sentence's own paragraph and, from each other article, its paragraph that means most nearly the same and
   * backs the sentence by the citation check's rule: a paragraph near in meaning may still not say what the sentence
   * says ("organisers hope she will run" cited to the report of her ban), and every citation must back its sentence.
   */
  private List<Passage> corroborating(Story story, Candidate chosen) {
    List<Passage> out = new ArrayList<>(List.of(chosen.passage()));
    Map<String, Passage> best = new LinkedHashMap<>();
    Map<String, Double> bestScore = new LinkedHashMap<>();
    for (Passage p : story.passages()) {
      double s = story.similarity(chosen.passage(), p);
      boolean otherArticle = !p.articleId().equals(chosen.passage().articleId());
      if (otherArticle && s >= CORROBORATES && s > bestScore.getOrDefault(p.articleId(), 0.0) && backs(p, chosen)) {
        best.put(p.articleId(), p);
        bestScore.put(p.articleId(), s);
      }
    }
    out.addAll(best.values());
    return out;
  }

  private boolean backs(Passage paragraph, Candidate sentence) {
    CitationCheck.Checked checked = check.check(sentence.sentence() + " [1]", List.of(paragraph));
    return !checked.empty() && checked.dropped().isEmpty();
  }

  private String cite(Map<String, Citation> citations, List<Passage> passages) {
    StringBuilder out = new StringBuilder();
    for (Passage p : passages) {
      Citation c = citations.computeIfAbsent(p.articleId() + "#" + p.paragraph(),
          k -> links.citation(citations.size() + 1, p));
      out.append('[').append(c.n()).append(']');
    }
    return out.toString();
  }

  /**
   * Whether the sentence opens with a pronoun for someone named before it ("He was nominated to leave the show",
   * "She and John McCririck faced the vote"): quoted alone in a digest, it names no one.
   */
  private static boolean refersBack(String sentence, String language) {
    String first = sentence.strip().split("[^\\p{L}]+", 2)[0].toLowerCase(Locale.ROOT);
    return OPENING_PRONOUNS.getOrDefault(language, Set.of()).contains(first);
  }

  private static double overlap(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    Set<String> union = new HashSet<>(wa);
    union.addAll(wb);
    wa.retainAll(wb);
    return union.isEmpty() ? 0 : (double) wa.size() / union.size();
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 3) {
        out.add(w);
      }
    }
    return out;
  }
}
