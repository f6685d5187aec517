package vn.dvht.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.diag.Messages;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;

/** The share-versus-threshold bar chart as inline SVG, the same data as the workbook's "Biểu đồ" sheet. */
final class SvgChart {
  private static final String[] COLORS = {"#4682b4", "#daa520", "#b22222", "#2e8b57"};
  private static final int HEIGHT = 200;
  private static final int GROUP = 90;
  private static final int LEFT = 40;

  private SvgChart() {}

  static String of(EvaluationResult result) {
    List<String> ids = new ArrayList<>();
    for (LevelResult level : result.levels()) {
      for (IndicatorResult row : level.indicators()) {
        if (row.outcome() instanceof Outcome.Share && !ids.contains(row.indicator().id())) {
          ids.add(row.indicator().id());
        }
      }
    }
    if (ids.isEmpty()) {
      return "";
    }
    int series = 1 + result.levels().size();
    int bar = (GROUP - 20) / series;
    int width = LEFT + ids.size() * GROUP + 10;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
        .append("\" height=\"").append(HEIGHT + 70).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(HEIGHT + 70).append("\" font-family=\"Times New Roman, serif\" font-size=\"11\">\n");
    svg.append("<title>").append(Html.escape(Messages.get("chart.title"))).append("</title>\n");
    for (int pct = 0; pct <= 100; pct += 25) {
      int y = y(BigDecimal.valueOf(pct));
      svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width).append("\" y1=\"").append(y)
          .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/><text x=\"2\" y=\"").append(y + 4).append("\">")
          .append(pct).append(" %</text>\n");
    }
    for (int i = 0; i < ids.size(); i++) {
      int x = LEFT + i * GROUP + 10;
      bars(svg, result, ids.get(i), x, bar);
      svg.append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT + 25).append("\">")
          .append(Html.escape(ids.get(i))).append("</text>\n");
    }
    legend(svg, result);
    return svg.append("</svg>\n").toString();
  }

  private static void bars(StringBuilder svg, EvaluationResult result, String id, int x, int bar) {
    BigDecimal share = null;
    List<BigDecimal> thresholds = new ArrayList<>();
    for (LevelResult level : result.levels()) {
      BigDecimal threshold = null;
      for (IndicatorResult row : level.indicators()) {
        if (row.indicator().id().equals(id) && row.outcome() instanceof Outcome.Share s) {
          share = s.percent();
          threshold = s.threshold();
        }
      }
      thresholds.add(threshold);
    }
    rect(svg, x, bar, share, COLORS[0], id + ": " + Phrases.percent(share));
    for (int l = 0; l < thresholds.size(); l++) {
      if (thresholds.get(l) != null) {
        rect(svg, x + (l + 1) * bar, bar, thresholds.get(l), COLORS[(l + 1) % COLORS.length],
            result.levels().get(l).level().label() + ": " + Phrases.atLeastPercent(thresholds.get(l)));
      }
    }
  }

  private static void rect(StringBuilder svg, int x, int width, BigDecimal percent, String color, String title) {
    int top = y(percent);
    svg.append("<rect x=\"").append(x).append("\" y=\"").append(top).append("\" width=\"").append(width - 2)
        .append("\" height=\"").append(y(BigDecimal.ZERO) - top).append("\" fill=\"").append(color)
        .append("\"><title>").append(Html.escape(title)).append("</title></rect>\n");
  }

  private static void legend(StringBuilder svg, EvaluationResult result) {
    List<String> names = new ArrayList<>(List.of(Messages.get("chart.share")));
    result.levels().forEach(l -> names.add(Messages.get("chart.threshold", l.level().label())));
    int x = LEFT;
    for (int i = 0; i < names.size(); i++) {
      svg.append("<rect x=\"").append(x).append("\" y=\"").append(HEIGHT + 45)
          .append("\" width=\"10\" height=\"10\" fill=\"").append(COLORS[i % COLORS.length]).append("\"/>")
          .append("<text x=\"").append(x + 14).append("\" y=\"").append(HEIGHT + 54).append("\">")
          .append(Html.escape(names.get(i))).append("</text>\n");
      x += 14 + 7 * names.get(i).length();
    }
  }

  private static int y(BigDecimal percent) {
    return 10 + HEIGHT - percent.multiply(BigDecimal.valueOf(HEIGHT)).divide(BigDecimal.valueOf(100))
        .setScale(0, java.math.RoundingMode.HALF_UP).intValue();
  }
}
