package briefbot.answer;

import static briefbot.answer.RoleVerbs.ADDRESSING;
import static briefbot.answer.RoleVerbs.RECEIVING;
import static briefbot.answer.RoleWords.ADVERBS;
import static briefbot.answer.RoleWords.BE;
import static briefbot.answer.RoleWords.BOUNDARIES;
import static briefbot.answer.RoleWords.BY;
import static briefbot.answer.RoleWords.REACH;
import static briefbot.answer.RoleWords.TO;
import static briefbot.answer.RoleWords.set;

import briefbot.answer.Roles.Frame;
import briefbot.answer.Roles.Kind;
import briefbot.answer.Roles.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The participants of one event around its verb ({@link Roles}): who acts and who undergoes, read from the names
 * before and after it, the passive, a verb at a clause's end, a speaker named by office or by apposition, and what is
 * given.
 */
final class Participants {

  private static final Set<String> FROM = set("from", "van", "uit", "von", "aus", "de", "desde");
  private static final Set<String> WITH = set("with", "met", "mit", "avec", "con");
  private static final Set<String> OPENING_QUOTES = Set.of("“", "\"", "‘", "„", "«");
  private static final Set<String> PARTICIPLES = set("given", "sent", "sold", "lent", "built", "made", "paid", "held",
      "got", "gotten", "brought", "bought", "taken", "shown", "told", "handed", "granted", "shipped");
  private static final Set<String> VERB_FINAL = Set.of("nl", "de");
  private static final Set<String> PARENTHESES = Set.of("(", ")");
  /** Nouns for what someone is to another, written right before the name ("their ally Bashar al-Assad"). */
  private static final Set<String> APPOSED = Set.of("ally", "allies", "partner", "partners", "neighbour", "neighbor",
      "neighbours", "neighbors", "counterpart", "counterparts", "friend", "friends", "bondgenoot", "bondgenoten",
      "buurland", "buurlanden", "verbündeten", "verbündete");

  private Participants() {}

  /** The frame of the verb at {@code v}, of {@code kind}; {@code noun} when the verb is a noun ("Iran's support"). */
  static Frame of(Kind kind, List<Names.Token> tokens, Mention[] at, int v, boolean noun, String language,
      Function<String, Set<String>> thing) {
    String verb = tokens.get(v).folded();
    boolean passive = !noun && passive(tokens, v);
    NameGroups.Left before = NameGroups.groupsBefore(tokens, at, v, noun ? 3 : REACH);
    List<List<Set<String>>> left = before.groups();
    List<Set<String>> agents = new ArrayList<>();
    List<Set<String>> patients = new ArrayList<>();
    Set<String> things = new HashSet<>();
    if (kind == Kind.TRANSFER && !noun && VERB_FINAL.contains(language)) {
      patients.addAll(before.towards());
      thingsBeforeVerb(tokens, at, v, left, thing, things);
    }
    if (noun && v > 0 && at[v - 1] != null) {
      agents.add(at[v - 1].keys()); // "Iran's support", "North Korean help": the giver stands right before
    } else if (!left.isEmpty()) {
      agents.addAll(left.get(0));
      if (left.size() > 1 && !noun && before.adjacent().get(1) && VERB_FINAL.contains(language)) {
        // Dutch and German subordinate clauses: "dat Noord-Korea Rusland munitie heeft geleverd"
        agents.clear();
        agents.addAll(left.get(1));
        patients.addAll(left.get(0));
      } else if (before.pronounSubject() && !noun && !passive && VERB_FINAL.contains(language)) {
        // "dat hij Oekraïne ertoe zou kunnen aanzetten": the pronoun is the subject, the name after it the object
        agents.clear();
        patients.addAll(left.get(0));
      }
    }
    int described = noun ? -1 : NameGroups.describedBefore(tokens, at, v);
    if (described >= 0) {
      // "Stoltenberg, a former Norwegian prime minister, told": the name the description follows acts
      agents.clear();
      agents.add(at[described].keys());
    }
    if (kind == Kind.SPEECH && !noun) {
      int head = Offices.headBeforeOf(tokens, at, v);
      int owned = Offices.ownedHead(tokens, at, v);
      if (head >= 0) {
        // "The foreign minister of the conservative government Christopher Luxon also warned": the minister speaks
        agents.clear();
        agents.add(Offices.role(tokens.get(head).folded(), thing));
      } else if (owned >= 0) {
        // "Christopher Luxon's foreign minister warned": the minister speaks; Luxon stays, as the one it is of
        agents.add(Offices.role(tokens.get(owned).folded(), thing));
      }
    }
    int i = v + 1;
    int subject = !noun && !passive && left.isEmpty() ? VerbSecond.subject(tokens, at, v, language) : -1;
    if (subject >= 0) {
      // "Als reactie hierop vlogen de Verenigde Staten ...": the name right after a second-place verb is its subject
      agents.addAll(NameGroups.groupAt(tokens, at, subject));
      i = NameGroups.skipGroup(tokens, at, subject);
    }
    boolean direct = true;
    for (; i < tokens.size() && i <= v + REACH * 2; i++) {
      Names.Token t = tokens.get(i);
      if (kind == Kind.TRANSFER && PARENTHESES.contains(t.folded())) {
        continue; // "help Russia with military means (mainly ammunition and drones)": the brackets say what is given
      }
      if (kind == Kind.TRANSFER && OPENING_QUOTES.contains(t.folded()) && WITH.contains(tokens.get(i - 1).folded())) {
        continue; // "providing it with “geospatial intelligence”": a quoted thing given, not a quotation said
      }
      if (BOUNDARIES.contains(t.folded()) || (RoleVerbs.isVerb(t.folded()) && i > v + 1 && at[i] == null)
          || noun && WITH.contains(t.folded())) {
        break; // "Iran's help with the war": what follows "with" is not what a noun's giver gives
      }
      if (t.folded().equals(",") && at[i - 1] != null && !patients.isEmpty()) {
        break; // "support their ally Bashar al-Assad, the recently ousted former president": an apposition follows
      }
      if (direct && at[i] == null && APPOSED.contains(t.folded()) && i + 1 < tokens.size() && at[i + 1] != null) {
        continue; // "support their ally Bashar al-Assad": the name after its role is still the direct object
      }
      if (at[i] != null) {
        List<Set<String>> group = NameGroups.groupAt(tokens, at, i);
        String prep = i > v + 1 ? tokens.get(i - 1).folded() : "";
        if (BY.contains(prep) && passive) {
          agents.clear();
          agents.addAll(group);
        } else if (FROM.contains(prep) && (RECEIVING.contains(verb) || kind == Kind.TRANSFER && noun)) {
          agents.addAll(group);
        } else if (TO.contains(prep) || WITH.contains(prep) && kind == Kind.SPEECH
            || direct && (kind != Kind.SPEECH || ADDRESSING.contains(verb))) {
          patients.addAll(group);
        }
        direct = false;
        i = NameGroups.skipGroup(tokens, at, i) - 1;
      } else if (t.word() && !Words.isStopWord(t.folded())) {
        things.addAll(thing.apply(t.folded()));
        direct = false;
      }
    }
    if (RECEIVING.contains(verb)) {
      List<Set<String>> receivers = new ArrayList<>(left.isEmpty() ? List.of() : left.get(0));
      if (v > 0 && tokens.get(v - 1).folded().equals(",")) {
        receivers.clear();
      }
      List<Set<String>> givers = new ArrayList<>(agents);
      givers.removeAll(receivers);
      return new Frame(kind, givers, receivers, things, verb, thing.apply(verb), language);
    }
    if (agents.isEmpty() && kind == Kind.SPEECH && v > 0 && tokens.get(v - 1).folded().equals(",")) {
      int named = subjectBeforeApposition(tokens, at, v);
      if (named >= 0) {
        agents.add(at[named].keys());
      }
    }
    if (passive && !left.isEmpty()) {
      patients.addAll(left.get(0));
      agents.removeAll(left.get(0));
    }
    return new Frame(kind, agents, patients, things, verb, thing.apply(verb), language);
  }

  /**
   * Adds to {@code things} what a verb at the end of its clause gives, standing before it up to its subject: "dat
   * Noord-Korea duizenden troepen naar Rusland heeft gestuurd".
   */
  private static void thingsBeforeVerb(List<Names.Token> tokens, Mention[] at, int v, List<List<Set<String>>> left,
      Function<String, Set<String>> thing, Set<String> things) {
    for (int j = v - 1; j >= 0 && j >= v - REACH && !BOUNDARIES.contains(tokens.get(j).folded()); j--) {
      Names.Token t = tokens.get(j);
      if (at[j] != null && !left.isEmpty() && left.get(0).contains(at[j].keys())) {
        break;
      }
      if (t.word() && at[j] == null && !Words.isStopWord(t.folded()) && !RoleVerbs.isVerb(t.folded())) {
        things.addAll(thing.apply(t.folded()));
      }
    }
  }

  /**
   * The first name of the clause that a comma follows, for a speech verb right after a comma: "Celeste Wallander,
   * assistant secretary of defense, said" (the subject before the apposition); or -1.
   */
  private static int subjectBeforeApposition(List<Names.Token> tokens, Mention[] at, int v) {
    for (int j = 0; j < v - 1; j++) {
      if (at[j] != null && at[j].end() < tokens.size() && tokens.get(at[j].end()).folded().equals(",")) {
        return j;
      }
      if (BOUNDARIES.contains(tokens.get(j).folded())) {
        break;
      }
    }
    return -1;
  }

  /** "is supplied", "were sent", "has been given", "wordt geleverd": a participle right after a form of "be". */
  private static boolean passive(List<Names.Token> tokens, int v) {
    String verb = tokens.get(v).folded();
    boolean participle = verb.endsWith("ed") || PARTICIPLES.contains(verb)
        || verb.startsWith("ge") && verb.length() > 5;
    int j = v - 1;
    while (j >= 0 && ADVERBS.contains(tokens.get(j).folded())) {
      j--;
    }
    return participle && j >= 0 && BE.contains(tokens.get(j).folded());
  }
}
