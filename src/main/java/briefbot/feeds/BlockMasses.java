package briefbot.feeds;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What each block of a page is worth and what it costs, and what every element holds of them: a block is worth its
 * sentence-like, link-poor text ("good") and costs its links and short lines ("bad"); an element sums its blocks'.
 */
final class BlockMasses {

  /** Text a container holds: good (sentence-like, link-poor) and bad (links, short lines), in characters. */
  static final class Mass {
    double good;
    double bad;
    int chars;
  }

  /** What a character of link text costs a container. */
  private static final double LINK_COST = 0.25;
  /** What a character of a short line or heading costs: menus and teasers are made of them. */
  private static final double SHORT_LINE_COST = 0.15;

  private final Element body;
  private final SectionNames sections;
  private final Map<Element, Mass> mass = new IdentityHashMap<>();
  /**
   * The elements of {@link #mass} in the order they were first given one (the blocks' document order, then their
   * parents): an identity map's own order follows the objects' hash codes, which differ from run to run, and the
   * best root among elements of equal score and depth, and the order sums are added in, must not.
   */
  private final List<Element> order = new ArrayList<>();
  private final double[] good;
  private final double[] bad;

  BlockMasses(List<TextBlock> blocks, Element body, SectionNames sections) {
    this.body = body;
    this.sections = sections;
    this.good = new double[blocks.size()];
    this.bad = new double[blocks.size()];
    for (TextBlock b : blocks) {
      value(b);
      Mass m = mass.computeIfAbsent(b.owner(), e -> {
        order.add(e);
        return new Mass();
      });
      m.good += good[b.index()];
      m.bad += bad[b.index()];
      m.chars += b.chars();
    }
    pushUp();
  }

  /** The block's sentence-like, link-poor text in characters; 0 for short lines, links and comments. */
  double good(TextBlock b) {
    return good[b.index()];
  }

  /** What the element holds; null when it holds no block. */
  Mass of(Element el) {
    return mass.get(el);
  }

  /** Every element that holds a block or an element that does, with what it holds, in the order first given one. */
  List<Map.Entry<Element, Mass>> all() {
    return order.stream().map(el -> Map.entry(el, mass.get(el))).toList();
  }

  /** Adds each element's sum to its parent's, deepest first, so that every element is visited once. */
  private void pushUp() {
    List<List<Element>> byDepth = new ArrayList<>();
    for (Element owner : List.copyOf(order)) {
      int depth = 0;
      for (Element p = owner; p != body && p.parent() != null; p = p.parent()) {
        depth++;
      }
      while (byDepth.size() <= depth) {
        byDepth.add(new ArrayList<>());
      }
      byDepth.get(depth).add(owner);
    }
    for (int depth = byDepth.size() - 1; depth > 0; depth--) {
      for (Element el : byDepth.get(depth)) {
        Mass m = mass.get(el);
        Mass up = mass.get(el.parent());
        if (up == null) {
          up = new Mass();
          mass.put(el.parent(), up);
          order.add(el.parent());
          byDepth.get(depth - 1).add(el.parent());
        }
        up.good += m.good;
        up.bad += m.bad;
        up.chars += m.chars;
      }
    }
  }

  private void value(TextBlock b) {
    double density = b.linkDensity();
    int size = b.size();
    boolean texty = b.kind() != TextBlock.Kind.HEADING && size >= 40 && density <= 0.3 && b.words() >= 7;
    double g = texty ? size * (1 - density) : 0;
    double x = LINK_COST * size * density + (texty ? 0 : SHORT_LINE_COST * size * (1 - density));
    if (sections.inComments(b.owner())) {
      x += g;
      g = 0;
    }
    good[b.index()] = g;
    bad[b.index()] = x;
  }
}
