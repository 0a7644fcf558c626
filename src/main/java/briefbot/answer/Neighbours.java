package briefbot.answer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of the lead's passage that join it: the one before when the lead leans on it, the one after, a
 * neighbour the answer-sentence model scores nearly as high, and the one after next when there is room.
 */
final class Neighbours {

  /** A sentence starting like this leans on the one before ("He also ..."), which then comes with it. */
  private static final Pattern DEPENDENT = Pattern.compile("(?u)^[\"'„“,]*(he|she|it|they|this|these|those|his|her|"
      + "its|their|but|however|also|meanwhile|yet|there|then|such|hij|zij|ze|dit|deze|maar|ook|toch|daarna|daarom|"
      + "daar|er|sie|es|dies|diese|dieser|dieses|aber|auch|doch|dann|deshalb|dabei|dort|il|elle|ils|elles|cela|mais|"
      + "aussi|él|ella|ellos|ellas|esto|eso|pero|también)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Dutch and German put the subject after the verb when something else opens the sentence: a subject pronoun there
   * ("Elke maandag geeft hij zijn kijk op stress op het werk.", "Zuvor war sie Mitglied im Stadtrat.") leans on the
   * sentence before as much as one that opens with it. The pronouns are the language's own (the Dutch "er" of "er zijn"
   * is nobody); after a word that opens a clause of its own ("Jansen zei dat hij ...") the pronoun is that clause's.
   */
  private static final Map<String, Pattern> PRONOUN_AFTER_VERB = Map.of(
      "nl", afterVerb("hij|zij|ze", "dat|omdat|als|toen|nadat|of|die|wie|wat|waar|zodat|terwijl"),
      "de", afterVerb("er|sie", "dass|weil|wenn|als|ob|nachdem|der|die|das|wer|was|wo|damit|während"));
  /** The longest opening, the verb included, a pronoun may stand after. */
  private static final int OPENING_WORDS = 3;

  private Neighbours() {}

  private static Pattern afterVerb(String pronouns, String clauseWords) {
    return Pattern.compile("(?u)^[\"'„“,(]*((?:[\\p{L}\\p{N}'’-]+,?\\s+){0," + (OPENING_WORDS - 1)
        + "}(?!(?:" + clauseWords + ")\\s)[\\p{L}'’-]+\\s+)(" + pronouns + ")\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** "He also ...": a sentence that leans on the one before it. */
  static boolean dependent(String sentence) {
    return DEPENDENT.matcher(sentence).find();
  }

  /**
   * A sentence in {@code language} that leans on the one before it: it opens as {@link #dependent} says, or, in Dutch
   * or German, its subject is a pronoun after an opening of at most {@link #OPENING_WORDS} words whose others than the
   * first are in lower case (a capitalised word there may be the subject itself; German capitalises its nouns, so there
   * an opening holding one is not read).
   */
  static boolean leansBack(String sentence, String language) {
    if (dependent(sentence)) {
      return true;
    }
    Pattern p = PRONOUN_AFTER_VERB.get(language);
    Matcher m = p == null ? null : p.matcher(sentence);
    if (m == null || !m.find()) {
      return false;
    }
    String[] opening = m.group(1).trim().split("[,\\s]+");
    for (int i = 1; i < opening.length; i++) {
      if (Character.isUpperCase(opening[i].codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** "He also describes ..." means nothing alone: the sentence before it comes first. */
  static void addContext(Selection selection, List<Candidate> candidates) {
    Candidate best = selection.best();
    if (best.position() == 0 || !leansBack(best.sentence(), best.passage().language())) {
      return;
    }
    candidates.stream()
        .filter(c -> c.passage() == best.passage() && c.position() == best.position() - 1)
        .findFirst()
        .ifPresent(previous -> selection.addBefore(previous, best, ExtractiveComposer.MAX_SENTENCES));
  }

  /**
   * The sentence right after the best one in its passage comes next: a question is often asked about a sentence's
   * subject but answered by what follows ("Who knocked Young out?", "Which college did he go to?"). On the fit part
   * of MLQA de->de the answer was that sentence for 8 % of the questions, while sentences from other articles (the
   * complements that fill the answer otherwise) held it for 3 %.
   */
  static void addNext(Selection selection, List<Candidate> candidates) {
    Candidate best = selection.best();
    candidates.stream()
        .filter(c -> c.passage() == best.passage() && c.position() == best.position() + 1)
        .findFirst()
        .ifPresent(next -> selection.add(next, ExtractiveComposer.MAX_SENTENCES));
  }

  /**
   * A neighbour of the best sentence that the model scores within {@code margin} of it joins it: the answer may be
   * either.
   */
  static void addClose(Selection selection, List<Candidate> candidates, double margin) {
    Candidate best = selection.best();
    candidates.stream()
        .filter(c -> c.passage() == best.passage() && Math.abs(c.position() - best.position()) == 1)
        .filter(c -> best.rank() - c.rank() < margin)
        .max((a, b) -> Double.compare(a.rank(), b.rank()))
        .ifPresent(c -> {
          if (c.position() < best.position()) {
            selection.addBefore(c, best, ExtractiveComposer.MAX_SENTENCES);
          } else {
            selection.add(c, ExtractiveComposer.MAX_SENTENCES);
          }
        });
  }

  /**
   * Where the answer still has room (the lead and its next sentence only), the sentence after them in the lead's
   * passage comes third when it holds a key term of the question: an answer is often told over three sentences ("...
   * saved up $2,500 for the recording." then "The album was produced by ... Steve Austin."). It only adds: taking the
   * place of a complement from another paragraph as well (tried first) lost as many answers as it gained (MLQA en->en
   * test +8 / -9). MLQA fit part, answers citing the gold paragraph without the gold span: 7 of 16 English and 2 of 12
   * German ones held it in that sentence, 4 of the English ones with room.
   */
  static void addAfterNext(Selection selection, List<Candidate> candidates) {
    Candidate best = selection.best();
    candidates.stream()
        .filter(c -> c.passage() == best.passage() && c.position() == best.position() + 2)
        .filter(c -> !c.matched().isEmpty())
        .filter(c -> selection.chosen().stream().anyMatch(n -> n.passage() == best.passage()
            && n.position() == best.position() + 1))
        .findFirst()
        .ifPresent(c -> selection.add(c, ExtractiveComposer.MAX_SENTENCES));
  }
}
