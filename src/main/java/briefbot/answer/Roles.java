package briefbot.answer;

import static briefbot.answer.RoleVerbs.RECEIVING;
import static briefbot.answer.RoleVerbs.SUPPORT_NOUNS;
import static briefbot.answer.RoleVerbs.kindOf;
import static briefbot.answer.RoleWords.BE;
import static briefbot.answer.RoleWords.BY;
import static briefbot.answer.RoleWords.NOUN_MARKERS;
import static briefbot.answer.RoleWords.PRONOUNS;
import static briefbot.answer.RoleWords.TO;
import static briefbot.answer.RoleWords.possessive;
import static briefbot.answer.RoleWords.set;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

  /** Words that join a second verb to the first, sharing its subject ("said ... and called Trump right"). */
  private static final Set<String> COORDINATORS = set("and", "en", "und", "et", "y");
  /** What a call is made by when "call" is a noun ("a phone call"). */
  private static final Set<String> CALLS = Set.of("phone", "telephone", "video", "conference", "telefoon");
  private static final Set<String> RAISE = Set.of("raise", "raises", "raised", "raising");
  /** What one raises when raising is speech. */
  private static final Set<String> MATTERS = Set.of("concern", "concerns", "question", "questions", "issue", "issues",
      "matter", "matters", "objection", "objections", "doubts", "point", "points");

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
      Frame frame = Participants.of(kind, tokens, at, v, noun, language, thing);
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

  private static boolean raisesAMatter(List<Names.Token> tokens, int v) {
    for (int j = v + 1; j < tokens.size() && j <= v + 4; j++) {
      if (MATTERS.contains(tokens.get(j).folded())) {
        return true;
      }
    }
    return false;
  }


}
