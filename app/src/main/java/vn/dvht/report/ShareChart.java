package vn.dvht.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.Status;
import vn.dvht.report.ooxml.BarChart;

/**
 * What the share chart shows, the same in the workbook's "Biểu đồ" sheet and the HTML report's SVG: the
 * share indicators, each series' name, how each share's bar is drawn (red: not met, orange: part of its
 * points) and a title that keys only the colours drawn.
 */
record ShareChart(Wording words, List<String> ids, List<String> seriesNames, List<BarChart.Bar> bars, String title) {

  ShareChart {
    ids = List.copyOf(ids);
    seriesNames = List.copyOf(seriesNames);
    bars = List.copyOf(bars);
  }

  static ShareChart of(Wording words, EvaluationResult result) {
    List<String> ids = new ArrayList<>();
    for (LevelResult level : result.levels()) {
      for (IndicatorResult row : level.indicators()) {
        if (row.outcome() instanceof Outcome.Share && !ids.contains(row.indicator().id())) {
          ids.add(row.indicator().id());
        }
      }
    }
    boolean scored = result.ruleset().isScored();
    List<String> names = new ArrayList<>(List.of(words.get("chart.share")));
    // A plan's targets are the unit's own, not the share for full points: its series keeps its label.
    result.levels().forEach(l -> names.add(scored && !l.level().plan() ? words.get("chart.thresholdScored")
        : words.get("chart.threshold", l.level().label())));
    LevelResult argued = result.decision().reached().flatMap(l -> result.levels().stream()
        .filter(r -> r.level().equals(l)).findFirst()).orElse(result.levels().get(0));
    List<BarChart.Bar> bars = ids.stream().map(id -> bar(result, argued, id)).toList();
    return new ShareChart(words, ids, names, bars, title(words, scored, bars));
  }

  /** The share of {@code id} at {@code level}, if it is a share indicator there. */
  static Optional<Outcome.Share> share(LevelResult level, String id) {
    for (IndicatorResult row : level.indicators()) {
      if (row.indicator().id().equals(id) && row.outcome() instanceof Outcome.Share share) {
        return Optional.of(share);
      }
    }
    return Optional.empty();
  }

  /** The share of {@code id} at the first level that has it: the rate a chart draws, with its k/n. */
  static Optional<Outcome.Share> first(EvaluationResult result, String id) {
    return result.levels().stream().flatMap(l -> share(l, id).stream()).findFirst();
  }

  /** Red for a share not met, orange for one not met that still earned part of its points. */
  private static BarChart.Bar bar(EvaluationResult result, LevelResult level, String id) {
    return share(level, id).filter(s -> s.status() == Status.NOT_MET)
        .map(s -> Phrases.partial(result, id).isPresent() ? BarChart.Bar.PARTLY_MET : BarChart.Bar.FAILED)
        .orElse(BarChart.Bar.PLAIN);
  }

  private static String title(Wording words, boolean scored, List<BarChart.Bar> bars) {
    String base = words.get(scored ? "chart.titleScored" : "chart.title");
    List<String> keys = new ArrayList<>();
    if (bars.contains(BarChart.Bar.FAILED)) {
      keys.add(words.get("chart.keyFailed"));
    }
    if (bars.contains(BarChart.Bar.PARTLY_MET)) {
      keys.add(words.get("chart.keyPartly"));
    }
    return keys.isEmpty() ? base : words.get("chart.titleKeyed", base, String.join("; ", keys));
  }
}
