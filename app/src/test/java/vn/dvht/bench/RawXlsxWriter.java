package vn.dvht.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.dvht.diag.SourcePosition;

/**
 * Writes a minimal, valid .xlsx straight as XML into a zip — shared strings, any number of rows —
 * so benchmark inputs of a million rows are made in seconds and bit-for-bit the same every time.
 * Sheets are added as rows of text; a cell starting with "=" is written as a formula without a
 * cached value (for the LibreOffice recalculation benchmark).
 */
public final class RawXlsxWriter {
  private final List<String> names = new ArrayList<>();
  private final List<Path> parts = new ArrayList<>();
  private final Map<String, Integer> strings = new HashMap<>();
  private final List<String> stringList = new ArrayList<>();
  private final Path work;

  public RawXlsxWriter(Path work) throws IOException {
    this.work = Files.createDirectories(work);
  }

  /** Streams a sheet's rows into a temporary part. */
  public interface Rows {
    void write(SheetWriter sheet) throws IOException;
  }

  public void sheet(String name, Rows rows) throws IOException {
    Path part = work.resolve("sheet" + (parts.size() + 1) + ".xml");
    try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(part), StandardCharsets.UTF_8),
        1 << 16)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
          + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      rows.write(new SheetWriter(out));
      out.write("</sheetData></worksheet>");
    }
    names.add(name);
    parts.add(part);
  }

  /** Writes rows of one sheet. */
  public final class SheetWriter {
    private final Writer out;
    private int row;

    SheetWriter(Writer out) {
      this.out = out;
    }

    public void row(String... cells) throws IOException {
      row(false, cells);
    }

    /** A row that Excel hides when {@code hidden}. */
    public void row(boolean hidden, String... cells) throws IOException {
      row++;
      out.write("<row r=\"" + row + (hidden ? "\" hidden=\"1\">" : "\">"));
      for (int c = 0; c < cells.length; c++) {
        String value = cells[c];
        if (value == null || value.isEmpty()) {
          continue;
        }
        String ref = SourcePosition.columnLetters(c) + row;
        if (value.chars().allMatch(Character::isDigit) && value.length() < 10) {
          out.write("<c r=\"" + ref + "\"><v>" + value + "</v></c>");
        } else if (value.startsWith("=")) {
          out.write("<c r=\"" + ref + "\"><f>" + escape(value.substring(1)) + "</f></c>");
        } else {
          out.write("<c r=\"" + ref + "\" t=\"s\"><v>" + index(value) + "</v></c>");
        }
      }
      out.write("</row>");
    }
  }

  public void save(Path file) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
      text(zip, "[Content_Types].xml", contentTypes());
      text(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
          + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
          + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>");
      text(zip, "xl/workbook.xml", workbook());
      text(zip, "xl/_rels/workbook.xml.rels", workbookRels());
      text(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas."
          + "openxmlformats.org/spreadsheetml/2006/main\"><fonts count=\"1\"><font/></fonts><fills count=\"1\">"
          + "<fill/></fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
          + "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      Writer sst = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
      sst.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
          + "spreadsheetml/2006/main\" count=\"" + stringList.size() + "\" uniqueCount=\"" + stringList.size() + "\">");
      for (String s : stringList) {
        sst.write("<si><t>" + escape(s) + "</t></si>");
      }
      sst.write("</sst>");
      sst.flush();
      zip.closeEntry();
      for (int i = 0; i < parts.size(); i++) {
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
        Files.copy(parts.get(i), zip);
        zip.closeEntry();
        Files.delete(parts.get(i));
      }
    }
  }

  private int index(String value) {
    return strings.computeIfAbsent(value, v -> {
      stringList.add(v);
      return stringList.size() - 1;
    });
  }

  private String contentTypes() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
        + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
        + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override PartName=\"/xl/sharedStrings.xml\""
        + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    for (int i = 1; i <= parts.size(); i++) {
      xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    return xml.append("</Types>").toString();
  }

  private String workbook() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas."
        + "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/"
        + "2006/relationships\"><sheets>");
    for (int i = 0; i < names.size(); i++) {
      xml.append("<sheet name=\"").append(escape(names.get(i))).append("\" sheetId=\"").append(i + 1)
          .append("\" r:id=\"rId").append(i + 1).append("\"/>");
    }
    return xml.append("</sheets></workbook>").toString();
  }

  private String workbookRels() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
        + "schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 1; i <= parts.size(); i++) {
      xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
    }
    int next = parts.size() + 1;
    xml.append("<Relationship Id=\"rId").append(next).append("\" Type=\"http://schemas.openxmlformats.org/"
        + "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
    xml.append("<Relationship Id=\"rId").append(next + 1).append("\" Type=\"http://schemas.openxmlformats.org/"
        + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
    return xml.append("</Relationships>").toString();
  }

  private static void text(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
