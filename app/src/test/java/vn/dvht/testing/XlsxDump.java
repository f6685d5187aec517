package vn.dvht.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A workbook as sorted text lines {@code Sheet!A1 <type> <value> [format]}, so golden tests compare
 * what a person sees rather than zip bytes.
 */
public final class XlsxDump {
  private XlsxDump() {}

  public static String of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(in);
    }
  }

  public static String of(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Workbook workbook = WorkbookFactory.create(in)) {
      for (Sheet sheet : workbook) {
        lines.add(String.format("%s! sheet #%d", sheet.getSheetName(), workbook.getSheetIndex(sheet)));
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
          for (Cell cell : row) {
            String line = line(sheet, cell);
            if (!line.isEmpty()) {
              cells.add(line);
            }
          }
        }
        cells.sort(Comparator.comparing(XlsxDump::position));
        lines.addAll(cells);
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String line(Sheet sheet, Cell cell) {
    String ref = sheet.getSheetName() + "!" + cell.getAddress().formatAsString();
    String format = cell.getCellStyle().getDataFormatString();
    String suffix = format == null || format.equals("General") ? "" : " [" + format + "]";
    switch (cell.getCellType()) {
      case STRING:
        return ref + " s " + cell.getStringCellValue().replace("\n", "\\n") + suffix;
      case NUMERIC:
        return ref + " n " + cell.getNumericCellValue() + suffix;
      case BOOLEAN:
        return ref + " b " + cell.getBooleanCellValue() + suffix;
      case FORMULA:
        return ref + " f =" + cell.getCellFormula() + suffix;
      default:
        return "";
    }
  }

  /** Rows, then columns, so each sheet's dump reads like the sheet. */
  private static String position(String line) {
    String ref = line.substring(line.indexOf('!') + 1, line.indexOf(' ', line.indexOf('!')));
    String letters = ref.replaceAll("[0-9]", "");
    int row = Integer.parseInt(ref.replaceAll("[A-Z]", ""));
    return String.format("%07d|%3s", row, letters);
  }
}
