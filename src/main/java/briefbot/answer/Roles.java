package briefbot.answer;

import static briefbot.answer.RoleVerbs.ADDRESSING;
import static briefbot.answer.RoleVerbs.RECEIVING;
import static briefbot.answer.RoleVerbs.SUPPORT_NOUNS;
import static briefbot.answer.RoleVerbs.kindOf;
import static briefbot.answer.RoleWords.ADVERBS;
import static briefbot.answer.RoleWords.BOUNDARIES;
import static briefbot.answer.RoleWords.NOUN_MARKERS;
import static briefbot.answer.RoleWords.PRONOUNS;
import static briefbot.answer.RoleWords.REACH;
import static briefbot.answer.RoleWords.TO;
import static briefbot.answer.RoleWords.possessive;
import static briefbot.answer.RoleWords.set;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who does what to whom, read shallowly from word order: who gives and who receives ("Moscow is providing Tehran
 * with jets", "dat Noord-Korea Rusland munitie heeft geleverd", "in return for Iran's support"), who speaks, who acts
 * on whom. A claim that swaps giver and receiver, or speaker and the one spoken of, contradicts its source even when
 * every word of it is there.
 */
final class Roles {

  /** What a verb does with its participants. */
  enum Kind { TRANSFER, SPEECH, ACTION }

  /**
   * One event: its kind, who acts (gives, speaks), who undergoes (receives, is spoken of), what is given, the verb as
   * written, and as its senses are compared across languages (its English stems, of its translations too) with the
   * language it is written in.
   */
  record Frame(Kind kind, List<Set<String>> agents, List<Set<String>> patients, Set<String> things, String verb,
      Set<String> senses, String language) {
    Frame with(List<Set<String>> agents, List<Set<String>> patients) {
      return new Frame(kind, agents, patients, things, verb, senses, language);
    }

    /**
     * Whether the other frame's verb is this one's: the same word, or across languages a translation ("flew" and
     * "vlogen"); in one language another form is not ("sanctioned" is not the noun "sanctions").
     */
    boolean sameVerb(Frame other) {
      return verb.equals(other.verb) || !language.equals(other.language) && !Collections.disjoint(senses, other.senses);
    }
  }

  /** A name in a text: the tokens it spans, the keys (entities, name parts) it is compared by, whether a person's. */
  record Mention(int start, int end, Set<String> keys, boolean person) {}

  /** A name set against another: {@code chosen}, not {@code rejected} ("China is the great rival, not a Russia"). */
  record Contrast(Set<String> chosen, Set<String> rejected) {}

  private static final Set<String> FROM = set("from", "van", "uit", "von", "aus", "de", "desde");
  private static final Set<String> BY = set("by", "door", "von", "par", "por");
  private static final Set<String> WITH = set("with", "met", "mit", "avec", "con");
  private static final Set<String> BE = set("is", "are", "was", "were", "be", "been", "being", "wordt", "worden",
      "werd", "werden", "is", "zijn", "wird", "werden", "wurde", "est", "sont", "es", "son", "fue");
  private static final Set<String> OPENING_QUOTES = Set.of("“", "\"", "‘", "„", "«");
  /** Words that join a second verb to the first, sharing its subject ("said ... and called Trump right"). */
  private static final Set<String> COORDINATORS = set("and", "en", "und", "et", "y");
  private static final Set<String> PARTICIPLES = set("given", "sent", "sold", "lent", "built", "made", "paid", "held",
      "got", "gotten", "brought", "bought", "taken", "shown", "told", "handed", "granted", "shipped");
  private static final Set<String> VERB_FINAL = Set.of("nl", "de");
  private static final Set<String> PARENTHESES = Set.of("(", ")");
  /** What a call is made by when "call" is a noun ("a phone call"). */
  private static final Set<String> CALLS = Set.of("phone", "telephone", "video", "conference", "telefoon");
  private static final Set<String> RAISE = Set.of("raise", "raises", "raised", "raising");
  /** What one raises when raising is speech. */
  private static final Set<String> MATTERS = Set.of("concern", "concerns", "question", "questions", "issue", "issues",
      "matter", "matters", "objection", "objections", "doubts", "point", "points");
  /** Nouns for what someone is to another, written right before the name ("their ally Bashar al-Assad"). */
  private static final Set<String> APPOSED = Set.of("ally", "allies", "partner", "partners", "neighbour", "neighbor",
      "neighbours", "neighbors", "counterpart", "counterparts", "friend", "friends", "bondgenoot", "bondgenoten",
      "buurland", "buurlanden", "verbündeten", "verbündete");

  private Roles() {}

  /** A verb the frames know, in any of its forms. */
  static boolean isVerb(String folded) {
    return RoleVerbs.isVerb(folded);
  }

  /** Whether every key of an agent is a role's ("the foreign minister of ..."), naming nobody. */
  static boolean isRole(Set<String> agent) {
    return Offices.isRole(agent);
  }

  /**
   * The contrasts of a sentence: a name followed within its clause by ", not" and another name ("The United States
   * sees Moscow, not Beijing, as its rival").
   */
  static List<Contrast> contrasts(List<Names.Token> tokens, List<Mention> mentions) {
    return Contrasts.of(tokens, mentions);
  }

  /** Why the claim's contrasts contradict the sources', if they do: it chooses what a source rejects. */
  static Optional<String> reversedContrast(List<Contrast> claim, List<Contrast> sources) {
    return Contrasts.reversed(claim, sources);
  }

  /**
   * Why the claim's frames contradict the sources', if they do: a giver the sources have only receiving (or the
   * reverse), a speaker they have only being spoken of, something given that they have going the other way.
   */
  static Optional<String> contradiction(List<Frame> claim, List<Frame> sources, Set<String> mentioned) {
    return Contradictions.of(claim, sources, mentioned);
  }

  /** The mention each token is part of, or null. */
  static Mention[] byToken(List<Names.Token> tokens, List<Mention> mentions) {
    Mention[] at = new Mention[tokens.size()];
    for (Mention m : mentions) {
      for (int i = m.start(); i < m.end(); i++) {
        at[i] = m;
      }
    }
    return at;
  }

  /**
   * The events of a text whose names are found by {@code mentions}; {@code thing} gives the keys a content word is
   * compared by (its English stems, of its translations too).
   */
  static List<Frame> frames(List<Names.Token> tokens, List<Mention> mentions, String language,
      Function<String, Set<String>> thing) {
    Mention[] at = byToken(tokens, mentions);
    List<Frame> out = new ArrayList<>();
    for (int v = 0; v < tokens.size(); v++) {
      Names.Token t = tokens.get(v);
      if (!t.word() || at[v] != null) {
        continue;
      }
      String w = t.folded();
      Kind kind = kindOf(w);
      boolean noun = SUPPORT_NOUNS.contains(w) && kind == null
          || kind == Kind.TRANSFER && v > 0 && at[v - 1] != null && possessive(tokens.get(v - 1));
      if (noun) {
        kind = Kind.TRANSFER;
      }
      if (kind == null || (noun && !nounIsTransfer(tokens, at, v))) {
        continue;
      }
      if (kind == Kind.SPEECH && !noun && v > 0 && (NOUN_MARKERS.contains(tokens.get(v - 1).folded())
          || possessive(tokens.get(v - 1)) || CALLS.contains(tokens.get(v - 1).folded()))) {
        continue; // "right on this point", "Yoon's call", "a phone call": a speech verb's form used as a noun
      }
      if (kind == Kind.SPEECH && RAISE.contains(w) && !raisesAMatter(tokens, v)) {
        continue; // "raised military budgets" is not speech; "raised his concerns with Xi" is
      }
      if (kind == Kind.SPEECH && !noun && Speakers.follow(tokens, at, v)) {
        continue; // "..., zei Rutte": the speaker comes after the verb, and Speakers.add reads it there
      }
      Frame frame = frame(kind, tokens, at, v, noun, language, thing);
      if (kind == Kind.SPEECH && !noun && Speakers.roleOfOrganisation(tokens, at, v)) {
        // "the NATO chief said": someone of NATO's the paragraph may name, not NATO itself; and not whoever a
        // participle after it ("..., calling Trump right") would otherwise take for its subject
        frame = frame.with(List.of(), frame.patients());
      }
      if (kind == Kind.SPEECH && !noun && v > 0 && BE.contains(tokens.get(v - 1).folded()) && !w.endsWith("ing")) {
        continue; // "Ukraine is said to be advancing": nobody in particular says it ("China was urging" is China)
      }
      if (v > 0 && COORDINATORS.contains(tokens.get(v - 1).folded()) && !out.isEmpty()) {
        // "Rutte said ... and called Trump right": the second verb's subject is the sentence's first
        Frame main = out.stream().filter(f -> !f.agents().isEmpty()).findFirst().orElse(out.get(0));
        frame = frame.with(main.agents(), frame.patients());
      }
      if (v > 0 && tokens.get(v - 1).folded().equals(",") && tokens.get(v).folded().endsWith("ing") && !out.isEmpty()) {
        // "..., receiving technology in return": the participle's subject is the clause's
        Frame main = out.get(out.size() - 1);
        frame = RECEIVING.contains(tokens.get(v).folded())
            ? frame.with(List.of(), main.agents())
            : frame.with(main.agents(), frame.patients());
      }
      if (v > 0 && BY.contains(tokens.get(v - 1).folded()) && tokens.get(v).folded().endsWith("ing")
          && !out.isEmpty()) {
        // "China is helping Russia by providing it with intelligence": the means has the clause's subject, and its
        // pronoun object is the clause's object
        Frame main = out.get(out.size() - 1);
        boolean pronoun = v + 1 < tokens.size() && PRONOUNS.contains(tokens.get(v + 1).folded());
        frame = frame.with(main.agents(), frame.patients().isEmpty() && pronoun ? main.patients() : frame.patients());
      }
      out.add(frame);
    }
    Exchanges.add(tokens, at, out, language, thing);
    Speakers.add(tokens, at, out, language);
    return out;
  }

  /**
   * "Iran's support", "North Korean help", "support for Russia": the noun gives only with a giver or receiver by it.
   */
  private static boolean nounIsTransfer(List<Names.Token> tokens, Mention[] at, int v) {
    boolean before = v > 0 && at[v - 1] != null || v > 1 && at[v - 2] != null && tokens.get(v - 1).word();
    boolean after = v + 2 < tokens.size() && TO.contains(tokens.get(v + 1).folded()) && at[v + 2] != null;
    return before || after;
  }

  private static Frame frame(Kind kind, List<Names.Token> tokens, Mention[] at, int v, boolean noun, String language,
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

  private static boolean raisesAMatter(List<Names.Token> tokens, int v) {
    for (int j = v + 1; j < tokens.size() && j <= v + 4; j++) {
      if (MATTERS.contains(tokens.get(j).folded())) {
        return true;
      }
    }
    return false;
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
