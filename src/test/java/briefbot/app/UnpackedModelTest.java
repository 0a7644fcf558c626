package briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpackedModelTest {

  @TempDir
  Path dir;

  private URL jarWith(String name, byte[] content) throws IOException {
    Path jar = dir.resolve("model.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new ZipEntry(name));
      out.write(content);
      out.closeEntry();
    }
    return URI.create("jar:" + jar.toUri() + "!/" + name).toURL();
  }

  private static byte[] content() {
    return "weights ".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void aJarEntryIsUnpackedOnceUnderItsChecksumAndReadFromTheFileAfter() throws IOException {
    URL url = jarWith("m.onnx", content());
    Path cache = dir.resolve("cache");

    Optional<Path> first = UnpackedModel.in(cache, url, "m.onnx");
    assertThat(first).isPresent();
    assertThat(first.get().getFileName().toString()).matches("m-[0-9a-f]{8}\\.onnx");
    assertThat(Files.readAllBytes(first.get())).isEqualTo(content());
    Object written = Files.readAttributes(first.get(), BasicFileAttributes.class).fileKey();

    Optional<Path> again = UnpackedModel.in(cache, url, "m.onnx");
    assertThat(again).contains(first.get());
    assertThat(Files.readAttributes(first.get(), BasicFileAttributes.class).fileKey()).as("not written again")
        .isEqualTo(written);
    try (var files = Files.list(cache)) {
      assertThat(files.toList()).as("no temporary file left").containsExactly(first.get());
    }
  }

  @Test
  void aDamagedUnpackedFileIsUnpackedAgainNeverRead() throws IOException {
    URL url = jarWith("m.onnx", content());
    Path cache = dir.resolve("cache");
    Path file = UnpackedModel.in(cache, url, "m.onnx").orElseThrow();
    byte[] damaged = content();
    damaged[1000] ^= 1;
    Files.write(file, damaged);

    assertThat(UnpackedModel.in(cache, url, "m.onnx")).contains(file);
    assertThat(Files.readAllBytes(file)).isEqualTo(content());
  }

  @Test
  void withoutAJarOrAFolderItCanWriteThereIsNoFile() throws IOException {
    Path plain = dir.resolve("m.onnx");
    Files.write(plain, content());
    assertThat(UnpackedModel.in(dir.resolve("cache"), plain.toUri().toURL(), "m.onnx")).isEmpty();

    URL url = jarWith("m.onnx", content());
    Path notAFolder = dir.resolve("file");
    Files.writeString(notAFolder, "x");
    assertThat(UnpackedModel.in(notAFolder.resolve("cache"), url, "m.onnx")).isEmpty();
  }

  @Test
  void anOlderJarsModelUnusedForADayIsDeletedAndNothingElse() throws IOException {
    Path cache = Files.createDirectories(dir.resolve("cache"));
    FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
    Path older = Files.writeString(cache.resolve("m-0123abcd.onnx"), "an older jar's model");
    Path users = Files.writeString(cache.resolve("m-mine.onnx"), "the user's");
    Path other = Files.writeString(cache.resolve("other-0123abcd.onnx"), "another model's");
    for (Path file : new Path[] {older, users, other}) {
      Files.setLastModifiedTime(file, twoDaysAgo);
    }
    Path unpacked = UnpackedModel.in(cache, jarWith("m.onnx", content()), "m.onnx").orElseThrow();
    assertThat(older).doesNotExist();
    assertThat(unpacked).exists();
    assertThat(users).exists();
    assertThat(other).exists();
  }
}
