package vn.dvht.input;

import vn.dvht.diag.Message;

/**
 * The rows of a member sheet, read once and in order, so a sheet of a million rows never has to be
 * held in memory. A materialised {@link RawSheet} is one; the streaming .xlsx reader gives another.
 */
interface RowStream {
  String file();

  String name();

  /** How the rows were read: "Excel (.xlsx)", "CSV, mã UTF-8, phân cách ;", … */
  Message format();

  /** Whether the workbook counts serial days from 1904; false for CSV and nearly every workbook. */
  default boolean date1904() {
    return false;
  }

  /** Calls {@code visitor} with every row in sheet order. */
  void forEach(Visitor visitor) throws InputException;

  /** Receives one row; {@code hidden} is whether Excel hides it. */
  interface Visitor {
    void row(RawRow row, boolean hidden);
  }

  static RowStream of(RawSheet sheet) {
    return new RowStream() {
      @Override
      public String file() {
        return sheet.file();
      }

      @Override
      public String name() {
        return sheet.name();
      }

      @Override
      public Message format() {
        return sheet.format();
      }

      @Override
      public boolean date1904() {
        return sheet.date1904();
      }

      @Override
      public void forEach(Visitor visitor) {
        java.util.Set<Integer> hidden = java.util.Set.copyOf(sheet.hiddenRows());
        for (RawRow row : sheet.rows()) {
          visitor.row(row, hidden.contains(row.number()));
        }
      }
    };
  }
}
