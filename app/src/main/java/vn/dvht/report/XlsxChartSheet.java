package vn.dvht.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.dvht.diag.Messages;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;

/** Sheet "Biểu đồ": each share indicator's percentage beside its threshold at every level, as a bar chart. */
final class XlsxChartSheet {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The share in blue, thresholds in amber and red. */
  private static final PresetColor[] COLORS = {PresetColor.STEEL_BLUE, PresetColor.GOLDENROD, PresetColor.FIREBRICK};

  /** Data columns: the counts a rate is of, the rate, then one threshold per level (the chart's series). */
  private static final int COUNTS = 1;
  private static final int RATE = 2;

  private final XlsxStyles styles;
  private final EvaluationResult result;

  XlsxChartSheet(XlsxStyles styles, EvaluationResult result) {
    this.styles = styles;
    this.result = result;
  }

  void write(XSSFSheet sheet) {
    List<String> ids = shareIndicators();
    Row header = sheet.createRow(0);
    XlsxStyles.text(header, 0, Messages.get("col.indicator"), styles.header);
    XlsxStyles.text(header, COUNTS, Messages.get("col.count"), styles.header);
    XlsxStyles.text(header, RATE, Messages.get("chart.share"), styles.header);
    for (int l = 0; l < result.levels().size(); l++) {
      XlsxStyles.text(header, RATE + 1 + l, Messages.get("chart.threshold", result.levels().get(l).level().label()),
          styles.header);
    }
    for (int i = 0; i < ids.size(); i++) {
      Row row = sheet.createRow(i + 1);
      XlsxStyles.text(row, 0, ids.get(i), styles.cell);
      for (int l = 0; l < result.levels().size(); l++) {
        Outcome.Share share = share(result.levels().get(l), ids.get(i));
        if (share == null) {
          XlsxStyles.text(row, RATE + 1 + l, "", styles.cell);
          continue;
        }
        if (row.getCell(RATE) == null) {
          XlsxStyles.text(row, COUNTS, share.numerator() + "/" + share.denominator(), styles.cell);
          XlsxStyles.number(row, RATE, fraction(share.percent()), styles.cellPercent);
        }
        XlsxStyles.number(row, RATE + 1 + l, fraction(share.threshold()), styles.cellPercent);
      }
    }
    XlsxStyles.widths(sheet, 12, 14, 14, 16, 16, 16);
    XlsxStyles.printA4(sheet, true);
    if (!ids.isEmpty()) {
      chart(sheet, ids.size());
    }
  }

  private void chart(XSSFSheet sheet, int rows) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, rows + 2, 10, rows + 24);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(Messages.get("chart.title"));
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    values.setMinimum(0);
    values.setMaximum(1);
    values.setNumberFormat("0%");
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(BarDirection.COL);
    data.setVaryColors(false);
    XDDFDataSource<String> ids = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, rows, 0, 0));
    for (int c = RATE; c < RATE + 1 + result.levels().size(); c++) {
      XDDFNumericalDataSource<Double> column =
          XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, rows, c, c));
      XDDFChartData.Series series = data.addSeries(ids, column);
      series.setTitle(sheet.getRow(0).getCell(c).getStringCellValue(),
          new CellReference(sheet.getSheetName(), 0, c, true, true));
      XDDFShapeProperties shape = new XDDFShapeProperties();
      shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLORS[(c - RATE) % COLORS.length])));
      series.setShapeProperties(shape);
    }
    chart.plot(data);
  }

  private List<String> shareIndicators() {
    List<String> ids = new ArrayList<>();
    for (LevelResult level : result.levels()) {
      for (IndicatorResult row : level.indicators()) {
        if (row.outcome() instanceof Outcome.Share && !ids.contains(row.indicator().id())) {
          ids.add(row.indicator().id());
        }
      }
    }
    return ids;
  }

  private static Outcome.Share share(LevelResult level, String id) {
    for (IndicatorResult row : level.indicators()) {
      if (row.indicator().id().equals(id) && row.outcome() instanceof Outcome.Share share) {
        return share;
      }
    }
    return null;
  }

  private static double fraction(BigDecimal percent) {
    return percent.divide(HUNDRED).doubleValue();
  }
}
