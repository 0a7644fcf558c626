import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

public class SolrCloudLauncher {
  public static void main(String[] args) throws Exception {
    int nodes = Integer.parseInt(args[0]);
    Path base = Files.createTempDirectory("solrcloud");
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(nodes, base, JettyConfig.builder().build());
    System.out.println("READY " + cluster.getZkServer().getZkAddress() + " " + urls(cluster));
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    for (String line; (line = in.readLine()) != null; ) {
      String[] cmd = line.trim().split(" ");
      if (cmd[0].equals("stop")) { cluster.stopJettySolrRunner(Integer.parseInt(cmd[1])); System.out.println("OK"); }
      else if (cmd[0].equals("start")) { JettySolrRunner j = cluster.getJettySolrRunner(Integer.parseInt(cmd[1])); cluster.startJettySolrRunner(j, true); cluster.waitForNode(j, 30); System.out.println("OK " + urls(cluster)); }
      else if (cmd[0].equals("exit")) break;
    }
    cluster.shutdown();
  }
  static String urls(MiniSolrCloudCluster c) { return c.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).collect(Collectors.joining(",")); }
}
