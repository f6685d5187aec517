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
  private Handoff piped;
  private XmlSink pipedXml;

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

  /**
   * Starts a large part whose XML is made on this thread while another compresses it: a member grid
   * of a million rows is some 400 MB of XML, and deflating it takes longer than making it.
   */
  XmlSink beginLarge(String name) throws IOException {
    begin(name);
    piped = new Handoff(zip);
    return pipedXml = new XmlSink(piped);
  }

  /** Ends the part begun last. */
  void end() throws IOException {
    if (piped != null) {
      pipedXml.flush();
      Handoff handoff = piped;
      piped = null;
      pipedXml = null;
      handoff.close();
    } else {
      xml.flush();
    }
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

  /** After a failure: lets a compressing thread go; the package is not finished. */
  void abort() {
    if (piped != null) {
      try {
        piped.close();
      } catch (IOException e) {
        // the failure that led here is the one to report
      }
      piped = null;
    }
  }

  /**
   * Bytes handed to a thread that writes them on into the zip (which computes the CRC and deflates):
   * blocks of at most 64 KB through a queue 8 deep, so at most half a megabyte waits.
   */
  private static final class Handoff extends OutputStream {
    private static final byte[] END = new byte[0];
    private final java.util.concurrent.ArrayBlockingQueue<byte[]> queue = new java.util.concurrent.ArrayBlockingQueue<>(8);
    private final Thread worker;
    private volatile IOException failure;

    Handoff(OutputStream zip) {
      worker = new Thread(() -> {
        try {
          for (byte[] block = queue.take(); block != END; block = queue.take()) {
            if (failure == null) {
              zip.write(block);
            }
          }
        } catch (IOException e) {
          failure = e;
          queue.clear();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "dvht-deflate");
      worker.setDaemon(true);
      worker.start();
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      failed();
      put(java.util.Arrays.copyOfRange(b, off, off + len));
    }

    @Override
    public void close() throws IOException {
      put(END);
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException();
      }
      failed();
    }

    private void put(byte[] block) throws IOException {
      try {
        while (!queue.offer(block, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          failed();
          if (!worker.isAlive()) {
            throw new IOException("deflate thread ended");
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException();
      }
    }

    private void failed() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }
  }
}
