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
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;

/**
 * The records of a CSV file parsed one at a time (RFC 4180, Commons CSV) as its text streams from
 * {@link CsvText}: each cell NFC normalised; a record longer than {@value #MAX_ROW_CHARS} characters
 * refused where it starts, before it is held; the parser's errors told in Vietnamese at their line.
 */
final class CsvRecords {
  /** The characters of one row, at most: 32 cells of Excel's 32,767 characters. */
  static final int MAX_ROW_CHARS = 1 << 20;

  private CsvRecords() {}

  /**
   * Parses the rows, handing each to {@code rows} as it is read: at most {@code limit} of them (a row past
   * them is an error), or when {@code limit} is negative the first {@code -limit} (the rest unread).
   */
  static void parse(Path path, CsvText.Encoding encoding, char delimiter, int limit, Consumer<RawRow> rows)
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
