package vn.dvht.input;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;

/**
 * Reads a CSV file as one sheet of text rows. UTF-8 (with or without BOM) and UTF-16 (with BOM, or
 * without one when the NUL bytes of its ASCII letters give it away) are recognised; other bytes are
 * read as Windows-1258, what Excel on Vietnamese Windows writes. The delimiter (comma, semicolon or
 * tab) is the one whose first rows best match the expected headers.
 */
final class CsvReader {
  private static final char[] DELIMITERS = {',', ';', '\t'};
  /** A CSV is read whole: 256 MB is some million members, more than any unit; --allow-large lifts it. */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private CsvReader() {}

  /**
   * @param headerScore how many expected headers a row holds; the delimiter with the best score wins
   */
  static RawSheet read(Path path, ToIntFunction<List<String>> headerScore) throws InputException {
    return read(path, headerScore, ReadOptions.DEFAULT);
  }

  static RawSheet read(Path path, ToIntFunction<List<String>> headerScore, ReadOptions options)
      throws InputException {
    String file = path.toString();
    Decoded decoded = decode(path, options);
    String text = decoded.text();
    char best = options.delimiter().orElse(',');
    int bestScore = options.delimiter().isPresent() ? Integer.MAX_VALUE : -1;
    for (char delimiter : options.delimiter().isPresent() ? new char[0] : DELIMITERS) {
      int score = 0;
      try {
        for (RawRow row : parse(file, text, delimiter, 20)) {
          score = Math.max(score, headerScore.applyAsInt(row.cells()));
        }
      } catch (InputException e) {
        // Quoted fields that do not parse with this delimiter ("a";"b" read with ','): not the file's delimiter.
        score = -1;
      }
      if (score > bestScore) {
        best = delimiter;
        bestScore = score;
      }
    }
    String name = path.getFileName().toString();
    String format = Messages.get("layout.csv", decoded.encoding(), delimiterName(best));
    return new RawSheet(file, name, parse(file, text, best, Integer.MAX_VALUE), format, List.of());
  }

  /** Decoded text and the name of the encoding it was read with. */
  private record Decoded(String text, String encoding) {}

  private static String delimiterName(char delimiter) {
    return delimiter == '\t' ? "tab" : "\"" + delimiter + "\"";
  }

  private static List<RawRow> parse(String file, String text, char delimiter, int limit) throws InputException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    List<RawRow> rows = new ArrayList<>();
    try (Reader reader = new StringReader(text)) {
      for (CSVRecord record : format.parse(reader)) {
        if (rows.size() >= limit) {
          break;
        }
        rows.add(new RawRow((int) record.getRecordNumber(), record.toList()));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw parseError(file, e);
    }
    return rows;
  }

  /**
   * A quote left open names the line it opens on, text after a closing quote the line it is on; the
   * parser's own words are never shown.
   */
  private static InputException parseError(String file, Exception e) {
    String message = String.valueOf(e.getMessage());
    java.util.regex.Matcher start = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)").matcher(message);
    java.util.regex.Matcher at = java.util.regex.Pattern.compile("at line:? (\\d+)").matcher(message);
    String name = Path.of(file).getFileName().toString();
    if (start.find() && message.contains("EOF reached before encapsulated token finished")) {
      return new InputException(Diagnostic.error("I105",
          new SourcePosition.InSheet(file, name, Integer.parseInt(start.group(1)), -1, ""),
          Messages.get("input.csvUnclosedQuote")));
    }
    if (message.contains("Invalid character between encapsulated token and delimiter") && at.find()) {
      return new InputException(Diagnostic.error("I105",
          new SourcePosition.InSheet(file, name, Integer.parseInt(at.group(1)), -1, ""),
          Messages.get("input.csvAfterQuote")));
    }
    return new InputException(Diagnostic.error("I105", new SourcePosition.InFile(file), Messages.get("input.badCsvText")));
  }

  private static Decoded decode(Path path, ReadOptions options) throws InputException {
    byte[] bytes;
    try {
      if (!options.allowLarge() && Files.size(path) > MAX_BYTES) {
        throw new InputException(Diagnostic.error("I108", new SourcePosition.InFile(path.toString()),
            Messages.get("input.csvTooLarge", MAX_BYTES / 1024 / 1024)));
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(Diagnostic.error("I101", new SourcePosition.InFile(path.toString()),
          Messages.get("input.notFound")));
    } catch (IOException e) {
      throw new InputException(Diagnostic.error("I103", new SourcePosition.InFile(path.toString()),
          Messages.get("input.strangeFile", vn.dvht.diag.FileAccess.reason(e))));
    }
    if (bytes.length == 0) {
      throw new InputException(Diagnostic.error("I102", new SourcePosition.InFile(path.toString()),
          Messages.get("input.emptyFile")));
    }
    boolean utf16Bom = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    java.util.Optional<Charset> utf16Bare = utf16Bom ? java.util.Optional.empty() : utf16Without(bytes);
    if (!options.encoding().isPresent()) {
      requireText(path, bytes, utf16Bom || utf16Bare.isPresent());
    }
    String text;
    String encoding;
    if (options.encoding().isPresent()) {
      text = new String(bytes, options.encoding().get());
      encoding = options.encoding().get().name();
    } else if (utf16Bom) {
      text = new String(bytes, StandardCharsets.UTF_16);
      encoding = "UTF-16";
    } else if (utf16Bare.isPresent()) {
      text = new String(bytes, utf16Bare.get());
      encoding = utf16Bare.get().name();
    } else {
      text = strictUtf8(bytes);
      encoding = bytes.length >= 3 && bytes[0] == (byte) 0xEF ? "UTF-8 (BOM)" : "UTF-8";
      if (text == null) {
        mixedEncoding(path, bytes);
        text = new String(bytes, Charset.forName("windows-1258"));
        encoding = "Windows-1258";
      }
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), encoding);
  }


  /**
   * A file that is mostly UTF-8 with a few bytes that are not (a name pasted from a Windows-1258 or
   * TCVN3 file) would read as garbage in any one encoding: refused at the line of the first bad byte.
   */
  private static void mixedEncoding(Path path, byte[] bytes) throws InputException {
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    long replaced = lenient.chars().filter(c -> c == '\uFFFD').count();
    long letters = lenient.chars().filter(c -> c >= 0x80 && c != '\uFFFD').count();
    if (letters < 3 || letters <= 2 * replaced) {
      return;
    }
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length), true);
    int line = 1;
    for (int i = 0; i < in.position(); i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    String hex = String.format("%02X", bytes[Math.min(in.position(), bytes.length - 1)] & 0xFF);
    throw new InputException(Diagnostic.error("I105", new SourcePosition.InSheet(path.toString(),
        path.getFileName().toString(), line, -1, ""), Messages.get("input.mixedEncoding", hex)));
  }

  /** A workbook or other binary file under a CSV name is refused with what it seems to be. */
  private static void requireText(Path path, byte[] bytes, boolean utf16) throws InputException {
    boolean zip = FileKind.isZip(bytes);
    boolean ole2 = bytes.length >= 4 && bytes[0] == (byte) 0xD0 && bytes[1] == (byte) 0xCF && bytes[2] == 0x11;
    int controls = 0;
    int sample = Math.min(bytes.length, 4096);
    for (int i = 0; i < sample && !utf16; i++) {
      int b = bytes[i] & 0xFF;
      controls += (b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F ? 1 : 0;
    }
    if (zip || ole2) {
      throw new InputException(Diagnostic.error("I105", new SourcePosition.InFile(path.toString()),
          Messages.get("input.excelAsCsv")));
    }
    if (controls * 100 > sample) {
      throw new InputException(Diagnostic.error("I105", new SourcePosition.InFile(path.toString()),
          Messages.get("input.binaryCsv")));
    }
  }

  /**
   * UTF-16 written without a byte-order mark: most of the first even (big-endian) or odd
   * (little-endian) bytes are NUL, as they are for the ASCII letters of any Vietnamese header row.
   */
  private static java.util.Optional<Charset> utf16Without(byte[] bytes) {
    int pairs = Math.min(bytes.length / 2, 256);
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < pairs; i++) {
      evenNul += bytes[2 * i] == 0 ? 1 : 0;
      oddNul += bytes[2 * i + 1] == 0 ? 1 : 0;
    }
    if (pairs < 2 || Math.max(evenNul, oddNul) * 10 < pairs * 6 || Math.min(evenNul, oddNul) * 10 > pairs) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(oddNul > evenNul ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
