package vn.dvht.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns padded to their widest cell, counted in code points. */
final class TextTable {
  private final List<List<String>> rows = new ArrayList<>();

  TextTable row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table, each line indented by {@code indent} and ending with a newline. */
  String render(String indent) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        line.append(cell);
        if (c < row.size() - 1) {
          line.append(" ".repeat(widths[c] - width(cell) + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  static String clip(String text, int max) {
    return width(text) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
