package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxLibrariesTest {

  @TempDir
  Path cache;

  @Test
  void theRuntimesLibrariesAreUnpackedOnceUnderTheirChecksumsWithTheNamesItLoads() throws Exception {
    String platform = OnnxLibraries.platform().orElseThrow();
    Path folder = OnnxLibraries.unpacked(cache, platform).orElseThrow();
    assertThat(folder.getFileName().toString()).matches(platform + "-[0-9a-f]{8}-[0-9a-f]{8}");
    Path library = folder.resolve(System.mapLibraryName("onnxruntime"));
    Path binding = folder.resolve(System.mapLibraryName("onnxruntime4j_jni"));
    for (Path file : new Path[] {library, binding}) {
      try (InputStream in = OnnxLibraries.class.getResourceAsStream(
          "/ai/onnxruntime/native/" + platform + "/" + file.getFileName())) {
        assertThat(Files.readAllBytes(file)).as(file.toString()).isEqualTo(in.readAllBytes());
      }
    }
    Files.setLastModifiedTime(library, FileTime.fromMillis(0));
    assertThat(OnnxLibraries.unpacked(cache, platform)).contains(folder);
    assertThat(Files.getLastModifiedTime(library).toMillis()).as("not written again").isZero();
    assertThat(OnnxLibraries.unpacked(cache, "plan9-mips")).as("a platform the jar has no libraries for").isEmpty();
  }

  @Test
  void theBuiltInModelLoadsTheRuntimeFromItsUnpackedFolderUnlessTheUserNamedOne() {
    String before = System.getProperty(OnnxLibraries.NATIVE_PATH);
    try {
      System.setProperty(OnnxLibraries.NATIVE_PATH, cache.toString());
      assertThat(OnnxLibraries.useUnpacked(cache.resolve("other"))).isFalse();
      assertThat(System.getProperty(OnnxLibraries.NATIVE_PATH)).isEqualTo(cache.toString());
    } finally {
      restore(before);
    }
    if (before == null) {
      new AllMiniLmL6V2QuantizedEmbeddingModel(Optional.empty(), Briefbot.DEFAULT_CACHE.resolve("onnxruntime"))
          .embed("Wer hat die Wahl gewonnen?");
      Path folder = Path.of(System.getProperty(OnnxLibraries.NATIVE_PATH));
      assertThat(folder.resolve(System.mapLibraryName("onnxruntime"))).isRegularFile();
      assertThat(OrtEnvironment.getEnvironment()).isNotNull();
    }
  }

  private static void restore(String value) {
    if (value == null) {
      System.clearProperty(OnnxLibraries.NATIVE_PATH);
    } else {
      System.setProperty(OnnxLibraries.NATIVE_PATH, value);
    }
  }
}
