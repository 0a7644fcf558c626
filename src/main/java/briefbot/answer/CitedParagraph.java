package briefbot.answer;

import briefbot.retrieval.Passage;
import briefbot.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A paragraph a claim cites, analysed once per claim language, each part when first needed (most checks stop at the
 * figures); what it reads beyond its own text (the check's vocabulary, glossaries and the paragraphs before it) comes
 * from the check's {@link TextReading}.
 */
final class CitedParagraph {
  private final Passage passage;
  private final String claimLanguage;
  private final TextReading reading;
  private Set<Figures.Figure> figures;
  private Names.Mentions mentions;
  private Names.Mentions ownMentions;
  private Antecedents.Referents referents;
  private Set<String> named;
  private Words.Covering covering;
  private Words.Covering synonyms;
  private List<Roles.Frame> frames;
  private Set<String> mentioned;
  private Map<String, Words.Covering> clauses;
  private List<Owners.Owned> owned;
  private List<Roles.Contrast> contrasts;
  private Boolean speaksUnnamed;

  CitedParagraph(Passage passage, String claimLanguage, TextReading reading) {
    this.passage = passage;
    this.claimLanguage = claimLanguage;
    this.reading = reading;
  }

  Passage passage() {
    return passage;
  }

  Set<Figures.Figure> figures() {
    if (figures == null) {
      figures = Figures.of(passage.text(), passage.language());
    }
    return figures;
  }

  Names.Mentions mentions() {
    if (mentions == null) {
      mentions = mentionsWith(passage.title());
    }
    return mentions;
  }

  /** The paragraph's mentions without its article's headline: what a citation the model did not write may rest on. */
  Names.Mentions ownMentions() {
    if (ownMentions == null) {
      ownMentions = mentionsWith(null);
    }
    return ownMentions;
  }

  private Names.Mentions mentionsWith(String title) {
    Names.Mentions out = Names.mentions(passage.text(), title);
    Antecedents.Referents referents = referents();
    if (!referents.listedCountries().isEmpty()) {
      out = Names.withCountries(out, referents.listedCountries());
    } else if (!referents.countryTexts().isEmpty()) {
      out = Names.withCountriesOf(out, referents.countryTexts());
    }
    for (String person : referents.people()) {
      out = Names.withPeopleOf(out, person, reading.vocabulary(), passage.articleId());
    }
    return out;
  }

  /** Whom and what the paragraph refers to without naming, looked up once for both kinds of mentions. */
  private Antecedents.Referents referents() {
    if (referents == null) {
      referents = reading.antecedents().of(passage);
    }
    return referents;
  }

  /** The entities the paragraph itself names (its title left out). */
  Set<String> named() {
    if (named == null) {
      named = Names.mentions(passage.text()).entities();
    }
    return named;
  }

  Words.Covering covering() {
    if (covering == null) {
      covering = Words.Covering.of(passage.text(), passage.language(), claimLanguage, reading.glossary());
    }
    return covering;
  }

  /** The paragraph's words with their synonyms, for the claim's words plain matching left uncovered. */
  Words.Covering synonyms() {
    if (synonyms == null) {
      synonyms = Words.Covering.of(passage.text(), passage.language(), claimLanguage, reading.thesaurus(), true);
    }
    return synonyms;
  }

  List<Roles.Frame> frames() {
    if (frames == null) {
      frames = reading.sentenceFrames(passage);
    }
    return frames;
  }

  Set<String> mentioned() {
    if (mentioned == null) {
      mentioned = reading.mentioned(passage);
    }
    return mentioned;
  }

  Map<String, Words.Covering> clauses() {
    if (clauses == null) {
      clauses = reading.clauses(passage, claimLanguage);
    }
    return clauses;
  }

  /** The things the paragraph gives an owner ("Biden's memorandum"). */
  List<Owners.Owned> owned() {
    if (owned == null) {
      List<Names.Token> tokens = Names.tokens(passage.text());
      owned = reading.owned(tokens, Names.places(tokens, reading.vocabulary(), passage.articleId()),
          passage.language());
    }
    return owned;
  }

  /** The names the paragraph's sentences set against others ("X, not Y"). */
  List<Roles.Contrast> contrasts() {
    if (contrasts == null) {
      contrasts = new ArrayList<>();
      for (String sentence : Sentences.of(passage.text(), passage.language())) {
        List<Names.Token> tokens = Names.tokens(sentence);
        contrasts.addAll(Roles.contrasts(tokens, Names.places(tokens, reading.vocabulary(), passage.articleId())));
      }
    }
    return contrasts;
  }

  /** Whether the paragraph reports what an unnamed official said. */
  boolean speaksUnnamed() {
    if (speaksUnnamed == null) {
      speaksUnnamed = UnnamedSpeakers.speaksIn(passage);
    }
    return speaksUnnamed;
  }
}
