package vn.dvht.report.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an XLSX workbook straight into a stream, one sheet after another, each sheet row by row
 * ({@link SheetWriter}): memory stays flat however many rows a sheet has. The package parts that
 * describe the whole workbook (workbook, styles, shared strings, content types) are written at
 * {@link #finish()}, when every sheet is known. Output is deterministic: the same calls give the
 * same bytes.
 *
 * <pre>{@code
 * XlsxWriter book = new XlsxWriter(out, styles, "dvht 1.0", LocalDate.of(2026, 1, 10));
 * SheetWriter sheet = book.sheet("Tổng hợp", SheetLayout.of(5, 50));
 * sheet.row().text(0, "STT", bold);
 * book.finish();
 * }</pre>
 */
public final class XlsxWriter {
  private final ZipParts zip;
  private final StyleSheet styles;
  private final String creator;
  private final LocalDate created;
  private final List<SheetWriter> sheets = new ArrayList<>();
  private final List<Integer> chartSheets = new ArrayList<>();
  private final Map<String, Integer> sharedIndex = new HashMap<>();
  private final List<String> shared = new ArrayList<>();
  private SheetWriter open;

  /** @param out receives the workbook; it is flushed at {@link #finish()}, never closed */
  public XlsxWriter(OutputStream out, StyleSheet styles, String creator, LocalDate created) {
    this.zip = new ZipParts(out, created);
    this.styles = styles;
    this.creator = creator;
    this.created = created;
  }

  /** Ends the sheet being written, if any, and starts the next one, placed after the sheets before it. */
  public SheetWriter sheet(String name, SheetLayout layout) throws IOException {
    return sheet(name, layout, false, sheets.size());
  }

  /**
   * Ends the sheet being written, if any, and starts the next one. The workbook shows its sheets by
   * {@code place} (smallest first; the sheet at place 0 is the one open), whatever order they are
   * written in: a member grid written while the members are read comes before the summary in the
   * file, after it in the workbook. A {@code large} sheet is compressed on a second thread while its
   * rows are made.
   */
  public SheetWriter sheet(String name, SheetLayout layout, boolean large, int place) throws IOException {
    if (name.isEmpty() || name.length() > Parts.MAX_SHEET_NAME || name.matches(".*[\\[\\]:*?/\\\\].*")
        || sheets.stream().anyMatch(s -> s.name().equalsIgnoreCase(name))) {
      throw new IllegalArgumentException("sheet name " + name);
    }
    endSheet();
    String part = "xl/worksheets/sheet" + (sheets.size() + 1) + ".xml";
    XmlSink xml = large ? zip.beginLarge(part) : zip.begin(part);
    SheetWriter sheet = new SheetWriter(this, xml, name, layout, styles, sheets.size() + 1, place);
    sheets.add(sheet);
    sheet.head();
    open = sheet;
    return sheet;
  }


  /** A text stored once in the shared strings, for {@link SheetWriter#label(int, Label, int)}. */
  public record Label(String text, int index) {}

  /** The shared string of a label repeated down a sheet (a verdict), added if new. */
  public Label label(String text) {
    return new Label(text, shared(text));
  }

  /** The index of a shared string, added if new. */
  int shared(String text) {
    Integer index = sharedIndex.get(text);
    if (index == null) {
      index = shared.size();
      sharedIndex.put(text, index);
      shared.add(text);
    }
    return index;
  }

  private void endSheet() throws IOException {
    if (open == null) {
      return;
    }
    int number = sheets.size();
    BarChart chart = open.tail(true);
    zip.end();
    if (chart != null) {
      chartSheets.add(number);
      int n = chartSheets.size();
      zip.part("xl/worksheets/_rels/sheet" + number + ".xml.rels",
          relationships(rel("rId1", "drawing", "../drawings/drawing" + n + ".xml")));
      chart.writeDrawing(zip.begin("xl/drawings/drawing" + n + ".xml"));
      zip.end();
      zip.part("xl/drawings/_rels/drawing" + n + ".xml.rels",
          relationships(rel("rId1", "chart", "../charts/chart" + n + ".xml")));
      chart.writeChart(zip.begin("xl/charts/chart" + n + ".xml"), open.name());
      zip.end();
    }
    open = null;
  }

  /** After a failure: stops what runs in the background; the stream then holds no workbook. */
  public void abort() {
    zip.abort();
  }

  /** Writes the parts that describe the workbook and ends the package. */
  public void finish() throws IOException {
    if (sheets.isEmpty()) {
      throw new IllegalStateException("a workbook needs a sheet");
    }
    endSheet();
    zip.part("xl/workbook.xml", workbook());
    styles.write(zip.begin("xl/styles.xml"));
    zip.end();
    XmlSink xml = zip.begin("xl/sharedStrings.xml");
    xml.ascii(Parts.XML_HEADER).ascii("<sst xmlns=\"").ascii(Parts.MAIN_NS).ascii("\" count=\"").number(shared.size())
        .ascii("\" uniqueCount=\"").number(shared.size()).ascii("\">");
    for (String s : shared) {
      xml.ascii("<si><t xml:space=\"preserve\">").text(s).ascii("</t></si>");
    }
    xml.ascii("</sst>");
    zip.end();
    StringBuilder rels = new StringBuilder();
    for (int i = 1; i <= sheets.size(); i++) {
      rels.append(rel("rId" + i, "worksheet", "worksheets/sheet" + i + ".xml"));
    }
    rels.append(rel("rId" + (sheets.size() + 1), "styles", "styles.xml"));
    rels.append(rel("rId" + (sheets.size() + 2), "sharedStrings", "sharedStrings.xml"));
    zip.part("xl/_rels/workbook.xml.rels", relationships(rels.toString()));
    zip.part("docProps/core.xml", Parts.core(creator, created));
    zip.part("docProps/app.xml", Parts.APP);
    zip.part("_rels/.rels", Parts.packageRels("xl/workbook.xml"));
    zip.part("[Content_Types].xml", contentTypes());
    zip.close();
  }

  private String workbook() {
    StringBuilder wb = new StringBuilder(Parts.XML_HEADER).append("<workbook xmlns=\"").append(Parts.MAIN_NS)
        .append("\" xmlns:r=\"").append(Parts.REL_NS).append("\"><workbookPr/><bookViews><workbookView/></bookViews>")
        .append("<sheets>");
    List<SheetWriter> shown = shown();
    for (SheetWriter sheet : shown) {
      wb.append("<sheet name=\"").append(escape(sheet.name())).append("\" sheetId=\"").append(sheet.part())
          .append("\" r:id=\"rId").append(sheet.part()).append("\"/>");
    }
    wb.append("</sheets>");
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < shown.size(); i++) {
      SheetWriter sheet = shown.get(i);
      if (sheet.filterReference() != null) {
        names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i).append("\" hidden=\"1\">")
            .append(escape(sheet.filterReference())).append("</definedName>");
      }
      String titles = printTitles(sheet);
      if (!titles.isEmpty()) {
        names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">")
            .append(escape(titles)).append("</definedName>");
      }
    }
    if (names.length() > 0) {
      wb.append("<definedNames>").append(names).append("</definedNames>");
    }
    return wb.append("<calcPr calcId=\"191029\"/></workbook>").toString();
  }

  /** The columns and rows printed again on every page: {@code 'Sheet'!$A:$C,'Sheet'!$1:$1}, or empty. */
  private static String printTitles(SheetWriter sheet) {
    SheetLayout layout = sheet.layout();
    List<String> parts = new ArrayList<>();
    if (layout.repeatColumns() > 0) {
      parts.add(Parts.quoted(sheet.name()) + "!$A:$" + Parts.column(layout.repeatColumns() - 1));
    }
    if (layout.repeatRows() > 0) {
      parts.add(Parts.quoted(sheet.name()) + "!$" + (layout.repeatFrom() + 1) + ":$"
          + (layout.repeatFrom() + layout.repeatRows()));
    }
    return String.join(",", parts);
  }

  /** The sheets in the order the workbook shows them. */
  private List<SheetWriter> shown() {
    List<SheetWriter> shown = new ArrayList<>(sheets);
    shown.sort(java.util.Comparator.comparingInt(SheetWriter::place));
    return shown;
  }

  private String contentTypes() {
    StringBuilder types = new StringBuilder(Parts.XML_HEADER)
        .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
    override(types, "/xl/workbook.xml", "spreadsheetml.sheet.main+xml");
    for (int i = 1; i <= sheets.size(); i++) {
      override(types, "/xl/worksheets/sheet" + i + ".xml", "spreadsheetml.worksheet+xml");
    }
    for (int n = 1; n <= chartSheets.size(); n++) {
      override(types, "/xl/drawings/drawing" + n + ".xml", "drawing+xml");
      override(types, "/xl/charts/chart" + n + ".xml", "drawingml.chart+xml");
    }
    override(types, "/xl/styles.xml", "spreadsheetml.styles+xml");
    override(types, "/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml");
    override(types, "/docProps/app.xml", "extended-properties+xml");
    types.append("<Override PartName=\"/docProps/core.xml\" ")
        .append("ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
    return types.append("</Types>").toString();
  }

  private static void override(StringBuilder types, String part, String type) {
    types.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(Parts.TYPE_PREFIX)
        .append(type).append("\"/>");
  }

  private static String relationships(String body) {
    return Parts.relationships(body);
  }

  private static String rel(String id, String type, String target) {
    return Parts.rel(id, type, target);
  }

  private static String escape(String text) {
    return Parts.escape(text);
  }
}
