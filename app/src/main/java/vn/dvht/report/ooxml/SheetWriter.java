package vn.dvht.report.ooxml;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One worksheet written row by row into the package: a row's cells are kept until the next row
 * starts (so its height can be fitted to wrapped text), then written out; nothing else of the sheet
 * stays in memory, whatever its length. Rows and columns are numbered from 0, cells of a row in
 * increasing column order.
 *
 * <pre>{@code
 * SheetWriter sheet = book.sheet("Thành viên", SheetLayout.of(6, 28).frozen(0, 1));
 * sheet.row().text(0, "STT", header).text(1, "Họ và tên", header);
 * sheet.row().number(0, 1, plain).text(1, "Nguyễn Văn An", plain);
 * }</pre>
 */
public final class SheetWriter {
  private static final byte TEXT = 0;
  private static final byte SHARED = 1;
  private static final byte INTEGER = 2;
  private static final byte DECIMAL = 3;
  private static final byte BLANK = 4;
  /** Height of one line of 12 pt text, in points. */
  static final double LINE = 15.5;
  /** The height of a row of one line: the sheet's default, what LibreOffice gives 12 pt text. */
  static final double DEFAULT_HEIGHT = 15.75;
  /** Rows whose heights page breaks are planned from. */
  static final int PLANNED_ROWS = 10_000;

  private final XlsxWriter book;
  private final XmlSink xml;
  private final String name;
  private final SheetLayout layout;
  private final StyleSheet styles;
  private final List<int[]> merges = new ArrayList<>();
  private int[] filter;
  private BarChart chart;
  /** Row ranges {first, last} not to be split across pages, and the heights of the rows so far. */
  private final List<int[]> keeps = new ArrayList<>();
  private double[] heights = new double[64];

  private int row = -1;
  private double height = Double.NaN;
  private int cells;
  private int[] columns = new int[16];
  private byte[] kinds = new byte[16];
  private int[] cellStyles = new int[16];
  private long[] numbers = new long[16];
  private String[] texts = new String[16];
  private int[] spans = new int[16];

  /** The sheet's part number (sheet{@code N}.xml) and its place among the workbook's sheets. */
  private final int part;
  private final int place;

  SheetWriter(XlsxWriter book, XmlSink xml, String name, SheetLayout layout, StyleSheet styles, int part, int place) {
    this.part = part;
    this.place = place;
    this.book = book;
    this.xml = xml;
    this.name = name;
    this.layout = layout;
    this.styles = styles;
  }

  public String name() {
    return name;
  }

  int part() {
    return part;
  }

  int place() {
    return place;
  }

  /** The row being written, from 0; -1 before the first. */
  public int current() {
    return row;
  }

  /** Starts the next row. */
  public SheetWriter row() throws IOException {
    return row(row + 1);
  }

  /** Starts row {@code index}, leaving the rows between empty. */
  public SheetWriter row(int index) throws IOException {
    if (index <= row || index >= Parts.MAX_ROWS) {
      throw new IllegalArgumentException("row " + index + " after row " + row);
    }
    endRow();
    row = index;
    height = Double.NaN;
    return this;
  }

  /** The current row's height in points, instead of one fitted to its text. */
  public SheetWriter height(double points) {
    height = points;
    return this;
  }

  /** Text, written in the cell itself; an empty text leaves a styled blank cell. */
  public SheetWriter text(int column, String value, int style) {
    if (value.isEmpty()) {
      return add(column, BLANK, style, 0, null, 1);
    }
    return add(column, TEXT, style, 0, fit(value), 1);
  }

  /** Text repeated down many rows (a verdict, a category), stored once in the shared strings. */
  public SheetWriter label(int column, String value, int style) {
    if (value.isEmpty()) {
      return add(column, BLANK, style, 0, null, 1);
    }
    return add(column, SHARED, style, book.shared(fit(value)), value, 1);
  }

  /** A label already in the shared strings, by its {@link XlsxWriter#label number}. */
  public SheetWriter label(int column, XlsxWriter.Label label, int style) {
    return add(column, SHARED, style, label.index(), label.text(), 1);
  }

  public SheetWriter number(int column, long value, int style) {
    return add(column, INTEGER, style, value, null, 1);
  }

  /** A number written exactly as the decimal reads. */
  public SheetWriter number(int column, BigDecimal value, int style) {
    return add(column, DECIMAL, style, 0, value.toPlainString(), 1);
  }

  /** Text across columns {@code first..last} of the current row, merged into one cell. */
  public SheetWriter merged(int first, int last, String value, int style) {
    text(first, value, style);
    spans[cells - 1] = last - first + 1;
    if (last > first) {
      merges.add(new int[] {row, first, row, last});
    }
    return this;
  }

  /** A filter drop-down on the first row of the range. */
  public void autoFilter(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    filter = new int[] {firstRow, firstColumn, lastRow, lastColumn};
  }

  /**
   * Rows {@code first..last} printed on one page: a page break planned at the end of the sheet falls
   * before them rather than among them, unless they fill more than a page. Only for sheets of a few
   * thousand rows: the planner keeps every row's height.
   */
  public void keepTogether(int first, int last) {
    if (first > last || last >= PLANNED_ROWS) {
      throw new IllegalArgumentException("rows " + first + ".." + last);
    }
    keeps.add(new int[] {first, last});
  }

  /** A chart drawn on this sheet. */
  public void chart(BarChart chart) {
    this.chart = chart;
  }

  private SheetWriter add(int column, byte kind, int style, long number, String text, int span) {
    if (row < 0 || column >= Parts.MAX_COLUMNS || (cells > 0 && column <= columns[cells - 1])) {
      throw new IllegalArgumentException("cell " + column + " of row " + row);
    }
    if (cells == columns.length) {
      int n = cells * 2;
      columns = Arrays.copyOf(columns, n);
      kinds = Arrays.copyOf(kinds, n);
      cellStyles = Arrays.copyOf(cellStyles, n);
      numbers = Arrays.copyOf(numbers, n);
      texts = Arrays.copyOf(texts, n);
      spans = Arrays.copyOf(spans, n);
    }
    columns[cells] = column;
    kinds[cells] = kind;
    cellStyles[cells] = style;
    numbers[cells] = number;
    texts[cells] = text;
    spans[cells] = span;
    cells++;
    return this;
  }

  /** Excel holds at most 32,767 characters in a cell; longer text ends with "…" there. */
  private static String fit(String value) {
    return value.length() <= Parts.MAX_CELL_CHARS ? value : value.substring(0, Parts.MAX_CELL_CHARS - 1) + "…";
  }

  private void endRow() throws IOException {
    if (row < 0 || (cells == 0 && Double.isNaN(height))) {
      cells = 0;
      return;
    }
    double points = Double.isNaN(height) ? fittedHeight() : height;
    if (row < PLANNED_ROWS) {
      if (row >= heights.length) {
        heights = Arrays.copyOf(heights, Math.max(row + 1, heights.length * 2));
      }
      heights[row] = Double.isNaN(points) ? DEFAULT_HEIGHT : points;
    }
    xml.ascii("<row r=\"").number(row + 1L);
    if (!Double.isNaN(points)) {
      xml.ascii("\" ht=\"").ascii(StyleSheet.points(points)).ascii("\" customHeight=\"1");
    }
    xml.ascii("\">");
    byte[] rowNumber = String.valueOf(row + 1).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int i = 0; i < cells; i++) {
      cell(i, rowNumber);
      texts[i] = null;
    }
    xml.ascii("</row>");
    cells = 0;
  }

  /**
   * A cell, always with its reference: Excel could do without, but POI's streaming reader (what
   * other programs read large sheets with) cannot. The markup around the value is made once per
   * column and once per style and kind: a million-row grid writes it twelve million times.
   */
  private void cell(int i, byte[] rowNumber) throws IOException {
    xml.bytes(columnOpening(columns[i])).bytes(rowNumber).bytes(typed(cellStyles[i], kinds[i], texts[i]));
    switch (kinds[i]) {
      case TEXT -> xml.text(texts[i]).bytes(TEXT_END);
      case SHARED, INTEGER -> xml.number(numbers[i]).bytes(VALUE_END);
      case DECIMAL -> xml.ascii(texts[i]).bytes(VALUE_END);
      default -> { }
    }
  }

  private static final byte[] TEXT_END = ascii("</t></is></c>");
  private static final byte[] VALUE_END = ascii("</v></c>");
  private final byte[][] openings = new byte[64][];
  private byte[][] typed = new byte[16 * 6][];

  /** {@code <c r="AB} for a column. */
  private byte[] columnOpening(int column) {
    if (column < openings.length) {
      byte[] known = openings[column];
      if (known == null) {
        known = ascii("<c r=\"" + Parts.column(column));
        openings[column] = known;
      }
      return known;
    }
    return ascii("<c r=\"" + Parts.column(column));
  }

  /** What follows a cell's reference up to its value: {@code " s="12" t="s"><v>} and the like. */
  private byte[] typed(int style, byte kind, String text) {
    if (kind == TEXT && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
      return ascii(attributes(style) + " t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    }
    int key = style * 6 + kind;
    if (key >= typed.length) {
      typed = java.util.Arrays.copyOf(typed, Math.max(key + 1, typed.length * 2));
    }
    byte[] known = typed[key];
    if (known == null) {
      String rest = switch (kind) {
        case TEXT -> " t=\"inlineStr\"><is><t>";
        case SHARED -> " t=\"s\"><v>";
        case INTEGER, DECIMAL -> "><v>";
        default -> "/>";
      };
      known = ascii(attributes(style) + rest);
      typed[key] = known;
    }
    return known;
  }

  private static String attributes(int style) {
    return "\"" + (style != 0 ? " s=\"" + style + "\"" : "");
  }

  private static byte[] ascii(String markup) {
    return markup.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /**
   * The height wrapped text needs: neither Excel nor LibreOffice grows a row when opening a file, so
   * the lines are estimated from the characters that fit the column (or merged columns); NaN when
   * one line is enough.
   */
  private double fittedHeight() {
    int lines = 1;
    for (int i = 0; i < cells; i++) {
      if ((kinds[i] != TEXT && kinds[i] != SHARED) || !styles.wraps(cellStyles[i])) {
        continue;
      }
      int width = 0;
      for (int c = columns[i]; c < columns[i] + spans[i]; c++) {
        width += layout.characters(c);
      }
      int perLine = Math.max(1, (int) (width * 1.1));
      int needed = 0;
      for (String paragraph : texts[i].split("\n", -1)) {
        needed += wrappedLines(paragraph, perLine);
      }
      lines = Math.max(lines, needed);
    }
    return lines > 1 ? lines * LINE : Double.NaN;
  }

  /** The lines a paragraph takes when wrapped at word ends, {@code perLine} characters to a line. */
  public static int wrappedLines(String paragraph, int perLine) {
    int lines = 1;
    int used = 0;
    for (String word : paragraph.split(" ")) {
      int n = word.codePointCount(0, word.length());
      if (used > 0 && used + 1 + n > perLine) {
        lines++;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + n;
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
    return lines;
  }

  void head() throws IOException {
    xml.ascii(Parts.XML_HEADER).ascii("<worksheet xmlns=\"").ascii(Parts.MAIN_NS).ascii("\" xmlns:r=\"")
        .ascii(Parts.REL_NS).ascii("\"><sheetViews><sheetView");
    if (place == 0) {
      xml.ascii(" tabSelected=\"1\"");
    }
    xml.ascii(" workbookViewId=\"0\">");
    pane();
    xml.ascii("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15.75\"/>");
    if (!layout.widths().isEmpty()) {
      xml.ascii("<cols>");
      for (int c = 0; c < layout.widths().size(); c++) {
        xml.ascii("<col min=\"").number(c + 1L).ascii("\" max=\"").number(c + 1L).ascii("\" width=\"")
            .ascii(StyleSheet.points(layout.widths().get(c)))
            .ascii(layout.widths().get(c) == 0 ? "\" hidden=\"1\" customWidth=\"1\"/>" : "\" customWidth=\"1\"/>");
      }
      xml.ascii("</cols>");
    }
    xml.ascii("<sheetData>");
  }

  private void pane() throws IOException {
    int columns = layout.freezeColumns();
    int rows = layout.freezeRows();
    if (columns == 0 && rows == 0) {
      return;
    }
    String active = columns > 0 && rows > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
    xml.ascii("<pane");
    if (columns > 0) {
      xml.ascii(" xSplit=\"").number(columns).ascii("\"");
    }
    if (rows > 0) {
      xml.ascii(" ySplit=\"").number(rows).ascii("\"");
    }
    xml.ascii(" topLeftCell=\"").ascii(Parts.cell(rows, columns)).ascii("\" activePane=\"").ascii(active)
        .ascii("\" state=\"frozen\"/><selection pane=\"").ascii(active).ascii("\"/>");
  }

  /** Ends the sheet data and writes what follows it; returns the chart to draw, if any. */
  BarChart tail(boolean drawing) throws IOException {
    endRow();
    xml.ascii("</sheetData>");
    if (filter != null) {
      xml.ascii("<autoFilter ref=\"").ascii(range(filter)).ascii("\"/>");
    }
    if (!merges.isEmpty()) {
      xml.ascii("<mergeCells count=\"").number(merges.size()).ascii("\">");
      for (int[] m : merges) {
        xml.ascii("<mergeCell ref=\"").ascii(range(m)).ascii("\"/>");
      }
      xml.ascii("</mergeCells>");
    }
    xml.ascii("<pageMargins left=\"").ascii(StyleSheet.points(SheetLayout.SIDE)).ascii("\" right=\"")
        .ascii(StyleSheet.points(SheetLayout.SIDE)).ascii("\" top=\"").ascii(StyleSheet.points(SheetLayout.TOP))
        .ascii("\" bottom=\"").ascii(StyleSheet.points(SheetLayout.BOTTOM)).ascii("\" header=\"0.3\" footer=\"0.3\"/>")
        .ascii("<pageSetup paperSize=\"9\" scale=\"").number(layout.printScale()).ascii("\" orientation=\"")
        .ascii(layout.landscape() ? "landscape" : "portrait").ascii("\"/>");
    if (!layout.footer().isEmpty()) {
      xml.ascii("<headerFooter><oddFooter>").text(layout.footer()).ascii("</oddFooter></headerFooter>");
    }
    List<Integer> breaks = pageBreaks();
    if (!breaks.isEmpty()) {
      xml.ascii("<rowBreaks count=\"").number(breaks.size()).ascii("\" manualBreakCount=\"").number(breaks.size())
          .ascii("\">");
      for (int b : breaks) {
        xml.ascii("<brk id=\"").number(b).ascii("\" max=\"16383\" man=\"1\"/>");
      }
      xml.ascii("</rowBreaks>");
    }
    if (drawing && chart != null) {
      xml.ascii("<drawing r:id=\"rId1\"/>");
    }
    xml.ascii("</worksheet>");
    xml.flush();
    return chart;
  }

  /**
   * Where pages end, as the rows that start a new page (a break's id is the row it comes before,
   * from 0): none unless rows were {@link #keepTogether kept together}. Pages are filled from the row
   * heights, at the print scale, with 4 % to spare so that LibreOffice or Excel never breaks earlier
   * on its own; a break that would fall inside a kept range moves up to the range's first row.
   */
  List<Integer> pageBreaks() {
    List<Integer> breaks = new ArrayList<>();
    if (keeps.isEmpty()) {
      return breaks;
    }
    int last = Math.min(row, PLANNED_ROWS - 1);
    double page = layout.printableHeight() * 0.96 * 100 / layout.printScale();
    int titlesEnd = layout.repeatFrom() + layout.repeatRows() - 1;
    double titles = 0;
    for (int r = layout.repeatFrom(); r <= titlesEnd && r <= last; r++) {
      titles += heightOf(r);
    }
    int start = 0;
    double used = 0;
    for (int r = 0; r <= last; r++) {
      double room = page - (layout.repeatRows() > 0 && start > titlesEnd ? titles : 0);
      if (used + heightOf(r) > room && r > start) {
        int at = breakBefore(r, start, page - (layout.repeatRows() > 0 && r > titlesEnd ? titles : 0));
        breaks.add(at);
        start = at;
        used = 0;
        for (int k = at; k < r; k++) {
          used += heightOf(k);
        }
      }
      used += heightOf(r);
    }
    return breaks;
  }

  /**
   * The row to break before when row {@code r} does not fit: the first of the kept ranges it is in,
   * if they fit on one page from there and the break splits no kept range that starts the page. A
   * kept run taller than a page is broken inside, at the first row from which the rest of the run fits
   * on the next page and which no shorter kept range spans: the run's end (the signatures) keeps rows
   * above it, and no page holds a lone heading.
   */
  private int breakBefore(int r, int pageStart, double room) {
    int at = r;
    int end = r;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int[] keep : keeps) {
        if (keep[0] < at && keep[1] >= at && keep[0] > pageStart) {
          at = keep[0];
          end = Math.max(end, keep[1]);
          moved = true;
        }
      }
    }
    if (at == r || !splitsKeepBefore(at, end) && rowsHeight(at, end) <= room) {
      return at;
    }
    for (int p = at + 1; p < r; p++) {
      if (!splitsKeepBefore(p, end) && rowsHeight(p, end) <= room) {
        return p;
      }
    }
    return r;
  }

  /** Whether a break before row {@code p} would split a kept range that ends before row {@code end}. */
  private boolean splitsKeepBefore(int p, int end) {
    for (int[] keep : keeps) {
      if (keep[0] < p && keep[1] >= p && keep[1] < end) {
        return true;
      }
    }
    return false;
  }

  private double rowsHeight(int first, int last) {
    double sum = 0;
    for (int k = first; k <= Math.min(last, Math.min(row, PLANNED_ROWS - 1)); k++) {
      sum += heightOf(k);
    }
    return sum;
  }

  private double heightOf(int r) {
    return r < heights.length && heights[r] > 0 ? heights[r] : DEFAULT_HEIGHT;
  }

  /** The filtered range, for the workbook's hidden {@code _FilterDatabase} name; null when none. */
  String filterReference() {
    return filter == null ? null
        : Parts.absolute(name, filter[0], filter[1], filter[2], filter[3]);
  }

  SheetLayout layout() {
    return layout;
  }

  private static String range(int[] r) {
    return Parts.cell(r[0], r[1]) + ":" + Parts.cell(r[2], r[3]);
  }
}
