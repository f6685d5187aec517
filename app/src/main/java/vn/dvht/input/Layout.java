package vn.dvht.input;

import java.util.List;
import vn.dvht.diag.Message;

/**
 * How a member file was understood, for {@code dvht evaluate --dry-run}: its format (encoding and
 * delimiter for CSV), the sheet and header row used, each field's column and how its header matched,
 * the columns ignored, and the first rows as parsed.
 */
public record Layout(String file, Message format, String sheet, int headerRow, List<Column> columns,
    List<String> ignored, List<RawRow> firstRows) {

  public Layout {
    columns = List.copyOf(columns);
    ignored = List.copyOf(ignored);
    firstRows = List.copyOf(firstRows);
  }

  /** A field of the ruleset and the column it was read from ({@code letter} empty when absent). */
  public record Column(String header, String letter, String found, Message how) {}
}
