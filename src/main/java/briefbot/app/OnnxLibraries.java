package briefbot.app;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ONNX runtime's native libraries for this machine, unpacked from the jar once into a folder beside the model's
 * and loaded from there: left to itself, the runtime unpacks its 16.5 MB library into a new temporary folder at every
 * start (its environment took 180-200 ms of the model thread's CPU in a fresh JVM that way, 80-90 ms from the folder;
 * docs/benchmarks.md, December 4, twelfth session). Where the libraries cannot be unpacked, the runtime's own way
 * stays; a folder the user named ({@value #NATIVE_PATH}) is never overridden.
 */
final class OnnxLibraries {

  /** The system property the runtime reads for a folder holding its libraries. */
  static final String NATIVE_PATH = "onnxruntime.native.path";
  /** Where the runtime keeps its libraries in its jar, a folder per platform ("linux-x64"). */
  private static final String IN_JAR = "/ai/onnxruntime/native/";
  /** The runtime's library and its Java binding, loaded in that order. */
  private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

  private OnnxLibraries() {}

  /** Points the runtime at its libraries unpacked in {@code cache}, unless told already; whether it now is. */
  static boolean useUnpacked(Path cache) {
    if (System.getProperty(NATIVE_PATH) != null) {
      return false;
    }
    Optional<Path> folder = platform().flatMap(platform -> unpacked(cache, platform));
    folder.ifPresent(path -> System.setProperty(NATIVE_PATH, path.toString()));
    return folder.isPresent();
  }

  /** The libraries of {@code platform} unpacked into {@code cache}, when the jar holds them. */
  static Optional<Path> unpacked(Path cache, String platform) {
    List<String> files = LIBRARIES.stream().map(System::mapLibraryName).toList();
    URL first = OnnxLibraries.class.getResource(IN_JAR + platform + "/" + files.get(0));
    return first == null ? Optional.empty() : UnpackedModel.folder(cache, platform, first, files);
  }

  /** This machine's folder name in the runtime's jar, as the runtime names it ("linux-x64", "osx-aarch64"). */
  static Optional<String> platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String system = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win"
        : os.contains("nux") ? "linux" : null;
    String cpu = switch (arch) {
      case "amd64", "x86_64" -> "x64";
      case "aarch64", "x86", "ppc64" -> arch;
      default -> null;
    };
    return system == null || cpu == null ? Optional.empty() : Optional.of(system + "-" + cpu);
  }
}
