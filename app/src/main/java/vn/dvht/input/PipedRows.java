package vn.dvht.input;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses a large sheet on a second thread while the caller's thread folds the rows already parsed,
 * so that reading XML and counting members use two cores. Rows cross in batches through a short
 * queue: at most {@value #DEPTH} batches of {@value #BATCH} rows wait, so memory stays bounded
 * however long the sheet. A failure on either side stops both and reaches the caller.
 */
final class PipedRows {
  static final int BATCH = 512;
  static final int DEPTH = 8;

  /** Reads every row of a sheet, handing each to the visitor in order. */
  interface Producer {
    void each(RowStream.Visitor visitor) throws IOException;
  }

  private static final Batch END = new Batch();

  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(DEPTH);
  private volatile Throwable failure;
  private volatile boolean cancelled;

  private PipedRows() {}

  /** Runs {@code producer} on its own thread and {@code visitor} on this one, row by row in sheet order. */
  static void run(Producer producer, RowStream.Visitor visitor) throws IOException {
    new PipedRows().pipe(producer, visitor);
  }

  private void pipe(Producer producer, RowStream.Visitor visitor) throws IOException {
    Thread reader = new Thread(() -> produce(producer), "dvht-sheet-reader");
    reader.setDaemon(true);
    reader.start();
    boolean finished = false;
    try {
      for (Batch batch = queue.take(); batch != END; batch = queue.take()) {
        for (int i = 0; i < batch.size; i++) {
          visitor.row(batch.rows[i], batch.hidden[i]);
        }
      }
      finished = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the sheet");
    } finally {
      if (!finished) {
        cancelled = true;
        reader.interrupt();
      }
      join(reader);
    }
    rethrow();
  }

  private void produce(Producer producer) {
    Batch[] current = {new Batch()};
    try {
      producer.each((row, hidden) -> {
        if (cancelled) {
          throw new Cancelled();
        }
        Batch batch = current[0];
        batch.rows[batch.size] = row;
        batch.hidden[batch.size++] = hidden;
        if (batch.size == BATCH) {
          put(batch);
          current[0] = new Batch();
        }
      });
    } catch (Cancelled e) {
      return;
    } catch (Throwable t) {
      failure = t;
    }
    try {
      if (current[0].size > 0) {
        queue.put(current[0]);
      }
      queue.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void put(Batch batch) {
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      throw new Cancelled();
    }
  }

  private static void join(Thread reader) {
    boolean interrupted = false;
    while (reader.isAlive()) {
      try {
        reader.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void rethrow() throws IOException {
    Throwable t = failure;
    if (t == null) {
      return;
    }
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof UncheckedIOException unchecked) {
      throw unchecked.getCause();
    }
    if (t instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (t instanceof Error error) {
      throw error;
    }
    throw new IOException(t);
  }

  private static final class Batch {
    final RawRow[] rows = new RawRow[BATCH];
    final boolean[] hidden = new boolean[BATCH];
    int size;
  }

  /** Unwinds the reading thread once the caller has stopped listening. */
  private static final class Cancelled extends RuntimeException {
    Cancelled() {
      super(null, null, false, false);
    }
  }
}
