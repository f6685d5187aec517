package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Visible;
import vn.dvht.diag.Warnings;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.MemberGap;
import vn.dvht.eval.ProcedureResult;
import vn.dvht.eval.Scorecard;
import vn.dvht.model.Ruleset;

/** The self-assessment report as Markdown: summary tables per level, gaps, reminders, warnings, stamp. */
final class MarkdownRenderer implements Renderer {

  @Override
  public void render(Assessment assessment, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(text(assessment));
    writer.flush();
  }

  String text(Assessment assessment) {
    Wording words = assessment.wording();
    EvaluationResult result = assessment.result();
    Ruleset ruleset = result.ruleset();
    StringBuilder md = new StringBuilder();
    md.append("# ").append(words.get("md.title")).append("\n\n");
    md.append(escape(Phrases.unitLine(words, result))).append("  \n");
    md.append(words.get("md.basis", ruleset.info().circular(), ruleset.info().title())).append("  \n");
    md.append(words.get("md.date", Phrases.date(assessment.stamp().reportDate()))).append("\n\n");
    md.append("**").append(Phrases.verdict(words, result)).append("**\n");
    for (LevelResult level : result.levels()) {
      appendLevel(words, md, result, level);
    }
    appendProcedures(words, md, result);
    appendGaps(words, md, result);
    appendWarnings(md, assessment);
    appendStamp(words, md, assessment.stamp(), result);
    return md.toString();
  }

  private static void appendLevel(Wording words, StringBuilder md, EvaluationResult result, LevelResult level) {
    Ruleset ruleset = result.ruleset();
    boolean scored = result.scorecard() instanceof Scorecard.Scored;
    md.append("\n## ").append(level.level().label());
    if (!scored || level.level().plan()) {
      md.append(": ").append(LevelWords.standing(words, result, level));
    }
    md.append("\n\n");
    List<String> header = new ArrayList<>(List.of(words.get("col.criterion"), words.get("col.indicator"),
        words.get("col.requirement"), words.get("col.threshold"), words.get("col.count"),
        words.get("col.measured"), words.get("col.result"), words.get("col.evidence"),
        words.get("col.note")));
    if (scored) {
      header.add(6, words.get("col.points"));
    }
    md.append(row(header.toArray(String[]::new)));
    md.append(scored ? "|---|---|---|---|---:|---:|---:|---|---|---|\n" : "|---|---|---|---|---:|---:|---|---|---|\n");
    for (IndicatorResult r : level.indicators()) {
      List<String> cells = new ArrayList<>(List.of(r.indicator().criterionId(), r.indicator().id(),
          r.indicator().text(), Phrases.requirement(words, ruleset, r.indicator(), r.outcome()), Phrases.count(r.outcome()),
          Phrases.measured(words, ruleset, r.indicator(), r.outcome()), Phrases.status(words, result, r),
          Phrases.evidence(r.outcome()), Phrases.note(words, ruleset, r.indicator(), r.outcome())));
      if (scored) {
        cells.add(6, Phrases.indicatorPoints(words, result, r.indicator().id()));
      }
      md.append(row(cells.toArray(String[]::new)));
    }
    if (result.scorecard() instanceof Scorecard.Scored card) {
      md.append('\n').append(words.get("text.points", Phrases.points(words, card.points()), Phrases.plain(words, card.total()),
          card.grade().label())).append("  \n");
      md.append(Phrases.creditRules(words, card)).append('\n');
    }
  }


  private static void appendProcedures(Wording words, StringBuilder md, EvaluationResult result) {
    if (Phrases.procedures(result).isEmpty()) {
      return;
    }
    md.append("\n## ").append(words.get("md.procedures")).append("\n\n");
    for (ProcedureResult p : Phrases.procedures(result)) {
      md.append("- ").append(Phrases.procedureScope(words, result.ruleset(), p.procedure())).append(": ")
          .append(p.procedure().text()).append(" (").append(p.procedure().citation()).append(")")
          .append(Phrases.procedureOutcome(words, p)).append('\n');
    }
  }

  private static void appendGaps(Wording words, StringBuilder md, EvaluationResult result) {
    md.append("\n## ").append(words.get("md.gaps")).append("\n");
    boolean any = false;
    for (MemberGap gap : result.gaps()) {
      if (gap.members().isEmpty()) {
        continue;
      }
      any = true;
      md.append("\n### ").append(gap.indicator().id()).append(" — ").append(gap.indicator().shortText())
          .append(" (").append(gap.total()).append(")\n\n");
      md.append(row(words.get("col.row"), words.get("col.name"), words.get("col.memberId"),
          words.get("col.value")));
      md.append("|---:|---|---|---|\n");
      for (MemberGap.Entry m : gap.members()) {
        String value = m.value();
        md.append(row(String.valueOf(m.source().row()), m.name(), m.memberId(),
            value.isEmpty() ? words.get("value.blank") : value));
      }
      if (!gap.complete()) {
        md.append('\n').append(Phrases.gapsMore(words, gap)).append('\n');
      }
    }
    if (!any) {
      md.append('\n').append(words.get("md.noGaps")).append('\n');
    }
  }

  private static void appendWarnings(StringBuilder md, Assessment assessment) {
    Wording words = assessment.wording();
    if (assessment.warnings().isEmpty()) {
      return;
    }
    md.append("\n## ").append(words.get("md.warnings", assessment.warnings().total())).append("\n\n");
    for (Diagnostic w : assessment.warnings().listed()) {
      md.append("- ").append(escape(DiagnosticFormatter.where(w.position(), words))).append(": ")
          .append(escape(words.text(w.message()))).append('\n');
    }
    for (Warnings.Omitted omitted : assessment.warnings().omitted()) {
      md.append("- *").append(escape(words.text(omitted.sentence()))).append("*\n");
    }
  }

  private static void appendStamp(Wording words, StringBuilder md, Stamp stamp, EvaluationResult result) {
    md.append("\n---\n\n").append(words.get("md.stamp", stamp.version(), result.ruleset().id(),
        stamp.rulesetSha256(), result.unit().profile().year())).append("  \n");
    for (Stamp.Input input : stamp.inputs()) {
      md.append(words.get("md.stampInput", escape(input.name()), input.sha256())).append("  \n");
    }
  }

  private static String row(String... cells) {
    StringBuilder line = new StringBuilder("|");
    for (String cell : cells) {
      line.append(' ').append(escape(cell)).append(" |");
    }
    return line.append('\n').toString();
  }

  /**
   * Text from the unit's files as inert Markdown: no emphasis, link, image, code span, HTML or table
   * cell break can be formed from it, line breaks become spaces, control characters are shown by code.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : Visible.of(text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')).toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\\', '|', '*', '_', '[', ']', '`', '#', '!', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
