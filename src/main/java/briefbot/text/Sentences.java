package briefbot.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits paragraph text into sentences, the unit an extractive answer cites. */
public final class Sentences {

  private static final int MIN_WORDS = 4;

  private Sentences() {}

  /** Stands in for the '!' of "<!channel>"-like markup while splitting, so the markup is not cut in two. */
  private static final char HIDDEN_BANG = '\uE000';

  public static List<String> of(String raw, String language) {
    String text = raw.replace("<!", "<" + HIDDEN_BANG);
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
    it.setText(text);
    List<String> out = new ArrayList<>();
    int start = it.first();
    StringBuilder pending = new StringBuilder();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      pending.append(text, start, end);
      String sentence = pending.toString().strip();
      // Abbreviations like "U.S." or "Nov. 7" end a sentence for the iterator but not for a reader.
      if (endsWithAbbreviation(sentence) && end < text.length()) {
        continue;
      }
      sentence = sentence.replace(HIDDEN_BANG, '!');
      if (sentence.split("\\s+").length >= MIN_WORDS) {
        out.add(sentence);
      } else if (!out.isEmpty() && !sentence.isEmpty()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + sentence);
      }
      pending.setLength(0);
    }
    String rest = pending.toString().strip().replace(HIDDEN_BANG, '!');
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }

  private static boolean endsWithAbbreviation(String sentence) {
    String[] words = sentence.split("\\s+");
    String last = words[words.length - 1];
    return last.matches("(?i)(nov|dec|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|mr|mrs|ms|dr|gen|sen|rep|st|no|vs|u\\.s|u\\.k|e\\.g|i\\.e)\\.")
        || last.matches("([A-Z]\\.){2,}");
  }
}
