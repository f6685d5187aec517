package vn.dvht.office;

import java.util.List;
import java.util.Optional;
import vn.dvht.diag.SourcePosition;
import vn.dvht.input.RawRow;
import vn.dvht.input.RawSheet;
import vn.dvht.input.TextKey;

/**
 * A sheet of "Mục | Giá trị" rows, as the unit sheet is: an item found by its label or another name of
 * it, anywhere in the first column, its value in the second.
 */
final class Items {
  private final RawSheet sheet;

  Items(RawSheet sheet) {
    this.sheet = sheet;
  }

  /** The row whose first cell names the item. */
  Optional<RawRow> row(List<String> names) {
    for (RawRow row : sheet.rows()) {
      String label = row.cell(0);
      if (!label.isEmpty() && names.stream().anyMatch(n -> TextKey.same(n, label))) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /** The item's value, or "". */
  String value(List<String> names) {
    return row(names).map(r -> r.cell(1)).orElse("");
  }

  /** The item's value cell, or the sheet when the item is missing. */
  SourcePosition at(List<String> names) {
    return row(names).<SourcePosition>map(r -> new SourcePosition.InSheet(sheet.file(), sheet.name(), r.number(), 1,
        r.cell(0))).orElse(new SourcePosition.InSheet(sheet.file(), sheet.name(), 0, -1, names.get(0)));
  }

  RawSheet sheet() {
    return sheet;
  }
}
