package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.Passage;
import briefbot.text.CitationMarkers;
import briefbot.text.Untrusted;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks text a model wrote against the passages it was given, keeping only what Briefbot can stand behind:
 * sentences that cite a passage that was retrieved, quote only what that passage says, carry no mention, link or
 * markup, and claim only what the cited passages support (see {@link Support}); a sentence another retrieved passage
 * supports is cited to that one instead. Citations are renumbered in order of first use and unused passages are not
 * listed.
 */
public final class CitationCheck {

  private static final Pattern MARKER = CitationMarkers.WRITTEN;

  /**
   * The checked text, one entry per part checked, with its citations, why each dropped sentence went (for the logs),
   * which sentences now cite another passage than the one the model gave, and the {@code notes} an answer's debug
   * fields carry: the same, except that a sentence dropped for a link, mention or markup is named by its number only.
   */
  public record Checked(List<String> parts, List<Citation> citations, List<String> dropped, List<String> corrected,
      List<String> notes) {
    public Checked {
      parts = List.copyOf(parts);
      citations = List.copyOf(citations);
      dropped = List.copyOf(dropped);
      corrected = List.copyOf(corrected);
      notes = List.copyOf(notes);
    }

    /** The parts that kept something, joined into one text. */
    public String text() {
      return String.join(" ", parts.stream().filter(p -> !p.isEmpty()).toList());
    }

    /** Nothing survived the check. */
    public boolean empty() {
      return citations.isEmpty();
    }
  }

  /**
   * A second reading of the sentences the check finds doubtful (a model call, when one is configured): each cites
   * paragraphs whose figures, names, roles and certainty agree with it, but says a few things in words of its own.
   */
  @FunctionalInterface
  public interface Verifier {
    /** No second reading: doubtful sentences are dropped. */
    Verifier NONE = doubts -> List.of();

    /** For each doubt in order, whether its paragraphs say what it says; a missing answer is a no. */
    List<Boolean> supported(List<Doubt> doubts);
  }

  /** A doubtful sentence (without its markers) and the texts of the paragraphs it cites. */
  public record Doubt(String sentence, List<String> paragraphs) {
    public Doubt {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /**
   * A sentence that passed, with the passage numbers (as the model saw them) it cites; {@code doubt} is its index
   * among the doubts a second reading decides (-1 when it passed on its own).
   */
  private record Kept(String sentence, Set<Integer> cites, int doubt, String reason) {
    Kept(String sentence, Set<Integer> cites) {
      this(sentence, cites, -1, null);
    }
  }

  private final Links links;
  private final Glossary glossary;
  private final Similarity similarity;
  private final Function<String, List<String>> articles;

  /** A check whose claims match their sources across languages only by names, figures, stems and cognates. */
  public CitationCheck(Links links) {
    this(links, Glossary.NONE, null, Set.of());
  }

  /**
   * A check that also matches a claim's words to its sources' through {@code glossary}'s translations and, for the
   * {@code embeddingLanguages} ({@code "*"} for all), compares meanings with {@code embeddings} (null for none).
   */
  public CitationCheck(Links links, Glossary glossary, EmbeddingModel embeddings, Set<String> embeddingLanguages) {
    this(links, glossary, new Similarity(embeddings, embeddingLanguages), id -> List.of());
  }

  private CitationCheck(Links links, Glossary glossary, Similarity similarity,
      Function<String, List<String>> articles) {
    this.links = links;
    this.glossary = glossary;
    this.similarity = similarity;
    this.articles = articles;
  }

  /**
   * The same check, also reading the other paragraphs of each passage's article ({@code articles}: an article id
   * to its paragraphs' texts, empty when unknown), so that "the NATO chief said" is backed as Rutte's words when
   * another paragraph names "NATO Secretary-General Mark Rutte".
   */
  public CitationCheck readingArticles(Function<String, List<String>> articles) {
    return new CitationCheck(links, glossary, similarity, articles);
  }

  /**
   * The same check comparing meanings across languages too: text in a language the embedding model does not
   * understand is embedded as {@code gloss} renders it in English (a claim citing a Dutch paragraph, or a Dutch one).
   */
  public CitationCheck glossing(BinaryOperator<String> gloss) {
    return new CitationCheck(links, glossary, similarity.glossing(gloss), articles);
  }

  public Links links() {
    return links;
  }

  /** Checks one text whose {@code [n]} name {@code passages.get(n - 1)}. */
  public Checked check(String text, List<Passage> passages) {
    return check(List.of(text), passages);
  }

  /** Checks several texts (a digest's items) that share one numbering of {@code passages}. */
  public Checked check(List<String> parts, List<Passage> passages) {
    return check(parts, passages, Verifier.NONE);
  }

  /**
   * Checks one text, asking {@code verifier} once about the sentences found doubtful (see {@link Verifier}); every
   * other sentence is decided here alone, so a verifier can only keep a sentence the check would otherwise drop for
   * words of its own, never one with a wrong figure, name, role or certainty.
   */
  public Checked check(String text, List<Passage> passages, Verifier verifier) {
    return check(List.of(text), passages, verifier);
  }

  private Checked check(List<String> parts, List<Passage> passages, Verifier verifier) {
    List<String> dropped = new ArrayList<>();
    List<String> corrected = new ArrayList<>();
    List<List<String>> split = parts.stream().map(part -> ModelSentences.split(clean(part))).toList();
    Map<String, List<String>> articleTexts = new LinkedHashMap<>();
    passages.forEach(p -> articleTexts.computeIfAbsent(p.articleId(), articles));
    List<String> all = split.stream().flatMap(List::stream).toList();
    Support support = new Support(glossary, similarity.forCheck(), all, passages, articleTexts);
    // a sentence too short to tell its language by itself is taken to be in the answer's language
    String answerLanguage = LanguageDetector.detect(MARKER.matcher(String.join(" ", all)).replaceAll(" "), "en");
    List<String> notes = new ArrayList<>();
    List<List<Kept>> kept = new ArrayList<>();
    List<Doubt> doubts = new ArrayList<>();
    int number = 0;
    for (List<String> sentences : split) {
      List<Kept> keptHere = new ArrayList<>();
      for (String sentence : sentences) {
        number++;
        Optional<String> hazard = Untrusted.hazard(sentence);
        if (hazard.isPresent()) {
          dropped.add(hazard.get() + ": " + abbreviate(sentence));
          notes.add(hazard.get() + " (sentence " + number + ")");
          continue;
        }
        Optional<String> reason = assess(sentence, passages);
        if (reason.isPresent()) {
          dropped.add(reason.get() + ": " + abbreviate(sentence));
          notes.add(dropped.getLast());
          continue;
        }
        Set<Integer> cites = SentenceMarkers.cited(sentence, passages.size());
        Support.Claim claim = support.claim(SentenceMarkers.without(sentence), answerLanguage);
        Support.Verdict verdict = support.check(claim, cites.stream().map(n -> passages.get(n - 1)).toList());
        if (verdict.backed()) {
          keptHere.add(new Kept(sentence, cites));
          continue;
        }
        OptionalInt other = elsewhere(support, claim, sentence, cites, passages);
        if (other.isPresent()) {
          corrected.add("cited anew, " + verdict.problem().get() + ": " + abbreviate(sentence));
          notes.add(corrected.getLast());
          keptHere.add(new Kept(SentenceMarkers.recited(sentence, other.getAsInt()), Set.of(other.getAsInt())));
        } else if (verdict.doubtful() && verifier != Verifier.NONE
            && !closerElsewhere(support, claim, verdict, cites, passages)) {
          keptHere.add(new Kept(sentence, cites, doubts.size(), verdict.problem().get()));
          doubts.add(new Doubt(claim.text().replaceAll("\\s+([.,;:!?…])", "$1"),
              cites.stream().map(n -> passages.get(n - 1).text()).toList()));
        } else {
          dropped.add(verdict.problem().get() + ": " + abbreviate(sentence));
          notes.add(dropped.getLast());
        }
      }
      kept.add(keptHere);
    }
    if (!doubts.isEmpty()) {
      kept = secondReading(kept, verifier.supported(doubts), dropped, notes);
    }
    Map<Integer, Integer> renumbered = new LinkedHashMap<>();
    for (List<Kept> sentences : kept) {
      sentences.forEach(k -> k.cites().forEach(n -> renumbered.putIfAbsent(n, renumbered.size() + 1)));
    }
    List<Citation> citations = new ArrayList<>();
    renumbered.forEach((old, n) -> citations.add(links.citation(n, passages.get(old - 1))));
    List<String> texts = kept.stream()
        .map(sentences -> String.join(" ",
            sentences.stream().map(k -> SentenceMarkers.renumbered(k.sentence(), renumbered)).toList()))
        .toList();
    return new Checked(texts, citations, dropped, corrected, notes);
  }

  /** The kept sentences without the doubtful ones the second reading did not back; both kinds noted. */
  private static List<List<Kept>> secondReading(List<List<Kept>> kept, List<Boolean> answers, List<String> dropped,
      List<String> notes) {
    List<List<Kept>> out = new ArrayList<>();
    for (List<Kept> sentences : kept) {
      List<Kept> here = new ArrayList<>();
      for (Kept k : sentences) {
        boolean yes = k.doubt() < 0 || k.doubt() < answers.size() && Boolean.TRUE.equals(answers.get(k.doubt()));
        if (k.doubt() >= 0) {
          String line = k.reason() + ": " + abbreviate(k.sentence());
          if (yes) {
            notes.add("kept on a second reading, " + line);
          } else {
            dropped.add(line);
            notes.add(line);
          }
        }
        if (yes) {
          here.add(k);
        }
      }
      out.add(here);
    }
    return out;
  }

  /**
   * Whether another retrieved passage leaves fewer of the claim's words uncovered than the cited ones: then the
   * sentence may well be another paragraph's fact cited to the wrong one, which is not for a second reading to excuse.
   */
  private static boolean closerElsewhere(Support support, Support.Claim claim, Support.Verdict verdict,
      Set<Integer> cites, List<Passage> passages) {
    for (int n = 1; n <= passages.size(); n++) {
      if (!cites.contains(n) && support.check(claim, List.of(passages.get(n - 1))).uncovered() < verdict.uncovered()) {
        return true;
      }
    }
    return false;
  }

  /** The best-ranked retrieved passage (of those not cited) that backs every word of the claim, quotes included. */
  private static OptionalInt elsewhere(Support support, Support.Claim claim, String sentence, Set<Integer> cites,
      List<Passage> passages) {
    for (int n = 1; n <= passages.size(); n++) {
      if (cites.contains(n)) {
        continue;
      }
      Support.Verdict verdict = support.check(claim, List.of(passages.get(n - 1)));
      // The check forgives a word or two a paragraph does not say (a paraphrase's own words; across languages, words
      // the dictionaries lack); a citation the model did not write must not rest on that forgiveness, so another
      // passage takes it over only when it covers every word of the sentence, and names its names itself (not only
      // in its article's headline).
      if (verdict.backed() && !verdict.bySynonyms() && verdict.uncovered() == 0
          && support.namedInText(claim, passages.get(n - 1))
          && Quotes.unsupported(sentence, List.of(passages.get(n - 1).text())).isEmpty()) {
        return OptionalInt.of(n);
      }
    }
    return OptionalInt.empty();
  }

  /** Why a sentence without hazards is dropped before its claim is checked, or empty when it goes on. */
  private static Optional<String> assess(String sentence, List<Passage> passages) {
    String claim = MARKER.matcher(sentence).replaceAll("");
    if (claim.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return Optional.of("no text");
    }
    Set<Integer> cites = SentenceMarkers.cited(sentence, passages.size());
    if (cites.isEmpty()) {
      return Optional.of("no valid citation");
    }
    if (MARKER.matcher(sentence).lookingAt()) {
      return Optional.of("a citation before any claim");
    }
    List<Passage> cited = cites.stream().map(n -> passages.get(n - 1)).toList();
    String language = LanguageDetector.detect(claim, "en");
    return Quotes.unsupported(sentence, cited.stream().map(Passage::text).toList(),
        quote -> translated(quote, language, cited))
        .map(q -> "quote not in the cited paragraph (\"" + abbreviate(q) + "\")");
  }

  /**
   * Whether a quote renders the cited paragraphs' quotation in another language: every cited paragraph is in another
   * language than the quote, and one of them quotes someone ("Ik ben trots op hoe ver we zijn gekomen" quoted in
   * English). Its words are then checked as the claim's are, through the dictionaries.
   */
  private static boolean translated(String quote, String sentenceLanguage, List<Passage> cited) {
    String language = LanguageDetector.detect(quote, sentenceLanguage);
    return cited.stream().noneMatch(p -> p.language().equals(language))
        && cited.stream().anyMatch(p -> Quotes.quotes(p.text()));
  }

  /** Compatibility forms folded (full-width @ becomes @) and invisible characters removed before any rule runs. */
  private static String clean(String text) {
    return Untrusted.withoutControls(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC));
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
