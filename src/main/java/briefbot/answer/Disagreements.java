package briefbot.answer;

import briefbot.retrieval.Passage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a claim whose words its cited paragraphs cover may still say otherwise than they do: who does what to whom,
 * which name it sets against which, an unnamed speaker named, whose thing it is, and how sure it is.
 */
final class Disagreements {

  private final TextReading reading;

  Disagreements(TextReading reading) {
    this.reading = reading;
  }

  /** The first way the claim disagrees with its paragraphs, in the order the check asks, or empty. */
  Optional<String> first(Support.Claim claim, List<CitedParagraph> backing) {
    return roles(claim, backing).or(() -> contrast(claim, backing))
        .or(() -> UnnamedSpeakers.in(claim, backing)).or(() -> possessor(claim, backing))
        .or(() -> stance(claim, backing));
  }

  private Optional<String> roles(Support.Claim claim, List<CitedParagraph> backing) {
    List<Roles.Frame> sourceFrames = backing.stream().flatMap(s -> s.frames().stream()).toList();
    Set<String> mentioned = new HashSet<>();
    backing.forEach(s -> mentioned.addAll(s.mentioned()));
    return Roles.contradiction(claim.frames(), sourceFrames, mentioned);
  }

  /**
   * Whether the claim gives a thing to another owner than its paragraphs do: "Trump's memorandum" where every cited
   * paragraph that says whose memorandum it is says "Biden's memorandum".
   */
  private Optional<String> possessor(Support.Claim claim, List<CitedParagraph> backing) {
    List<Owners.Owned> mine = reading.owned(claim.tokens(), Names.places(claim.tokens(), reading.vocabulary(), null),
        claim.language());
    if (mine.isEmpty()) {
      return Optional.empty();
    }
    List<Owners.Owned> theirs = backing.stream().flatMap(s -> s.owned().stream()).toList();
    return Owners.otherOwner(mine, theirs);
  }

  /** Whether the claim sets a name against another the other way round from its paragraphs ("X, not Y"). */
  private Optional<String> contrast(Support.Claim claim, List<CitedParagraph> backing) {
    List<Roles.Contrast> mine = Roles.contrasts(claim.tokens(),
        Names.places(claim.tokens(), reading.vocabulary(), null));
    if (mine.isEmpty()) {
      return Optional.empty();
    }
    List<Roles.Contrast> theirs = backing.stream().flatMap(s -> s.contrasts().stream()).toList();
    return Roles.reversedContrast(mine, theirs);
  }

  private Optional<String> stance(Support.Claim claim, List<CitedParagraph> backing) {
    Glossary glossary = reading.glossary();
    Vocabulary vocabulary = reading.vocabulary();
    Map<String, Words.Covering> clauses = new LinkedHashMap<>();
    Map<String, Passage> clausePassage = new HashMap<>();
    backing.forEach(s -> {
      clauses.putAll(s.clauses());
      s.clauses().keySet().forEach(c -> clausePassage.putIfAbsent(c, s.passage()));
    });
    Words.Covering mine = Words.Covering.of(claim.text(), claim.language(),
        backing.isEmpty() ? claim.language() : backing.get(0).passage().language());
    Map<String, List<String>> partWords = new HashMap<>();
    Map<String, Words.Covering> stretches = new HashMap<>();
    return Stance.difference(claim.text(), List.copyOf(clauses.keySet()), clause -> 0,
        (part, clause) -> (int) partWords.computeIfAbsent(part,
                p -> Words.content(Names.tokens(p), nameParts(claim), claim.language())).stream()
            .filter(w -> Words.covers(clauses.get(clause), w, claim.language(), glossary)).count(),
        (part, clause) -> (int) Names.needed(part, vocabulary, claim.language()).stream().filter(n -> Names.backs(n,
            Names.mentions(clause), vocabulary, claim.language(), clausePassage.get(clause).language(),
            clausePassage.get(clause).articleId())).count(),
        word -> Words.covers(mine, word, claim.language(), glossary),
        word -> backing.stream().anyMatch(s -> Words.covers(s.covering(), word, claim.language(), glossary)),
        (word, clause, text) -> !text.isBlank() && Words.covers(stretches.computeIfAbsent(text,
            t -> Words.Covering.of(t, clausePassage.get(clause).language(), claim.language(), glossary)), word,
            claim.language(), glossary));
  }

  private static Set<String> nameParts(Support.Claim claim) {
    return claim.names().stream().flatMap(n -> n.parts().stream()).collect(Collectors.toSet());
  }
}
