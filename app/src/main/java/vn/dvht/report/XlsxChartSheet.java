package vn.dvht.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;
import vn.dvht.report.ooxml.BarChart;
import vn.dvht.report.ooxml.SheetWriter;
import vn.dvht.report.ooxml.XlsxWriter;

/** Sheet "Biểu đồ": each share indicator's percentage beside its threshold at every level, as a bar chart. */
final class XlsxChartSheet {
  /** The share in blue (red where it fails, orange where it earns part of its points), thresholds in amber, grey and (a plan's, a third level's) green. */
  private static final List<String> COLORS = List.of("steelBlue", "goldenrod", "gray", "seaGreen");
  private static final double[] WIDTHS = {12, 14, 14, 16, 16, 16};
  /** Rows the chart spans below the table when the table's header is one line: it ends on the table's page. */
  private static final int CHART_ROWS = 22;

  /** Data columns: the counts a rate is of, the rate, then one threshold per level (the chart's series). */
  private static final int COUNTS = 1;
  private static final int RATE = 2;

  private final WorkbookStyles styles;
  private final EvaluationResult result;

  XlsxChartSheet(WorkbookStyles styles, EvaluationResult result) {
    this.styles = styles;
    this.result = result;
  }

  void write(Wording words, XlsxWriter book) throws IOException {
    ShareChart chart = ShareChart.of(words, result);
    List<String> ids = chart.ids();
    List<LevelResult> levels = result.levels();
    List<String> titles = chart.seriesNames();
    // After the series, a hidden column of the chart's category labels: the code and k/n under each group.
    int labels = RATE + titles.size();
    double[] widths = new double[labels + 1];
    for (int c = 0; c < labels; c++) {
      widths[c] = WIDTHS[Math.min(c, WIDTHS.length - 1)];
    }
    SheetWriter sheet = book.sheet(words.get("xlsx.chartSheet"), WorkbookStyles.page(words, widths), false, 1);
    sheet.row().text(0, words.get("col.indicator"), styles.header).text(COUNTS, words.get("col.count"),
        styles.header);
    for (int t = 0; t < titles.size(); t++) {
      sheet.text(RATE + t, titles.get(t), styles.header);
    }
    List<String> categories = new ArrayList<>();
    List<List<Optional<BigDecimal>>> columns = new ArrayList<>();
    titles.forEach(t -> columns.add(new ArrayList<>()));
    for (String id : ids) {
      sheet.row().text(0, id, styles.cell);
      Optional<Outcome.Share> first = ShareChart.first(result, id);
      Optional<BigDecimal> rate = first.map(Outcome.Share::ratio);
      first.ifPresent(s -> sheet.text(COUNTS, s.numerator() + "/" + s.denominator(), styles.cell)
          .number(RATE, rate.get(), styles.cellPercent(s.percent().scale())));
      columns.get(0).add(rate);
      for (int l = 0; l < levels.size(); l++) {
        Optional<BigDecimal> threshold = ShareChart.share(levels.get(l), id).map(s -> s.threshold().movePointLeft(2));
        if (threshold.isPresent()) {
          sheet.number(RATE + 1 + l, threshold.get(), styles.cellPercent);
        } else {
          sheet.text(RATE + 1 + l, "", styles.cell);
        }
        columns.get(l + 1).add(threshold);
      }
      String label = first.map(s -> id + " (" + s.numerator() + "/" + s.denominator() + ")").orElse(id);
      sheet.text(labels, label, styles.cell);
      categories.add(label);
    }
    if (!ids.isEmpty()) {
      List<BarChart.Series> series = new ArrayList<>();
      for (int t = 0; t < titles.size(); t++) {
        series.add(new BarChart.Series(titles.get(t), 0, RATE + t, 1, ids.size(), columns.get(t)));
      }
      sheet.chart(new BarChart(chart.title(), new BarChart.Column(labels, 1, ids.size(), categories), series, "0%",
          BigDecimal.ZERO, BigDecimal.ONE, new int[] {0, ids.size() + 2, 10,
          ids.size() + 2 + CHART_ROWS - extraHeaderLines(titles)}, COLORS, "0.00%",
          chart.bars()));
    }
  }

  /**
   * The lines the table's header takes beyond one: a long series title wraps (a plan's "Ngưỡng Chỉ tiêu
   * kế hoạch năm học 2025–2026 của đơn vị" takes four), and the chart is as many rows shorter so that it,
   * its legend included, still prints on the table's page.
   */
  private static int extraHeaderLines(List<String> titles) {
    int lines = 1;
    for (int t = 0; t < titles.size(); t++) {
      int width = RATE + t < WIDTHS.length ? (int) WIDTHS[RATE + t] : 8;
      lines = Math.max(lines, SheetWriter.wrappedLines(titles.get(t), (int) (width * 1.1)));
    }
    return lines - 1;
  }
}
