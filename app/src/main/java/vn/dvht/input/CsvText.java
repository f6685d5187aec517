package vn.dvht.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;

/**
 * A CSV file's bytes as text, read as a stream so that a file of any size costs a buffer: UTF-8 (with
 * or without BOM) and UTF-16 (with BOM, or without one when the NUL bytes of its ASCII letters give it
 * away) are recognised; other bytes are read as Windows-1258, what Excel on Vietnamese Windows writes.
 * Whether a file is UTF-8 is decided on all its bytes, in a first pass that keeps none of them.
 */
final class CsvText {
  /** A CSV larger than this is refused (I108) unless {@code --allow-large}: some 3 million members. */
  static final long MAX_BYTES = 256L * 1024 * 1024;
  private static final int HEAD = 4096;
  private static final int BUFFER = 1 << 16;

  private CsvText() {}

  /** How a file is decoded, and the name the dry run shows ("UTF-8 (BOM)", "Windows-1258", …). */
  record Encoding(Charset charset, String name) {}

  /** The file's encoding, after refusing a file too large, empty, binary or of mixed encodings. */
  static Encoding of(Path path, ReadOptions options) throws InputException {
    try {
      long size = Files.size(path);
      if (!options.allowLarge() && size > MAX_BYTES) {
        throw new InputException(Diagnostic.error("I108", new SourcePosition.InFile(path.toString()),
            Messages.get("input.csvTooLarge", MAX_BYTES / 1024 / 1024)));
      }
      byte[] head = head(path);
      if (head.length == 0) {
        throw new InputException(Diagnostic.error("I102", new SourcePosition.InFile(path.toString()),
            Messages.get("input.emptyFile")));
      }
      return detect(path, head, options);
    } catch (NoSuchFileException e) {
      throw new InputException(Diagnostic.error("I101", new SourcePosition.InFile(path.toString()),
          Messages.get("input.notFound")));
    } catch (IOException e) {
      throw unreadable(path, e);
    }
  }

  /** The file's characters in {@code encoding}, without a leading byte-order mark. */
  static Reader open(Path path, Encoding encoding) throws IOException {
    PushbackReader text = new PushbackReader(new InputStreamReader(
        new BufferedInputStream(Files.newInputStream(path), BUFFER), encoding.charset()));
    int first = text.read();
    if (first >= 0 && first != '\uFEFF') {
      text.unread(first);
    }
    return text;
  }

  static InputException unreadable(Path path, IOException e) {
    return new InputException(Diagnostic.error("I103", new SourcePosition.InFile(path.toString()),
        Messages.get("input.strangeFile", vn.dvht.diag.FileAccess.reason(e))));
  }

  private static Encoding detect(Path path, byte[] head, ReadOptions options) throws IOException, InputException {
    boolean utf16Bom = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
        || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
    Optional<Charset> utf16Bare = utf16Bom ? Optional.empty() : utf16Without(head);
    if (options.encoding().isPresent()) {
      return new Encoding(options.encoding().get(), options.encoding().get().name());
    }
    requireText(path, head, utf16Bom || utf16Bare.isPresent());
    if (utf16Bom) {
      return new Encoding(StandardCharsets.UTF_16, "UTF-16");
    }
    if (utf16Bare.isPresent()) {
      return new Encoding(utf16Bare.get(), utf16Bare.get().name());
    }
    long bad = Utf8Scan.firstMalformed(path);
    if (bad < 0) {
      return new Encoding(StandardCharsets.UTF_8, head.length >= 3 && head[0] == (byte) 0xEF ? "UTF-8 (BOM)" : "UTF-8");
    }
    Utf8Scan.requireNotMixed(path, bad);
    return new Encoding(Charset.forName("windows-1258"), "Windows-1258");
  }

  private static byte[] head(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(HEAD);
    }
  }

  /** A workbook or other binary file under a CSV name is refused with what it seems to be. */
  private static void requireText(Path path, byte[] head, boolean utf16) throws InputException {
    boolean zip = FileKind.isZip(head);
    boolean ole2 = head.length >= 4 && head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF && head[2] == 0x11;
    int controls = 0;
    for (int i = 0; i < head.length && !utf16; i++) {
      int b = head[i] & 0xFF;
      controls += (b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F ? 1 : 0;
    }
    if (zip || ole2) {
      throw new InputException(Diagnostic.error("I105", new SourcePosition.InFile(path.toString()),
          Messages.get("input.excelAsCsv")));
    }
    if (controls * 100 > head.length) {
      throw new InputException(Diagnostic.error("I105", new SourcePosition.InFile(path.toString()),
          Messages.get("input.binaryCsv")));
    }
  }

  /**
   * UTF-16 written without a byte-order mark: most of the first even (big-endian) or odd
   * (little-endian) bytes are NUL, as they are for the ASCII letters of any Vietnamese header row.
   */
  private static Optional<Charset> utf16Without(byte[] bytes) {
    int pairs = Math.min(bytes.length / 2, 256);
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < pairs; i++) {
      evenNul += bytes[2 * i] == 0 ? 1 : 0;
      oddNul += bytes[2 * i + 1] == 0 ? 1 : 0;
    }
    if (pairs < 2 || Math.max(evenNul, oddNul) * 10 < pairs * 6 || Math.min(evenNul, oddNul) * 10 > pairs) {
      return Optional.empty();
    }
    return Optional.of(oddNul > evenNul ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
  }
}
