package briefbot.answer;

import briefbot.text.CitationMarkers;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotations in a sentence, and whether the paragraphs it cites contain them: a model may paraphrase
 * freely, but words it puts in quotation marks must be the source's own.
 */
final class Quotes {

  /** “…”, „…“, «…», "…" and ‘…’, also when the model never closed them (then the quote runs to the end). */
  private static final Pattern QUOTED = Pattern.compile(
      "“([^”]{1,2000}?)(?:”|$)|„([^“”]{1,2000}?)(?:[“”]|$)|«([^»]{1,2000}?)(?:»|$)|\"([^\"]{1,2000}?)(?:\"|$)"
          + "|(?<!\\p{L})‘(.{1,2000}?)(?:’(?!\\p{L})|$)");
  private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|\\[\\.\\.\\.\\]|\\(\\.\\.\\.\\)");
  private static final Pattern EDGES = Pattern.compile("^[\\s\\p{P}]+|[\\s\\p{P}]+$");
  private static final Pattern MARKER = CitationMarkers.BRACKETED;

  private Quotes() {}

  /** The first quotation in {@code sentence} that none of {@code paragraphs} contains, if any. */
  static Optional<String> unsupported(String sentence, List<String> paragraphs) {
    return unsupported(sentence, paragraphs, quote -> false);
  }

  /**
   * The first quotation in {@code sentence} that none of {@code paragraphs} contains and that is not a
   * {@code translated} one (a quote rendered in another language cannot be the source's own words; its words are
   * then checked like the rest of the claim).
   */
  static Optional<String> unsupported(String sentence, List<String> paragraphs, Predicate<String> translated) {
    List<String> sources = paragraphs.stream().map(Quotes::normalize).toList();
    for (String quote : of(MARKER.matcher(sentence).replaceAll(" "))) {
      if (!supported(quote, sources) && !translated.test(quote)) {
        return Optional.of(quote);
      }
    }
    return Optional.empty();
  }

  /** Whether a text quotes anyone: a translated quote must cite a paragraph that does. */
  static boolean quotes(String text) {
    return QUOTED.matcher(text).find();
  }

  static List<String> of(String sentence) {
    List<String> quotes = new ArrayList<>();
    Matcher m = QUOTED.matcher(sentence);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null && !m.group(g).isBlank()) {
          quotes.add(m.group(g));
        }
      }
    }
    return quotes;
  }

  /** Every piece of the quote (pieces are split at an ellipsis) must appear in one of the paragraphs. */
  private static boolean supported(String quote, List<String> sources) {
    for (String source : sources) {
      boolean all = true;
      for (String piece : ELLIPSIS.split(normalize(quote))) {
        String core = EDGES.matcher(piece).replaceAll("");
        if (core.codePoints().anyMatch(Character::isLetterOrDigit) && !source.contains(core)) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Compatibility forms, case, quote and dash variants, and runs of white space do not count as differences. */
  static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("[’‘`´′]", "'").replaceAll("[“”„«»″]", "\"").replaceAll("[‐‑‒–—―−]", "-");
    return s.replaceAll("\\s+", " ").strip();
  }
}
