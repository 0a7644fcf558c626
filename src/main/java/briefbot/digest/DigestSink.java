package briefbot.digest;

import java.util.List;

/** A place digests are posted to (Slack channels, Teams conversations, a Teams Workflows webhook). */
public interface DigestSink {

  /** Short name used in ledger keys and logs, e.g. "slack" or "teams". */
  String name();

  /** The destinations that want the digest now (configured channels plus subscriptions). */
  List<String> destinations();

  /** Posts the digest to one destination; throws when the post did not succeed, so it is retried. */
  void post(String destination, Digest digest) throws Exception;
}
