package briefbot.answer;

import java.util.List;
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

  private Neighbours() {}

  /** "He also ...": a sentence that leans on the one before it. */
  static boolean dependent(String sentence) {
    return DEPENDENT.matcher(sentence).find();
  }

  /** "He also describes ..." means nothing alone: the sentence before it comes first. */
  static void addContext(Selection selection, List<Candidate> candidates) {
    Candidate best = selection.best();
    if (best.position() == 0 || !dependent(best.sentence())) {
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
