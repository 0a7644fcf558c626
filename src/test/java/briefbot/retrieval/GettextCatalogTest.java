package briefbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compiled gettext catalog reads back as the translations it was written with, in either byte order. */
class GettextCatalogTest {

  @TempDir
  Path dir;

  @Test
  void readsTheTranslationsWithoutTheHeader() throws IOException {
    Map<String, String> names = Map.of("Kyrgyzstan", "Kirguistán", "Solomon Islands", "Islas Salomón");
    for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
      Path mo = dir.resolve("iso_3166-1-" + order + ".mo");
      Files.write(mo, IsoCodesFiles.mo(names, order));
      assertThat(GettextCatalog.read(mo)).as(order.toString()).isEqualTo(names);
    }
  }

  @Test
  void aFileWithoutTheMagicNumberIsRefused() throws IOException {
    Path mo = Files.writeString(dir.resolve("other.mo"), "msgid \"Kenya\"\nmsgstr \"Kenia\"\n");
    assertThatThrownBy(() -> GettextCatalog.read(mo)).isInstanceOf(IOException.class).hasMessageContaining("magic");
  }
}
