package vn.dvht.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rows piped from the reading thread arrive complete and in order, and a failure on either side stops both. */
class PipedRowsTest {
  private static final int ROWS = PipedRows.BATCH * 5 + 7;

  @Test
  void everyRowArrivesInOrderWithItsHiddenFlag() throws Exception {
    List<Integer> numbers = new ArrayList<>();
    List<Integer> hidden = new ArrayList<>();
    PipedRows.run(PipedRowsTest::rows, (row, isHidden) -> {
      numbers.add(row.number());
      if (isHidden) {
        hidden.add(row.number());
      }
    });
    assertThat(numbers).hasSize(ROWS).isSorted().startsWith(1).endsWith(ROWS);
    assertThat(hidden).hasSize(ROWS / 100).allMatch(n -> n % 100 == 0);
  }

  @Test
  void aReadingFailureReachesTheCallerAfterTheRowsBeforeIt() {
    AtomicInteger seen = new AtomicInteger();
    assertThatThrownBy(() -> PipedRows.run(visitor -> {
      rows(visitor);
      throw new IOException("hỏng ở dòng " + (ROWS + 1));
    }, (row, isHidden) -> seen.incrementAndGet())).isInstanceOf(IOException.class).hasMessageContaining(
        String.valueOf(ROWS + 1));
    assertThat(seen).hasValue(ROWS);
  }

  @Test
  void aFailingVisitorStopsTheReadingThread() {
    AtomicInteger produced = new AtomicInteger();
    assertThatThrownBy(() -> PipedRows.run(visitor -> {
      for (int i = 1; i <= 1_000_000; i++) {
        visitor.row(new RawRow(i, List.of()), false);
        produced.incrementAndGet();
      }
    }, (row, isHidden) -> {
      if (row.number() == 10) {
        throw new IllegalStateException("dừng");
      }
    })).isInstanceOf(IllegalStateException.class);
    assertThat(produced.get()).isLessThan(PipedRows.BATCH * (PipedRows.DEPTH + 3));
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("dvht-sheet-reader"));
  }

  private static void rows(RowStream.Visitor visitor) {
    for (int i = 1; i <= ROWS; i++) {
      visitor.row(new RawRow(i, List.of(String.valueOf(i))), i % 100 == 0);
    }
  }
}
