package vn.dvht.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import vn.dvht.diag.Message;

/**
 * Reads a CSV file as one sheet of text rows, streamed: a member list is parsed a row at a time as it
 * is evaluated, never held whole. Its encoding is {@link CsvText}'s, its records {@link CsvRecords}'; the
 * delimiter (comma, semicolon or tab) is the one whose first rows best match the expected headers. Rows
 * past {@value #MAX_ROWS}, Excel's limit, are refused unless {@code --allow-large}: the memory a unit
 * needs grows with its members (some 50 bytes each), and no spreadsheet could hold more.
 */
final class CsvReader {
  private static final char[] DELIMITERS = {',', ';', '\t'};
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
      CsvRecords.parse(path, encoding, delimiter, -Integer.MAX_VALUE, row -> {
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
    Message format = format(encoding, delimiter);
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
      public Message format() {
        return format;
      }

      @Override
      public void forEach(Visitor visitor) throws InputException {
        CsvRecords.parse(path, encoding, delimiter, options.allowLarge() ? Integer.MAX_VALUE : MAX_ROWS,
            row -> visitor.row(row, false));
      }
    };
  }

  private static Message format(CsvText.Encoding encoding, char delimiter) {
    return Message.of("layout.csv", encoding.name(), delimiter == '\t' ? "tab" : "\"" + delimiter + "\"");
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
        CsvRecords.parse(path, encoding, delimiter, -SNIFF_ROWS, row -> score[0] = Math.max(score[0],
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

  /** A file read whole goes on past {@link RawSheet#MAX_ROWS} rows with data, at {@code row}. */
  private static final class TooLongException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int row;

    TooLongException(int row) {
      super(null, null, false, false);
      this.row = row;
    }
  }

}
