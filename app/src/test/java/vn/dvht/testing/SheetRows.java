package vn.dvht.testing;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Every sheet of a workbook as POI's streaming reader sees it: rows of cell text as Excel would
 * show it (numbers formatted, blanks ""), by sheet name — for workbooks too large for the usermodel.
 */
public final class SheetRows {
  private SheetRows() {}

  /** Rows of each sheet, in sheet order; each row indexed by its 0-based row number. */
  public static Map<String, Map<Integer, List<String>>> read(Path file) throws Exception {
    return read(file, name -> true);
  }

  /** Rows of the sheets {@code wanted} names, in sheet order (the others are left unread). */
  public static Map<String, Map<Integer, List<String>>> read(Path file, java.util.function.Predicate<String> wanted)
      throws Exception {
    return eachSheet(file, wanted, (reader, strings, sheet) -> {
      Map<Integer, List<String>> rows = new LinkedHashMap<>();
      XMLReader parser = SAXParserFactory.newDefaultNSInstance().newSAXParser().getXMLReader();
      parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, new Collector(rows),
          new DataFormatter(), false));
      parser.parse(new InputSource(sheet));
      return rows;
    });
  }

  /** What is made of one sheet's XML. */
  private interface SheetReading<T> {
    T read(XSSFReader reader, ReadOnlySharedStringsTable strings, InputStream sheet) throws Exception;
  }

  /** Every sheet of the workbook, in the workbook's order, by name. */
  private static <T> Map<String, T> eachSheet(Path file, SheetReading<T> reading) throws Exception {
    return eachSheet(file, name -> true, reading);
  }

  /** The sheets {@code wanted} names, in the workbook's order, by name. */
  private static <T> Map<String, T> eachSheet(Path file, java.util.function.Predicate<String> wanted,
      SheetReading<T> reading) throws Exception {
    Map<String, T> sheets = new LinkedHashMap<>();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream sheet = it.next()) {
          if (wanted.test(it.getSheetName())) {
            sheets.put(it.getSheetName(), reading.read(reader, strings, sheet));
          }
        }
      }
    }
    return sheets;
  }

  /** How many rows a sheet has, and the text of the rows asked for. */
  public record Scan(int rows, Map<Integer, List<String>> kept) {}

  /**
   * Every sheet scanned with the JDK's StAX parser (POI only opens the package and its shared
   * strings): fast enough for a million rows. {@code keep} chooses the 0-based rows whose cells are kept.
   */
  public static Map<String, Scan> scan(Path file, java.util.function.IntPredicate keep) throws Exception {
    return eachSheet(file, (reader, strings, sheet) -> scan(sheet, strings, keep));
  }

  private static Scan scan(InputStream sheet, ReadOnlySharedStringsTable strings, java.util.function.IntPredicate keep)
      throws Exception {
    javax.xml.stream.XMLStreamReader xml = javax.xml.stream.XMLInputFactory.newFactory().createXMLStreamReader(sheet);
    Map<Integer, List<String>> kept = new LinkedHashMap<>();
    int rows = 0;
    List<String> row = null;
    String type = null;
    StringBuilder text = new StringBuilder();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "row" -> {
            rows++;
            int r = Integer.parseInt(xml.getAttributeValue(null, "r")) - 1;
            row = keep.test(r) ? new ArrayList<>() : null;
            if (row != null) {
              kept.put(r, row);
            }
          }
          case "c" -> {
            type = xml.getAttributeValue(null, "t");
            text.setLength(0);
          }
          case "v", "t" -> {
            if (row != null) {
              text.append(xml.getElementText());
            }
          }
          default -> { }
        }
      } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")
          && row != null) {
        row.add("s".equals(type) ? strings.getItemAt(Integer.parseInt(text.toString())).getString() : text.toString());
      }
    }
    return new Scan(rows, kept);
  }

  private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Map<Integer, List<String>> rows;
    private List<String> row;

    Collector(Map<Integer, List<String>> rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      row = new ArrayList<>();
      rows.put(rowNum, row);
    }

    @Override
    public void endRow(int rowNum) {}

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = 0;
      for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
        column = column * 26 + reference.charAt(i) - 'A' + 1;
      }
      column--;
      while (row.size() < column) {
        row.add("");
      }
      row.add(value);
    }
  }
}
