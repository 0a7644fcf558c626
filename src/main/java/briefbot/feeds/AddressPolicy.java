package briefbot.feeds;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which URLs Briefbot may fetch (no server-side request forgery): http(s) only, no credentials, and every address
 * the host resolves to must be public; loopback only for a policy built with the allowance (tests).
 */
final class AddressPolicy {

  /** Name resolution, replaceable so tests can check what a host resolving to several addresses does. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** A blocked range: network bytes, prefix length and what to call it in a reply. */
  private record Range(byte[] network, int prefix, String name) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }

  private static final List<Range> BLOCKED = List.of(
      range("0.0.0.0", 8, "an unspecified"), range("10.0.0.0", 8, "a private"),
      range("100.64.0.0", 10, "a shared (carrier-grade NAT or cloud metadata)"), range("127.0.0.0", 8, "a loopback"),
      range("169.254.0.0", 16, "a link-local (cloud metadata)"), range("172.16.0.0", 12, "a private"),
      range("192.0.0.0", 24, "a reserved"), range("192.0.2.0", 24, "a documentation"),
      range("192.88.99.0", 24, "a relay"), range("192.168.0.0", 16, "a private"),
      range("198.18.0.0", 15, "a benchmarking"), range("198.51.100.0", 24, "a documentation"),
      range("203.0.113.0", 24, "a documentation"), range("224.0.0.0", 4, "a multicast"),
      range("240.0.0.0", 4, "a reserved"),
      range("::", 128, "an unspecified"), range("::1", 128, "a loopback"), range("64:ff9b:1::", 48, "a NAT64"),
      range("100::", 64, "a discard"), range("2001::", 32, "a Teredo"), range("2001:db8::", 32, "a documentation"),
      range("fc00::", 7, "a unique-local (private)"), range("fe80::", 10, "a link-local"),
      range("fec0::", 10, "a site-local (private)"), range("ff00::", 8, "a multicast"));

  private final boolean allowLoopback;
  private final Resolver resolver;

  AddressPolicy(boolean allowLoopback, Resolver resolver) {
    this.allowLoopback = allowLoopback;
    this.resolver = resolver;
  }

  /** Parses a user-given URL and checks it; throws {@link FetchException} with the reason when it may not be fetched. */
  URI check(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw FetchException.permanent("not a valid URL");
    }
    return check(uri);
  }

  /** Checks scheme, host and every address the host resolves to now. */
  URI check(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw FetchException.permanent("only http:// and https:// URLs can be fetched");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw FetchException.permanent("the URL has no host name");
    }
    if (uri.getRawUserInfo() != null) {
      throw FetchException.permanent("URLs with a user name or password are not fetched");
    }
    String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw FetchException.passing("the host " + host + " is unknown");
    }
    if (addresses.length == 0) {
      throw FetchException.passing("the host " + host + " has no address");
    }
    for (InetAddress address : addresses) {
      String kind = blocked(address);
      if (kind != null) {
        String what = isLiteral(host, address) ? host + " is " + kind : host + " resolves to " + address.getHostAddress()
            + ", " + kind;
        throw FetchException.permanent(what + " address: only public addresses are fetched");
      }
    }
    return uri;
  }

  private static boolean isLiteral(String host, InetAddress address) {
    return host.equalsIgnoreCase(address.getHostAddress()) || host.contains(":") || host.matches("[0-9.]+");
  }

  /** What kind of non-public address this is, or null when it is public (or loopback and loopback is allowed). */
  String blocked(InetAddress address) {
    byte[] bytes = address.getAddress();
    byte[] embedded = embeddedIpv4(bytes);
    if (embedded != null) {
      bytes = embedded;
    }
    for (Range range : BLOCKED) {
      if (range.contains(bytes)) {
        return allowLoopback && range.name().equals("a loopback") ? null : range.name();
      }
    }
    return null;
  }

  /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address, else null. */
  private static byte[] embeddedIpv4(byte[] b) {
    if (b.length != 16) {
      return null;
    }
    boolean zeros80 = allZero(b, 0, 10);
    boolean mapped = zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = zeros80 && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 16) && !isV6Loopback(b);
    boolean nat64 = b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
    if (mapped || compatible || nat64) {
      return new byte[] {b[12], b[13], b[14], b[15]};
    }
    if ((b[0] & 0xff) == 0x20 && b[1] == 0x02) {
      return new byte[] {b[2], b[3], b[4], b[5]};
    }
    return null;
  }

  private static boolean isV6Loopback(byte[] b) {
    return allZero(b, 0, 15) && b[15] == 1;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static Range range(String literal, int prefix, String name) {
    try {
      return new Range(InetAddress.getByName(literal).getAddress(), prefix, name);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
