package briefbot.chat.web;

import briefbot.index.IndexFields;
import briefbot.index.ParagraphIndex;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a paragraph that match the reader's {@code ?q=} the way the index matches them
 * (same stemming and stop words), so "jets" in the query marks "jet" in the text but "the" marks nothing.
 */
final class QueryMarks {

  static final int MAX_QUERY_LENGTH = 300;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final ParagraphIndex index;
  private final String query;
  private final Map<String, Set<String>> queryTerms = new HashMap<>();
  private final Map<String, Boolean> decided = new HashMap<>();

  private QueryMarks(ParagraphIndex index, String query) {
    this.index = index;
    this.query = query;
  }

  /** Marks for a query; a blank or missing query marks nothing. */
  static QueryMarks of(ParagraphIndex index, String query) {
    String q = query == null ? "" : query.strip();
    return new QueryMarks(index, q.length() > MAX_QUERY_LENGTH ? q.substring(0, MAX_QUERY_LENGTH) : q);
  }

  /** The paragraph as escaped HTML, matched words wrapped in {@code <mark>}. */
  String html(String text, String language) {
    if (query.isEmpty()) {
      return Html.escape(text);
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    Matcher m = WORD.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(Html.escape(text.substring(last, m.start())));
      String word = m.group();
      if (matches(word, language)) {
        out.append("<mark>").append(Html.escape(word)).append("</mark>");
      } else {
        out.append(Html.escape(word));
      }
      last = m.end();
    }
    return out.append(Html.escape(text.substring(last))).toString();
  }

  private boolean matches(String word, String language) {
    return decided.computeIfAbsent(language + ":" + word, k -> decide(word, language));
  }

  /** A stop word of the paragraph's language never matches; otherwise its stem or its plain form must. */
  private boolean decide(String word, String language) {
    String field = IndexFields.body(language);
    Set<String> stems = terms(field, word);
    if (stems.isEmpty()) {
      return false;
    }
    Set<String> plain = terms(IndexFields.BODY_NEUTRAL, word);
    return stems.stream().anyMatch(queryTerms(field)::contains)
        || plain.stream().anyMatch(queryTerms(IndexFields.BODY_NEUTRAL)::contains);
  }

  private Set<String> queryTerms(String field) {
    return queryTerms.computeIfAbsent(field, f -> {
      Set<String> terms = new HashSet<>(terms(f, query));
      if (!f.equals(IndexFields.BODY_NEUTRAL)) {
        return terms;
      }
      // The plain form of a query stop word ("the") must not mark every "the" in the article.
      Set<String> kept = new HashSet<>();
      for (String t : terms) {
        if (t.length() > 3) {
          kept.add(t);
        }
      }
      return kept;
    });
  }

  private Set<String> terms(String field, String text) {
    return new HashSet<>(index.terms(field, text));
  }
}
