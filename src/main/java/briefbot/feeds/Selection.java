package briefbot.feeds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Chooses the article's root and the blocks kept. Each block is worth its sentence-like, link-poor text ("good") and
 * costs its links and short lines ("bad"); every element sums its blocks; the root is the element with the most good
 * less bad, helped by its class and id hints and held down when it sits in boilerplate. Inside the root, captions,
 * link lists, date lines, "read more" lines and minor furniture (boilerplate by name, teaser lists, forms, figures)
 * are dropped, with headings left without their section. When the root holds under half the page's good text, a
 * second strategy keeps every good block outside boilerplate, as trafilatura falls back to a justext-like pass.
 */
final class Selection {

  /** Text a container holds: good (sentence-like, link-poor) and bad (links, short lines), in characters. */
  static final class Mass {
    double good;
    double bad;
    int chars;
  }

  private final List<TextBlock> blocks;
  private final Hints hints;
  private final Element body;
  final Map<Element, Mass> mass = new IdentityHashMap<>();
  private final double[] good;
  private final double[] bad;

  Selection(List<TextBlock> blocks, Hints hints, Element body) {
    this.blocks = blocks;
    this.hints = hints;
    this.body = body;
    this.good = new double[blocks.size()];
    this.bad = new double[blocks.size()];
    for (TextBlock b : blocks) {
      value(b);
      Mass m = mass.computeIfAbsent(b.owner(), e -> new Mass());
      m.good += good[b.index()];
      m.bad += bad[b.index()];
      m.chars += b.chars();
    }
    pushUp();
  }

  /** Adds each element's sum to its parent's, deepest first, so that every element is visited once. */
  private void pushUp() {
    List<List<Element>> byDepth = new ArrayList<>();
    for (Element owner : List.copyOf(mass.keySet())) {
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
          byDepth.get(depth - 1).add(el.parent());
        }
        up.good += m.good;
        up.bad += m.bad;
        up.chars += m.chars;
      }
    }
  }

  /** What a character of link text costs a container. */
  private static final double LINK_COST = 0.25;
  /** What a character of a short line or heading costs: menus and teasers are made of them. */
  private static final double SHORT_LINE_COST = 0.15;

  private void value(TextBlock b) {
    double density = b.linkDensity();
    int size = b.size();
    boolean texty = b.kind() != TextBlock.Kind.HEADING && size >= 40 && density <= 0.3 && b.words() >= 7;
    double g = texty ? size * (1 - density) : 0;
    double x = LINK_COST * size * density + (texty ? 0 : SHORT_LINE_COST * size * (1 - density));
    if (inComments(b)) {
      x += g;
      g = 0;
    }
    good[b.index()] = g;
    bad[b.index()] = x;
  }

  boolean inComments(TextBlock b) {
    return inComments(b.owner());
  }

  private static final int ASKED = 1;
  private static final int DATE_LINE = 2;
  private static final int CREDIT = 4;
  private static final int AD_LABEL = 8;
  private static final int SEE_ALSO = 16;
  /** What the boilerplate line rules say of each block, asked once: the rules and the vote both ask. */
  private byte[] lines;

  private int lines(TextBlock b) {
    if (lines == null) {
      lines = new byte[blocks.size()];
    }
    int f = lines[b.index()];
    if (f == 0) {
      String t = b.text();
      f = ASKED | (Boilerplate.dateLine(t) ? DATE_LINE : 0) | (Boilerplate.credit(b) ? CREDIT : 0)
          | (Boilerplate.adLabel(t) ? AD_LABEL : 0) | (b.words() <= 8 && Boilerplate.seeAlso(t) ? SEE_ALSO : 0);
      lines[b.index()] = (byte) f;
    }
    return f;
  }

  boolean dateLine(TextBlock b) {
    return (lines(b) & DATE_LINE) != 0;
  }

  boolean credit(TextBlock b) {
    return (lines(b) & CREDIT) != 0;
  }

  /** A short "read more", "related", "lesen Sie auch" line. */
  boolean seeAlso(TextBlock b) {
    return (lines(b) & SEE_ALSO) != 0;
  }

  List<TextBlock> blocks() {
    return blocks;
  }

  /** The block's sentence-like, link-poor text in characters; 0 for short lines, links and comments. */
  double good(TextBlock b) {
    return good[b.index()];
  }

  /** The root's good text. */
  double rootGood() {
    Mass m = mass.get(root());
    return m == null ? 0 : m.good;
  }

  /** Whether the block is in furniture of the root (boilerplate by name, teasers, a form, a figure). */
  boolean inFurniture(TextBlock b) {
    Mass m = mass.get(root());
    return m != null && inRoot(b) && inFurniture(b.owner(), root(), m);
  }

  boolean underBoilerplate(TextBlock b) {
    return underBoilerplate(b.owner());
  }

  int hint(TextBlock b) {
    return hints.weight(b.owner());
  }

  boolean inRoot(TextBlock b) {
    return depthInRoot(b) >= 0;
  }

  private final Map<Element, Integer> depthInRoot = new IdentityHashMap<>();

  /** How many elements lie between the block's owner and the root; -1 outside it. */
  int depthInRoot(TextBlock b) {
    return depthInRoot(b.owner());
  }

  private int depthInRoot(Element el) {
    if (el == root()) {
      return 0;
    }
    if (el == null) {
      return -1;
    }
    Integer known = depthInRoot.get(el);
    if (known == null) {
      int up = depthInRoot(el.parent());
      known = up < 0 ? -1 : up + 1;
      depthInRoot.put(el, known);
    }
    return known;
  }

  private final Map<Element, Boolean> inComments = new IdentityHashMap<>();

  /** Whether the element is in a section named for comments that holds no headline or article body. */
  private boolean inComments(Element el) {
    if (el == null || el == body) {
      return false;
    }
    Boolean known = inComments.get(el);
    if (known == null) {
      // A page wrapper says "comments-open" too; a comment section holds no headline or article body.
      known = hints.weight(el) <= Hints.COMMENTS && el.selectFirst(HEADLINE_OR_BODY) == null || inComments(el.parent());
      inComments.put(el, known);
    }
    return known;
  }

  private static final Evaluator HEADLINE_OR_BODY = QueryParser.parse("h1, main, [itemprop=articleBody]");
  private static final Evaluator LINK = QueryParser.parse("a[href]");

  private Element root;

  Element root() {
    if (root == null) {
      root = bestRoot();
    }
    return root;
  }

  private Element bestRoot() {
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Mass> e : mass.entrySet()) {
      Mass m = e.getValue();
      if (m.good <= 0) {
        continue;
      }
      Element el = e.getKey();
      double score = m.good - m.bad;
      if (score > 0 && underBoilerplate(el)) {
        score *= 0.25;
      }
      int hint = el == body ? 0 : Math.max(0, Math.min(10, hints.weight(el)));
      score += 20 * hint;
      if (score > bestScore || score == bestScore && depth(el) > depth(best)) {
        best = el;
        bestScore = score;
      }
    }
    return best;
  }

  private final Map<Element, Boolean> underBoilerplate = new IdentityHashMap<>();

  /** Whether the element or one of its ancestors is named as boilerplate. */
  private boolean underBoilerplate(Element el) {
    if (el == null || el == body) {
      return false;
    }
    Boolean known = underBoilerplate.get(el);
    if (known == null) {
      known = hints.weight(el) <= Hints.BOILERPLATE || underBoilerplate(el.parent());
      underBoilerplate.put(el, known);
    }
    return known;
  }

  private static int depth(Element el) {
    int d = 0;
    for (Element p = el.parent(); p != null; p = p.parent()) {
      d++;
    }
    return d;
  }

  /** Below this share of the page's good text, the root missed the article and the second strategy is tried. */
  private static final double FALLBACK_SHARE = 0.5;

  /** The blocks kept: the rules' choice, with the fitted vote's say where they are unsure. */
  List<TextBlock> kept() {
    List<TextBlock> rules = byRules();
    return rules.isEmpty() ? rules : dropOrphanHeadings(BlockVote.FITTED.apply(this, rules));
  }

  /** The blocks the rules keep. */
  List<TextBlock> byRules() {
    Element root = root();
    Mass rootMass = mass.get(root);
    if (rootMass == null) {
      return List.of();
    }
    List<TextBlock> inRoot = new ArrayList<>(preamble(root));
    for (TextBlock b : blocks) {
      if (within(b.owner(), root) && keep(b, root, rootMass)) {
        inRoot.add(b);
      }
    }
    List<TextBlock> first = dropOrphanHeadings(dropTail(trim(inRoot)));
    double firstGood = first.stream().mapToDouble(b -> good[b.index()]).sum();
    double all = mass.get(body) == null ? 0 : mass.get(body).good;
    if (firstGood < FALLBACK_SHARE * all) {
      List<TextBlock> second = fallback();
      double secondGood = second.stream().mapToDouble(b -> good[b.index()]).sum();
      if (secondGood > firstGood) {
        return second;
      }
    }
    return first;
  }

  /**
   * The second strategy, for pages where no one container holds the article: every sentence-like block of the
   * page outside boilerplate and comments, with the short lines and headings that stand between two of them.
   */
  private List<TextBlock> fallback() {
    List<TextBlock> out = new ArrayList<>();
    int n = blocks.size();
    boolean[] ok = new boolean[n];
    for (int i = 0; i < n; i++) {
      TextBlock b = blocks.get(i);
      ok[i] = good[i] > 0 && !underBoilerplate(b.owner()) && b.kind() != TextBlock.Kind.CAPTION;
    }
    for (int i = 0; i < n; i++) {
      TextBlock b = blocks.get(i);
      boolean near = !ok[i] && b.linkDensity() <= 0.5 && !underBoilerplate(b.owner()) && !inComments(b)
          && b.kind() != TextBlock.Kind.CAPTION && !dateLine(b)
          && (i > 0 && ok[i - 1] || b.kind() == TextBlock.Kind.HEADING) && i + 1 < n && ok[i + 1];
      if (ok[i] || near) {
        out.add(b);
      }
    }
    return dropOrphanHeadings(dropTail(out));
  }

  /** A short line between promotions at the article's end belongs to them ("Lust auf mehr?", a logo's name). */
  private static final int SHORT_LINE = 6;

  /**
   * The site's own lines after the article: from the end, promotions and disclaimers (subscribe, follow us,
   * advertising, copyright) are dropped with the short lines among them, up to the last line of article text.
   */
  private List<TextBlock> dropTail(List<TextBlock> kept) {
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
  private List<TextBlock> preamble(Element root) {
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
      boolean heading = b.kind() == TextBlock.Kind.HEADING && b.linkDensity() < 0.5 && !dateLine(b);
      if ((good[i] > 0 || heading) && !underBoilerplate(b.owner()) && !inComments(b)) {
        out.add(0, b);
      }
    }
    return out;
  }

  /** Short lines before the first and after the last sentence-like block are the article's frame: bylines, dates, links. */
  private List<TextBlock> trim(List<TextBlock> kept) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < kept.size(); i++) {
      if (good[kept.get(i).index()] > 0) {
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

  /** Teasers hold less text than this each on average; an article's own list items with classes hold more. */
  private static final int TEASER_CHARS = 400;
  private final Map<Element, Boolean> teaserLists = new IdentityHashMap<>();

  /** Children alike: same tag and class. */
  private record Kind(String tag, String className) {}

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
          Mass m = mass.get(child);
          chars += m == null ? 0 : m.chars;
        }
      }
      return chars / most < TEASER_CHARS;
    });
  }

  private boolean keep(TextBlock b, Element root, Mass rootMass) {
    if (b.kind() == TextBlock.Kind.CAPTION) {
      return false;
    }
    if (b.linkDensity() > 0.5) {
      return false;
    }
    if ((lines(b) & (DATE_LINE | CREDIT | AD_LABEL | SEE_ALSO)) != 0) {
      return false;
    }
    return !inFurniture(b.owner(), root, rootMass);
  }

  private final Map<Element, Boolean> inFurniture = new IdentityHashMap<>();

  /** Whether the element is, or is inside, minor furniture of the root: boilerplate by name, teasers, a form, a figure. */
  private boolean inFurniture(Element el, Element root, Mass rootMass) {
    if (el == null || el == root) {
      return false;
    }
    Boolean known = inFurniture.get(el);
    if (known == null) {
      boolean furniture = hints.weight(el) <= Hints.BOILERPLATE || teasers(el) || el.normalName().equals("form")
          || el.normalName().equals("figure");
      known = furniture && minor(el, rootMass) || inFurniture(el.parent(), root, rootMass);
      inFurniture.put(el, known);
    }
    return known;
  }

  /**
   * Holds less than half the root's good text: a wrapper named "sidebar" or a form that holds most of the article
   * is the article's (an ASP.NET page is one form), a smaller one is furniture inside it.
   */
  private boolean minor(Element el, Mass rootMass) {
    double good = mass.get(el).good;
    return good == 0 || good < 0.5 * rootMass.good;
  }

  private static boolean within(Element el, Element root) {
    for (Element p = el; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  /**
   * A heading stays only when its section, up to the next heading of its level or above, keeps text of its own, and
   * more than the links and boilerplate dropped from it: "Related stories" above a list of links goes with the list.
   */
  private List<TextBlock> dropOrphanHeadings(List<TextBlock> kept) {
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

  private static int level(TextBlock b) {
    for (Element el = b.owner(); el != null; el = el.parent()) {
      String n = el.normalName();
      if (n.length() == 2 && n.charAt(0) == 'h' && Character.isDigit(n.charAt(1))) {
        return n.charAt(1) - '0';
      }
    }
    return 7;
  }
}
