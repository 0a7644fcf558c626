package briefbot.answer;

import briefbot.retrieval.Passage;
import briefbot.text.CitationMarkers;
import briefbot.text.Untrusted;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks text a model wrote against the passages it was given, keeping only what Briefbot can stand behind:
 * sentences that cite a passage that was retrieved, quote only what that passage says, and carry no mention,
 * link or markup; citations are renumbered in order of first use and unused passages are not listed.
 */
public final class CitationCheck {

  private static final Pattern MARKER = CitationMarkers.WRITTEN;

  /** The checked text, one entry per part checked, with its citations and why each dropped sentence went. */
  public record Checked(List<String> parts, List<Citation> citations, List<String> dropped) {
    public Checked {
      parts = List.copyOf(parts);
      citations = List.copyOf(citations);
      dropped = List.copyOf(dropped);
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

  /** A sentence that passed, with the passage numbers (as the model saw them) it cites. */
  private record Kept(String sentence, Set<Integer> cites) {}

  private final Links links;

  public CitationCheck(Links links) {
    this.links = links;
  }

  /** Checks one text whose {@code [n]} name {@code passages.get(n - 1)}. */
  public Checked check(String text, List<Passage> passages) {
    return check(List.of(text), passages);
  }

  /** Checks several texts (a digest's items) that share one numbering of {@code passages}. */
  public Checked check(List<String> parts, List<Passage> passages) {
    List<String> dropped = new ArrayList<>();
    List<List<Kept>> kept = new ArrayList<>();
    for (String part : parts) {
      List<Kept> keptHere = new ArrayList<>();
      for (String sentence : ModelSentences.split(clean(part))) {
        assess(sentence, passages).ifPresentOrElse(
            reason -> dropped.add(reason + ": " + abbreviate(sentence)),
            () -> keptHere.add(new Kept(sentence, cites(sentence, passages.size()))));
      }
      kept.add(keptHere);
    }
    Map<Integer, Integer> renumbered = new LinkedHashMap<>();
    for (List<Kept> sentences : kept) {
      sentences.forEach(k -> k.cites().forEach(n -> renumbered.putIfAbsent(n, renumbered.size() + 1)));
    }
    List<Citation> citations = new ArrayList<>();
    renumbered.forEach((old, n) -> citations.add(links.citation(n, passages.get(old - 1))));
    List<String> texts = kept.stream()
        .map(sentences -> String.join(" ", sentences.stream().map(k -> render(k.sentence(), renumbered)).toList()))
        .toList();
    return new Checked(texts, citations, dropped);
  }

  /** Why the sentence is dropped, or empty when it stays. */
  private static Optional<String> assess(String sentence, List<Passage> passages) {
    Optional<String> hazard = Untrusted.hazard(sentence);
    if (hazard.isPresent()) {
      return hazard;
    }
    String claim = MARKER.matcher(sentence).replaceAll("");
    if (claim.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return Optional.of("no text");
    }
    Set<Integer> cites = cites(sentence, passages.size());
    if (cites.isEmpty()) {
      return Optional.of("no valid citation");
    }
    if (MARKER.matcher(sentence).lookingAt()) {
      return Optional.of("a citation before any claim");
    }
    List<String> cited = cites.stream().map(n -> passages.get(n - 1).text()).toList();
    return Quotes.unsupported(sentence, cited).map(q -> "quote not in the cited paragraph (\"" + abbreviate(q) + "\")");
  }

  /** The valid passage numbers a sentence cites, in order; numbers of passages that were not retrieved are ignored. */
  private static Set<Integer> cites(String sentence, int passages) {
    Set<Integer> out = new LinkedHashSet<>();
    Matcher m = MARKER.matcher(sentence);
    while (m.find()) {
      CitationMarkers.numbers(m.group(1)).stream().filter(n -> n >= 1 && n <= passages).forEach(out::add);
    }
    return out;
  }

  /** The sentence with each marker replaced by its renumbered citations (invalid ones removed). */
  private static String render(String sentence, Map<Integer, Integer> renumbered) {
    Matcher m = MARKER.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      StringBuilder markers = new StringBuilder();
      CitationMarkers.numbers(m.group(1)).stream().map(renumbered::get).filter(n -> n != null).distinct()
          .forEach(n -> markers.append('[').append(n).append(']'));
      m.appendReplacement(out, Matcher.quoteReplacement(markers.toString()));
    }
    m.appendTail(out);
    return out.toString().replaceAll("\\s+", " ").replaceAll("\\s+([.,;:!?…])", "$1")
        .strip();
  }

  /** Compatibility forms folded (full-width @ becomes @) and invisible characters removed before any rule runs. */
  private static String clean(String text) {
    return Untrusted.withoutControls(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC));
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
