package vn.dvht.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes paragraphs the way Vietnamese administrative documents are set (Nghị định 30/2020):
 * Times New Roman 13–14 pt, A4 with 20/20/30/15 mm margins, the national header block.
 */
final class DocxWriter {
  static final int BODY = 14;
  private static final long TWIPS_PER_MM = 1440L * 10 / 254;
  /** A4 width less the 30 mm and 15 mm margins. */
  private static final long TEXT_WIDTH = (210 - 30 - 15) * TWIPS_PER_MM;

  private final XWPFDocument document;

  DocxWriter(XWPFDocument document) {
    this.document = document;
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(210 * TWIPS_PER_MM));
    size.setH(BigInteger.valueOf(297 * TWIPS_PER_MM));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(20 * TWIPS_PER_MM));
    margins.setBottom(BigInteger.valueOf(20 * TWIPS_PER_MM));
    margins.setLeft(BigInteger.valueOf(30 * TWIPS_PER_MM));
    margins.setRight(BigInteger.valueOf(15 * TWIPS_PER_MM));
  }

  /** A body paragraph: justified, first line indented. */
  XWPFParagraph body(String text) {
    XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(567);
    run(p, text, false, false, BODY);
    return p;
  }

  /** A paragraph with a bold lead-in followed by plain text. */
  XWPFParagraph lead(String bold, String rest) {
    XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(567);
    run(p, bold, true, false, BODY);
    run(p, rest, false, false, BODY);
    return p;
  }

  XWPFParagraph heading(String text) {
    XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
    p.setIndentationFirstLine(567);
    run(p, text, true, false, BODY);
    return p;
  }

  /** A document title (BÁO CÁO, TỜ TRÌNH) with space above it. */
  XWPFParagraph title(String text) {
    XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
    p.setSpacingBefore(360);
    run(p, text, true, false, 14);
    return p;
  }

  XWPFParagraph centered(String text, boolean bold, boolean italic, int points) {
    XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
    run(p, text, bold, italic, points);
    return p;
  }

  void pageBreak() {
    paragraph(ParagraphAlignment.LEFT).createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
  }

  /**
   * The two-column header: unit on the left, the national title on the right, then place and date.
   */
  void nationalHeader(String unit, String number, String placeAndDate) {
    XWPFTable table = twoColumns(0.4);
    table.setTableAlignment(TableRowAlign.CENTER);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    cellLine(left, unit, true, false, 12, true);
    cellLine(left, number, false, false, 13, false);
    cellLine(right, vn.dvht.diag.Messages.get("form.nation"), true, false, 12, true);
    cellLine(right, vn.dvht.diag.Messages.get("form.motto"), true, false, 14, false);
    cellLine(right, placeAndDate, false, true, 14, false);
  }

  /** "Nơi nhận" on the left (small, one item per line), the head's title and signature space on the right. */
  void signature(String recipients) {
    XWPFTable table = twoColumns(0.45);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    String[] lines = recipients.split("\n");
    for (int i = 0; i < lines.length; i++) {
      XWPFParagraph p = i == 0 ? left.getParagraphs().get(0) : left.addParagraph();
      run(p, lines[i], i == 0, i == 0, i == 0 ? 12 : 11);
    }
    cellLine(right, vn.dvht.diag.Messages.get("form.head"), true, false, 13, true);
    cellLine(right, vn.dvht.diag.Messages.get("form.signSealHint"), false, true, 13, false);
    for (int i = 0; i < 3; i++) {
      right.addParagraph();
    }
    cellLine(right, "……………………", false, false, 13, false);
  }

  /** A borderless one-row table across the text width, the first column taking {@code share} of it. */
  private XWPFTable twoColumns(double share) {
    XWPFTable table = document.createTable(1, 2);
    table.removeBorders();
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(String.valueOf(TEXT_WIDTH));
    long left = Math.round(TEXT_WIDTH * share);
    var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    grid.addNewGridCol().setW(BigInteger.valueOf(left));
    grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH - left));
    table.getRow(0).getCell(0).setWidth(String.valueOf(left));
    table.getRow(0).getCell(1).setWidth(String.valueOf(TEXT_WIDTH - left));
    return table;
  }

  private static void cellLine(XWPFTableCell cell, String text, boolean bold, boolean italic, int points,
      boolean first) {
    XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, text, bold, italic, points);
  }

  private XWPFParagraph paragraph(ParagraphAlignment alignment) {
    XWPFParagraph p = document.createParagraph();
    p.setAlignment(alignment);
    p.setSpacingAfter(80);
    return p;
  }

  static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int points) {
    XWPFRun run = p.createRun();
    run.setFontFamily("Times New Roman");
    run.setFontSize(points);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
    return run;
  }
}
