package vn.dvht.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.w3c.dom.Node;

/** The characters a node comes to as XML, as {@link DomWriter} writes it. */
final class DomSize {
  private DomSize() {}

  static long of(Node node) {
    Counter counter = new Counter();
    try {
      new DomWriter(counter).write(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counter.count;
  }

  /** A writer that only counts. */
  private static final class Counter extends Writer {
    long count;

    @Override
    public void write(char[] buffer, int offset, int length) {
      count += length;
    }

    @Override
    public void write(String text) {
      count += text.length();
    }

    @Override
    public void flush() {
      // nothing is kept
    }

    @Override
    public void close() {
      // nothing is kept
    }
  }
}
