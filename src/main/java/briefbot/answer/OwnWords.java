package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the check counts a claim's own words, those its cited paragraphs do not write: one derived from a paragraph's
 * word or an office its article gives someone it names counts as covered, one no dictionary translates cannot be
 * checked across languages, and the kind of a weapon of mass destruction is a detail no paraphrase may add.
 */
final class OwnWords {

  /** Words for the kind of a weapon of mass destruction, folded, in the five languages (Dutch and German compounds). */
  private static final Set<String> MASS_DESTRUCTION = Set.of("nuclear", "atomic", "chemical", "biological",
      "nucleair", "nucleaire", "nuklear", "nukleare", "nuklearen", "nucleaires", "nucleares", "atomaire",
      "chemische", "chemisch", "biologische", "biologisch", "chimique", "chimiques", "biologique", "biologiques",
      "quimico", "quimicos", "quimica", "quimicas", "biologico", "biologicos", "biologica", "biologicas");
  /** Dutch and German compounds opened by the weapon's kind: kernwapens, kernproef, Atomwaffen, Atomtest. */
  private static final List<String> MASS_DESTRUCTION_PREFIXES = List.of("kernwapen", "kernproe", "kernkop", "kernbom",
      "kernraket", "kernmacht", "atoomwapen", "atoombom", "atomwaffe", "atomtest", "atombombe", "atommacht",
      "atomrakete", "chemiewapen", "chemiewaffe");

  private final TextReading reading;

  OwnWords(TextReading reading) {
    this.reading = reading;
  }

  static boolean massDestruction(String folded) {
    return MASS_DESTRUCTION.contains(folded) || MASS_DESTRUCTION_PREFIXES.stream().anyMatch(folded::startsWith);
  }

  /**
   * Whether a claim's word a synonym covers is a word the paragraph writes in another part of speech ("decided" for
   * "decision"): WordNet derives one from the other, so it counts as fully covered, not as half a word of its own.
   */
  boolean derivedCovered(String word, Support.Claim claim, List<CitedParagraph> backing) {
    Set<String> derivations = reading.thesaurus().derived(LanguageDetector.fold(word), claim.language());
    if (derivations.isEmpty()) {
      return false;
    }
    for (CitedParagraph s : backing) {
      Words.Covering c = s.covering();
      for (String d : derivations) {
        for (String stem : Words.stems(d, claim.language())) {
          if (c.stems().contains(stem) || c.translated().contains(stem)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a claim's word for an office ("the president", "the NATO chief") is one the cited paragraph's article
   * gives someone the paragraph names: models call people by the office the article gives them elsewhere.
   */
  boolean officeOfNamed(String word, Support.Claim claim, List<CitedParagraph> backing) {
    Set<String> entities = new HashSet<>();
    claim.names().forEach(n -> n.entities().forEach(e -> entities.add(e.id())));
    String folded = LanguageDetector.fold(word);
    return backing.stream().anyMatch(s -> reading.vocabulary().holds(s.passage().articleId(), folded, entities,
        s.mentions().words()));
  }

  /**
   * Whether the glossary translates a word into one of the sources' languages: a claim made only of words it does
   * not know, with no name or figure, has nothing that can be checked against a paragraph in another language.
   */
  boolean translatable(String word, String language, Set<String> sourceLanguages) {
    return sourceLanguages.stream()
        .anyMatch(to -> !Words.translations(word, language, to, reading.glossary()).isEmpty());
  }
}
