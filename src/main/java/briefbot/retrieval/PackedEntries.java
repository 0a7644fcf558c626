package briefbot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;

/**
 * One dictionary's entries as read, held as bytes until they are added: the conversion looks at every dictionary
 * before it adds the first, and as objects deu-eng and eng-deu alone took 290 MB of heap (as bytes, all eight
 * take 50 MB).
 */
final class PackedEntries {

  private final ByteBuffersDataOutput bytes = new ByteBuffersDataOutput();
  private int count;

  void add(FreeDict.Entry entry) {
    try {
      bytes.writeString(entry.headword());
      bytes.writeVInt(entry.pos());
      bytes.writeVInt(entry.senses().size());
      for (List<FreeDict.Term> sense : entry.senses()) {
        bytes.writeVInt(sense.size());
        for (FreeDict.Term term : sense) {
          bytes.writeString(term.text());
          bytes.writeVInt(term.pos());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // bytes in memory: never thrown
    }
    count++;
  }

  /** The entries in the order they were added, as they were. */
  void forEach(Consumer<FreeDict.Entry> sink) {
    DataInput in = bytes.toDataInput();
    try {
      for (int e = 0; e < count; e++) {
        String headword = in.readString();
        int pos = in.readVInt();
        int senseCount = in.readVInt();
        List<List<FreeDict.Term>> senses = new ArrayList<>(senseCount);
        for (int s = 0; s < senseCount; s++) {
          FreeDict.Term[] sense = new FreeDict.Term[in.readVInt()];
          for (int t = 0; t < sense.length; t++) {
            sense[t] = new FreeDict.Term(in.readString(), in.readVInt());
          }
          senses.add(List.of(sense));
        }
        sink.accept(new FreeDict.Entry(headword, pos, senses));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // bytes in memory: never thrown
    }
  }
}
