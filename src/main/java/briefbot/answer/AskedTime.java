package briefbot.answer;

import briefbot.corpus.LanguageDetector;
import briefbot.retrieval.AnswerType;
import briefbot.retrieval.Retrieval;
import briefbot.retrieval.Retriever;
import briefbot.text.Sentences;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that asks when something happens, and whether an answer's sentences name a point in time: a near miss
 * is often answered with a sentence about its names that says nothing of when ("When did Fraser Kemp become Labour's
 * campaign spokesman?" over "Labour's campaign spokesman Fraser Kemp responded: ...").
 */
final class AskedTime {

  /**
   * A question that opens with "when" (in the five languages; "since when" too) asks a point in time, unless it asks
   * on what condition: about the asker ("Wanneer heb ik een verwijsbrief nodig?") or what may or must be ("When can a
   * film be made 3D?"), which a rule answers without a date. The modal "may" is read apart, on the question as written:
   * folded, it is also the month ("When in May ...?").
   */
  private static final Pattern ASKS_TIME = Pattern.compile("^[^\\p{L}]*(?:(?:and|so|en|und|y|et) )?"
      + "(?:(?:since|until|sinds|tot|seit|bis|desde|hasta|depuis|jusqu'?a) )?(?:when|wanneer|wann|cuando|quand)"
      + "(?![\\p{L}])");
  private static final Pattern CONDITION = Pattern.compile("(?<![\\p{L}\\d])(?:i|my|me|we|our|us|you|your|ik|mijn|"
      + "mij|wij|ons|onze|u|uw|jij|je|jouw|ich|mein\\p{L}*|mir|mich|wir|unser\\p{L}*|du|dein\\p{L}*|yo|mi|mis|"
      + "nosotros|nuestr\\p{L}*|usted\\p{L}*|tu|tus|mon|ma|mes|nous|notre|vous|votre|"
      + "can|could|might|must|should|shall|kan|kun|kunnen|mag|mogen|moet|moeten|kann|konnen|darf|durfen|muss|"
      + "mussen|soll|sollen|puede|pueden|puedo|debe|deben|debo|peut|peuvent|doit|doivent)(?![\\p{L}])");
  private static final Pattern MODAL_MAY = Pattern.compile("(?<![\\p{L}])may(?![\\p{L}])");
  /**
   * A time said other than as a date: relative to now or to a life ("last week", "two years ago", "at the age of 21"),
   * a season, a time of day ("at 3pm", "om 15.00 uur"); folded, in the five languages.
   */
  private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}])(?:ago|last|next|earlier|later|recently|"
      + "soon|tonight|weekend|spring|summer|autumn|fall|winter|aged?|midnight|noon|morning|afternoon|evening|"
      + "geleden|vorige?|volgende?|afgelopen|onlangs|binnenkort|eergisteren|lente|voorjaar|zomer|herfst|najaar|"
      + "leeftijd|ochtend|middag|avond|nacht|letzte[nmrs]?|nachste[nmrs]?|vergangene[nmrs]?|kurzlich|bald|fruhling|"
      + "fruhjahr|sommer|herbst|alter|abend|vor \\p{L}+ (?:jahren|monaten|wochen|tagen)|hace|pasad[oa]|proxim[oa]|"
      + "recientemente|pronto|primavera|verano|otono|invierno|edad|tarde|noche|il y a|dernier|derniere|prochaine?|"
      + "recemment|bientot|printemps|ete|hiver|automne|age|soir)(?![\\p{L}])"
      + "|(?<![\\d.,])\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|uur|uhr|h)(?![\\p{L}])");

  /** The question's words, folded: a time it names answers nothing ("When in 2004 ...?" by "2004"). */
  private final Set<String> questionWords;

  private AskedTime(Set<String> questionWords) {
    this.questionWords = questionWords;
  }

  /** The time {@code question} asks for; empty when it asks none, or asks on what condition. */
  static Optional<AskedTime> of(String question) {
    String q = LanguageDetector.fold(question);
    if (!ASKS_TIME.matcher(q).find() || CONDITION.matcher(q).find() || MODAL_MAY.matcher(question).find()) {
      return Optional.empty();
    }
    return Optional.of(new AskedTime(AnswerType.words(question)));
  }

  /**
   * Whether {@code sentences} (an answer's, without citation markers) name a point in time the question does not: a
   * year, a date, a month or a weekday ({@link AnswerType#DATE}), or a time said another way ({@link #RELATIVE}).
   */
  boolean heldBy(String sentences) {
    return AnswerType.DATE.presentIn(sentences, "en", questionWords)
        || RELATIVE.matcher(LanguageDetector.fold(sentences)).find();
  }

  /**
   * Whether {@code sentences} name a point in time of the asked event: where one of them tells the event (holds a word
   * of the question that is no name, as the retrieval matches it in the cited passages' {@code languages}: "formal
   * offer" of "When did Barclays make its formal offer for Absa?"), a time counts only in a sentence that tells it too;
   * "In November, Absa said it was close to a deal" is when Absa spoke; within a sentence, the time and the event's
   * word stand in one clause. A question with no name, or nothing but names, is read as before: its event cannot be
   * told apart from its names' other events.
   */
  boolean heldBy(String sentences, Retrieval retrieval, Retriever retriever, Set<String> languages) {
    if (!heldBy(sentences)) {
      return false;
    }
    // within the sentence, the time and the event's word in one clause: "Parmalat collapsed in December 2003 after
    // it emerged that the euros it held in an offshore account did not exist" dates the collapse, not the account
    return heldWhereTold(sentences, retrieval, retriever, languages, (sentence, event) -> heldBy(sentence)
        && clauses(sentence).stream()
            .anyMatch(clause -> heldBy(clause) && tells(clause, event, retrieval, retriever, languages)));
  }

  /**
   * Whether a sentence of {@code sentences} that tells the question's event (a word of it that is no name, as the
   * retrieval matches it in {@code languages}) holds what {@code holds} asks of it: true where none tells it, and
   * where the question has no name or nothing but names, for its event cannot then be told apart from its names'
   * other events. {@link AskedActor} reads the asked deed so too.
   */
  static boolean heldWhereTold(String sentences, Retrieval retrieval, Retriever retriever, Set<String> languages,
      BiPredicate<String, BitSet> holds) {
    BitSet event = new BitSet();
    for (int i = 0; i < retrieval.concepts().size(); i++) {
      event.set(i, !retrieval.concepts().get(i).name());
    }
    if (event.isEmpty() || event.cardinality() == retrieval.concepts().size()) {
      return true;
    }
    String language = languages.size() == 1 ? languages.iterator().next() : retrieval.language();
    boolean told = false;
    for (String sentence : Sentences.of(sentences, language)) {
      if (tells(sentence, event, retrieval, retriever, languages)) {
        if (holds.test(sentence, event)) {
          return true;
        }
        told = true;
      }
    }
    return !told;
  }

  /** A subordinator, which opens a clause that runs to the next comma or the sentence's end. */
  private static final Pattern SUBORDINATOR = Pattern.compile("(?<![\\p{L}])(?:after|before|when|while|until|"
      + "because|although|whereas|nadat|voordat|toen|terwijl|omdat|hoewel|nachdem|bevor|während|weil|obwohl|"
      + "después de que|antes de que|cuando|mientras|porque|aunque)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A sentence's clauses: each one a subordinator opens, to the next comma or the sentence's end, and the main clause
   * around them ("On February 6, 2016, one day before her performance, Beyoncé released ..." keeps its date with
   * "released"). A semicolon ends none: "(born Rita Sahatçiu; 26 November 1990)".
   */
  private static List<String> clauses(String sentence) {
    List<String> out = new ArrayList<>();
    StringBuilder main = new StringBuilder();
    Matcher opening = SUBORDINATOR.matcher(sentence);
    int at = 0;
    while (opening.find(at)) {
      int comma = sentence.indexOf(',', opening.start());
      int end = comma < 0 ? sentence.length() : comma;
      main.append(sentence, at, opening.start()).append(' ');
      out.add(sentence.substring(opening.start(), end));
      at = end;
    }
    out.add(main.append(sentence.substring(at)).toString());
    return out;
  }

  /** Whether {@code text} holds a word of the asked event, as the retrieval matches it in {@code languages}. */
  private static boolean tells(String text, BitSet event, Retrieval retrieval, Retriever retriever, Set<String> languages) {
    for (String passages : languages) {
      if (retriever.matches(retrieval, text, passages).intersects(event)) {
        return true;
      }
    }
    return false;
  }
}
