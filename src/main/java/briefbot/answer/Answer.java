package briefbot.answer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Briefbot says to a message: an answer grounded in cited paragraphs, a plain "no evidence", or a short reply
 * to a greeting, thanks, a request for help or chit-chat (never cited: it says nothing about the news).
 */
public sealed interface Answer {

  String question();

  String text();

  String language();

  Map<String, Double> timingsMs();

  /** The words a chat surface frames this answer with, in its language. */
  default Labels labels() {
    return Labels.in(language());
  }

  /**
   * The words a chat surface frames an answer with (the heading of its sources or of a refusal's closest paragraphs,
   * how a follow-up was understood, "paragraph", the link to the original, the votes, who asked a shared answer), in
   * the language the answer is written in: a German refusal is not followed by an English heading. {@code
   * moreSources} and {@code askedBy} hold a {@code {0}} for the count and the person.
   */
  record Labels(String sources, String closestParagraphs, String understoodAs, String paragraph, String helpful,
      String notHelpful, String original, String moreSources, String askedBy, String share) {

    /** The labels in {@code language} (English where it has none, or for no language). */
    public static Labels in(String language) {
      String tag = language == null ? "en" : language;
      return new Labels(Answerer.message(tag, "sources"), Answerer.message(tag, "closestParagraphs"),
          Answerer.message(tag, "understoodAs"), Answerer.message(tag, "paragraph"), Answerer.message(tag, "helpful"),
          Answerer.message(tag, "notHelpful"), Answerer.message(tag, "original"), Answerer.message(tag, "moreSources"),
          Answerer.message(tag, "askedBy"), Answerer.message(tag, "share"));
    }
  }

  /**
   * An answer whose every sentence carries a {@code [n]} that names one of its citations; {@code checks} says, for
   * debugging, which sentences the model wrote were dropped or cited anew, and why; {@code sure}: given as the answer,
   * not (false) as the closest the articles come to one, which its text says first.
   */
  record Grounded(String question, String text, String language, List<Citation> citations, ComposedBy composer,
      Map<String, Double> timingsMs, List<String> checks, boolean sure) implements Answer {
    public Grounded {
      citations = List.copyOf(citations);
      timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
      checks = List.copyOf(checks);
    }

    public Grounded(String question, String text, String language, List<Citation> citations, ComposedBy composer,
        Map<String, Double> timingsMs, List<String> checks) {
      this(question, text, language, citations, composer, timingsMs, checks, true);
    }

    public Grounded(String question, String text, String language, List<Citation> citations, ComposedBy composer,
        Map<String, Double> timingsMs) {
      this(question, text, language, citations, composer, timingsMs, List.of());
    }

    /** The timings of the whole answer, with the composer's own ones (such as the claim check's) after them. */
    Grounded withTimings(Map<String, Double> timings) {
      Map<String, Double> all = new LinkedHashMap<>(timings);
      all.putAll(timingsMs);
      return new Grounded(question, text, language, citations, composer, all, checks, sure);
    }
  }

  /** Who wrote a grounded answer; {@code wireName} is its name in the answer JSON (docs/answer-json.md). */
  enum ComposedBy {
    /** The offline composer: sentences chosen from the cited paragraphs. */
    EXTRACTIVE("extractive"),
    /** A language model, under the citation and claim checks. */
    LLM("llm"),
    /** A model is configured but failed or wrote nothing that passed the checks: the extractive answer. */
    EXTRACTIVE_FALLBACK("extractive-fallback"),
    /** An answer read back from the bot state, whose composer was not recorded. */
    STORED("stored");

    private final String wireName;

    ComposedBy(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }

    /** The composer a stored answer names; {@link #STORED} for none or a name this version does not know. */
    public static ComposedBy ofWireName(String name) {
      for (ComposedBy composer : values()) {
        if (composer.wireName.equals(name)) {
          return composer;
        }
      }
      return STORED;
    }
  }

  /** What a short reply answers. */
  enum Kind { GREETING, THANKS, HELP, SMALL_TALK, FAREWELL }

  /** A short reply with example questions to a message that asks nothing of the articles. */
  record Reply(String question, String text, String language, Kind kind, Map<String, Double> timingsMs)
      implements Answer {
    public Reply {
      timingsMs = Map.copyOf(timingsMs);
    }
  }

  /**
   * The articles hold nothing that answers the question; {@code reason} says why, for logs and debugging;
   * {@code closest} are the paragraphs that came nearest, offered to read, not cited for any claim (empty when none
   * came near enough).
   */
  record NoEvidence(String question, String text, String language, String reason, Map<String, Double> timingsMs,
      List<Citation> closest) implements Answer {
    public NoEvidence {
      timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
      closest = List.copyOf(closest);
    }

    public NoEvidence(String question, String text, String language, String reason, Map<String, Double> timingsMs) {
      this(question, text, language, reason, timingsMs, List.of());
    }

    NoEvidence withTimings(Map<String, Double> timings) {
      return new NoEvidence(question, text, language, reason, timings, closest);
    }

    NoEvidence withReason(String why) {
      return new NoEvidence(question, text, language, why, timingsMs, closest);
    }
  }
}
