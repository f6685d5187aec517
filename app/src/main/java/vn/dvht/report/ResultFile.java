package vn.dvht.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import vn.dvht.diag.FileAccess;
import vn.dvht.diag.Visible;
import vn.dvht.diag.Wording;
import vn.dvht.json.Envelope;

/**
 * A result file that {@code dvht diff} compares, read as a stream so that its size never decides the
 * memory it takes: a first pass checks the whole document ({@link ComparedUnitReader}) and keeps, per
 * unit, where it starts, three 64-bit keys of who it is and a 64-bit fingerprint of what is compared; a
 * unit is read again, alone, when its changes are written. The file is opened once, a regular file only
 * (a FIFO is refused before it is opened), and read by position: it cannot be swapped between the passes.
 *
 * <pre>{@code
 * try (ResultFile before = ResultFile.open(wording, Path.of("2024.json"))) {
 *   ComparedUnit first = before.unit(0, true);
 * }
 * }</pre>
 */
public final class ResultFile implements AutoCloseable {
  /** Ten times the units of a national run (about 100,000): 40 bytes are kept for each. */
  public static final int MAX_UNITS = 1_000_000;
  /** What is kept per unit: where it starts, its three keys, its fingerprint. */
  private static final int WIDTH = 5;
  /** No text in a result is longer: a member's name is at most Excel's 32,767 characters. */
  static final int MAX_STRING = 1_000_000;
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING).build()).build();

  private final Path file;
  private final FileChannel channel;
  private long[] columns = new long[WIDTH * 64];
  private int size;

  /** A file that is not a dvht result, or not one this dvht reads; the message names the place. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    public Invalid(String message) {
      super(message, null, false, false);
    }
  }

  private ResultFile(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /**
   * Opens and checks a result. Malformed JSON is a {@link com.fasterxml.jackson.core.JacksonException}
   * (positioned); a file that cannot be used, or JSON that is not a result this dvht reads, {@link Invalid}.
   */
  public static ResultFile open(Wording words, Path file) throws Invalid, IOException {
    try {
      FileAccess.check(file, -1);
    } catch (FileAccess.Refused e) {
      throw new Invalid(file + ": " + words.text(e.reason()));
    }
    ResultFile result = new ResultFile(file, FileChannel.open(file, StandardOpenOption.READ));
    try {
      result.scan(words);
      return result;
    } catch (Invalid | IOException | RuntimeException e) {
      result.close();
      throw e;
    }
  }

  private void scan(Wording words) throws Invalid, IOException {
    try (JsonParser parser = JSON.createParser(from(0))) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw notResult(words);
      }
      boolean units = false;
      String kind = "result";
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case Envelope.SCHEMA_VERSION -> version(words, parser);
          case Envelope.KIND -> kind = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : "";
          case Envelope.UNITS -> units = units(words, parser);
          default -> parser.skipChildren();
        }
        if (!kind.equals("result")) {
          throw notResult(words);
        }
      }
      if (!units) {
        throw notResult(words);
      }
    }
  }

  private void version(Wording words, JsonParser parser) throws Invalid, IOException {
    String text = parser.currentToken().isScalarValue() ? parser.getText() : parser.currentToken().asString();
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || !text.equals(Integer.toString(Envelope.VERSION))) {
      var at = parser.currentTokenLocation();
      throw new Invalid(words.get("diff.schemaVersion", file, at.getLineNr(), at.getColumnNr(),
          Visible.of(text.length() > 40 ? text.substring(0, 40) + "…" : text), Envelope.VERSION));
    }
  }

  private boolean units(Wording words, JsonParser parser) throws Invalid, IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw notResult(words);
    }
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      long offset = parser.currentTokenLocation().getByteOffset();
      if (i == MAX_UNITS) {
        var at = parser.currentTokenLocation();
        throw new Invalid(words.get("diff.tooMany", file, at.getLineNr(), at.getColumnNr(), "units", MAX_UNITS));
      }
      if (offset < 0) {
        throw new Invalid(words.get("diff.notUtf8", file));
      }
      add(offset, new ComparedUnitReader(parser, file.toString(), true, words).read("units[" + i + "]"));
    }
    return true;
  }

  private void add(long offset, ComparedUnit unit) {
    if ((size + 1) * WIDTH > columns.length) {
      columns = Arrays.copyOf(columns, columns.length * 2);
    }
    int at = size * WIDTH;
    columns[at] = offset;
    columns[at + 1] = UnitFingerprint.hash(unit.input(), unit.name());
    columns[at + 2] = UnitFingerprint.hash(fileName(unit.input()), unit.name());
    columns[at + 3] = UnitFingerprint.hash(unit.name());
    columns[at + 4] = UnitFingerprint.of(unit);
    size++;
  }

  public int size() {
    return size;
  }

  /** Who unit {@code i} is: its input as given and its name; its input's file name and its name; its name. */
  long key(int i, int tier) {
    return columns[i * WIDTH + 1 + tier];
  }

  long fingerprint(int i) {
    return columns[i * WIDTH + 4];
  }

  /** Unit {@code i} read again, alone (without its failing members when {@code members} is false). */
  public ComparedUnit unit(Wording words, int i, boolean members) throws Invalid, IOException {
    try (JsonParser parser = JSON.createParser(from(columns[i * WIDTH]))) {
      parser.nextToken();
      return new ComparedUnitReader(parser, file.toString(), members, words).read("units[" + i + "]");
    } catch (Invalid | com.fasterxml.jackson.core.JacksonException e) {
      throw new Invalid(words.get("diff.changed", file));
    }
  }

  /** The file's bytes from {@code start}, by positional reads that leave the channel as it is. */
  private InputStream from(long start) {
    return new InputStream() {
      private long position = start;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = channel.read(ByteBuffer.wrap(bytes, offset, length), position);
        position += Math.max(n, 0);
        return n;
      }
    };
  }

  private Invalid notResult(Wording words) {
    return new Invalid(file + ": " + words.get("diff.notResult"));
  }

  static String fileName(String input) {
    return input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
