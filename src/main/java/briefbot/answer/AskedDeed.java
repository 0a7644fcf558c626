package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.AnswerType;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import briefbot.text.DateNames;
import briefbot.text.Sentences;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The verb of an English "who" question ("Who bought ...?", "Which agency designed ...?"), and whether an answer whose
 * sentences never tell it (in any form, a WordNet synonym or a word derived from it) still names someone doing
 * something: a near miss is answered with sentences about the question's object that tell another deed ("Who wrote
 * the Cellery worm?" over "The Cellery worm installs a playable version ... on PCs"), which {@link AskedActor} reads as
 * the deed told with a name because it counts the object noun as the deed. A right answer worded otherwise still names
 * its doer as one: a name before a verb ("MTV estimated", "Jody Rosen described") or after "by", "from", "with".
 */
final class AskedDeed {

  /** Auxiliaries between the opener and the verb ("Who has said ...?", "Who will play ...?"). */
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "do", "does", "did",
      "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should");
  /** Auxiliaries of a question that asks whom a deed was done to, or of a role: "Who did X marry?", "Who is X?". */
  private static final Set<String> OBJECT_AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "do", "does",
      "did");
  /** Words that may stand between the opener and its verb and say nothing of the deed ("Who else appeared ...?"). */
  private static final Set<String> ADVERBS = Set.of("else", "also", "first", "last", "then", "ever", "once", "later",
      "still", "not", "never", "actually", "really", "originally", "previously", "currently", "initially", "finally");
  /** Words between a doer's name and its verb: "L.A. Reid has described", "George III is often accused". */
  private static final Set<String> BETWEEN = Set.of("has", "have", "had", "is", "was", "are", "were", "be", "been",
      "also", "later", "then", "often", "once", "first", "will", "would", "could", "can", "did", "does", "and");
  private static final Set<String> REFLEXIVE = Set.of("himself", "herself", "itself", "themselves");
  /** The words before a doer's name: "a try from Federico Aramburu", "together with chemist Otto Hahn". */
  private static final Set<String> AGENT_MARKS = Set.of("by", "from", "with");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.'’-]*|[(),;:]");
  /** The months' and weekdays' names, folded: a time is no one. */
  private static final Set<String> DATES = Stream.concat(DateNames.months(), DateNames.weekdays())
      .map(LanguageDetector::fold).collect(Collectors.toUnmodifiableSet());

  private final String verb;
  /** The question's words, folded: a name it holds is no doer ("Who bought Hendrix's guitar?" by "Hendrix"). */
  private final Set<String> questionWords;

  private AskedDeed(String verb, Set<String> questionWords) {
    this.verb = verb;
    this.questionWords = questionWords;
  }

  /**
   * The deed an English {@code question} that asks an actor ({@link AskedActor}) asks the doer of: the verb right after
   * its opener ("wrote", "designed") or after "has", "will" and the like ("has said"); none where the question asks
   * whom a deed was done to ("Who did Beyoncé marry?", "Who was blamed ...?"), a role ("Who is the coach of ...?"), or
   * where {@code words} (WordNet) reads no verb there.
   */
  static Optional<AskedDeed> of(String question, String language, Glossary words) {
    if (!"en".equals(language)) {
      return Optional.empty();
    }
    return AskedActor.opener(question, language)
        .flatMap(end -> verb(tokens(question.substring(end)), words))
        .map(v -> new AskedDeed(v, AnswerType.words(question)));
  }

  /** The verb among the words after the opener, as described at {@link #of}. */
  private static Optional<String> verb(List<String> after, Glossary words) {
    int i = skip(after, 0);
    String auxiliary = i < after.size() && AUXILIARIES.contains(fold(after.get(i))) ? fold(after.get(i++)) : null;
    // "Who did Albert write to?", "Who was blamed?" ask whom a deed was done to: its doer is no answer
    if (auxiliary != null && OBJECT_AUXILIARIES.contains(auxiliary)) {
      return Optional.empty();
    }
    i = skip(after, i);
    if (i >= after.size() || capitalised(after.get(i)) || Retriever.isStopWord(fold(after.get(i)))) {
      return Optional.empty();
    }
    String word = fold(after.get(i));
    Set<String> verbs = words.verbs(word, "en");
    // after "has" or "will" the verb's form ("has said", "will play"); else a finite one ("bought", "heads"), which
    // is no dictionary form: "Who guards ...", yes, "Who coach ..." is no English
    return !verbs.isEmpty() && (auxiliary != null || !verbs.contains(word)) ? Optional.of(word) : Optional.empty();
  }

  private static int skip(List<String> words, int from) {
    int i = from;
    while (i < words.size() && ADVERBS.contains(fold(words.get(i)))) {
      i++;
    }
    return i;
  }

  /**
   * Whether {@code sentences} (an answer's, without citation markers, from English passages) tell the verb, or else
   * name someone doing something: a capitalised word the question lacks before a verb or after "by", "from", "with",
   * a cast list's "Tom Varga as Henry Olsen", or a name with "himself". Sentences in another language are read as
   * before.
   */
  boolean heldBy(String sentences, Retrieval retrieval, Retriever retriever, Set<String> languages, Glossary words) {
    if (!languages.equals(Set.of("en"))) {
      return true;
    }
    List<String> split = Sentences.of(sentences, "en");
    Set<String> family = family(words);
    return split.stream().anyMatch(s -> tells(s, family, retrieval, retriever, words))
        || split.stream().anyMatch(s -> done(s, words));
  }

  /** Whether {@code sentence} tells the verb: as the retrieval matches it, or a form of a synonym or derived word. */
  private boolean tells(String sentence, Set<String> family, Retrieval retrieval, Retriever retriever,
      Glossary words) {
    List<Retrieval.Concept> concepts = retrieval.concepts();
    BitSet matched = retriever.matches(retrieval, sentence, "en");
    for (int i = matched.nextSetBit(0); i >= 0; i = matched.nextSetBit(i + 1)) {
      if (i < concepts.size() && fold(concepts.get(i).word()).equals(verb)) {
        return true;
      }
    }
    for (String token : tokens(sentence)) {
      String w = fold(token);
      if (family.contains(w) || LemmaCandidates.of(w).stream().anyMatch(family::contains)
          || words.verbs(w, "en").stream().anyMatch(family::contains)) {
        return true;
      }
    }
    return false;
  }

  /** The verb's dictionary forms, their WordNet synonyms and derived words ("buy": purchase, buyer). */
  private Set<String> family(Glossary words) {
    Set<String> lemmas = new HashSet<>(List.of(verb));
    lemmas.addAll(words.verbs(verb, "en"));
    Set<String> family = new HashSet<>(lemmas);
    for (String lemma : lemmas) {
      family.addAll(words.translations(lemma, "en", "en"));
      family.addAll(words.derived(lemma, "en"));
    }
    return family;
  }

  /** Whether {@code sentence} names someone the question lacks doing something, as described at {@link #heldBy}. */
  private boolean done(String sentence, Glossary words) {
    List<String> t = tokens(sentence);
    for (int i = 0; i < t.size(); i++) {
      if (i + 1 < t.size() && capitalised(t.get(i)) && REFLEXIVE.contains(fold(t.get(i + 1)))) {
        return true; // "which Friedman himself referred to": a name of the question did it itself
      }
      if (!someone(t.get(i))) {
        continue;
      }
      if (i >= 1 && AGENT_MARKS.contains(fold(t.get(i - 1)))
          || i >= 2 && AGENT_MARKS.contains(fold(t.get(i - 2))) && !capitalised(t.get(i - 1))) {
        return true;
      }
      int k = i + 1;
      while (k < t.size() && (capitalised(t.get(k)) || t.get(k).equals(")"))) {
        k++;
      }
      if (k + 1 < t.size() && fold(t.get(k)).equals("as") && capitalised(t.get(k + 1))) {
        return true; // a cast list's "Tom Varga as Henry Olsen" for who played him
      }
      while (k < t.size() && (BETWEEN.contains(fold(t.get(k))) || fold(t.get(k)).endsWith("ly"))) {
        k++;
      }
      if (k < t.size() && !capitalised(t.get(k)) && pastOrPresent(fold(t.get(k)), words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb's past ("estimated", "wrote") or a verb of speech ("says") as a doer's name is followed by: a plural noun
   * after a name ("Zelda titles") is read as no verb.
   */
  private static boolean pastOrPresent(String w, Glossary words) {
    if (RoleVerbs.isVerb(w)) {
      return true;
    }
    Set<String> verbs = words.verbs(w, "en");
    return !verbs.isEmpty() && !verbs.contains(w) && !w.endsWith("s");
  }

  /** Whether {@code token} is a capitalised word the question lacks: a stop word, a month and a weekday are no one. */
  private boolean someone(String token) {
    if (!capitalised(token)) {
      return false;
    }
    String name = fold(token.split("['’-]")[0]);
    return !questionWords.contains(name) && !Retriever.isStopWord(name) && !DATES.contains(name);
  }

  private static boolean capitalised(String token) {
    return Character.isUpperCase(token.codePointAt(0));
  }

  private static List<String> tokens(String text) {
    Matcher m = WORD.matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      String token = m.group();
      out.add(token.endsWith(".") && !token.matches("(?:\\p{Lu}\\.)+") ? token.substring(0, token.length() - 1)
          : token);
    }
    return out;
  }

  private static String fold(String word) {
    return LanguageDetector.fold(word);
  }
}
