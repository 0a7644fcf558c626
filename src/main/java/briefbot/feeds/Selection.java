package briefbot.feeds;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Chooses the article's root and the blocks kept. Each block is worth its sentence-like, link-poor text ("good") and
 * costs its links and short lines ("bad"); every element sums its blocks; the root is the element with the most good
 * less bad, helped by its class and id hints and held down when it sits in boilerplate. Inside the root, captions,
 * link lists, date lines, "read more" lines and minor furniture (boilerplate by name, teaser lists, forms, figures)
 * are dropped, with headings left without their section. When the root holds under half the page's good text, a
 * second strategy keeps every good block outside boilerplate, as trafilatura falls back to a justext-like pass.
 * Its parts: {@link BlockMasses} (what blocks and elements hold), {@link SectionNames} (comments and boilerplate by
 * name), {@link BoilerplateLines} (the line rules), {@link Furniture} and {@link ArticleEdges} (where the article
 * starts and ends).
 */
final class Selection {

  private final List<TextBlock> blocks;
  private final Hints hints;
  private final Element body;
  private final SectionNames sections;
  private final BlockMasses masses;
  private final BoilerplateLines lines;
  private final Furniture furniture;
  private final ArticleEdges edges;

  Selection(List<TextBlock> blocks, Hints hints, Element body) {
    this.blocks = blocks;
    this.hints = hints;
    this.body = body;
    this.sections = new SectionNames(hints, body);
    this.masses = new BlockMasses(blocks, body, sections);
    this.lines = new BoilerplateLines(blocks.size());
    this.furniture = new Furniture(hints, masses);
    this.edges = new ArticleEdges(blocks, masses, sections, lines);
  }

  boolean inComments(TextBlock b) {
    return sections.inComments(b.owner());
  }

  boolean dateLine(TextBlock b) {
    return lines.dateLine(b);
  }

  boolean credit(TextBlock b) {
    return lines.credit(b);
  }

  /** A short "read more", "related", "lesen Sie auch" line. */
  boolean seeAlso(TextBlock b) {
    return lines.seeAlso(b);
  }

  List<TextBlock> blocks() {
    return blocks;
  }

  /** The block's sentence-like, link-poor text in characters; 0 for short lines, links and comments. */
  double good(TextBlock b) {
    return masses.good(b);
  }

  /** The root's good text. */
  double rootGood() {
    BlockMasses.Mass m = masses.of(root());
    return m == null ? 0 : m.good;
  }

  /** Whether the block is in furniture of the root (boilerplate by name, teasers, a form, a figure). */
  boolean inFurniture(TextBlock b) {
    BlockMasses.Mass m = masses.of(root());
    return m != null && inRoot(b) && furniture.in(b.owner(), root(), m);
  }

  boolean underBoilerplate(TextBlock b) {
    return sections.underBoilerplate(b.owner());
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
    for (Map.Entry<Element, BlockMasses.Mass> e : masses.all()) {
      BlockMasses.Mass m = e.getValue();
      if (m.good <= 0) {
        continue;
      }
      Element el = e.getKey();
      double score = m.good - m.bad;
      if (score > 0 && sections.underBoilerplate(el)) {
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
    return rules.isEmpty() ? rules : edges.dropOrphanHeadings(BlockVote.FITTED.apply(this, rules));
  }

  /** The blocks the rules keep. */
  List<TextBlock> byRules() {
    Element root = root();
    BlockMasses.Mass rootMass = masses.of(root);
    if (rootMass == null) {
      return List.of();
    }
    List<TextBlock> inRoot = new ArrayList<>(edges.preamble(root));
    for (TextBlock b : blocks) {
      if (ArticleEdges.within(b.owner(), root) && keep(b, root, rootMass)) {
        inRoot.add(b);
      }
    }
    List<TextBlock> first = edges.dropOrphanHeadings(edges.dropTail(edges.trim(inRoot)));
    double firstGood = first.stream().mapToDouble(masses::good).sum();
    double all = masses.of(body) == null ? 0 : masses.of(body).good;
    if (firstGood < FALLBACK_SHARE * all) {
      List<TextBlock> second = fallback();
      double secondGood = second.stream().mapToDouble(masses::good).sum();
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
      ok[i] = masses.good(b) > 0 && !sections.underBoilerplate(b.owner()) && b.kind() != TextBlock.Kind.CAPTION;
    }
    for (int i = 0; i < n; i++) {
      TextBlock b = blocks.get(i);
      boolean near = !ok[i] && b.linkDensity() <= 0.5 && !sections.underBoilerplate(b.owner()) && !inComments(b)
          && b.kind() != TextBlock.Kind.CAPTION && !lines.dateLine(b)
          && (i > 0 && ok[i - 1] || b.kind() == TextBlock.Kind.HEADING) && i + 1 < n && ok[i + 1];
      if (ok[i] || near) {
        out.add(b);
      }
    }
    return edges.dropOrphanHeadings(edges.dropTail(out));
  }

  private boolean keep(TextBlock b, Element root, BlockMasses.Mass rootMass) {
    if (b.kind() == TextBlock.Kind.CAPTION) {
      return false;
    }
    if (b.linkDensity() > 0.5) {
      return false;
    }
    if (lines.any(b)) {
      return false;
    }
    return !furniture.in(b.owner(), root, rootMass);
  }
}
