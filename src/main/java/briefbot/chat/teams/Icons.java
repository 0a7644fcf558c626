package briefbot.chat.teams;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The Teams app icons, drawn rather than committed: a speech bubble with lines of text and a citation mark. Teams
 * wants a 192x192 full-colour icon and a 32x32 outline icon, white on transparent. Shapes only, no fonts, so it
 * draws the same on a headless server.
 */
final class Icons {

  static final String ACCENT_HEX = "#1F4E79";
  private static final Color ACCENT = Color.decode(ACCENT_HEX);

  private Icons() {}

  static byte[] color() {
    int size = 192;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = graphics(image);
    g.setColor(ACCENT);
    g.fill(new RoundRectangle2D.Double(0, 0, size, size, 40, 40));
    g.setColor(Color.WHITE);
    g.fill(bubble(size));
    g.setColor(ACCENT);
    g.setStroke(new BasicStroke(size / 24f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    lines(g, size);
    g.dispose();
    return png(image);
  }

  static byte[] outline() {
    int size = 32;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = graphics(image);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(bubble(size));
    g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    lines(g, size);
    g.dispose();
    return png(image);
  }

  /** A rounded speech bubble with its tail at the lower left, inset from the edges. */
  private static Path2D bubble(int size) {
    double s = size;
    double left = s * 0.16;
    double top = s * 0.2;
    double right = s * 0.84;
    double bottom = s * 0.68;
    double r = s * 0.1;
    Path2D p = new Path2D.Double();
    p.moveTo(left + r, top);
    p.lineTo(right - r, top);
    p.quadTo(right, top, right, top + r);
    p.lineTo(right, bottom - r);
    p.quadTo(right, bottom, right - r, bottom);
    p.lineTo(s * 0.42, bottom);
    p.lineTo(s * 0.26, s * 0.84);
    p.lineTo(s * 0.3, bottom);
    p.lineTo(left + r, bottom);
    p.quadTo(left, bottom, left, bottom - r);
    p.lineTo(left, top + r);
    p.quadTo(left, top, left + r, top);
    p.closePath();
    return p;
  }

  /** Two lines of text and a short third one ending in a citation bracket. */
  private static void lines(Graphics2D g, int size) {
    double s = size;
    int x0 = (int) Math.round(s * 0.28);
    int x1 = (int) Math.round(s * 0.72);
    g.drawLine(x0, (int) Math.round(s * 0.34), x1, (int) Math.round(s * 0.34));
    g.drawLine(x0, (int) Math.round(s * 0.44), x1, (int) Math.round(s * 0.44));
    g.drawLine(x0, (int) Math.round(s * 0.54), (int) Math.round(s * 0.5), (int) Math.round(s * 0.54));
    int bx = (int) Math.round(s * 0.6);
    int by0 = (int) Math.round(s * 0.5);
    int by1 = (int) Math.round(s * 0.58);
    int bw = (int) Math.max(2, Math.round(s * 0.05));
    g.drawPolyline(new int[] {bx + bw, bx, bx, bx + bw}, new int[] {by0, by0, by1, by1}, 4);
    g.drawPolyline(new int[] {x1 - bw, x1, x1, x1 - bw}, new int[] {by0, by0, by1, by1}, 4);
  }

  private static Graphics2D graphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    return g;
  }

  private static byte[] png(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException("no PNG writer");
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
