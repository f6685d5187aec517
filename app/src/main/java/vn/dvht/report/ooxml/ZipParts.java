package vn.dvht.report.ooxml;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip of an Office Open XML package, parts written one after another, every entry stamped with
 * the same date so the same content gives the same bytes. The caller's stream is flushed, never
 * closed.
 */
final class ZipParts {
  private final ZipOutputStream zip;
  private final XmlSink xml;
  private final LocalDate date;

  ZipParts(OutputStream out, LocalDate date) {
    OutputStream kept = new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
    this.zip = new ZipOutputStream(new BufferedOutputStream(kept, 1 << 16));
    // Level 1: a member grid of a million rows is some 400 MB of XML; the best speed compresses it
    // about tenfold at a fraction of the default level's time.
    zip.setLevel(Deflater.BEST_SPEED);
    this.xml = new XmlSink(zip);
    this.date = date;
  }

  /** Starts a part and returns where its XML goes; {@link #end()} ends it. */
  XmlSink begin(String name) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(date.atStartOfDay());
    zip.putNextEntry(entry);
    return xml;
  }

  /** Ends the part begun last. */
  void end() throws IOException {
    xml.flush();
    zip.closeEntry();
  }

  /** A whole part from text. */
  void part(String name, String content) throws IOException {
    begin(name).bytes(content.getBytes(StandardCharsets.UTF_8));
    end();
  }

  void close() throws IOException {
    zip.close();
  }
}
