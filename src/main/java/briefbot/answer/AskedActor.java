package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.AnswerType;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import briefbot.text.DateNames;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A question that asks who did something or holds a role, and whether an answer's sentences name someone doing it: a
 * near miss is often answered with a sentence that tells the asked deed with nobody in it ("Which accountancy firm
 * counts the Oscar ballots?" over "... the auditors who are in charge of looking after the ballot count"), or tells
 * it of the question's own names only.
 */
final class AskedActor {

  /**
   * A question that opens by asking who (English and Dutch; German writes every noun with a capital, so a capital
   * there names no one): "who", "whom", "wie", or "which" / "what" / "welke" before a person or firm; a "who" further on
   * ("What does the person who ...?") asks no one.
   */
  private static final Pattern ASKS_ACTOR = Pattern.compile("^[^\\p{L}]*(?:(?:and|so|en) )?(?:who|whom|wie|"
      + "(?:which|what|welke) (?:(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|the|a|an)"
      + " )\\p{L}+ ){0,2}(?:person|man|woman|player|company|firm|agency|team|club|band|group|"
      + "organisation|organization|persoon|vrouw|speler|bedrijf|ploeg|partij))(?![\\p{L}])");
  private static final Set<String> LANGUAGES = Set.of("en", "nl");
  private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Lu}[\\p{L}\\p{M}'’-]*");
  /** A name followed by "himself" did the deed itself, a name of the question or not ("which Friedman himself ..."). */
  private static final Pattern REFLEXIVE = Pattern.compile("\\s+(?:himself|herself|itself|themselves|zelf)"
      + "(?![\\p{L}])");
  /** The months' and weekdays' names, folded: a time is no one. */
  private static final Set<String> DATES = Stream.concat(DateNames.months(), DateNames.weekdays())
      .map(LanguageDetector::fold).collect(Collectors.toUnmodifiableSet());

  /** The question's words, folded: a name it holds is no answer to who ("Who coaches Hansen?" by "Hansen"). */
  private final Set<String> questionWords;

  private AskedActor(Set<String> questionWords) {
    this.questionWords = questionWords;
  }

  /** The actor {@code question}, in {@code language}, asks for; empty when it asks none or in another language. */
  static Optional<AskedActor> of(String question, String language) {
    if (!LANGUAGES.contains(language) || !ASKS_ACTOR.matcher(LanguageDetector.fold(question)).find()) {
      return Optional.empty();
    }
    return Optional.of(new AskedActor(AnswerType.words(question)));
  }

  /**
   * Where the opener that asks an actor ends in {@code question} ("Which advertising agency" of "Which advertising
   * agency designed ...?"), for {@link AskedDeed} to read the verb after it; empty when it asks none.
   */
  static Optional<Integer> opener(String question, String language) {
    if (!LANGUAGES.contains(language)) {
      return Optional.empty();
    }
    // the end is read in the question as written: only where folding kept its length (no "ß" became "ss")
    String folded = LanguageDetector.fold(question);
    Matcher m = ASKS_ACTOR.matcher(folded);
    return folded.length() == question.length() && m.find() ? Optional.of(m.end()) : Optional.empty();
  }

  /**
   * Whether {@code sentences} (an answer's, without citation markers) name someone of the asked deed: where one of
   * them tells the deed (holds a word of the question that is no name, as the retrieval matches it in the cited
   * passages' {@code languages}), a name the question lacks must stand in a sentence that tells it too. A question with
   * no name, or nothing but names, and sentences that never tell the deed (a paraphrase: "conceived by" for "made")
   * are read as before. The sentence, not the clause: "named after" and "looks after" open no clause, and a pronoun
   * in one clause often stands for the name in the other.
   */
  boolean heldBy(String sentences, Retrieval retrieval, Retriever retriever, Set<String> languages) {
    if (!LANGUAGES.containsAll(languages)) {
      return true;
    }
    return AskedTime.heldWhereTold(sentences, retrieval, retriever, languages, (sentence, deed) -> named(sentence));
  }

  /**
   * Whether {@code sentence} holds a capitalised word the question lacks, a stop word, a month and a weekday aside: a
   * sentence's first word counts too ("Beyoncé experienced ..."), which reads a capitalised opener as a name and so
   * keeps an answer sure.
   */
  private boolean named(String sentence) {
    Matcher m = CAPITALISED.matcher(sentence);
    while (m.find()) {
      // "Versace's", "Hewlett-Packard": the name is its first part
      String name = LanguageDetector.fold(m.group().split("['’-]")[0]);
      if (!questionWords.contains(name) && !Retriever.isStopWord(name) && !DATES.contains(name)
          || REFLEXIVE.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
