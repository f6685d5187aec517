package vn.dvht.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        for (Row row : sheet) {
          for (Cell cell : row) {
            String line = line(sheet, cell);
            if (!line.isEmpty()) {
              lines.add(line);
            }
          }
        }
      }
    }
    lines.sort(XlsxDump::compare);
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

  /** Sheet order first, then rows, then columns — so the dump reads like the workbook. */
  private static int compare(String a, String b) {
    return key(a).compareTo(key(b));
  }

  private static String key(String line) {
    int bang = line.indexOf('!');
    String sheet = line.substring(0, bang);
    String rest = line.substring(bang + 1);
    if (rest.startsWith(" sheet #")) {
      return String.format("%s|%06d|%s", sheet, 0, "");
    }
    String ref = rest.substring(0, rest.indexOf(' '));
    String letters = ref.replaceAll("[0-9]", "");
    int row = Integer.parseInt(ref.replaceAll("[A-Z]", ""));
    return String.format("%s|%06d|%3s", sheet, row, letters).replace(' ', '0');
  }
}
