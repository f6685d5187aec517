package vn.dvht.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared-string table: every string read back as written, however long, and its memory bounded. */
class SharedStringsTest {
  @Test
  void everyStringComesBackAsWrittenAcrossPagesAndLengthPrefixes() throws Exception {
    List<String> written = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      written.add(switch (i % 5) {
        case 0 -> "Có";
        case 1 -> "Nguyễn Thị Thanh Hương " + i;
        case 2 -> "x".repeat(127 + i % 3);
        case 3 -> "ghi chú " + "ế".repeat(i % 6000);
        default -> "";
      });
    }
    SharedStrings strings = SharedStrings.read(xml(written), false);

    assertThat(strings.size()).isEqualTo(written.size());
    for (int i = 0; i < written.size(); i++) {
      assertThat(strings.get(i)).as("string %d", i).isEqualTo(written.get(i));
    }
  }

  @Test
  void aTextLongerThanACellIsKeptToOneCharacterPastIt() throws Exception {
    SharedStrings strings = SharedStrings.read(xml(List.of("a".repeat(200_000), "b")), false);
    assertThat(strings.get(0)).hasSize(RawRow.MAX_CELL + 1);
    assertThat(strings.get(1)).isEqualTo("b");
  }

  @Test
  void aTableKeepingMoreThanItsBudgetIsRefusedAsItIsRead() {
    long strings = SharedStrings.BUDGET / 1000 + 1;
    SharedStrings.TooLargeException e = catchThrowableOfType(SharedStrings.TooLargeException.class,
        () -> SharedStrings.read(new Repeated(strings), false));
    assertThat(e).as("%d strings of 1,000 characters", strings).isNotNull();
    assertThat(e.budget).isEqualTo(96L << 20);
  }

  private static InputStream xml(List<String> strings) {
    StringBuilder xml = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    strings.forEach(s -> xml.append(s.isEmpty() ? "<si/>" : "<si><t>" + s + "</t></si>"));
    return new ByteArrayInputStream(xml.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A shared-string part of {@code count} distinct strings of 1,000 characters, made as it is read. */
  private static final class Repeated extends SequenceInputStream {
    Repeated(long count) {
      super(Collections.enumeration(List.of(
          new ByteArrayInputStream("<sst>".getBytes(StandardCharsets.US_ASCII)),
          new Strings(count),
          new ByteArrayInputStream("</sst>".getBytes(StandardCharsets.US_ASCII)))));
    }
  }

  private static final class Strings extends InputStream {
    private final long count;
    private long made;
    private byte[] current = new byte[0];
    private int at;

    Strings(long count) {
      this.count = count;
    }

    @Override
    public int read() {
      if (at == current.length) {
        if (made == count) {
          return -1;
        }
        String text = String.format("%010d", made++) + "y".repeat(990);
        current = ("<si><t>" + text + "</t></si>").getBytes(StandardCharsets.US_ASCII);
        at = 0;
      }
      return current[at++];
    }
  }
}
