package briefbot.retrieval;

import briefbot.corpus.LanguageDetector;
import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import briefbot.index.ParagraphIndex.FieldTerm;
import briefbot.retrieval.Retrieval.Concept;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question's words the index never holds, found again in the passages retrieved for it: respelled as a passage
 * spells them, written in full for an abbreviation, or as a passage of another language writes a name; or in the
 * index, as the code a plural writes ("5Bs") or the name a compound is made on ("Koningsdagprogramma").
 */
final class Respellings {

  /**
   * A word with an apostrophe inside ("McDonald's", "B’Av", "d'Alembert"): an analyser without a possessive rule
   * indexes it whole, where a question's words are split at the apostrophe.
   */
  private static final Pattern GLUED = Pattern.compile("\\p{L}+(?:['’´`ʼ]\\p{L}+)+");
  private static final Pattern APOSTROPHE = Pattern.compile("['’´`ʼ]");
  /**
   * How surely a passage's word found by {@link NameSpellings#otherEnding} of a name's translation means the name: below 1 in
   * every field, which is how {@link Concepts#fuzzy} tells such a concept, whose name the answering passage must hold.
   */
  private static final double FUZZY_TRANSLATION = 0.9;

  private final ParagraphIndex index;
  private final FieldForms forms;
  private final ConceptWeights weights;
  private final Translations translations;

  Respellings(ParagraphIndex index, FieldForms forms, ConceptWeights weights, Translations translations) {
    this.index = index;
    this.forms = forms;
    this.weights = weights;
    this.translations = translations;
  }

  /**
   * The concepts with a word the index never holds respelled as a passage spells it ("Isjiba" as "Ishiba",
   * "Maastrich" as "Maastricht"; "McDonald" or "Av" as the whole "McDonald's" or "B’Av" a passage writes with an
   * apostrophe), weighted again; the others as they were.
   */
  List<Concept> respell(List<Concept> question, String language, List<Passage> passages, int documents) {
    if (question.stream().noneMatch(c -> c.weight() == 0)) {
      return question;
    }
    Set<String> words = new LinkedHashSet<>();
    Set<String> shortWords = new LinkedHashSet<>(); // capitalised words of three or four letters, for NameSpellings.swapped
    Map<String, Set<String>> foreign = new LinkedHashMap<>(); // the words of passages in another language, by language
    Map<String, String> glued = new HashMap<>();
    for (Passage p : passages) {
      boolean other = language != null && p.language() != null && !p.language().equals(language);
      for (String w : Concepts.WORD.split(p.text())) {
        if (w.length() >= 3 && w.length() <= 4 && Character.isUpperCase(w.codePointAt(0))) {
          shortWords.add(w);
        }
        if (w.length() >= 4 && !QuestionWords.isStopWord(w)) {
          words.add(w);
          if (other) {
            foreign.computeIfAbsent(p.language(), l -> new LinkedHashSet<>()).add(w);
          }
        }
      }
      Matcher m = GLUED.matcher(p.text());
      while (m.find()) {
        for (String part : APOSTROPHE.split(m.group())) {
          glued.putIfAbsent(LanguageDetector.fold(part), m.group());
        }
      }
    }
    List<Concept> out = new ArrayList<>(question);
    for (int i = 0; i < out.size(); i++) {
      Concept c = out.get(i);
      Concept rebuilt = rebuilt(c, language, passages, documents, words, shortWords, foreign, glued);
      if (rebuilt != null) {
        // the irregular forms a past question gives its verb ("chose" for "did ... choose") are the word's, not its
        // spelling's: a verb respelled as a passage writes it still holds a text that writes another of them
        out.set(i, c.forms().isEmpty() ? rebuilt : rebuilt.withForms(c.forms()));
      }
    }
    return out;
  }

  /** {@code c} respelled, written in full, translated or read as the code or name it is made on; null when none. */
  private Concept rebuilt(Concept c, String language, List<Passage> passages, int documents, Set<String> words,
      Set<String> shortWords, Map<String, Set<String>> foreign, Map<String, String> glued) {
    String code = c.weight() == 0 && c.name() ? NameSpellings.singularCode(c.word()) : null;
    Concept singular = code == null ? null : singular(c, code, language, documents);
    if (singular != null) {
      return singular;
    }
    String respelled = c.weight() != 0 ? null
        : glued.getOrDefault(LanguageDetector.fold(c.word()), NameSpellings.respelling(c.word(), words));
    if (respelled == null && c.weight() == 0 && c.name()) {
      respelled = NameSpellings.swapped(c.word(), shortWords);
    }
    if (respelled == null && c.weight() == 0) {
      Concept abbreviated = abbreviated(c, language, passages, documents);
      if (abbreviated != null) {
        return abbreviated;
      }
      Concept translated = c.name() && c.word().chars().allMatch(Character::isLetter)
          ? translated(c, language, foreign, documents) : null;
      if (translated != null) {
        return translated;
      }
      return c.name() && language != null ? compound(c, language, documents) : null;
    }
    if (respelled == null) {
      return null;
    }
    ConceptForms raw = forms.of(respelled, language);
    Set<FieldTerm> terms = ConceptWeights.terms(raw);
    terms.addAll(ConceptWeights.titleTerms(raw));
    Concept respelledConcept = ConceptWeights.concept(c.word(), c.name(), raw, weights.docFreqs(terms), documents);
    return c.titled() && !respelledConcept.titled() ? new Concept(c.word(), c.name(), respelledConcept.weight(),
        respelledConcept.stems(), respelledConcept.trusts(), true) : respelledConcept;
  }

  /**
   * A German or Dutch compound the index never holds, capitalised because it is made on a name ("het
   * Koningsdagprogramma": Koningsdag + programma) or read as one for want of a dictionary entry: the name it is made
   * on, its first part as the index splits compounds, stands for it when the index holds that part; null when it is no
   * such compound. Its head alone never does: "Sinterklaasprogramma" is not mentioned by a corpus that only writes
   * "programma".
   */
  private Concept compound(Concept c, String language, int documents) {
    String field = IndexFields.body(language);
    List<String> parts = index.analysis().parts(field, c.word());
    if (parts.size() < 2) {
      return null;
    }
    ConceptForms raw = new ConceptForms(Map.of(field, Map.of(parts.get(0), 1.0)));
    Concept found = ConceptWeights.concept(c.word(), c.name(), raw, weights.docFreqs(ConceptWeights.terms(raw)),
        documents);
    if (found.weight() == 0) {
      return null;
    }
    return !c.titled() || found.titled() ? found : new Concept(c.word(), c.name(), found.weight(), found.stems(),
        found.trusts(), true);
  }

  /**
   * A code's plural the index never holds ("5Bs", "WLANs") as the index holds the code ("F-5B"), weighed again; null
   * when the index holds no such code either. Read then as no name (a plural names a kind of thing), it let the
   * model answer left-out questions ("Approximately how many soldiers became POWs?") and answered no fit question
   * right (docs/answerability.md).
   */
  private Concept singular(Concept c, String code, String language, int documents) {
    ConceptForms raw = forms.of(code, language, true);
    Set<FieldTerm> terms = ConceptWeights.terms(raw);
    terms.addAll(ConceptWeights.titleTerms(raw));
    Concept found = ConceptWeights.concept(c.word(), true, raw, weights.docFreqs(terms), documents);
    if (found.weight() > 0) {
      return c.titled() && !found.titled() ? new Concept(c.word(), true, found.weight(), found.stems(),
          found.trusts(), true) : found;
    }
    return null;
  }

  /**
   * A name the index never holds whose spelling or dictionary translation a passage of another language writes with
   * another ending or a letter off ({@link NameSpellings#otherEnding}: "Antarctica", whose German translation "Antarktika" a
   * German passage writes "Antarktis"; "Soviets": "Sowjets", "sowjetischen"; "Assyria": "Assyrien"): the passage's word,
   * as its language analyses it, stands for the name, so "the articles never mention" it is no longer said of that
   * passage and the model decides; null when no such passage writes it.
   */
  private Concept translated(Concept c, String language, Map<String, Set<String>> foreign, int documents) {
    if (foreign.isEmpty()) {
      return null;
    }
    Map<String, Map<String, Double>> translated = translations.weighted(c.word(), language);
    for (Map.Entry<String, Set<String>> passages : foreign.entrySet()) {
      Set<String> spellings = new LinkedHashSet<>();
      spellings.add(c.word());
      translated.getOrDefault(passages.getKey(), Map.of()).keySet().stream()
          .filter(t -> Concepts.WORD.split(t.strip()).length == 1).forEach(spellings::add);
      for (String spelling : spellings) {
        String token = NameSpellings.otherEnding(spelling, passages.getValue());
        if (token == null) {
          continue;
        }
        Map<String, Map<String, Double>> surely = new HashMap<>();
        forms.of(token, passages.getKey()).trust().forEach((field, stems) -> {
          Map<String, Double> less = new LinkedHashMap<>();
          stems.forEach((stem, w) -> less.put(stem, w * FUZZY_TRANSLATION));
          surely.put(field, less);
        });
        ConceptForms raw = new ConceptForms(surely);
        Concept found = ConceptWeights.concept(c.word(), c.name(), raw, weights.docFreqs(ConceptWeights.terms(raw)),
            documents);
        if (found.weight() > 0) {
          return c.titled() && !found.titled() ? new Concept(c.word(), c.name(), found.weight(), found.stems(),
              found.trusts(), true) : found;
        }
      }
    }
    return null;
  }

  /**
   * An abbreviation the index never holds ("NYC") as a passage or its article's title writes the name in full ("New
   * York City"), or a word that glues two of a passage's words together ("Superbowl": "Super Bowl"): the name's rarest
   * word stands for it ("York", "Bowl"), so the passages about the name hold the concept and "the articles never
   * mention NYC" is no longer said of them; null when no passage writes it so.
   */
  private Concept abbreviated(Concept c, String language, List<Passage> passages, int documents) {
    List<String> texts = new ArrayList<>();
    for (Passage p : passages) {
      if (p.title() != null) {
        texts.add(p.title());
      }
      texts.add(p.text());
    }
    Concept rarest = null;
    for (String w : NameSpellings.expansion(c.word(), texts)) {
      ConceptForms raw = forms.of(w, language);
      Concept candidate = ConceptWeights.concept(c.word(), c.name(), raw,
          weights.docFreqs(ConceptWeights.terms(raw)), documents);
      if (candidate.weight() > 0 && (rarest == null || candidate.weight() > rarest.weight())) {
        rarest = candidate;
      }
    }
    return rarest;
  }
}
