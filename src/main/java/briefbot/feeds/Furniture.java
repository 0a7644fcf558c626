package briefbot.feeds;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The root's minor furniture: boilerplate by name, teaser lists, forms and figures that hold less than half the
 * root's good text (a larger one is the article's own wrapper).
 */
final class Furniture {

  private static final Evaluator LINK = QueryParser.parse("a[href]");
  /** Teasers hold less text than this each on average; an article's own list items with classes hold more. */
  private static final int TEASER_CHARS = 400;

  /** Children alike: same tag and class. */
  private record Kind(String tag, String className) {}

  private final Hints hints;
  private final BlockMasses masses;
  private final Map<Element, Boolean> teaserLists = new IdentityHashMap<>();
  private final Map<Element, Boolean> inFurniture = new IdentityHashMap<>();

  Furniture(Hints hints, BlockMasses masses) {
    this.hints = hints;
    this.masses = masses;
  }

  /**
   * Whether the element is, or is inside, minor furniture of the root: boilerplate by name, teasers, a form, a
   * figure.
   */
  boolean in(Element el, Element root, BlockMasses.Mass rootMass) {
    if (el == null || el == root) {
      return false;
    }
    Boolean known = inFurniture.get(el);
    if (known == null) {
      boolean furniture = hints.weight(el) <= Hints.BOILERPLATE || teasers(el) || el.normalName().equals("form")
          || el.normalName().equals("figure");
      known = furniture && minor(el, rootMass) || in(el.parent(), root, rootMass);
      inFurniture.put(el, known);
    }
    return known;
  }

  /**
   * A list of teasers: three or more children alike (same tag and class), each with a link and little text, as
   * sites list other articles; the items of an article's own lists carry no class of their own.
   */
  private boolean teasers(Element el) {
    return teaserLists.computeIfAbsent(el, e -> {
      int size = e.childrenSize();
      int classed = 0;
      for (int i = 0; i < size; i++) {
        classed += e.child(i).className().isEmpty() ? 0 : 1;
      }
      if (size < 3 || classed < 3 || classed * 10 < size * 6) {
        return false; // too few children alike to be a list of teasers
      }
      Map<Kind, Integer> alike = new HashMap<>();
      for (Element child : e.children()) {
        if (!child.className().isEmpty()) {
          alike.merge(new Kind(child.normalName(), child.className()), 1, Integer::sum);
        }
      }
      Kind kind = null;
      int most = 0;
      for (var entry : alike.entrySet()) {
        if (entry.getValue() > most) {
          most = entry.getValue();
          kind = entry.getKey();
        }
      }
      if (most < 3 || most * 10 < e.childrenSize() * 6) {
        return false;
      }
      int chars = 0;
      for (Element child : e.children()) {
        if (kind.tag().equals(child.normalName()) && kind.className().equals(child.className())) {
          if (child.selectFirst(LINK) == null) {
            return false;
          }
          BlockMasses.Mass m = masses.of(child);
          chars += m == null ? 0 : m.chars;
        }
      }
      return chars / most < TEASER_CHARS;
    });
  }

  /**
   * Holds less than half the root's good text: a wrapper named "sidebar" or a form that holds most of the article
   * is the article's (an ASP.NET page is one form), a smaller one is furniture inside it.
   */
  private boolean minor(Element el, BlockMasses.Mass rootMass) {
    double good = masses.of(el).good;
    return good == 0 || good < 0.5 * rootMass.good;
  }
}
