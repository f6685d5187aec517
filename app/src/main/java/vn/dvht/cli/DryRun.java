package vn.dvht.cli;

import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Messages;
import vn.dvht.diag.Visible;
import vn.dvht.eval.Tally;
import vn.dvht.input.Layout;
import vn.dvht.input.RawRow;
import vn.dvht.input.ReadUnit;
import vn.dvht.model.Population;
import vn.dvht.model.Ruleset;
import vn.dvht.ruleset.LoadedRuleset;

/**
 * What {@code dvht evaluate --dry-run} prints: how the files were understood, before any evaluation;
 * cells' control characters are shown by code, never sent to the terminal.
 */
final class DryRun {
  private DryRun() {}

  static String text(ReadUnit read, LoadedRuleset loaded, Tally tally) {
    Ruleset ruleset = loaded.ruleset();
    Layout layout = read.layout();
    StringBuilder out = new StringBuilder();
    out.append(Messages.get("dry.file", layout.file(), layout.format())).append('\n');
    out.append(Messages.get("dry.sheet", layout.sheet(), layout.headerRow())).append('\n');
    out.append(Messages.get("dry.ruleset", ruleset.id(), ruleset.info().circular(), loaded.origin())).append('\n');
    var profile = read.unit().profile();
    out.append(Messages.get("dry.unit", profile.name(), ruleset.authority(profile.authority()).label(),
        ruleset.unitTypeLabel(profile), profile.year())).append('\n');
    out.append(Messages.get("dry.columns")).append('\n');
    for (Layout.Column column : layout.columns()) {
      out.append("  ").append(column.letter().isEmpty()
          ? Messages.get("dry.missing", column.header())
          : Messages.get("dry.column", column.header(), column.letter(), column.found(), column.how())).append('\n');
    }
    if (!layout.ignored().isEmpty()) {
      out.append(Messages.get("dry.ignored", String.join(" | ", layout.ignored()))).append('\n');
    }
    for (Population population : ruleset.populations()) {
      long n = tally.count(population.id());
      out.append(Messages.get("dry.population", population.label(), n)).append('\n');
    }
    out.append(Messages.get("dry.firstRows")).append('\n');
    for (RawRow row : layout.firstRows()) {
      out.append("  ").append(Messages.get("position.row", row.number())).append(": ")
          .append(String.join(" | ", row.plainCells())).append('\n');
    }
    for (Diagnostic warning : read.warnings()) {
      out.append(DiagnosticFormatter.withoutSources().format(warning)).append('\n');
    }
    out.append(Messages.get("dry.nothingWritten")).append('\n');
    return Visible.lines(out.toString());
  }
}
