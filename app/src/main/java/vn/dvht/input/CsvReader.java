package vn.dvht.input;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;

/**
 * Reads a CSV file as one sheet of text rows, streamed: a member list is parsed a row at a time as it
 * is evaluated, never held whole. Its encoding is {@link CsvText}'s; the delimiter (comma, semicolon or
 * tab) is the one whose first rows best match the expected headers. Each cell is NFC normalised. A row
 * (a record, which quoted line breaks may spread over several lines) longer than {@value #MAX_ROW_CHARS}
 * characters is refused: it is not a member's row, most often a quote left open. So are rows past
 * {@value #MAX_ROWS}, Excel's limit, unless {@code --allow-large}: the memory a unit needs grows with
 * its members (some 70 bytes each), and no spreadsheet could hold more.
 */
final class CsvReader {
  private static final char[] DELIMITERS = {',', ';', '\t'};
  /** The characters of one row, at most: 32 cells of Excel's 32,767 characters. */
  static final int MAX_ROW_CHARS = 1 << 20;
  /** The rows of a CSV, at most, as of a sheet in Excel (the header row included). */
  static final int MAX_ROWS = 1_048_576;
  private static final int SNIFF_ROWS = 20;

  private CsvReader() {}

  /**
   * The rows with data of a small file read whole (unit facts), at most {@link RawSheet#MAX_ROWS} of
   * them: a longer file is refused as it is read.
   */
  static RawSheet read(Path path, ToIntFunction<List<String>> headerScore, ReadOptions options)
      throws InputException {
    CsvText.Encoding encoding = CsvText.of(path, options);
    char delimiter = options.delimiter().isPresent() ? options.delimiter().get() : delimiter(path, encoding, headerScore);
    List<RawRow> all = new ArrayList<>();
    try {
      parse(path, encoding, delimiter, -Integer.MAX_VALUE, row -> {
        if (!row.isBlank() && all.size() >= RawSheet.MAX_ROWS) {
          throw new TooLongException(row.number());
        }
        if (!row.isBlank()) {
          all.add(row);
        }
      });
    } catch (TooLongException e) {
      throw RawSheet.tooLong(path.toString(), path.getFileName().toString(), e.row);
    }
    return new RawSheet(path.toString(), path.getFileName().toString(), all, format(encoding, delimiter), List.of());
  }

  static RawSheet read(Path path, ToIntFunction<List<String>> headerScore) throws InputException {
    return read(path, headerScore, ReadOptions.DEFAULT);
  }

  /**
   * The file's rows as they are parsed, after its encoding and delimiter are settled (on its first
   * rows): a problem in a later row is thrown when that row is reached.
   *
   * @param headerScore how many expected headers a row holds; the delimiter with the best score wins
   */
  static RowStream stream(Path path, ToIntFunction<List<String>> headerScore, ReadOptions options)
      throws InputException {
    CsvText.Encoding encoding = CsvText.of(path, options);
    char delimiter = options.delimiter().isPresent() ? options.delimiter().get() : delimiter(path, encoding, headerScore);
    String format = format(encoding, delimiter);
    String file = path.toString();
    String name = path.getFileName().toString();
    return new RowStream() {
      @Override
      public String file() {
        return file;
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public String format() {
        return format;
      }

      @Override
      public void forEach(Visitor visitor) throws InputException {
        parse(path, encoding, delimiter, options.allowLarge() ? Integer.MAX_VALUE : MAX_ROWS,
            row -> visitor.row(row, false));
      }
    };
  }

  private static String format(CsvText.Encoding encoding, char delimiter) {
    return Messages.get("layout.csv", encoding.name(), delimiter == '\t' ? "tab" : "\"" + delimiter + "\"");
  }

  /**
   * The delimiter whose first rows hold the most expected headers; when none holds any, the comma — or
   * why the first rows do not parse with a comma (a quote left open), which is then the file's problem.
   */
  private static char delimiter(Path path, CsvText.Encoding encoding, ToIntFunction<List<String>> headerScore)
      throws InputException {
    char best = ',';
    int bestScore = -1;
    InputException commaFailure = null;
    for (char delimiter : DELIMITERS) {
      int[] score = {0};
      try {
        parse(path, encoding, delimiter, -SNIFF_ROWS, row -> score[0] = Math.max(score[0],
            headerScore.applyAsInt(row.cells())));
      } catch (InputException e) {
        // Quoted fields that do not parse with this delimiter ("a";"b" read with ','): not the file's delimiter.
        score[0] = -1;
        commaFailure = delimiter == ',' ? e : commaFailure;
      }
      if (score[0] > bestScore) {
        best = delimiter;
        bestScore = score[0];
      }
    }
    if (bestScore <= 0 && commaFailure != null) {
      throw commaFailure;
    }
    return best;
  }

  /**
   * Parses the rows, handing each to {@code rows} as it is read: at most {@code limit} of them (a row past
   * them is an error), or when {@code limit} is negative the first {@code -limit} (the rest unread).
   */
  private static void parse(Path path, CsvText.Encoding encoding, char delimiter, int limit, Consumer<RawRow> rows)
      throws InputException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    RowGuard guard = null;
    long rowLine = 1;
    try (Reader text = CsvText.open(path, encoding)) {
      guard = new RowGuard(text);
      CSVParser parser = CSVParser.builder().setReader(guard).setFormat(format).get();
      int read = 0;
      for (CSVRecord record : parser) {
        if (limit < 0 && read++ >= -limit) {
          break;
        }
        if (limit >= 0 && record.getRecordNumber() > limit) {
          throw new InputException(Diagnostic.error("I108", new SourcePosition.InSheet(path.toString(),
              path.getFileName().toString(), limit + 1, -1, ""), Messages.get("input.csvTooManyRows", limit)));
        }
        rows.accept(new RawRow((int) record.getRecordNumber(), cells(record)));
        rowLine = parser.getCurrentLineNumber() + 1;
        guard.rowEnded();
      }
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      if (guard != null && guard.tooLong) {
        throw new InputException(Diagnostic.error("I105", new SourcePosition.InSheet(path.toString(),
            path.getFileName().toString(), (int) Math.min(rowLine, Integer.MAX_VALUE), -1, ""),
            Messages.get("input.csvRowTooLong", MAX_ROW_CHARS)));
      }
      throw cause instanceof CSVException ? parseError(path.toString(), cause) : CsvText.unreadable(path, cause);
    }
  }

  /** A record's cells, NFC normalised (a cell of ASCII alone is already). */
  private static List<String> cells(CSVRecord record) {
    List<String> cells = new ArrayList<>(record.size());
    for (String value : record) {
      cells.add(ascii(value) ? value : Normalizer.normalize(value, Normalizer.Form.NFC));
    }
    return cells;
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** A file read whole goes on past {@link RawSheet#MAX_ROWS} rows with data, at {@code row}. */
  private static final class TooLongException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int row;

    TooLongException(int row) {
      super(null, null, false, false);
      this.row = row;
    }
  }

  /** Fails a read once more than {@value #MAX_ROW_CHARS} characters pass without a row ending. */
  private static final class RowGuard extends FilterReader {
    private long sinceRow;
    boolean tooLong;

    RowGuard(Reader in) {
      super(in);
    }

    void rowEnded() {
      sinceRow = 0;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count(c < 0 ? 0 : 1);
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int chars) throws IOException {
      sinceRow += chars;
      if (sinceRow > MAX_ROW_CHARS + (1 << 16)) {
        tooLong = true;
        throw new IOException("row longer than " + MAX_ROW_CHARS);
      }
    }
  }

  /**
   * A quote left open names the line it opens on, text after a closing quote the line it is on; the
   * parser's own words are never shown.
   */
  private static InputException parseError(String file, Exception e) {
    String message = String.valueOf(e.getMessage());
    // The parser writes its line numbers with grouping ("line: 1,234"): only the digits count.
    java.util.regex.Matcher start = java.util.regex.Pattern.compile("\\(startline ([\\d,.\\u00A0\\u202F]+)\\)")
        .matcher(message);
    java.util.regex.Matcher at = java.util.regex.Pattern.compile("at line:? ([\\d,.\\u00A0\\u202F]*\\d)").matcher(message);
    String name = Path.of(file).getFileName().toString();
    if (start.find() && message.contains("EOF reached before encapsulated token finished")) {
      return new InputException(Diagnostic.error("I105",
          new SourcePosition.InSheet(file, name, number(start.group(1)), -1, ""),
          Messages.get("input.csvUnclosedQuote")));
    }
    if (message.contains("Invalid character between encapsulated token and delimiter") && at.find()) {
      return new InputException(Diagnostic.error("I105",
          new SourcePosition.InSheet(file, name, number(at.group(1)), -1, ""),
          Messages.get("input.csvAfterQuote")));
    }
    return new InputException(Diagnostic.error("I105", new SourcePosition.InFile(file), Messages.get("input.badCsvText")));
  }

  /** A line number as the parser wrote it, grouping separators left out. */
  private static int number(String grouped) {
    String digits = grouped.replaceAll("\\D", "");
    return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }
}
