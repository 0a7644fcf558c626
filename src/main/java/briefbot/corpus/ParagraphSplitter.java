package briefbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an article body into citable paragraphs: splits blocks and lines, drops web cruft (whole lines and
 * boilerplate sentences inside them), makes headings the section title of the paragraphs below them, and cuts
 * over-long paragraphs into passages at sentence ends.
 */
final class ParagraphSplitter {

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0\\u200B]*\\n");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$");
  private static final Pattern SYMBOL_BULLET = Pattern.compile("^[•·▪◦*+-]\\s+(.+)$");
  /** A line before a photo credit is its caption only when short: a paragraph before a credit is article text. */
  private static final int LONGEST_CAPTION = 20;
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+\\S.*$");

  /** A line of the body with what the rules need to know about where it stood. */
  record Unit(String text, boolean aloneInBlock, boolean markdownHeading, boolean bullet) {}

  /** A line or a sentence that was dropped, and the rule that dropped it. */
  record Dropped(String text, String reason) {}

  /** A paragraph of {@code chars} characters cut into {@code passages} paragraphs, the first numbered {@code first}. */
  record Cut(int first, int passages, int chars) {}

  /**
   * The paragraphs of an article, its first heading (a title for a file without one), and what cleaning did: the
   * lines and sentences it dropped, the lines it made section titles, the paragraphs it cut into passages, and the
   * sentences it found cut by a paragraph break (in words, for a person checking the file).
   */
  record Result(List<Paragraph> paragraphs, String firstHeading, List<Dropped> dropped, List<String> headings,
      List<Cut> cuts, List<String> cutSentences) {}

  private ParagraphSplitter() {}

  static Result split(String body, String title, String language) {
    List<Unit> units = units(body);
    Headings headings = Headings.of(units, body);
    List<Kept> kept = new ArrayList<>();
    List<Dropped> dropped = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    List<String> cutSentences = new ArrayList<>();
    String section = null;
    String firstHeading = null;
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      String text = unit.text();
      CruftRule rule = CruftRule.match(text);
      if (rule != null) {
        dropped.add(new Dropped(text, rule.name()));
        continue;
      }
      if (isCaption(units, i)) {
        dropped.add(new Dropped(text, "PHOTO_CAPTION"));
        continue;
      }
      if (kept.isEmpty() && section == null && title != null && sameText(text, title)) {
        dropped.add(new Dropped(text, "TITLE_REPEATED"));
        continue;
      }
      if (title == null && firstHeading == null && kept.isEmpty() && headings.isTitle(i)) {
        firstHeading = text;
        continue;
      }
      if (headings.isHeading(i, !kept.isEmpty())) {
        section = text;
        sections.add(text);
        continue;
      }
      String clean = TrailingFragment.strip(InlineCruft.strip(GluedSentences.spaced(text), language, dropped), dropped);
      if (clean.isEmpty()) {
        continue;
      }
      Kept last = kept.isEmpty() ? null : kept.getLast();
      if (last != null && last.unit() == i - 1 && CutSentences.continues(last.text(), clean)) {
        cutSentences.add("a sentence cut by a paragraph break, joined with …: " + CutSentences.seam(last.text(), clean));
        kept.set(kept.size() - 1, new Kept(CutSentences.join(last.text(), clean), last.section(), i));
      } else if (last != null && CutSentences.startsCut(last.text(), clean)) {
        cutSentences.add("a paragraph starts mid-sentence, marked …: " + CutSentences.seam("", clean));
        kept.add(new Kept(CutSentences.marked(clean), section, i));
      } else {
        kept.add(new Kept(clean, section, i));
      }
    }
    return paragraphs(kept, language, firstHeading, dropped, sections, cutSentences);
  }

  /** A paragraph's cleaned text, the section it is in, and the line it ends on. */
  private record Kept(String text, String section, int unit) {}

  /** The kept paragraphs, an over-long one cut into passages, numbered from 1. */
  private static Result paragraphs(List<Kept> kept, String language, String firstHeading, List<Dropped> dropped,
      List<String> sections, List<String> cutSentences) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Cut> cuts = new ArrayList<>();
    for (Kept k : kept) {
      List<String> passages = Passages.of(k.text(), language);
      if (passages.size() > 1) {
        cuts.add(new Cut(paragraphs.size() + 1, passages.size(), k.text().length()));
      }
      for (String passage : passages) {
        paragraphs.add(new Paragraph(paragraphs.size() + 1, k.section(), passage, language));
      }
    }
    return new Result(paragraphs, firstHeading, dropped, sections, cuts, cutSentences);
  }

  private static List<Unit> units(String body) {
    List<Unit> units = new ArrayList<>();
    String normalized = body.replace("\r\n", "\n").replace('\r', '\n');
    for (String block : BLANK_LINE.split(normalized)) {
      List<String> lines = joinWrappedLines(block);
      for (String line : lines) {
        var heading = MARKDOWN_HEADING.matcher(line);
        var bullet = SYMBOL_BULLET.matcher(line);
        if (heading.matches() && !line.startsWith("#!")) {
          units.add(new Unit(heading.group(1), lines.size() == 1, true, false));
        } else if (bullet.matches()) {
          units.add(new Unit(bullet.group(1).strip(), false, false, true));
        } else if (NUMBERED.matcher(line).matches()) {
          // The number stays: it is part of what the item says (a step, a rank, a date like "18. Mai").
          units.add(new Unit(line, false, false, true));
        } else {
          units.add(new Unit(line, lines.size() == 1, false, false));
        }
      }
    }
    return units;
  }

  /** Lines of a block; a line broken mid-sentence (next starts lower-case) is joined to the one before. */
  private static List<String> joinWrappedLines(String block) {
    List<String> lines = new ArrayList<>();
    for (String raw : block.split("\\n")) {
      String line = clean(raw);
      if (line.isEmpty()) {
        continue;
      }
      if (!lines.isEmpty() && continues(lines.get(lines.size() - 1), line)) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line);
      } else {
        lines.add(line);
      }
    }
    return lines;
  }

  private static boolean continues(String previous, String next) {
    char last = previous.charAt(previous.length() - 1);
    char first = next.charAt(0);
    return Character.isLowerCase(first) && ".!?:;”\"’)".indexOf(last) < 0 && !SYMBOL_BULLET.matcher(next).matches()
        && previous.length() > 40;
  }

  static String clean(String raw) {
    String s = CharacterReferences.read(raw).replace('\u00A0', ' ').replace("\u200B", "").replaceAll("[\\p{Cntrl}&&[^\\t]]", "");
    return s.strip().replaceAll("[ \\t]+", " ");
  }

  private static boolean isCaption(List<Unit> units, int i) {
    if (i + 1 >= units.size()) {
      return false;
    }
    return CruftRule.PHOTO_CREDIT.matches(units.get(i + 1).text())
        && units.get(i).text().split("\\s+").length <= LONGEST_CAPTION;
  }

  static boolean sameText(String a, String b) {
    return LanguageDetector.fold(a).replaceAll("[^\\p{L}\\p{N}]", "")
        .equals(LanguageDetector.fold(b).replaceAll("[^\\p{L}\\p{N}]", ""));
  }

  static int countBlocks(String body) {
    return BLANK_LINE.split(body.replace("\r\n", "\n").strip()).length;
  }
}
