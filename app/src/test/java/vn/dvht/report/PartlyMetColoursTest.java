package vn.dvht.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvht.testing.CliRun;

/**
 * A TT 22 row that earned part of its points ("Đạt một phần: 8/10 điểm") is drawn apart from a failed
 * row (red on rose) and a met one (plain): amber in the summary sheet and the HTML report, an orange
 * bar in the chart when the share is what earned part of the points.
 */
class PartlyMetColoursTest {
  private static final String DAK_GLONG = "../samples/004-vp-dak-glong.xlsx";
  private static final String STEM = "004-vp-dak-glong";

  @Test
  void theSummarySheetDrawsAPartlyMetRowInAmberAFailedOneInRedAndAMetOnePlain(@TempDir Path out) throws Exception {
    evaluate(out, "--ruleset", "tt22");
    try (InputStream in = Files.newInputStream(out.resolve(STEM + "-ket-qua.xlsx"));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFSheet sheet = workbook.getSheet("Tổng hợp");
      XSSFCell partly = sheet.getRow(16).getCell(8);
      XSSFCell failed = sheet.getRow(18).getCell(8);
      XSSFCell met = sheet.getRow(14).getCell(8);
      assertThat(partly.getStringCellValue()).isEqualTo("Đạt một phần: 8/10 điểm");
      assertThat(failed.getStringCellValue()).isEqualTo("Không đạt");
      assertThat(met.getStringCellValue()).isEqualTo("Đạt");
      assertThat(colours(partly)).isEqualTo("bold FF9C5700 on FFFFEB9C");
      assertThat(partly.getCellStyle().getWrapText()).as("wider than its column, wrapped").isTrue();
      assertThat(colours(failed)).isEqualTo("bold FFFF0000 on FFFF99CC");
      assertThat(colours(met)).isEqualTo("regular none on none");
    }
  }

  @Test
  void theHtmlReportGivesAPartlyMetRowItsOwnAmberClass(@TempDir Path out) throws Exception {
    evaluate(out, "--ruleset", "tt22", "--report", "html");
    String html = Files.readString(out.resolve(STEM + "-bao-cao.html"), StandardCharsets.UTF_8);
    assertThat(html).contains(".dat-mot-phan{color:#9c5700;background:#ffeb9c;font-weight:bold}",
        ".khong-dat{color:#b22222;font-weight:bold}");
    assertThat(html).contains("<td class=\"dat-mot-phan\">Đạt một phần: 8/10 điểm</td>")
        .contains("<td class=\"khong-dat\">Không đạt</td>")
        .doesNotContain("<td class=\"khong-dat\">Đạt một phần");
  }

  @Test
  void theChartDrawsASharesBarOrangeWhenItEarnedPartOfItsPointsAndRedWhenItEarnedNone(@TempDir Path out)
      throws Exception {
    // tt22 gives all or nothing: TC2.CT1 (95 %) and TC2.CT3 (97,5 %) earn nothing, red.
    evaluate(out.resolve("all"), "--ruleset", "tt22");
    String allOrNothing = chart(out.resolve("all"));
    assertThat(barColours(allOrNothing)).containsExactly("0=C00000", "2=C00000");
    assertThat(allOrNothing).contains("(cột đỏ: chưa đạt)</a:t>");
    // Proportional credit: the same bars earn part of their points, orange, and the title says so.
    Path ruleset = Files.writeString(out.resolve("tt22-ty-le.yaml"), """
        schema: 1
        extends: tt22
        id: tt22-ty-le
        title: TT 22, điểm theo tỷ lệ
        scoring:
          credit: proportional
        """);
    evaluate(out.resolve("proportional"), "--ruleset", ruleset.toString());
    String proportional = chart(out.resolve("proportional"));
    assertThat(barColours(proportional)).containsExactly("0=ED7D31", "2=ED7D31");
    assertThat(proportional).contains("(cột cam: đạt một phần)</a:t>").doesNotContain("cột đỏ");
  }

  @Test
  void theHtmlChartColoursItsBarsAsTheWorkbooksChartAndItsTitleAndLegendKeyOnlyTheColoursDrawn(@TempDir Path out)
      throws Exception {
    evaluate(out.resolve("all"), "--ruleset", "tt22", "--report", "html");
    String allOrNothing = svg(out.resolve("all"));
    assertThat(shareBars(allOrNothing)).containsExactly("TC2.CT1=#c00000", "TC2.CT2=#4682b4", "TC2.CT3=#c00000",
        "TC2.CT4=#4682b4", "TC3.CT1=#4682b4");
    assertThat(allOrNothing).contains("<title>Tỷ lệ đạt của từng chỉ tiêu so với tỷ lệ để được đủ điểm"
        + " (cột đỏ: chưa đạt)</title>", "fill=\"#c00000\"/><text x=\"", ">Chưa đạt</text>")
        .doesNotContain("#ed7d31", "Đạt một phần</text>");
    // Each group names its indicator, then the counts its rate is of; each share bar carries its rate.
    assertThat(allOrNothing).containsPattern(">TC2\\.CT1</text>\n<text x=\"\\d+\" y=\"\\d+\">38/40</text>")
        .contains("font-size=\"8\">95,00 %</text>");
    evaluate(out.resolve("plan"), "--ruleset", "../rulesets/plans/004-vp-dak-glong.yaml",
        "--report", "html");
    String plan = svg(out.resolve("plan"));
    assertThat(shareBars(plan)).containsExactly("TC2.CT1=#ed7d31", "TC2.CT2=#4682b4", "TC2.CT3=#ed7d31",
        "TC2.CT4=#4682b4", "TC3.CT1=#4682b4");
    assertThat(plan).contains(" (cột cam: đạt một phần)</title>", ">Đạt một phần</text>",
        ">Tỷ lệ để được đủ điểm</text>", ">Ngưỡng Chỉ tiêu kế hoạch năm 2025 của đơn vị</text>")
        .doesNotContain("cột đỏ", "#c00000");
  }

  @Test
  void aPlansThresholdSeriesIsNamedForThePlanNotAsTheShareForFullPoints(@TempDir Path out) throws Exception {
    String plan = "../rulesets/plans/004-vp-dak-glong.yaml";
    evaluate(out.resolve("vi"), "--ruleset", plan);
    assertThat(seriesNames(chart(out.resolve("vi"))))
        .containsExactly("Tỷ lệ đạt", "Tỷ lệ để được đủ điểm", "Ngưỡng Chỉ tiêu kế hoạch năm 2025 của đơn vị");
    evaluate(out.resolve("en"), "--lang", "en", "--ruleset", plan, "--report", "html");
    Path en = out.resolve("en");
    List<Path> files;
    try (Stream<Path> listed = Files.list(en)) {
      files = listed.sorted().toList();
    }
    Path xlsx = files.stream().filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
    Path html = files.stream().filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
    String chart;
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      chart = new String(zip.getInputStream(zip.getEntry("xl/charts/chart1.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
    }
    List<String> names = seriesNames(chart);
    assertThat(names).hasSize(3).startsWith("Share met", "Share for full points");
    assertThat(names.get(2)).startsWith("Threshold ").doesNotContain("full points");
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains(">Share for full points</text>",
        ">" + names.get(2) + "</text>");
  }

  private static List<String> seriesNames(String chart) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("<c:ser>.*?<c:v>(.*?)</c:v>").matcher(chart);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static void evaluate(Path out, String... options) {
    List<String> args = new ArrayList<>(List.of("evaluate", DAK_GLONG, "--out", out.toString(), "--date",
        "2026-01-10", "--quiet"));
    args.addAll(List.of(options));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
  }

  private static String colours(XSSFCell cell) {
    XSSFCellStyle style = cell.getCellStyle();
    return (style.getFont().getBold() ? "bold " : "regular ") + argb(style.getFont().getXSSFColor()) + " on "
        + argb(style.getFillForegroundColorColor());
  }

  private static String argb(XSSFColor color) {
    return color == null || color.getARGBHex() == null ? "none" : color.getARGBHex();
  }

  private static String svg(Path out) throws Exception {
    String html = Files.readString(out.resolve(STEM + "-bao-cao.html"), StandardCharsets.UTF_8);
    return html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
  }

  /** The share's bar of each indicator and its fill: "TC2.CT1=#c00000". */
  private static List<String> shareBars(String svg) {
    List<String> bars = new ArrayList<>();
    Matcher m = Pattern.compile("fill=\"(#\\w+)\"><title>([A-Z0-9.]+): ").matcher(svg);
    while (m.find()) {
      bars.add(m.group(2) + "=" + m.group(1));
    }
    return bars;
  }

  private static String chart(Path out) throws Exception {
    try (ZipFile zip = new ZipFile(out.resolve(STEM + "-ket-qua.xlsx").toFile())) {
      return new String(zip.getInputStream(zip.getEntry("xl/charts/chart1.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
    }
  }

  /** The first series' bars drawn in a colour of their own: "index=RRGGBB". */
  private static List<String> barColours(String chart) {
    List<String> bars = new ArrayList<>();
    Matcher m = Pattern.compile("<c:dPt><c:idx val=\"(\\d+)\"/>.*?<a:srgbClr val=\"(\\w+)\"/>").matcher(chart);
    while (m.find()) {
      bars.add(m.group(1) + "=" + m.group(2));
    }
    return bars;
  }
}
