package vn.dvht.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;

/**
 * Reads the sheets of an XLSX or XLS workbook as text rows. The file is opened read-only; formula
 * cells give their cached value, numbers lose a trailing ".0", date cells become dd/MM/yyyy.
 */
final class WorkbookReader implements SheetSource {

  private final String file;
  private final Workbook workbook;

  private WorkbookReader(String file, Workbook workbook) {
    this.file = file;
    this.workbook = workbook;
  }

  static WorkbookReader open(Path path) throws InputException {
    return open(path, ReadOptions.DEFAULT);
  }

  /**
   * Opens the workbook read-only, with the password when one is given. POI's zip-bomb guard stays on
   * unless {@code allowLarge}: a hostile file fails with a message, never an OutOfMemoryError.
   */
  static WorkbookReader open(Path path, ReadOptions options) throws InputException {
    String file = path.toString();
    ZipSecureFile.setMinInflateRatio(options.allowLarge() ? 0.001 : 0.01);
    try {
      if (Files.size(path) == 0) {
        throw fileError(file, "I102", Message.of("input.emptyFile"));
      }
      return new WorkbookReader(file, WorkbookFactory.create(path.toFile(), options.password().orElse(null), true));
    } catch (NoSuchFileException e) {
      throw fileError(file, "I101", Message.of("input.notFound"));
    } catch (EncryptedDocumentException e) {
      throw fileError(file, "I104", Message.of(options.password().isPresent() ? "input.wrongPassword"
          : "input.encrypted"));
    } catch (org.apache.poi.OldFileFormatException e) {
      throw fileError(file, "I103", Message.of("input.oldExcel"));
    } catch (IOException | RuntimeException e) {
      if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
        throw fileError(file, "I108", Message.of("input.zipBomb"));
      }
      throw fileError(file, "I103", FileKind.advice(path).orElse(Message.of("input.notWorkbookPlain")));
    }
  }

  @Override
  public boolean isHidden(String sheetName) {
    return workbook.isSheetHidden(workbook.getSheetIndex(sheetName))
        || workbook.isSheetVeryHidden(workbook.getSheetIndex(sheetName));
  }

  @Override
  public List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  /** The sheet whose name has the same {@link TextKey} as one of {@code names}. */
  @Override
  public Optional<String> findSheet(String... names) {
    for (String sheet : sheetNames()) {
      for (String name : names) {
        if (TextKey.same(sheet, name)) {
          return Optional.of(sheet);
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public RawSheet read(String sheetName) {
    Sheet sheet = workbook.getSheet(sheetName);
    List<RawRow> rows = new ArrayList<>();
    List<Integer> hidden = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getZeroHeight()) {
        hidden.add(row.getRowNum() + 1);
      }
      List<String> cells = new ArrayList<>();
      short last = row.getLastCellNum();
      for (int c = 0; c < last; c++) {
        Cell cell = row.getCell(c);
        cells.add(cell == null ? "" : text(cell));
      }
      rows.add(new RawRow(row.getRowNum() + 1, cells));
    }
    Message format = Message.of(workbook instanceof org.apache.poi.hssf.usermodel.HSSFWorkbook ? "layout.xls"
        : "layout.xlsx");
    boolean date1904 = workbook instanceof org.apache.poi.ss.usermodel.Date1904Support dates && dates.isDate1904();
    return new RawSheet(file, sheetName, rows, format, hidden, date1904);
  }

  private static String text(Cell cell) {
    if (cell instanceof XSSFCell x && cell.getCellType() == CellType.FORMULA && !x.getCTCell().isSetV()) {
      return RawRow.uncalculated(cell.getCellFormula());
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (type) {
      case STRING:
        return CellText.withoutMarks(cell.getStringCellValue());
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return cell.getLocalDateTimeCellValue().toLocalDate().format(ValueReader.SHOWN_DAY);
        }
        return number(cell.getNumericCellValue());
      case ERROR:
        return RawRow.formulaError(FormulaError.forInt(cell.getErrorCellValue()).getString());
      default:
        return "";
    }
  }

  /** Whole numbers without ".0"; others in plain notation. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    String line = message == null ? "" : message.lines().findFirst().orElse("").strip();
    return InputException.withoutClassName(line);
  }

  private static InputException fileError(String file, String code, Message message) {
    return new InputException(Diagnostic.error(code, new SourcePosition.InFile(file), message));
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      // read-only: nothing to lose
    }
  }
}
