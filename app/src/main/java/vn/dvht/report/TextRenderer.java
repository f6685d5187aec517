package vn.dvht.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Visible;
import vn.dvht.diag.Warnings;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.ProcedureResult;
import vn.dvht.eval.Scorecard;
import vn.dvht.eval.Status;
import vn.dvht.model.Ruleset;

/**
 * The compact console summary: one table per level, then the verdict, reminders and warnings. Text
 * from the unit's files reaches a terminal only with its control characters shown by code.
 */
final class TextRenderer implements Renderer {
  private static final int TEXT_WIDTH = 44;
  private static final int MAX_WARNINGS = 20;

  @Override
  public void render(Assessment assessment, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(Visible.lines(text(assessment)));
    writer.flush();
  }

  String text(Assessment assessment) {
    Wording words = assessment.wording();
    EvaluationResult result = assessment.result();
    Ruleset ruleset = result.ruleset();
    StringBuilder out = new StringBuilder();
    out.append(Phrases.unitLine(words, result)).append('\n');
    out.append(words.get("text.ruleset", ruleset.id(), ruleset.info().circular())).append('\n');
    boolean anyInferred = false;
    boolean scored = result.scorecard() instanceof Scorecard.Scored;
    for (LevelResult level : result.levels()) {
      out.append('\n').append(scored && !level.level().plan() ? level.level().label() : levelHeading(words, result, level))
          .append('\n');
      TextTable table = new TextTable().row(columns(scored, words.get("col.indicator"),
          words.get("col.requirementShort"), words.get("col.count"), words.get("col.measured"),
          words.get("col.threshold"), words.get("col.points"), words.get("col.result")));
      List<String> notApplicable = new java.util.ArrayList<>();
      for (IndicatorResult row : level.indicators()) {
        if (row.status() == Status.NOT_APPLICABLE) {
          notApplicable.add(row.indicator().id());
          continue;
        }
        boolean inferred = Phrases.inferred(row.outcome());
        anyInferred |= inferred;
        String note = Phrases.gap(words, ruleset, row.indicator(), row.outcome());
        table.row(columns(scored, row.indicator().id(), TextTable.clip(row.indicator().shortText(), TEXT_WIDTH),
            Phrases.count(row.outcome()), Phrases.measured(words, ruleset, row.indicator(), row.outcome()),
            Phrases.requirement(words, ruleset, row.indicator(), row.outcome()) + (inferred ? " (*)" : ""),
            Phrases.indicatorPoints(words, result, row.indicator().id()),
            Phrases.status(words, result, row) + (note.isEmpty() ? "" : " — " + note)));
      }
      out.append(table.render("  "));
      if (!notApplicable.isEmpty()) {
        out.append("  ").append(words.get("text.notApplicable", String.join(", ", notApplicable))).append('\n');
      }
    }
    if (result.scorecard() instanceof Scorecard.Scored card) {
      appendScore(words, out, card);
    }
    out.append('\n').append(words.get("text.verdict", Phrases.verdict(words, result))).append('\n');
    if (anyInferred) {
      out.append(words.get("text.inferredFootnote")).append('\n');
    }
    for (ProcedureResult procedure : Phrases.procedures(result)) {
      out.append(Phrases.procedureLine(words, ruleset, procedure)).append('\n');
    }
    String dossierNote = Dossiers.dossierNote(words, result);
    if (!dossierNote.isEmpty()) {
      out.append(dossierNote).append('\n');
    }
    Phrases.lateFiling(words, result, assessment.stamp().reportDate()).ifPresent(n -> out.append(n).append('\n'));
    Phrases.letterByHand(words, result).ifPresent(n -> out.append(n).append('\n'));
    appendWarnings(words, out, assessment.warnings());
    return out.toString();
  }

  /** The row's cells, without the points column when nothing is scored. */
  private static String[] columns(boolean scored, String... cells) {
    if (scored) {
      return cells;
    }
    List<String> kept = new java.util.ArrayList<>(List.of(cells));
    kept.remove(cells.length - 2);
    return kept.toArray(String[]::new);
  }

  private static void appendScore(Wording words, StringBuilder out, Scorecard.Scored card) {
    out.append('\n').append(words.get("text.points", Phrases.points(words, card.points()), Phrases.plain(words, card.total()),
        card.grade().label())).append('\n');
    if (card.applicableMax().compareTo(card.total()) != 0) {
      out.append(words.get("text.scaled", Phrases.points(words, card.earned()), Phrases.plain(words, card.applicableMax()),
          Phrases.plain(words, card.total()))).append('\n');
    }
    out.append(Phrases.creditRules(words, card)).append('\n');
  }

  /** "Mức độ 1: ĐẠT", "… KHÔNG ĐẠT (3 chỉ tiêu không đạt)", or met but not counted — as the decision says. */
  private static String levelHeading(Wording words, EvaluationResult result, LevelResult level) {
    var lower = LevelWords.notCountedFor(result, level);
    if (lower.isPresent()) {
      return words.get("text.levelNotCounted", level.level().label(), lower.get().label());
    }
    if (LevelWords.levelReached(result, level)) {
      return words.get("text.levelReached", level.level().label());
    }
    return words.get("text.levelNotReached", level.level().label(), level.count(Status.NOT_MET));
  }

  /** The first warnings, how many more there are, and each code the result files list only in part. */
  private static void appendWarnings(Wording words, StringBuilder out, Warnings warnings) {
    if (warnings.isEmpty()) {
      return;
    }
    out.append('\n').append(words.get("text.warnings", warnings.total())).append('\n');
    DiagnosticFormatter formatter = DiagnosticFormatter.withoutSources(words);
    List<Diagnostic> shown = warnings.listed().subList(0, Math.min(MAX_WARNINGS, warnings.listed().size()));
    shown.forEach(w -> out.append("  ").append(formatter.format(w)).append('\n'));
    if (warnings.total() > shown.size()) {
      out.append("  ").append(words.get("text.moreWarnings", warnings.total() - shown.size())).append('\n');
    }
    warnings.omitted().forEach(o -> out.append("  ").append(words.text(o.sentence())).append('\n'));
  }
}
