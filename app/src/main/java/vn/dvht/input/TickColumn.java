package vn.dvht.input;

import java.util.ArrayList;
import java.util.List;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Messages;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Warnings;

/**
 * A yes/no column of a member sheet: whether it holds only tick marks (x, ✓) — then a blank cell is a
 * plain "no" — and its blank cells where an indicator needs an answer, reported as warnings (I212) at
 * the end unless it does. Every blank is counted; the first {@value Warnings#LISTED} are kept to be
 * named one by one, as every warning code is ({@link Warnings}).
 */
final class TickColumn {
  private final RowStream sheet;
  private final HeaderRow header;
  private final int column;
  private final List<Integer> blanks = new ArrayList<>();
  private boolean sawTick;
  private boolean onlyTicks = true;
  private long blankCount;

  TickColumn(RowStream sheet, HeaderRow header, int column) {
    this.sheet = sheet;
    this.header = header;
    this.column = column;
  }

  void seen(boolean tick) {
    sawTick |= tick;
    onlyTicks &= tick;
  }

  void blank(int row) {
    blankCount++;
    if (blanks.size() < Warnings.LISTED) {
      blanks.add(row);
    }
  }

  void report(Diagnostics diagnostics) {
    if (sawTick && onlyTicks) {
      return;
    }
    for (int row : blanks) {
      diagnostics.warning("I212", at(row), Messages.get("members.blankCell"));
    }
    diagnostics.unlisted("I212", blankCount - blanks.size());
  }

  private SourcePosition.InSheet at(int row) {
    return new SourcePosition.InSheet(sheet.file(), sheet.name(), row, column, header.header(column));
  }
}
