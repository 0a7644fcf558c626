package briefbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an article body into citable paragraphs: splits blocks and lines, drops web cruft, and makes
 * headings the section title of the paragraphs below them.
 */
final class ParagraphSplitter {

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0\\u200B]*\\n");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$");
  private static final Pattern BULLET = Pattern.compile("^([•·▪◦*+-]|\\d{1,2}[.)])\\s+(.+)$");
  private static final int MAX_HEADING_WORDS = 14;

  /** A line of the body with what the rules need to know about where it stood. */
  record Unit(String text, boolean aloneInBlock, boolean markdownHeading, boolean bullet) {}

  /** A line that was dropped, and the rule that dropped it. */
  record Dropped(String text, String reason) {}

  /** The paragraphs of an article, the headings seen and the lines dropped. */
  record Result(List<Paragraph> paragraphs, String firstHeading, List<Dropped> dropped) {}

  private ParagraphSplitter() {}

  static Result split(String body, String title, String language) {
    List<Unit> units = units(body);
    boolean blockLayout = units.stream().anyMatch(Unit::aloneInBlock) && countBlocks(body) > 1;
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Dropped> dropped = new ArrayList<>();
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
      if (paragraphs.isEmpty() && section == null && title != null && sameText(text, title)) {
        dropped.add(new Dropped(text, "TITLE_REPEATED"));
        continue;
      }
      if (unit.markdownHeading() || (blockLayout && unit.aloneInBlock() && looksLikeHeading(text) && i < units.size() - 1)) {
        if (paragraphs.isEmpty() && section == null && firstHeading == null && title == null) {
          firstHeading = text;
          continue;
        }
        section = text;
        continue;
      }
      paragraphs.add(new Paragraph(paragraphs.size() + 1, section, text, language));
    }
    return new Result(paragraphs, firstHeading, dropped);
  }

  private static List<Unit> units(String body) {
    List<Unit> units = new ArrayList<>();
    String normalized = body.replace("\r\n", "\n").replace('\r', '\n');
    for (String block : BLANK_LINE.split(normalized)) {
      List<String> lines = joinWrappedLines(block);
      for (String line : lines) {
        var heading = MARKDOWN_HEADING.matcher(line);
        var bullet = BULLET.matcher(line);
        if (heading.matches() && !line.startsWith("#!")) {
          units.add(new Unit(heading.group(1), lines.size() == 1, true, false));
        } else if (bullet.matches()) {
          units.add(new Unit(bullet.group(2).strip(), false, false, true));
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
    return Character.isLowerCase(first) && ".!?:;”\"’)".indexOf(last) < 0 && !BULLET.matcher(next).matches()
        && previous.length() > 40;
  }

  static String clean(String raw) {
    String s = raw.replace('\u00A0', ' ').replace("\u200B", "").replaceAll("[\\p{Cntrl}&&[^\\t]]", "");
    return s.strip().replaceAll("[ \\t]+", " ");
  }

  private static boolean isCaption(List<Unit> units, int i) {
    if (i + 1 >= units.size()) {
      return false;
    }
    return CruftRule.PHOTO_CREDIT.matches(units.get(i + 1).text()) && units.get(i).text().split("\\s+").length <= 40;
  }

  static boolean looksLikeHeading(String text) {
    int words = text.split("\\s+").length;
    if (words > MAX_HEADING_WORDS || text.length() > 140) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    char first = text.charAt(0);
    return ".,;:!".indexOf(last) < 0 && (Character.isUpperCase(first) || Character.isDigit(first) || "‘'\"“".indexOf(first) >= 0);
  }

  private static boolean sameText(String a, String b) {
    return LanguageDetector.fold(a).replaceAll("[^\\p{L}\\p{N}]", "")
        .equals(LanguageDetector.fold(b).replaceAll("[^\\p{L}\\p{N}]", ""));
  }

  private static int countBlocks(String body) {
    return BLANK_LINE.split(body.replace("\r\n", "\n").strip()).length;
  }
}
