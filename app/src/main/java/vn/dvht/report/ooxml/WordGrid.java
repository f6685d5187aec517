package vn.dvht.report.ooxml;

import java.util.ArrayList;
import java.util.List;

/**
 * A bordered data table for a Word body: fixed column widths (twips), header rows repeated at the top of
 * every page, no row split across pages, each cell's lines as paragraphs. Added to a {@link WordBody}
 * with {@link WordBody#block}.
 *
 * <pre>{@code
 * WordGrid grid = new WordGrid(List.of(700, 4000, 2000), 13);
 * grid.header("STT", "Tên đơn vị", "Mức độ");
 * grid.row(WordGrid.Align.CENTER, "1", "Trường THPT Lý Nhân", "Mức độ 2");
 * }</pre>
 */
public final class WordGrid {
  /** A page break, as a paragraph of its own. */
  public static final String PAGE_BREAK = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
  /** What ends a table begun with {@link #open()}. */
  public static final String END = "</w:tbl>";

  /** How the first column of a row is aligned (the others are left, numbers right). */
  public enum Align { LEFT, CENTER }

  private final List<Integer> widths;
  private final int points;
  private final List<String> rows = new ArrayList<>();

  public WordGrid(List<Integer> widths, int points) {
    this.widths = List.copyOf(widths);
    this.points = points;
  }

  /** A header row: bold, centred, repeated on every page the table runs onto. */
  public WordGrid header(String... cells) {
    rows.add(row(cells, true, true, Align.CENTER));
    return this;
  }

  /** A body row; its first column aligned as asked. */
  public WordGrid row(Align first, String... cells) {
    rows.add(row(cells, false, false, first));
    return this;
  }

  /**
   * A body row as {@link #row} prints it, in some 40 % fewer bytes (no cell widths: the table's grid gives them;
   * left alignment and complex-script sizes as defaults; an empty cell an empty paragraph): for a list of a
   * million rows.
   */
  public WordGrid leanRow(Align first, String... cells) {
    StringBuilder xml = new StringBuilder("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    for (int c = 0; c < widths.size(); c++) {
      String text = c < cells.length ? cells[c] : "";
      xml.append("<w:tc><w:p><w:pPr><w:spacing w:before=\"20\" w:after=\"20\"/>")
          .append(c == 0 && first == Align.CENTER ? "<w:jc w:val=\"center\"/>" : "").append("</w:pPr>");
      if (!text.isEmpty()) {
        xml.append("<w:r><w:rPr><w:sz w:val=\"").append(points * 2).append("\"/></w:rPr><w:t xml:space=\"preserve\">")
            .append(Parts.escape(text)).append("</w:t></w:r>");
      }
      xml.append("</w:p></w:tc>");
    }
    rows.add(xml.append("</w:tr>").toString());
    return this;
  }

  /** A row whose one cell spans the table, bold (a heading inside the table, such as a criterion). */
  public WordGrid band(String text) {
    StringBuilder xml = new StringBuilder("<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"")
        .append(width()).append("\" w:type=\"dxa\"/><w:gridSpan w:val=\"").append(widths.size()).append("\"/></w:tcPr>");
    paragraphs(xml, text, true, "left");
    rows.add(xml.append("</w:tc></w:tr>").toString());
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  private String row(String[] cells, boolean bold, boolean header, Align first) {
    StringBuilder xml = new StringBuilder("<w:tr><w:trPr>");
    if (header) {
      xml.append("<w:tblHeader/>");
    }
    xml.append("<w:cantSplit/></w:trPr>");
    for (int c = 0; c < widths.size(); c++) {
      String text = c < cells.length ? cells[c] : "";
      String align = header || (c == 0 && first == Align.CENTER) ? "center" : "left";
      xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths.get(c)).append("\" w:type=\"dxa\"/>");
      if (header) {
        xml.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9D9D9\"/><w:vAlign w:val=\"center\"/>");
      }
      xml.append("</w:tcPr>");
      paragraphs(xml, text, bold, align);
      xml.append("</w:tc>");
    }
    return xml.append("</w:tr>").toString();
  }

  private void paragraphs(StringBuilder xml, String text, boolean bold, String align) {
    for (String line : text.split("\n", -1)) {
      xml.append("<w:p><w:pPr><w:spacing w:before=\"20\" w:after=\"20\"/><w:jc w:val=\"").append(align)
          .append("\"/></w:pPr><w:r><w:rPr>").append(bold ? "<w:b/><w:bCs/>" : "").append("<w:sz w:val=\"")
          .append(points * 2).append("\"/><w:szCs w:val=\"").append(points * 2).append("\"/></w:rPr>")
          .append("<w:t xml:space=\"preserve\">").append(Parts.escape(line)).append("</w:t></w:r></w:p>");
    }
  }

  private int width() {
    return widths.stream().mapToInt(Integer::intValue).sum();
  }

  /** The table's WordprocessingML. */
  public String xml() {
    StringBuilder xml = new StringBuilder(open());
    rows.forEach(xml::append);
    return xml.append(END).toString();
  }

  /**
   * The table's start without its rows: with {@link #takeRows()} and {@link #END}, a table of a million rows
   * written a batch of rows at a time.
   */
  public String open() {
    StringBuilder xml = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"").append(width())
        .append("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>");
    for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
      xml.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
    }
    xml.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
    widths.forEach(w -> xml.append("<w:gridCol w:w=\"").append(w).append("\"/>"));
    return xml.append("</w:tblGrid>").toString();
  }

  /** The rows added since the last call, handed out and forgotten. */
  public String takeRows() {
    String taken = String.join("", rows);
    rows.clear();
    return taken;
  }
}
