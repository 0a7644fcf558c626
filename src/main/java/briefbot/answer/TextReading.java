package briefbot.answer;

import briefbot.retrieval.Passage;
import briefbot.text.Sentences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one claim check reads a claim or a paragraph beyond its words: who does what to whom, what it gives an owner,
 * which names it mentions and its clauses, with the check's vocabulary and glossaries; things given are compared
 * across languages by their English stems, looked up once per word.
 */
final class TextReading {

  private final Glossary glossary;
  private final Glossary thesaurus;
  private final Vocabulary vocabulary;
  private final Antecedents antecedents;
  private final Map<String, Set<String>> things = new HashMap<>();

  /** With {@code glossary} without synonyms and {@code thesaurus} with them (the same when there are none). */
  TextReading(Glossary glossary, Glossary thesaurus, Vocabulary vocabulary, Antecedents antecedents) {
    this.glossary = glossary;
    this.thesaurus = thesaurus;
    this.vocabulary = vocabulary;
    this.antecedents = antecedents;
  }

  Glossary glossary() {
    return glossary;
  }

  /** The glossary with same-language synonyms (WordNet), for content words only. */
  Glossary thesaurus() {
    return thesaurus;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  Antecedents antecedents() {
    return antecedents;
  }

  List<Roles.Frame> frames(List<Names.Token> tokens, String language, String articleId) {
    return Roles.frames(tokens, Names.places(tokens, vocabulary, articleId), language,
        w -> thing(w, language));
  }

  /** A word as things given are compared across languages: its English stems, and those of its translations. */
  private Set<String> thing(String word, String language) {
    return things.computeIfAbsent(language + ":" + word, k -> {
      Set<String> out = new HashSet<>(Words.stems(word, language));
      if (!language.equals("en")) {
        Words.translations(word, language, "en", glossary).forEach(t -> out.addAll(Words.stems(t, "en")));
      }
      if (out.isEmpty()) {
        out.add(word);
      }
      return out;
    });
  }

  /** The things a text gives an owner ({@link Owners#of}), as things given are compared ({@link #thing}). */
  List<Owners.Owned> owned(List<Names.Token> tokens, List<Roles.Mention> mentions, String language) {
    return Owners.of(tokens, mentions, language, this::thing);
  }

  Map<String, Words.Covering> clauses(Passage p, String claimLanguage) {
    Map<String, Words.Covering> out = new LinkedHashMap<>();
    for (String sentence : Sentences.of(p.text(), p.language())) {
      for (String clause : SourceParts.of(sentence)) {
        out.put(clause, Words.Covering.of(clause, p.language(), claimLanguage, glossary));
      }
    }
    return out;
  }

  Set<String> mentioned(Passage p) {
    Set<String> out = new HashSet<>();
    Names.places(Names.tokens(p.text()), vocabulary, p.articleId()).forEach(m -> out.addAll(m.keys()));
    return out;
  }

  List<Roles.Frame> sentenceFrames(Passage p) {
    List<Roles.Frame> out = new ArrayList<>();
    for (String sentence : Sentences.of(p.text(), p.language())) {
      out.addAll(frames(Names.tokens(sentence), p.language(), p.articleId()));
    }
    return out;
  }
}
