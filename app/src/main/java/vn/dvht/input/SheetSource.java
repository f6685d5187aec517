package vn.dvht.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A workbook's sheets: by the lean streaming reader for plain .xlsx, by POI for .xls and encrypted files. */
interface SheetSource extends AutoCloseable {
  List<String> sheetNames();

  Optional<String> findSheet(String... names);

  boolean isHidden(String sheet);

  RawSheet read(String sheet) throws InputException;

  /** The rows of a sheet as they are read; the workbook must stay open until they are consumed. */
  default RowStream stream(String sheet) throws InputException {
    return RowStream.of(read(sheet));
  }

  /** Warnings met while reading sheets since the last call (cells stored out of order), once per sheet. */
  default List<vn.dvht.diag.Diagnostic> warnings() {
    return List.of();
  }

  @Override
  void close();

  static SheetSource open(Path path, ReadOptions options) throws InputException {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".xls") && XlsxStreamReader.isPlainXlsx(path)) {
      return XlsxStreamReader.open(path, options);
    }
    return WorkbookReader.open(path, options);
  }
}
