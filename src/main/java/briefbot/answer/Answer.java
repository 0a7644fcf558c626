package briefbot.answer;

import java.util.List;
import java.util.Map;

/** What Briefbot says to a question: an answer grounded in cited paragraphs, or a plain "no evidence". */
public sealed interface Answer {

  String question();

  String text();

  String language();

  Map<String, Double> timingsMs();

  /** An answer whose every sentence carries a {@code [n]} that names one of its citations. */
  record Grounded(String question, String text, String language, List<Citation> citations, String composer,
      Map<String, Double> timingsMs) implements Answer {
    public Grounded {
      citations = List.copyOf(citations);
      timingsMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timingsMs));
    }

    Grounded withTimings(Map<String, Double> timings) {
      return new Grounded(question, text, language, citations, composer, timings);
    }
  }

  /** The articles hold nothing that answers the question; {@code reason} says why, for logs and debugging. */
  record NoEvidence(String question, String text, String language, String reason, Map<String, Double> timingsMs)
      implements Answer {
    public NoEvidence {
      timingsMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timingsMs));
    }

    NoEvidence withTimings(Map<String, Double> timings) {
      return new NoEvidence(question, text, language, reason, timings);
    }
  }
}
