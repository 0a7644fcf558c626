package briefbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fresh serving JVM's command line: this JVM's java and flags, the vector module only where it is wanted. */
class ServingProcessTest {

  @Test
  void aOneQuestionJvmGoesWithoutTheVectorModuleAndKeepsTheOtherFlags() {
    List<String> own = ManagementFactory.getRuntimeMXBean().getInputArguments();
    boolean vector = own.stream().anyMatch(f -> f.contains("jdk.incubator.vector"));
    boolean nativeAccess = own.stream().anyMatch(f -> f.startsWith("--enable-native-access"));

    List<String> withModule = ServingProcess.javaCommand(true);
    List<String> without = ServingProcess.javaCommand(false);

    assertThat(withModule.get(0)).isEqualTo(without.get(0)).endsWith("java");
    assertThat(withModule.contains("jdk.incubator.vector") || withModule.contains("--add-modules=jdk.incubator.vector"))
        .as("as this JVM runs").isEqualTo(vector);
    assertThat(without).noneMatch(f -> f.startsWith("--add-modules") || f.contains("jdk.incubator.vector"));
    assertThat(without.stream().anyMatch(f -> f.startsWith("--enable-native-access"))).isEqualTo(nativeAccess);
    assertThat(without).containsAll(withModule.stream()
        .filter(f -> !f.startsWith("--add-modules") && !f.equals("jdk.incubator.vector")).toList());
  }
}
