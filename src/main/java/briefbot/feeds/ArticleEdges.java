package briefbot.feeds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Where the article the blocks kept hold starts and ends: its head when it stands before the root, the frame of short
 * lines around its text, the site's lines after it, and the headings left without their section.
 */
final class ArticleEdges {

  private final List<TextBlock> blocks;
  private final BlockMasses masses;
  private final SectionNames sections;
  private final BoilerplateLines lines;

  ArticleEdges(List<TextBlock> blocks, BlockMasses masses, SectionNames sections, BoilerplateLines lines) {
    this.blocks = blocks;
    this.masses = masses;
    this.sections = sections;
    this.lines = lines;
  }

  /** A short line between promotions at the article's end belongs to them ("Lust auf mehr?", a logo's name). */
  private static final int SHORT_LINE = 6;

  /**
   * The site's own lines after the article: from the end, promotions and disclaimers (subscribe, follow us,
   * advertising, copyright) are dropped with the short lines among them, up to the last line of article text.
   */
  List<TextBlock> dropTail(List<TextBlock> kept) {
    int end = kept.size();
    int cut = end;
    for (int i = end - 1; i >= 0; i--) {
      TextBlock b = kept.get(i);
      if (Boilerplate.promo(b)) {
        cut = i;
      } else if (b.words() > SHORT_LINE) {
        break;
      }
    }
    return cut == end ? kept : new ArrayList<>(kept.subList(0, cut));
  }

  /** How many blocks before the root the article's head may start. */
  private static final int PREAMBLE_BLOCKS = 8;

  /**
   * The article's head when it stands outside the root: the standfirst and subtitle between the headline and the
   * body, which pages often put in a header of their own beside bylines and share buttons.
   */
  List<TextBlock> preamble(Element root) {
    int first = -1;
    for (TextBlock b : blocks) {
      if (within(b.owner(), root)) {
        first = b.index();
        break;
      }
    }
    List<TextBlock> out = new ArrayList<>();
    for (int i = first - 1; i >= 0 && i >= first - PREAMBLE_BLOCKS; i--) {
      TextBlock b = blocks.get(i);
      if (b.kind() == TextBlock.Kind.HEADING && level(b) == 1) {
        break;
      }
      boolean heading = b.kind() == TextBlock.Kind.HEADING && b.linkDensity() < 0.5 && !lines.dateLine(b);
      if ((masses.good(b) > 0 || heading) && !sections.underBoilerplate(b.owner())
          && !sections.inComments(b.owner())) {
        out.add(0, b);
      }
    }
    return out;
  }

  /**
   * Short lines before the first and after the last sentence-like block are the article's frame: bylines, dates,
   * links.
   */
  List<TextBlock> trim(List<TextBlock> kept) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < kept.size(); i++) {
      if (masses.good(kept.get(i)) > 0) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return kept;
    }
    List<TextBlock> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      TextBlock b = kept.get(i);
      boolean head = i < first && b.kind() != TextBlock.Kind.HEADING
          && !within(b.owner(), kept.get(first).owner().parent());
      boolean tail = i > last && !within(b.owner(), kept.get(last).owner().parent());
      if (!head && !tail) {
        out.add(b);
      }
    }
    return out;
  }

  /**
   * A heading stays only when its section, up to the next heading of its level or above, keeps text of its own, and
   * more than the links and boilerplate dropped from it: "Related stories" above a list of links goes with the list.
   */
  List<TextBlock> dropOrphanHeadings(List<TextBlock> kept) {
    Set<TextBlock> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    keep.addAll(kept);
    int end = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).index();
    List<TextBlock> out = new ArrayList<>();
    for (TextBlock b : kept) {
      if (b.kind() != TextBlock.Kind.HEADING) {
        out.add(b);
        continue;
      }
      int level = level(b);
      int keptChars = 0;
      int droppedChars = 0;
      for (int j = b.index() + 1; j < blocks.size() && j <= end; j++) {
        TextBlock next = blocks.get(j);
        if (next.kind() == TextBlock.Kind.HEADING) {
          if (level(next) <= level) {
            break;
          }
          continue;
        }
        if (keep.contains(next)) {
          keptChars += next.chars();
        } else {
          droppedChars += next.chars();
        }
      }
      if (keptChars == 0 || droppedChars > keptChars) {
      } else {
        out.add(b);
      }
    }
    return out;
  }

  /** Whether the element is the root or inside it. */
  static boolean within(Element el, Element root) {
    for (Element p = el; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  static int level(TextBlock b) {
    for (Element el = b.owner(); el != null; el = el.parent()) {
      String n = el.normalName();
      if (n.length() == 2 && n.charAt(0) == 'h' && Character.isDigit(n.charAt(1))) {
        return n.charAt(1) - '0';
      }
    }
    return 7;
  }
}
