package briefbot.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Provisional: a 2-node SolrCloud in its own JVM, shared by the test classes of this JVM. */
public final class SolrCloud {
  private static SolrCloud shared;
  private final Process process;
  private final BufferedReader out;
  private final PrintWriter in;
  private List<String> urls;

  private SolrCloud(Process process) {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream()));
    this.in = new PrintWriter(process.getOutputStream(), true);
  }

  public static synchronized SolrCloud shared() throws IOException {
    if (shared == null) {
      String cp = Files.readString(Path.of("target/solr-cloud.classpath")).strip();
      Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-Xmx512m", "-cp", cp,
          "src/test/solr/SolrCloudLauncher.java", "2").redirectError(Path.of("target/solr-cloud.log").toFile()).start();
      SolrCloud cloud = new SolrCloud(p);
      for (String line; (line = cloud.out.readLine()) != null; ) {
        if (line.startsWith("READY")) {
          cloud.urls = List.of(line.split(" ")[2].split(","));
          break;
        }
      }
      Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
      shared = cloud;
    }
    return shared;
  }

  public List<String> urls() {
    return urls;
  }

  private void awaitOk() throws IOException {
    for (String line; (line = out.readLine()) != null; ) {
      if (line.startsWith("OK")) {
        return;
      }
    }
  }

  public synchronized void stop(int node) throws IOException {
    in.println("stop " + node);
    awaitOk();
  }

  public synchronized void start(int node) throws IOException {
    in.println("start " + node);
    awaitOk();
  }
}
