import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.util.component.Dumpable;
import org.eclipse.jetty.util.component.Graceful;

/**
 * A SolrCloud of N nodes with an embedded ZooKeeper for Briefbot's tests, in a JVM of its own (Solr's Lucene is not
 * ours). Run in source-file mode: {@code java -cp "$(cat target/solr-cloud.classpath)" SolrCloudLauncher.java 2}.
 * Prints {@code READY <zkHost> <url1>,<url2>} on stdout, then reads {@code stop i}, {@code start i} and {@code exit}
 * on stdin, answering {@code OK} (or {@code ERROR why}) to each; it exits when stdin closes, so it dies with the JVM
 * that started it.
 */
public class SolrCloudLauncher {

  private static final long SLOW_STOP_MS = 5_000;

  public static void main(String[] args) throws Exception {
    // stdout is the protocol: everything else (Solr's logging included) goes to stderr, warnings and worse only.
    PrintStream protocol = System.out;
    System.setOut(System.err);
    System.setProperty("org.apache.logging.log4j.level", "WARN");
    int nodes = Integer.parseInt(args[0]);
    Path base = Files.createTempDirectory("briefbot-solrcloud");
    System.setProperty("solr.log.dir", base.toString());
    // A distributed search that a stopping node coordinates can wait on a shard request that its own half-stopped
    // Jetty never answers, and the node's stop waits for that request to end (seen: 120 s, past the tests' command
    // timeout). The default solr.xml bounds a shard request's silence by this property (90 s by default).
    System.setProperty("socketTimeout", "20000");
    MiniSolrCloudCluster cluster;
    try {
      cluster = new MiniSolrCloudCluster(nodes, base, JettyConfig.builder().build());
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster, base)));
    // the cluster forgets a stopped node, so keep them all by number
    List<JettySolrRunner> runners = List.copyOf(cluster.getJettySolrRunners());
    protocol.println("READY " + cluster.getZkServer().getZkAddress() + " " + urls(runners));
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    for (String line; (line = in.readLine()) != null && !line.equals("exit"); ) {
      try {
        String[] command = line.trim().split(" ");
        JettySolrRunner node = runners.get(Integer.parseInt(command[1]));
        if (command[0].equals("stop")) {
          stop(cluster, node);
        } else {
          cluster.startJettySolrRunner(node, true); // the same port, so the URLs the tests hold stay valid
          cluster.waitForNode(node, 60);
          awaitActiveReplicas(cluster);
        }
        protocol.println("OK");
      } catch (Exception e) {
        e.printStackTrace();
        protocol.println("ERROR " + e);
      }
    }
    System.exit(0); // the shutdown hook stops the cluster and removes its files
  }

  /**
   * A node first stops gracefully: Jetty stops accepting, lets running requests finish and waits until every connection
   * is closed (an idle one after a second). It gives up after 15 s with the node half stopped (connectors closed,
   * state failed), and a later graceful stop would wait for the same again, so the node is then stopped without
   * waiting, as a crashed node would be. A stop still waiting after {@link #SLOW_STOP_MS} prints what it waits for.
   */
  private static void stop(MiniSolrCloudCluster cluster, JettySolrRunner node) throws Exception {
    long start = System.nanoTime();
    Server jetty = server(node);
    Thread slow = new Thread(() -> {
      try {
        Thread.sleep(SLOW_STOP_MS);
        printWhatStopWaitsFor(jetty, node);
      } catch (InterruptedException e) {
        // stopped in time
      }
    });
    slow.setDaemon(true);
    slow.start();
    try {
      cluster.stopJettySolrRunner(node);
    } catch (Exception e) {
      if (!node.isStopped()) {
        System.err.println("graceful stop of " + node.getBaseUrl() + " failed (" + e + "); stopping it at once");
        jetty.setStopTimeout(0);
        cluster.stopJettySolrRunner(node);
      }
    } finally {
      slow.interrupt();
    }
    cluster.waitForJettyToStop(node);
    System.err.println("stopped " + node.getBaseUrl() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
  }

  /** JettySolrRunner keeps its Jetty server to itself; its connections and stop timeout are needed here. */
  private static Server server(JettySolrRunner node) throws ReflectiveOperationException {
    Field server = JettySolrRunner.class.getDeclaredField("server");
    server.setAccessible(true);
    return (Server) server.get(node);
  }

  /** The requests Jetty counts as running, every connection still open (with its state) and every thread's stack. */
  private static void printWhatStopWaitsFor(Server jetty, JettySolrRunner node) {
    System.err.println("graceful stop of " + node.getBaseUrl() + " still waiting after " + SLOW_STOP_MS + " ms");
    for (Handler h : jetty.getChildHandlersByClass(StatisticsHandler.class)) {
      StatisticsHandler stats = (StatisticsHandler) h;
      System.err.println("  requests active " + stats.getRequestsActive() + ", dispatched " + stats.getDispatchedActive());
    }
    for (Graceful g : jetty.getContainedBeans(Graceful.class)) {
      System.err.println("  graceful part " + g + (g instanceof Dumpable d ? "\n" + d.dump() : ""));
    }
    for (Connector connector : jetty.getConnectors()) {
      for (EndPoint endPoint : connector.getConnectedEndPoints()) {
        System.err.println("  open: " + endPoint.getConnection());
      }
    }
    Thread.getAllStackTraces().forEach((thread, frames) -> {
      System.err.println("  thread " + thread.getName() + " " + thread.getState());
      Arrays.stream(frames).limit(30).forEach(f -> System.err.println("    at " + f));
    });
  }

  /** A restarted node first recovers its replicas; the tests go on once every replica serves again. */
  private static void awaitActiveReplicas(MiniSolrCloudCluster cluster) throws Exception {
    var state = cluster.getZkStateReader();
    for (String collection : state.getClusterState().getCollectionNames()) {
      state.waitForState(collection, 60, TimeUnit.SECONDS, (live, c) -> allActive(c, live));
    }
  }

  private static boolean allActive(DocCollection collection, Set<String> liveNodes) {
    return collection != null
        && collection.getSlices().stream().allMatch(s -> s.getReplicas().stream().allMatch(r -> r.isActive(liveNodes)));
  }

  /** Its files are temporary, so a node slow to stop gracefully is not waited for long: it dies with this JVM. */
  private static void shutdown(MiniSolrCloudCluster cluster, Path base) {
    Thread stopping = new Thread(() -> {
      try {
        cluster.shutdown();
      } catch (Exception e) {
        System.err.println("SolrCloud did not shut down cleanly: " + e);
      }
    });
    stopping.setDaemon(true);
    stopping.start();
    try {
      stopping.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(base)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (Exception e) {
      System.err.println("could not remove " + base + ": " + e);
    }
  }

  private static String urls(List<JettySolrRunner> runners) {
    return runners.stream().map(j -> j.getBaseUrl().toString()).collect(Collectors.joining(","));
  }
}
