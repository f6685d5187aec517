package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;
import vn.dvht.testing.Workbooks;
import vn.dvht.testing.XlsxDump;

/** What the summary workbook stores: text stays text (even "=…"), counts and shares are numbers. */
class XlsxRendererTest {

  @Test
  void aNameThatLooksLikeAFormulaStaysText(@TempDir Path dir) throws Exception {
    Path members = Workbooks.members("Họ và tên", "Kỷ luật lao động", "Hoàn thành bồi dưỡng", "Chuyển đổi số",
            "Chứng chỉ ngoại ngữ", "Danh hiệu thi đua", "Công dân học tập")
        .row("=HYPERLINK(\"http://x\",\"bấm\")", "Không", "Có", "Có", "Có", "LĐTT", "Có")
        .row("+84 Lê Văn Cường", "Có", "Có", "Có", "Có", "LĐTT", "Có")
        .agency().write(dir.resolve("cong-thuc.xlsx"));

    CliRun run = CliRun.of("evaluate", members.toString(), "--out", dir.toString(), "--date", "2026-01-10");

    assertThat(run.code()).isZero();
    String dump = XlsxDump.of(dir.resolve("cong-thuc-ket-qua.xlsx"));
    assertThat(dump).contains("Cần bổ sung!E2 s =HYPERLINK(\"http://x\",\"bấm\")")
        .contains("Thành viên!C3 s +84 Lê Văn Cường")
        .doesNotContain(" f =");
    assertThat(dump).contains("Tổng hợp!F21 n 1.0", "Tổng hợp!G21 n 2.0", "Tổng hợp!H21 n 0.5 [0.00 %]");
  }

  @Test
  void theChartPlotsEachRateAgainstEachLevelsThresholdBesideItsCounts(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("evaluate", "../samples/003-thpt-ly-nhan.xlsx", "--ruleset", "tt24", "--out",
        dir.toString(), "--date", "2026-01-10");
    assertThat(run.code()).isZero();

    try (InputStream in = Files.newInputStream(dir.resolve("003-thpt-ly-nhan-ket-qua.xlsx"));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFSheet sheet = workbook.getSheet("Biểu đồ");
      List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(1);
      XDDFChartData bars = charts.get(0).getChartSeries().get(0);
      List<String> series = new ArrayList<>();
      for (int i = 0; i < bars.getSeriesCount(); i++) {
        XDDFChartData.Series s = bars.getSeries(i);
        String column = s.getValuesData().getDataRangeReference().replaceAll(".*!\\$([A-Z]+)\\$2.*", "$1");
        String title = sheet.getRow(0).getCell(CellReference.convertColStringToIndex(column)).getStringCellValue();
        series.add(title + " = " + s.getValuesData().getDataRangeReference() + " by "
            + s.getCategoryData().getDataRangeReference());
      }
      int last = sheet.getLastRowNum() + 1;
      assertThat(series).containsExactly(
          "Tỷ lệ đạt = 'Biểu đồ'!$C$2:$C$" + last + " by 'Biểu đồ'!$F$2:$F$" + last,
          "Ngưỡng Mức độ 1 = 'Biểu đồ'!$D$2:$D$" + last + " by 'Biểu đồ'!$F$2:$F$" + last,
          "Ngưỡng Mức độ 2 = 'Biểu đồ'!$E$2:$E$" + last + " by 'Biểu đồ'!$F$2:$F$" + last);
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("70/70");
      // The categories name each indicator with the counts its rate is of, from a hidden column.
      assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("TC2.CT1 (70/70)");
      assertThat(sheet.isColumnHidden(5)).isTrue();
      assertThat(sheet.isColumnHidden(4)).isFalse();
    }
  }

  @Test
  void aPlansSeriesHasAColourOfItsOwnAndItsLongTitleShortensTheChartToStayOnThePage(@TempDir Path dir)
      throws Exception {
    for (String plan : new String[] {"", "../rulesets/plans/003-thpt-ly-nhan.yaml"}) {
      List<String> args = new ArrayList<>(List.of("evaluate", "../samples/003-thpt-ly-nhan.xlsx", "--ruleset", "tt24",
          "--out", dir.resolve(plan.isEmpty() ? "own" : "plan").toString(), "--date", "2026-01-10"));
      if (!plan.isEmpty()) {
        args.addAll(List.of("--targets", plan));
      }
      assertThat(CliRun.of(args.toArray(String[]::new)).code()).isZero();
    }
    String own = part(dir.resolve("own/003-thpt-ly-nhan-ket-qua.xlsx"), "xl/drawings/drawing1.xml");
    String plan = part(dir.resolve("plan/003-thpt-ly-nhan-ket-qua.xlsx"), "xl/drawings/drawing1.xml");
    // Seven indicators: the chart from row 10; its header of four lines takes three rows from the chart.
    assertThat(own).contains("<xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>31</xdr:row>");
    assertThat(plan).contains("<xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>28</xdr:row>");
    String chart = part(dir.resolve("plan/003-thpt-ly-nhan-ket-qua.xlsx"), "xl/charts/chart1.xml");
    List<String> colours = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<c:ser>.*?<a:prstClr val=\"(\\w+)\"").matcher(chart);
    while (m.find()) {
      colours.add(m.group(1));
    }
    assertThat(colours).containsExactly("steelBlue", "goldenrod", "gray", "seaGreen");
  }

  private static String part(Path xlsx, String name) throws Exception {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
      return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
