package briefbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPolicyTest {

  private final AddressPolicy strict = new AddressPolicy(false, InetAddress::getAllByName);
  private final AddressPolicy loopbackAllowed = new AddressPolicy(true, InetAddress::getAllByName);

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "public", value = {
      "8.8.8.8 | public", "1.1.1.1 | public", "172.32.0.1 | public", "100.128.0.1 | public",
      "2606:4700::1111 | public", "2002:0808:0808:: | public",
      "127.0.0.1 | a loopback", "127.255.0.9 | a loopback", "::1 | a loopback", "::ffff:127.0.0.1 | a loopback",
      "10.0.0.1 | a private", "172.16.0.1 | a private", "172.31.255.255 | a private", "192.168.1.1 | a private",
      "169.254.169.254 | a link-local (cloud metadata)", "100.100.100.200 | a shared (carrier-grade NAT or cloud metadata)",
      "0.0.0.0 | an unspecified", ":: | an unspecified", "224.0.0.1 | a multicast", "ff02::1 | a multicast",
      "255.255.255.255 | a reserved", "fe80::1 | a link-local", "fc00::1 | a unique-local (private)",
      "fd00:ec2::254 | a unique-local (private)", "fec0::1 | a site-local (private)",
      "::ffff:10.0.0.1 | a private", "64:ff9b::a00:1 | a private", "2002:0a00:0001:: | a private",
      "::10.0.0.1 | a private", "2001:db8::1 | a documentation", "198.51.100.7 | a documentation"})
  void classifiesAddresses(String address, String kind) throws UnknownHostException {
    assertThat(strict.blocked(InetAddress.getByName(address))).isEqualTo(kind);
  }

  @Test
  void theAllowanceOpensLoopbackOnly() throws UnknownHostException {
    assertThat(loopbackAllowed.blocked(InetAddress.getByName("127.0.0.1"))).isNull();
    assertThat(loopbackAllowed.blocked(InetAddress.getByName("::1"))).isNull();
    assertThat(loopbackAllowed.blocked(InetAddress.getByName("10.0.0.1"))).isEqualTo("a private");
    assertThat(loopbackAllowed.blocked(InetAddress.getByName("169.254.169.254"))).isNotNull();
  }

  @Test
  void everyAddressAHostResolvesToIsChecked() {
    AddressPolicy policy = new AddressPolicy(false, host -> new InetAddress[] {
        InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34}),
        InetAddress.getByAddress(host, new byte[] {10, 0, 0, 5})});
    assertThatThrownBy(() -> policy.check(URI.create("https://news.example/a")))
        .hasMessage("news.example resolves to 10.0.0.5, a private address: only public addresses are fetched");
  }

  @Test
  void anUnknownHostIsAPassingFailure() {
    AddressPolicy policy = new AddressPolicy(false, host -> {
      throw new UnknownHostException(host);
    });
    assertThatThrownBy(() -> policy.check(URI.create("https://nowhere.example/")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.retry()).isTrue())
        .hasMessage("the host nowhere.example is unknown");
  }

  @Test
  void aPublicHostPasses() {
    AddressPolicy policy = new AddressPolicy(false, host -> new InetAddress[] {
        InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})});
    assertThat(policy.check("https://news.example/a?b=1")).isEqualTo(URI.create("https://news.example/a?b=1"));
  }
}
