package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Warnings;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.MemberGap;
import vn.dvht.eval.ProcedureResult;
import vn.dvht.eval.Scorecard;
import vn.dvht.model.Ruleset;

/** A self-contained HTML report (no external files): tables per level, the chart as inline SVG, gaps, stamp. */
final class HtmlRenderer implements Renderer {
  private static final String STYLE = "body{font-family:'Times New Roman',serif;max-width:1100px;margin:2em auto;"
      + "padding:0 1em}table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #999;"
      + "padding:3px 6px;vertical-align:top}th{background:#e8e8e8}td.n{text-align:right;white-space:nowrap}"
      + "thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}"
      + "h1,h2,h3{break-after:avoid;page-break-after:avoid}@page{size:A4 landscape;margin:15mm}"
      + "@media print{body{max-width:none;margin:0;padding:0}}.khong-dat{color:#b22222;"
      + "font-weight:bold}.dat-mot-phan{color:#9c5700;background:#ffeb9c;font-weight:bold}"
      + ".stamp{font-size:80%;color:#555}";
  /** A figure this long or shorter is kept on one line ("38/40", "95,00 %"); a longer text wraps. */
  private static final int FIGURE = 16;
  /** The class of a partly met row's result cell ("Đạt một phần"), amber: not the red of "khong-dat". */
  static final String PARTLY_MET = "dat-mot-phan";

  @Override
  public void render(Assessment assessment, OutputStream out) throws IOException {
    out.write(text(assessment).getBytes(StandardCharsets.UTF_8));
  }

  String text(Assessment assessment) {
    Wording words = assessment.wording();
    EvaluationResult result = assessment.result();
    Ruleset ruleset = result.ruleset();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"" + words.locale().getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(e(words.get("md.title"))).append(" — ").append(e(result.unit().profile().name()))
        .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(e(words.get("md.title"))).append("</h1>\n<p>").append(e(Phrases.unitLine(words, result)))
        .append("<br>").append(e(words.get("md.basis", ruleset.info().circular(), ruleset.info().title())))
        .append("<br>").append(e(words.get("md.date", Phrases.date(assessment.stamp().reportDate()))))
        .append("</p>\n<p><strong>").append(e(Phrases.verdict(words, result))).append("</strong></p>\n");
    html.append(SvgChart.of(words, result));
    for (LevelResult level : result.levels()) {
      level(words, html, result, level);
    }
    procedures(words, html, result);
    gaps(words, html, result);
    warnings(html, assessment);
    html.append("<p class=\"stamp\">").append(e(Phrases.stamp(words, assessment.stamp(), result))).append("</p>\n");
    return html.append("</body>\n</html>\n").toString();
  }

  private static void level(Wording words, StringBuilder html, EvaluationResult result, LevelResult level) {
    Ruleset ruleset = result.ruleset();
    boolean scored = result.scorecard() instanceof Scorecard.Scored;
    html.append("<h2>").append(e(level.level().label()));
    if (!scored || level.level().plan()) {
      html.append(": ").append(e(LevelWords.standing(words, result, level)));
    }
    html.append("</h2>\n<table>\n<thead><tr>");
    for (String key : new String[] {"col.indicator", "col.requirement", "col.threshold", "col.count",
        "col.measured", "col.points", "col.result", "col.evidence", "col.note"}) {
      if (scored || !key.equals("col.points")) {
        html.append("<th>").append(e(words.get(key))).append("</th>");
      }
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (IndicatorResult r : level.indicators()) {
      html.append("<tr><td>").append(e(r.indicator().id())).append("</td><td>").append(e(r.indicator().text()))
          .append("</td><td>").append(e(Phrases.requirement(words, ruleset, r.indicator(), r.outcome())))
          .append("</td>").append(figure(Phrases.count(r.outcome())))
          .append(figure(Phrases.measured(words, ruleset, r.indicator(), r.outcome())));
      if (scored) {
        html.append(figure(Phrases.indicatorPoints(words, result, r.indicator().id())));
      }
      html.append("<td class=\"").append(Phrases.partlyMet(result, r) ? PARTLY_MET : r.status().key())
          .append("\">").append(e(Phrases.status(words, result, r)))
          .append("</td><td>").append(e(Phrases.evidence(r.outcome())))
          .append("</td><td>").append(e(Phrases.note(words, ruleset, r.indicator(), r.outcome()))).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    if (result.scorecard() instanceof Scorecard.Scored card) {
      html.append("<p><strong>").append(e(words.get("text.points", Phrases.points(words, card.points()),
          Phrases.plain(words, card.total()), card.grade().label()))).append("</strong><br>")
          .append(e(Phrases.creditRules(words, card))).append("</p>\n");
    }
  }


  /** A cell, opened and closed: right-aligned on one line when it is a short figure, wrapping otherwise. */
  private static String figure(String text) {
    return (text.length() <= FIGURE ? "<td class=\"n\">" : "<td>") + e(text) + "</td>";
  }

  private static void procedures(Wording words, StringBuilder html, EvaluationResult result) {
    if (Phrases.procedures(result).isEmpty()) {
      return;
    }
    html.append("<h2>").append(e(words.get("md.procedures"))).append("</h2>\n<ul>\n");
    for (ProcedureResult p : Phrases.procedures(result)) {
      html.append("<li>").append(e(Phrases.procedureScope(words, result.ruleset(), p.procedure()) + ": "
          + p.procedure().text() + " (" + p.procedure().citation() + ")" + Phrases.procedureOutcome(words, p))).append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static void gaps(Wording words, StringBuilder html, EvaluationResult result) {
    html.append("<h2>").append(e(words.get("md.gaps"))).append("</h2>\n");
    boolean any = false;
    for (MemberGap gap : result.gaps()) {
      if (gap.members().isEmpty()) {
        continue;
      }
      any = true;
      html.append("<h3>").append(e(gap.indicator().id() + " — " + gap.indicator().shortText()))
          .append(" (").append(gap.total()).append(")</h3>\n<table>\n<thead><tr><th>")
          .append(e(words.get("col.row"))).append("</th><th>").append(e(words.get("col.name")))
          .append("</th><th>").append(e(words.get("col.memberId"))).append("</th><th>")
          .append(e(words.get("col.value"))).append("</th></tr></thead>\n<tbody>\n");
      for (MemberGap.Entry m : gap.members()) {
        String value = m.value();
        html.append("<tr><td class=\"n\">").append(m.source().row()).append("</td><td>").append(e(m.name()))
            .append("</td><td>").append(e(m.memberId())).append("</td><td>")
            .append(e(value.isEmpty() ? words.get("value.blank") : value)).append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
      if (!gap.complete()) {
        html.append("<p>").append(e(Phrases.gapsMore(words, gap))).append("</p>\n");
      }
    }
    if (!any) {
      html.append("<p>").append(e(words.get("md.noGaps"))).append("</p>\n");
    }
  }

  private static void warnings(StringBuilder html, Assessment assessment) {
    Wording words = assessment.wording();
    if (assessment.warnings().isEmpty()) {
      return;
    }
    html.append("<h2>").append(e(words.get("md.warnings", assessment.warnings().total()))).append("</h2>\n<ul>\n");
    for (Diagnostic w : assessment.warnings().listed()) {
      html.append("<li>").append(e(DiagnosticFormatter.where(w.position(), words) + ": " + words.text(w.message()))).append("</li>\n");
    }
    for (Warnings.Omitted omitted : assessment.warnings().omitted()) {
      html.append("<li><em>").append(e(words.text(omitted.sentence()))).append("</em></li>\n");
    }
    html.append("</ul>\n");
  }

  /** Escaped, with a figure's "%" kept on the figure's line ("95,50&nbsp;%") when the page wraps. */
  private static String e(String text) {
    return Html.escape(text).replace(" %", "&nbsp;%");
  }
}
