package vn.dvht.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;
import vn.dvht.report.ooxml.BarChart;

/**
 * The share-versus-threshold bar chart as inline SVG, the same data, colours and title as the workbook's
 * "Biểu đồ" sheet: the share in blue, red where it is not met, orange where it earned part of its points.
 */
final class SvgChart {
  /** As the workbook's chart: steel blue, then goldenrod, grey and sea green for the thresholds. */
  private static final String[] COLORS = {"#4682b4", "#daa520", "#808080", "#2e8b57"};
  private static final String FAILED = "#c00000";
  private static final String PARTLY_MET = "#ed7d31";
  private static final int HEIGHT = 200;
  private static final int GROUP = 90;
  private static final int LEFT = 40;
  private static final int LEGEND_LINE = 16;

  private SvgChart() {}

  static String of(Wording words, EvaluationResult result) {
    ShareChart chart = ShareChart.of(words, result);
    List<String> ids = chart.ids();
    if (ids.isEmpty()) {
      return "";
    }
    int series = chart.seriesNames().size();
    int bar = (GROUP - 20) / series;
    int width = LEFT + ids.size() * GROUP + 10;
    List<String[]> legend = legend(words, chart);
    int lines = legendLines(legend, width).size();
    int height = HEIGHT + 66 + LEGEND_LINE * lines;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" font-family=\"Times New Roman, serif\" font-size=\"11\">\n");
    svg.append("<title>").append(Html.escape(chart.title())).append("</title>\n");
    for (int pct = 0; pct <= 100; pct += 25) {
      int y = y(BigDecimal.valueOf(pct));
      svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width).append("\" y1=\"").append(y)
          .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/><text x=\"2\" y=\"").append(y + 4).append("\">")
          .append(pct).append(" %</text>\n");
    }
    for (int i = 0; i < ids.size(); i++) {
      int x = LEFT + i * GROUP + 10;
      bars(words, svg, result, ids.get(i), x, bar, shareColor(chart.bars().get(i)));
      svg.append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT + 25).append("\">")
          .append(Html.escape(ids.get(i))).append("</text>\n");
      // Under the code, the counts the share is of: k/n beside its percentage, as every output shows it.
      ShareChart.first(result, ids.get(i)).ifPresent(s -> svg.append("<text x=\"").append(x).append("\" y=\"")
          .append(HEIGHT + 37).append("\">").append(s.numerator()).append('/').append(s.denominator())
          .append("</text>\n"));
    }
    drawLegend(svg, legend, width);
    return svg.append("</svg>\n").toString();
  }

  private static String shareColor(BarChart.Bar bar) {
    return switch (bar) {
      case PLAIN -> COLORS[0];
      case FAILED -> FAILED;
      case PARTLY_MET -> PARTLY_MET;
    };
  }

  private static void bars(Wording words, StringBuilder svg, EvaluationResult result, String id, int x, int bar, String color) {
    Optional<Outcome.Share> share = ShareChart.first(result, id);
    share.ifPresent(s -> {
      rect(svg, x, bar, s.percent(), color, id + ": " + Phrases.percent(words, s.percent()));
      svg.append("<text x=\"").append(x).append("\" y=\"").append(y(s.percent()) - 2)
          .append("\" font-size=\"8\">").append(Html.escape(Phrases.percent(words, s.percent()))).append("</text>\n");
    });
    for (int l = 0; l < result.levels().size(); l++) {
      LevelResult level = result.levels().get(l);
      Optional<BigDecimal> threshold = ShareChart.share(level, id).map(Outcome.Share::threshold);
      if (threshold.isPresent()) {
        rect(svg, x + (l + 1) * bar, bar, threshold.get(), COLORS[(l + 1) % COLORS.length],
            level.level().label() + ": " + Phrases.atLeastPercent(words, threshold.get()));
      }
    }
  }

  private static void rect(StringBuilder svg, int x, int width, BigDecimal percent, String color, String title) {
    int top = y(percent);
    svg.append("<rect x=\"").append(x).append("\" y=\"").append(top).append("\" width=\"").append(width - 2)
        .append("\" height=\"").append(y(BigDecimal.ZERO) - top).append("\" fill=\"").append(color)
        .append("\"><title>").append(Html.escape(title)).append("</title></rect>\n");
  }

  /** Colour and name of each legend entry: the series, then red and orange if any bar is drawn so. */
  private static List<String[]> legend(Wording words, ShareChart chart) {
    List<String[]> entries = new ArrayList<>();
    for (int i = 0; i < chart.seriesNames().size(); i++) {
      entries.add(new String[] {COLORS[i % COLORS.length], chart.seriesNames().get(i)});
    }
    if (chart.bars().contains(BarChart.Bar.FAILED)) {
      entries.add(new String[] {FAILED, words.get("chart.legendFailed")});
    }
    if (chart.bars().contains(BarChart.Bar.PARTLY_MET)) {
      entries.add(new String[] {PARTLY_MET, words.get("chart.legendPartly")});
    }
    return entries;
  }

  /** The entries on each line of the legend: a new line where the next entry would pass the chart's width. */
  private static List<List<String[]>> legendLines(List<String[]> entries, int width) {
    List<List<String[]>> lines = new ArrayList<>();
    List<String[]> line = new ArrayList<>();
    int x = LEFT;
    for (String[] entry : entries) {
      int next = x + entryWidth(entry);
      if (!line.isEmpty() && next > width) {
        lines.add(line);
        line = new ArrayList<>();
        x = LEFT;
        next = x + entryWidth(entry);
      }
      line.add(entry);
      x = next;
    }
    lines.add(line);
    return lines;
  }

  private static int entryWidth(String[] entry) {
    return 14 + 7 * entry[1].length();
  }

  private static void drawLegend(StringBuilder svg, List<String[]> entries, int width) {
    int y = HEIGHT + 57;
    for (List<String[]> line : legendLines(entries, width)) {
      int x = LEFT;
      for (String[] entry : line) {
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"10\" height=\"10\" fill=\"")
            .append(entry[0]).append("\"/><text x=\"").append(x + 14).append("\" y=\"").append(y + 9).append("\">")
            .append(Html.escape(entry[1])).append("</text>\n");
        x += entryWidth(entry);
      }
      y += LEGEND_LINE;
    }
  }

  private static int y(BigDecimal percent) {
    return 10 + HEIGHT - percent.multiply(BigDecimal.valueOf(HEIGHT)).divide(BigDecimal.valueOf(100))
        .setScale(0, RoundingMode.HALF_UP).intValue();
  }
}
