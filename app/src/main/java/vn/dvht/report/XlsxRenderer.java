package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Messages;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.MemberGap;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.Status;
import vn.dvht.model.Member;
import vn.dvht.model.Ruleset;

/**
 * The summary workbook: sheet "Tổng hợp" with one row per level and indicator, "Cần bổ sung" with
 * every member who fails a share indicator, and "Cảnh báo" with the data warnings. Counts and
 * shares are stored as numbers; names and free text always as text, never as formulas.
 */
final class XlsxRenderer implements Renderer {

  @Override
  public void render(Assessment assessment, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Date created = Date.from(assessment.stamp().reportDate().atStartOfDay().toInstant(ZoneOffset.UTC));
      workbook.getProperties().getCoreProperties().setCreated(Optional.of(created));
      workbook.getProperties().getCoreProperties().setCreator("dvht " + assessment.stamp().version());
      Styles styles = new Styles(workbook);
      summary(workbook.createSheet(Messages.get("xlsx.summarySheet")), styles, assessment);
      gaps(workbook.createSheet(Messages.get("xlsx.gapsSheet")), styles, assessment.result());
      warnings(workbook.createSheet(Messages.get("xlsx.warningsSheet")), styles, assessment);
      workbook.write(out);
    }
  }

  private static void summary(Sheet sheet, Styles styles, Assessment assessment) {
    EvaluationResult result = assessment.result();
    Ruleset ruleset = result.ruleset();
    int r = 0;
    text(sheet.createRow(r++), 0, Messages.get("md.title"), styles.title);
    text(sheet.createRow(r++), 0, Phrases.unitLine(result), styles.plain);
    text(sheet.createRow(r++), 0, Messages.get("md.basis", ruleset.info().circular(), ruleset.info().title()),
        styles.plain);
    text(sheet.createRow(r++), 0, Phrases.verdict(result), styles.bold);
    r++;
    int headerRow = r;
    header(sheet.createRow(r++), styles, "col.level", "col.criterion", "col.indicator", "col.requirement",
        "col.threshold", "col.countOfTotal", "col.percent", "col.result", "col.evidence", "col.note");
    for (LevelResult level : result.levels()) {
      for (IndicatorResult i : level.indicators()) {
        Row row = sheet.createRow(r++);
        Outcome o = i.outcome();
        text(row, 0, level.level().label(), styles.plain);
        text(row, 1, i.indicator().criterionId(), styles.plain);
        text(row, 2, i.indicator().id(), styles.plain);
        text(row, 3, i.indicator().text(), styles.wrapped);
        text(row, 4, Phrases.requirement(ruleset, i.indicator(), o), styles.plain);
        text(row, 5, Phrases.count(o), styles.plain);
        if (o instanceof Outcome.Share s && !s.emptyPopulation()) {
          row.createCell(6).setCellValue(s.percent().divide(BigDecimal.valueOf(100)).doubleValue());
          row.getCell(6).setCellStyle(styles.percent);
        } else {
          text(row, 6, Phrases.value(ruleset, i.indicator(), o), styles.plain);
        }
        text(row, 7, Phrases.status(i.status()), i.status() == Status.NOT_MET ? styles.failed : styles.plain);
        text(row, 8, Phrases.evidence(o), styles.wrapped);
        text(row, 9, Phrases.note(ruleset, i.indicator(), o), styles.wrapped);
      }
    }
    int[] widths = {12, 8, 10, 60, 26, 12, 12, 14, 30, 36};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, headerRow + 1);
  }

  private static void gaps(Sheet sheet, Styles styles, EvaluationResult result) {
    header(sheet.createRow(0), styles, "col.indicator", "col.requirement", "col.sheet", "col.row", "col.name",
        "col.memberId", "col.value");
    int r = 1;
    for (MemberGap gap : result.gaps()) {
      for (Member m : gap.members()) {
        Row row = sheet.createRow(r++);
        text(row, 0, gap.indicator().id(), styles.plain);
        text(row, 1, gap.indicator().shortText(), styles.plain);
        text(row, 2, m.source().sheet(), styles.plain);
        row.createCell(3).setCellValue(m.source().row());
        text(row, 4, m.name(), styles.plain);
        text(row, 5, m.memberId(), styles.plain);
        String value = m.answer(gap.field()).raw();
        text(row, 6, value.isEmpty() ? Messages.get("value.blank") : value, styles.plain);
      }
    }
    int[] widths = {10, 40, 14, 8, 30, 16, 24};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void warnings(Sheet sheet, Styles styles, Assessment assessment) {
    header(sheet.createRow(0), styles, "col.code", "col.place", "col.message");
    int r = 1;
    for (Diagnostic w : assessment.warnings()) {
      Row row = sheet.createRow(r++);
      text(row, 0, w.code(), styles.plain);
      text(row, 1, DiagnosticFormatter.where(w.position()), styles.plain);
      text(row, 2, w.message(), styles.wrapped);
    }
    sheet.setColumnWidth(0, 8 * 256);
    sheet.setColumnWidth(1, 60 * 256);
    sheet.setColumnWidth(2, 70 * 256);
    sheet.createFreezePane(0, 1);
  }

  private static void header(Row row, Styles styles, String... keys) {
    for (int c = 0; c < keys.length; c++) {
      text(row, c, Messages.get(keys[c]), styles.header);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    if (!value.isEmpty()) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
  }

  /** The few cell styles the workbook uses, created once. */
  private static final class Styles {
    final CellStyle plain;
    final CellStyle wrapped;
    final CellStyle bold;
    final CellStyle title;
    final CellStyle header;
    final CellStyle percent;
    final CellStyle failed;

    Styles(XSSFWorkbook workbook) {
      Font base = font(workbook, false, 12);
      plain = style(workbook, base);
      wrapped = style(workbook, base);
      wrapped.setWrapText(true);
      bold = style(workbook, font(workbook, true, 12));
      title = style(workbook, font(workbook, true, 14));
      header = style(workbook, font(workbook, true, 12));
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      percent = style(workbook, base);
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
      Font red = font(workbook, true, 12);
      red.setColor(IndexedColors.RED.getIndex());
      failed = style(workbook, red);
    }

    private static CellStyle style(XSSFWorkbook workbook, Font font) {
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }

    private static Font font(XSSFWorkbook workbook, boolean bold, int points) {
      Font font = workbook.createFont();
      font.setFontName("Times New Roman");
      font.setFontHeightInPoints((short) points);
      font.setBold(bold);
      return font;
    }
  }
}
