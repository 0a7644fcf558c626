package briefbot.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Cuts a page into text blocks in reading order: every block element, {@code <br>} and table cell ends one, inline
 * elements join their text as a browser would. Elements that never hold article text (scripts, forms' controls,
 * media, hidden elements, the ruby annotations printed over Japanese and Chinese characters) are skipped whole.
 */
final class Blocks implements NodeFilter {

  static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "br", "caption",
      "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
      "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav",
      "noscript", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
      "dir", "frameset", "frame", "listing", "plaintext", "xmp");
  private static final Set<String> SKIPPED = Set.of("script", "style", "template", "svg", "canvas", "iframe",
      "object", "embed", "select", "option", "button", "input", "textarea", "head", "video", "audio", "map", "math",
      "datalist", "meter", "progress", "link", "meta", "title", "img", "picture", "source", "track", "wbr", "label",
      "rt", "rp");

  private static final int LONGEST_HEADING = 25;

  private final List<TextBlock> blocks = new ArrayList<>();
  private final List<Element> open = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  private int noscriptDepth;

  private Blocks() {}

  static List<TextBlock> of(Element body) {
    Blocks cutter = new Blocks();
    body.filter(cutter);
    cutter.flush();
    return cutter.blocks;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element el)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = el.normalName();
    if (SKIPPED.contains(tag) || hidden(el)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      if (!tag.equals("br") && !tag.equals("hr")) {
        open.add(el);
      }
      if (tag.equals("noscript")) {
        noscriptDepth++;
      }
    } else if (tag.equals("a")) {
      linkDepth++;
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element el)) {
      return FilterResult.CONTINUE;
    }
    String tag = el.normalName();
    if (BLOCK_TAGS.contains(tag) && !tag.equals("br") && !tag.equals("hr")) {
      flush();
      open.remove(open.size() - 1);
      if (tag.equals("noscript")) {
        noscriptDepth--;
      }
    } else if (tag.equals("a")) {
      linkDepth--;
    }
    return FilterResult.CONTINUE;
  }

  private static boolean hidden(Element el) {
    if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden")) && !el.normalName().equals("main")) {
      return true;
    }
    String style = el.attr("style");
    return !style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
  }

  /** Appends text with runs of whitespace made one space, as a browser shows it. */
  private void append(String raw) {
    int before = text.length();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
      } else if (!Character.isISOControl(c)) {
        text.append(c);
      }
    }
    if (linkDepth > 0) {
      linkChars += text.length() - before;
    }
  }

  private void flush() {
    int end = text.length();
    int start = text.length() > 0 && text.charAt(0) == ' ' ? 1 : 0;
    if (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > start && !open.isEmpty()) {
      Element owner = open.get(open.size() - 1);
      String s = text.substring(start, end);
      TextBlock.Kind kind = kind(owner);
      TextBlock block = TextBlock.of(blocks.size(), s, Math.min(linkChars, s.length()), owner, kind, noscriptDepth > 0);
      if (kind == TextBlock.Kind.HEADING && block.words() > LONGEST_HEADING) {
        // A "heading" of several sentences is a paragraph set in large type.
        block = block.as(TextBlock.Kind.PARAGRAPH);
      }
      blocks.add(block);
    }
    text.setLength(0);
    linkChars = 0;
  }

  private TextBlock.Kind kind(Element owner) {
    for (int i = open.size() - 1; i >= 0; i--) {
      switch (open.get(i).normalName()) {
        case "h1", "h2", "h3", "h4", "h5", "h6" -> {
          return TextBlock.Kind.HEADING;
        }
        case "p" -> {
          return TextBlock.Kind.PARAGRAPH;
        }
        case "li", "dd", "dt" -> {
          return TextBlock.Kind.LIST_ITEM;
        }
        case "td", "th" -> {
          return TextBlock.Kind.CELL;
        }
        case "blockquote" -> {
          return TextBlock.Kind.QUOTE;
        }
        case "pre", "code" -> {
          return TextBlock.Kind.CODE;
        }
        case "figcaption", "caption" -> {
          return TextBlock.Kind.CAPTION;
        }
        default -> {
          if (open.get(i) == owner) {
            continue;
          }
          return TextBlock.Kind.OTHER;
        }
      }
    }
    return TextBlock.Kind.OTHER;
  }
}
