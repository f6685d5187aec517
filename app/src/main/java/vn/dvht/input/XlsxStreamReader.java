package vn.dvht.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.Message;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Visible;

/**
 * Reads .xlsx sheets straight from the zip — worksheets with a byte scanner ({@link SheetScanner}),
 * the small workbook, style and shared-string parts with the JDK's StAX parser: no XMLBeans, no cell
 * objects. Gives exactly the text rows {@link WorkbookReader} gives (cached formula values, whole
 * numbers without ".0", date-formatted numbers as dd/MM/yyyy in the 1900 or 1904 system), in a
 * fraction of the time and memory. Inflated parts are bounded against zip bombs.
 */
final class XlsxStreamReader implements SheetSource {
  private static final XMLInputFactory XML = xmlFactory();
  private static final long PIPE_BYTES = 1L << 20;
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final String file;
  private final ZipFile zip;
  private final ReadOptions options;
  private final Map<String, String> sheetParts = new LinkedHashMap<>();
  private final Map<String, Boolean> hiddenSheets = new HashMap<>();
  private boolean date1904;
  /** The file's length on disk: what a part's inflated size is measured against, whatever the zip declares. */
  private long realBytes = 1;
  private SharedStrings sharedStrings;
  private boolean[] dateStyles;
  /** Warnings met while scanning sheets, not yet handed on. */
  private final List<Diagnostic> warnings = new ArrayList<>();

  private XlsxStreamReader(String file, ZipFile zip, ReadOptions options) {
    this.file = file;
    this.zip = zip;
    this.options = options;
  }

  /** Opens the zip and reads the workbook part; throws {@link InputException} when it is not an .xlsx. */
  static XlsxStreamReader open(Path path, ReadOptions options) throws InputException {
    String file = path.toString();
    ZipFile zip;
    try {
      zip = new ZipFile(path.toFile());
    } catch (ZipException e) {
      throw new InputException(Diagnostic.error("I103", new SourcePosition.InFile(file),
          Message.of("input.notWorkbookPlain")));
    } catch (IOException e) {
      throw new InputException(Diagnostic.error("I103", new SourcePosition.InFile(file),
          Message.of("input.strangeFile", vn.dvht.diag.FileAccess.reason(e))));
    }
    XlsxStreamReader reader = new XlsxStreamReader(file, zip, options);
    reader.realBytes = Math.max(1, path.toFile().length());
    try {
      reader.readWorkbook();
      return reader;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      reader.close();
      throw reader.problem(e);
    }
  }

  /** Whether the file is a zip with a workbook part: an .xlsx that is not encrypted. */
  static boolean isPlainXlsx(Path path) {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      return zip.getEntry("xl/workbook.xml") != null;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public List<String> sheetNames() {
    return new ArrayList<>(sheetParts.keySet());
  }

  @Override
  public boolean isHidden(String sheet) {
    return hiddenSheets.getOrDefault(sheet, false);
  }

  @Override
  public Optional<String> findSheet(String... names) {
    for (String sheet : sheetParts.keySet()) {
      for (String name : names) {
        if (TextKey.same(sheet, name)) {
          return Optional.of(sheet);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Every row with data of a sheet as text, at most {@link RawSheet#MAX_ROWS} of them; shared strings and
   * styles are read on first use.
   */
  @Override
  public RawSheet read(String sheetName) throws InputException {
    return read(sheetName, RawSheet.MAX_ROWS);
  }

  /** Every row with data of a sheet, at most {@code maxRows} of them. */
  RawSheet read(String sheetName, int maxRows) throws InputException {
    List<RawRow> rows = new ArrayList<>();
    List<Integer> hidden = new ArrayList<>();
    try {
      loadSharedData();
      try (InputStream in = part(sheetParts.get(sheetName))) {
        SheetScanner scanner = new SheetScanner(in, sharedStrings, dateStyles, date1904);
        scanner.each((row, isHidden) -> {
          if (row.isBlank()) {
            return;
          }
          if (rows.size() >= maxRows) {
            throw new TooLongException(row.number());
          }
          rows.add(row);
          if (isHidden) {
            hidden.add(row.number());
          }
        });
        noteDisorder(scanner, sheetName);
      }
    } catch (TooLongException e) {
      throw RawSheet.tooLong(file, sheetName, e.row);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      throw problem(e, sheetName);
    }
    return new RawSheet(file, sheetName, rows, Message.of("layout.xlsx"), hidden, date1904);
  }

  /** A sheet read whole goes on past {@link RawSheet#MAX_ROWS} rows with data, at {@code row}. */
  private static final class TooLongException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int row;

    TooLongException(int row) {
      super(null, null, false, false);
      this.row = row;
    }
  }

  /** The rows of a sheet, parsed as they are consumed: a million-row sheet in bounded memory. */
  @Override
  public RowStream stream(String sheetName) {
    XlsxStreamReader reader = this;
    return new RowStream() {
      @Override
      public String file() {
        return file;
      }

      @Override
      public String name() {
        return sheetName;
      }

      @Override
      public Message format() {
        return Message.of("layout.xlsx");
      }

      @Override
      public boolean date1904() {
        return date1904;
      }

      @Override
      public void forEach(Visitor visitor) throws InputException {
        try {
          loadSharedData();
          String part = sheetParts.get(sheetName);
          try (InputStream in = part(part)) {
            SheetScanner scanner = new SheetScanner(in, sharedStrings, dateStyles, date1904);
            if (worthPiping(part)) {
              PipedRows.run(scanner::each, visitor);
            } else {
              scanner.each(visitor);
            }
            noteDisorder(scanner, sheetName);
          }
        } catch (IOException | XMLStreamException | RuntimeException e) {
          throw reader.problem(e, sheetName);
        }
      }
    };
  }

  @Override
  public List<Diagnostic> warnings() {
    List<Diagnostic> met = List.copyOf(warnings);
    warnings.clear();
    return met;
  }

  /** A warning at the first cell stored out of column order, if the scanner met one (its thread has ended). */
  private void noteDisorder(SheetScanner scanner, String sheetName) {
    SheetScanner.Disorder disorder = scanner.disorder();
    if (disorder != null) {
      warnings.add(Diagnostic.warning("I110", new SourcePosition.InSheet(file, sheetName, disorder.row(),
          disorder.column(), ""), Message.of("input.cellsOutOfOrder",
              SourcePosition.columnLetters(disorder.column()) + disorder.row(),
              SourcePosition.columnLetters(disorder.after()) + disorder.row(), disorder.rows())));
    }
  }

  private void readWorkbook() throws IOException, XMLStreamException {
    Map<String, String> targets = new HashMap<>();
    try (InputStream in = part("xl/_rels/workbook.xml.rels")) {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
          String target = xml.getAttributeValue(null, "Target");
          targets.put(xml.getAttributeValue(null, "Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
        }
      }
    }
    try (InputStream in = part("xl/workbook.xml")) {
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (xml.getLocalName().equals("workbookPr")) {
          String flag = xml.getAttributeValue(null, "date1904");
          date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
        } else if (xml.getLocalName().equals("sheet")) {
          String name = String.valueOf(xml.getAttributeValue(null, "name"));
          if (sheetParts.keySet().stream().anyMatch(n -> TextKey.same(n, name))) {
            throw new DuplicateSheetException(name);
          }
          sheetParts.put(name, targets.get(relationshipId(xml)));
          String state = xml.getAttributeValue(null, "state");
          hiddenSheets.put(name, state != null && !state.equals("visible"));
        }
      }
    }
  }

  /**
   * A sheet's {@code r:id}, in the Transitional namespace or in Strict Open XML's
   * ({@code http://purl.oclc.org/ooxml/officeDocument/relationships}), which LibreOffice and Excel can save.
   */
  private static String relationshipId(XMLStreamReader xml) {
    String id = xml.getAttributeValue(RELATIONSHIPS, "id");
    for (int i = 0; id == null && i < xml.getAttributeCount(); i++) {
      String namespace = xml.getAttributeNamespace(i);
      if ("id".equals(xml.getAttributeLocalName(i)) && namespace != null && namespace.endsWith("/relationships")) {
        id = xml.getAttributeValue(i);
      }
    }
    return id;
  }

  /** Two sheets of one workbook with the same name (as a clerk reads it): which one holds the members is unknown. */
  private static final class DuplicateSheetException extends IOException {
    private static final long serialVersionUID = 1L;

    DuplicateSheetException(String sheet) {
      super(sheet);
    }
  }

  private void loadSharedData() throws IOException, XMLStreamException {
    if (sharedStrings == null) {
      sharedStrings = zip.getEntry("xl/sharedStrings.xml") == null ? SharedStrings.empty()
          : SharedStrings.read(part("xl/sharedStrings.xml"), options.allowLarge());
      dateStyles = zip.getEntry("xl/styles.xml") == null ? new boolean[0] : Styles.dateStyles(part("xl/styles.xml"), XML);
    }
  }

  /**
   * Whether a sheet is big enough (over {@value #PIPE_BYTES} bytes of compressed XML, some 20,000
   * members) to parse on a second core while this one folds rows; small sheets, which a batch
   * already spreads over the cores, are read on one thread.
   */
  private boolean worthPiping(String part) {
    ZipEntry entry = zip.getEntry(part);
    return entry != null && entry.getCompressedSize() > PIPE_BYTES && Runtime.getRuntime().availableProcessors() > 1;
  }

  /** A zip part, inflated through a guard that stops a zip bomb. */
  private InputStream part(String name) throws IOException {
    ZipEntry entry = name == null ? null : zip.getEntry(name);
    if (entry == null) {
      throw new MissingPartException(String.valueOf(name));
    }
    // The declared compressed size can be forged; the file's real length bounds it.
    long compressed = entry.getCompressedSize() < 0 ? realBytes : Math.min(entry.getCompressedSize(), realBytes);
    return new Bounded(zip.getInputStream(entry), compressed, options.allowLarge());
  }

  private InputException problem(Exception e) {
    return problem(e, null);
  }

  /** The message for a failure while reading the workbook part or, when {@code sheet} is given, that sheet. */
  private InputException problem(Exception e, String sheet) {
    SourcePosition where = sheet == null ? new SourcePosition.InFile(file)
        : new SourcePosition.InSheet(file, sheet, 0, -1, "");
    if (e instanceof BombException) {
      return new InputException(Diagnostic.error("I108", where, Message.of("input.zipBomb")));
    }
    if (e instanceof SharedStrings.TooLargeException) {
      return new InputException(Diagnostic.error("I108", new SourcePosition.InFile(file),
          Message.of("input.sharedTextTooLarge", SharedStrings.BUDGET >> 20)));
    }
    if (e instanceof SheetScanner.BadCellException cell && sheet != null) {
      return new InputException(Diagnostic.error("I103", new SourcePosition.InSheet(file, sheet, cell.row, cell.column,
          ""), Message.of(cell.structure ? "input.damagedSheet" : "input.badCell", cell.reason)));
    }
    Message message;
    if (e instanceof SheetScanner.TruncatedException t) {
      message = Message.of("input.truncatedSheet", t.lastRow);
    } else if (e instanceof DuplicateSheetException) {
      message = Message.of("input.duplicateSheet", Visible.of(e.getMessage()));
    } else if (e instanceof XMLStreamException x) {
      javax.xml.stream.Location at = x.getLocation();
      message = Message.of("input.badXml", at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber());
    } else if (e instanceof SheetScanner.BadCellException.Reason) {
      message = Message.of("input.damagedSheet", e.getMessage());
    } else if (e instanceof MissingPartException) {
      message = Message.of("input.missingPart", e.getMessage());
    } else if (e instanceof ZipException || e.getCause() instanceof java.util.zip.DataFormatException) {
      message = Message.of("input.corruptZip");
    } else {
      message = Message.of("input.notWorkbookPlain");
    }
    return new InputException(Diagnostic.error("I103", where, message));
  }

  /** A part the workbook refers to is not in the zip. */
  private static final class MissingPartException extends IOException {
    private static final long serialVersionUID = 1L;

    MissingPartException(String part) {
      super(part);
    }
  }

  static String date(double serial, boolean date1904) {
    return DateUtil.getLocalDateTime(serial, date1904).toLocalDate().format(ValueReader.SHOWN_DAY);
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      // read-only: nothing to lose
    }
  }

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /** Inflated more than 100 × the compressed size (and over 10 MB): a zip bomb, unless large files are allowed. */
  private static final class Bounded extends FilterInputStream {
    private static final long FLOOR = 10L * 1024 * 1024;
    private final long limit;
    private long read;

    Bounded(InputStream in, long compressed, boolean allowLarge) {
      super(in);
      this.limit = allowLarge ? Long.MAX_VALUE : Math.max(FLOOR, Math.max(compressed, 1) * 100);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > limit) {
        throw new BombException();
      }
    }
  }

  /** Thrown when a part inflates beyond its bound. */
  private static final class BombException extends IOException {
    private static final long serialVersionUID = 1L;
  }
}
