package vn.dvht.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.dvht.diag.SourcePosition;

/**
 * Writes a bare .xlsx by hand, byte for byte the same on every run: inline-string cells, no styles
 * unless asked, fixed zip timestamps. Lets the bad-input corpus build what Excel would never write
 * (formulas without cached values, missing parts, a sheet that inflates a thousandfold) and keep
 * huge sheets tiny on disk.
 *
 * <p>A cell is plain text, or raw XML starting with {@value #RAW} in which {@code @} stands for
 * the cell reference: {@code MiniXlsx.RAW + "<c r=\"@\"><f>1+1</f></c>"}.
 */
final class MiniXlsx {
  static final String RAW = "\u0001";
  private static final long EPOCH = 1_700_000_000_000L;

  private final Map<String, String> parts = new LinkedHashMap<>();
  private final Map<String, Consumer<Appendable>> streamed = new LinkedHashMap<>();
  private final List<String> sheetEntries = new ArrayList<>();
  private final List<String> relEntries = new ArrayList<>();
  private boolean dateStyle;
  private boolean strict;
  private String sharedStrings;

  /** Adds a sheet of text rows; row {@code i} of the list is spreadsheet row {@code i + 1}. */
  MiniXlsx sheet(String name, List<List<String>> rows) {
    return sheet(name, rows, Set.of(), "");
  }

  /** A sheet with hidden rows (1-based) and extra XML after {@code sheetData}, such as merged cells. */
  MiniXlsx sheet(String name, List<List<String>> rows, Set<Integer> hiddenRows, String afterData) {
    return sheet(name, out -> {
      for (int r = 0; r < rows.size(); r++) {
        append(out, row(r + 1, rows.get(r), hiddenRows.contains(r + 1)));
      }
    }, afterData);
  }

  /** A sheet whose {@code sheetData} content is written by {@code rows}, for sheets too big to hold. */
  MiniXlsx sheet(String name, Consumer<Appendable> rows, String afterData) {
    int n = sheetEntries.size() + 1;
    String part = "xl/worksheets/sheet" + n + ".xml";
    sheetEntries.add("<sheet name=\"" + escape(name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>");
    relEntries.add("<Relationship Id=\"rId" + n + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "relationships/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>");
    streamed.put(part, out -> {
      append(out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas."
          + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      rows.accept(out);
      append(out, "</sheetData>" + afterData + "</worksheet>");
    });
    return this;
  }

  /** A sheet listed in the workbook whose part is missing from the zip. */
  MiniXlsx missingSheet(String name) {
    sheet(name, List.of());
    streamed.remove("xl/worksheets/sheet" + sheetEntries.size() + ".xml");
    return this;
  }

  /** Replaces a part's bytes with this text (a malformed sheet, say). */
  MiniXlsx part(String name, String text) {
    streamed.remove(name);
    parts.put(name, text);
    return this;
  }

  /** Writes the workbook part in the namespaces of Strict Open XML, as Excel's "Strict Open XML Spreadsheet" does. */
  MiniXlsx strict() {
    strict = true;
    return this;
  }

  /** Adds a shared-string part, related from the workbook as Excel relates it, whose items are these raw {@code <si>} contents. */
  MiniXlsx sharedStrings(String... items) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas."
        + "openxmlformats.org/spreadsheetml/2006/main\" count=\"" + items.length + "\" uniqueCount=\"" + items.length + "\">");
    for (String item : items) {
      xml.append("<si>").append(item).append("</si>");
    }
    sharedStrings = xml.append("</sst>").toString();
    return this;
  }

  /** Adds styles.xml whose cell style 1 is the date format dd/mm/yyyy (numFmtId 14). */
  MiniXlsx withDateStyle() {
    dateStyle = true;
    return this;
  }

  static String row(int number, List<String> cells, boolean hidden) {
    StringBuilder xml = new StringBuilder("<row r=\"").append(number).append('"');
    xml.append(hidden ? " hidden=\"1\">" : ">");
    for (int c = 0; c < cells.size(); c++) {
      String ref = SourcePosition.columnLetters(c) + number;
      xml.append(cell(ref, cells.get(c)));
    }
    return xml.append("</row>").toString();
  }

  static String cell(String ref, String value) {
    if (value.isEmpty()) {
      return "";
    }
    if (value.startsWith(RAW)) {
      return value.substring(1).replace("@", ref);
    }
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(value) + "</t></is></c>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  byte[] bytes() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    write(buffer);
    return buffer.toByteArray();
  }

  void write(OutputStream target) {
    try (ZipOutputStream zip = new ZipOutputStream(target)) {
      zip.setLevel(9);
      entry(zip, "[Content_Types].xml", contentTypes());
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"http://schemas."
          + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
          + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>");
      entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\""
          + (strict ? "http://purl.oclc.org/ooxml/spreadsheetml/main\" xmlns:r=\"http://purl.oclc.org/ooxml/"
              + "officeDocument/relationships\"" : "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"")
          + "><sheets>" + String.join("", sheetEntries) + "</sheets></workbook>");
      List<String> rels = new ArrayList<>(relEntries);
      if (dateStyle) {
        rels.add("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            + "relationships/styles\" Target=\"styles.xml\"/>");
        entry(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet xmlns=\"http://schemas."
            + "openxmlformats.org/spreadsheetml/2006/main\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
            + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
      }
      if (sharedStrings != null) {
        rels.add("<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        entry(zip, "xl/sharedStrings.xml", sharedStrings);
      }
      entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns="
          + "\"http://schemas.openxmlformats.org/package/2006/relationships\">" + String.join("", rels)
          + "</Relationships>");
      for (Map.Entry<String, Consumer<Appendable>> e : streamed.entrySet()) {
        zip.putNextEntry(fixed(e.getKey()));
        Appendable out = new Utf8Appendable(zip);
        e.getValue().accept(out);
        ((Utf8Appendable) out).flush();
        zip.closeEntry();
      }
      for (Map.Entry<String, String> e : parts.entrySet()) {
        entry(zip, e.getKey(), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String contentTypes() {
    StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types xmlns=\"http://schemas."
        + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
        + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + "spreadsheetml.sheet.main+xml\"/>");
    for (int n = 1; n <= sheetEntries.size(); n++) {
      types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    if (dateStyle) {
      types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
          + "officedocument.spreadsheetml.styles+xml\"/>");
    }
    if (sharedStrings != null) {
      types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
          + "officedocument.spreadsheetml.sharedStrings+xml\"/>");
    }
    return types.append("</Types>").toString();
  }

  /** A zip of text entries with fixed timestamps, for the non-workbook files of the corpus. */
  static byte[] zip(Map<String, String> entries) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        entry(zip, e.getKey(), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(fixed(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static ZipEntry fixed(String name) {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(EPOCH);
    return entry;
  }

  static void append(Appendable out, String text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Buffers text and writes it to the zip as UTF-8 in large chunks. */
  private static final class Utf8Appendable implements Appendable {
    private final OutputStream out;
    private final StringBuilder buffer = new StringBuilder();

    Utf8Appendable(OutputStream out) {
      this.out = out;
    }

    @Override
    public Appendable append(CharSequence text) throws IOException {
      buffer.append(text);
      if (buffer.length() > 1 << 16) {
        flush();
      }
      return this;
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) throws IOException {
      return append(text.subSequence(start, end));
    }

    @Override
    public Appendable append(char c) throws IOException {
      return append(String.valueOf(c));
    }

    void flush() throws IOException {
      out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
      buffer.setLength(0);
    }
  }
}
