package vn.dvht.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.assess.AssessmentRun;
import vn.dvht.assess.Assessor;
import vn.dvht.assess.UsageException;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.DiagnosticException;
import vn.dvht.diag.DiagnosticFormatter;
import vn.dvht.diag.Message;
import vn.dvht.diag.Visible;
import vn.dvht.diag.Wording;
import vn.dvht.eval.Tally;
import vn.dvht.input.Layout;
import vn.dvht.input.RawRow;
import vn.dvht.input.ReadUnit;
import vn.dvht.json.Envelope;
import vn.dvht.model.Answer;
import vn.dvht.model.EvidenceRule;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Population;
import vn.dvht.model.Ruleset;
import vn.dvht.report.FileFailure;
import vn.dvht.report.JsonRenderer;
import vn.dvht.report.Stamp;
import vn.dvht.ruleset.LoadedRuleset;

/**
 * What {@code dvht evaluate --dry-run} prints: how the files were understood, before any evaluation;
 * as text, cells' control characters are shown by code, never sent to the terminal; with {@code --json},
 * the document of kind {@code dry-run} of {@code dvht schema result}; in the run's language.
 */
final class DryRun {
  private final Wording wording;

  DryRun(Wording wording) {
    this.wording = wording;
  }

  /** The dry run as JSON: one unit as read, with {@code input} as given; no failure. */
  void json(java.io.Writer out, String input, ReadUnit read, LoadedRuleset loaded, Tally tally)
      throws java.io.IOException {
    try (JsonGenerator json = JsonRenderer.generator(out)) {
      JsonRenderer.start(json, "dry-run", Stamp.toolVersion());
      json.writeArrayFieldStart(Envelope.UNITS);
      unit(json, input, read, loaded, tally);
      json.writeEndArray();
      JsonRenderer.writeFailures(wording, json, java.util.List.of());
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /**
   * A dry run over several inputs (a batch): each file is read in turn and printed as it is understood,
   * nothing evaluated or written; as JSON, one document with every unit and the files that could not be
   * read. Exit 3 when a file could not be read, as a batch.
   */
  int batch(AssessmentRun run, List<Path> files, boolean asJson, PrintWriter out, PrintWriter err)
      throws java.io.IOException {
    List<FileFailure> failures = new ArrayList<>();
    JsonGenerator json = asJson ? JsonRenderer.generator(out) : null;
    if (json != null) {
      JsonRenderer.start(json, "dry-run", Stamp.toolVersion());
      json.writeArrayFieldStart(Envelope.UNITS);
    }
    for (Path file : files) {
      try {
        Assessor.Read read = run.read(file);
        if (json != null) {
          unit(json, file.toString(), read.unit(), read.rules(), read.tally());
        } else {
          out.println(Visible.of(wording.get("dry.input", file)));
          out.print(text(read.unit(), read.rules(), read.tally(), false));
          out.println();
        }
      } catch (DiagnosticException e) {
        failures.add(new FileFailure(file.toString(), e.diagnostics()));
      } catch (UsageException e) {
        failures.add(new FileFailure(file.toString(), List.of(Diagnostic.error("I199",
            new vn.dvht.diag.SourcePosition.InFile(file.toString()), e.message()))));
      }
    }
    if (json != null) {
      json.writeEndArray();
      JsonRenderer.writeFailures(wording, json, failures);
      json.writeEndObject();
      json.writeRaw('\n');
      json.close();
    } else {
      out.println(wording.get("dry.batchSummary", files.size(), files.size() - failures.size(), failures.size()));
      out.println(wording.get("dry.nothingWritten"));
    }
    out.flush();
    for (FileFailure failure : failures) {
      failure.problems().forEach(d -> err.println(DiagnosticFormatter.withoutSources(wording).format(d)));
    }
    err.flush();
    return failures.isEmpty() ? ExitCode.OK.code() : ExitCode.INVALID.code();
  }

  private void unit(JsonGenerator json, String input, ReadUnit read, LoadedRuleset loaded, Tally tally)
      throws java.io.IOException {
    Ruleset ruleset = loaded.ruleset();
    Layout layout = read.layout();
    var profile = read.unit().profile();
    {
      json.writeStartObject();
      json.writeObjectFieldStart("ruleset");
      json.writeStringField("id", ruleset.id());
      json.writeStringField("title", ruleset.info().title());
      json.writeStringField("circular", ruleset.info().circular());
      json.writeStringField("source", loaded.origin());
      json.writeStringField("sha256", loaded.sha256());
      json.writeEndObject();
      json.writeStringField("input", input);
      json.writeArrayFieldStart("outputs");
      json.writeEndArray();
      json.writeStringField("name", profile.name());
      json.writeStringField("authority", profile.authority());
      json.writeStringField("unitType", profile.unitType());
      textOrNull(json, "ownership", profile.ownership());
      json.writeNumberField("year", profile.year());
      json.writeStringField("file", layout.file());
      json.writeStringField("format", wording.text(layout.format()));
      json.writeStringField("sheet", layout.sheet());
      json.writeNumberField("headerRow", layout.headerRow());
      json.writeArrayFieldStart("columns");
      for (Layout.Column column : layout.columns()) {
        json.writeStartObject();
        json.writeStringField("field", column.header());
        textOrNull(json, "column", column.letter());
        textOrNull(json, "found", column.letter().isEmpty() ? "" : column.found());
        textOrNull(json, "how", column.letter().isEmpty() ? "" : wording.text(column.how()));
        json.writeEndObject();
      }
      json.writeEndArray();
      strings(json, "ignored", layout.ignored());
      json.writeObjectFieldStart("members");
      for (Population population : ruleset.populations()) {
        json.writeNumberField(population.id(), tally.count(population.id()));
      }
      json.writeEndObject();
      json.writeArrayFieldStart("firstRows");
      for (RawRow row : layout.firstRows()) {
        json.writeStartObject();
        json.writeNumberField("row", row.number());
        strings(json, "cells", row.plainCells());
        json.writeEndObject();
      }
      json.writeEndArray();
      unitIndicators(json, read, ruleset);
      JsonRenderer.writeWarnings(wording, json, read.warnings());
      json.writeEndObject();
    }
  }

  /** {@code unitIndicators[{id, value, evidence, missingEvidence}]}: the unit sheet's answers as read. */
  private static void unitIndicators(JsonGenerator json, ReadUnit read, Ruleset ruleset) throws java.io.IOException {
    json.writeArrayFieldStart("unitIndicators");
    for (Indicator indicator : unitIndicators(read, ruleset)) {
      var fact = read.unit().fact(indicator.id());
      json.writeStartObject();
      json.writeStringField("id", indicator.id());
      textOrNull(json, "value", fact.map(f -> f.answer().raw()).orElse(""));
      json.writeStringField("evidence", fact.map(f -> f.evidence()).orElse(""));
      json.writeBooleanField("missingEvidence",
          fact.map(f -> ruleset.evidence().fails(f.answer(), f.evidence())).orElse(false));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void textOrNull(JsonGenerator json, String field, String text) throws java.io.IOException {
    if (text.isEmpty()) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, text);
    }
  }

  private static void strings(JsonGenerator json, String field, java.util.List<String> values) throws java.io.IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** The unit-level indicators that concern the unit: given or not, and with what evidence. */
  private static List<Indicator> unitIndicators(ReadUnit read, Ruleset ruleset) {
    return ruleset.indicators().stream().filter(i -> !(i.measure() instanceof Measure.Share))
        .filter(i -> i.concerns(read.unit().profile())).toList();
  }

  /**
   * The answers of the unit sheet as read, each with its "Minh chứng", and — when the ruleset
   * requires evidence — what an empty one means: "Không đạt" (Điều 9, 15 khoản 3).
   */
  private void unitIndicators(StringBuilder out, ReadUnit read, Ruleset ruleset) {
    List<Indicator> indicators = unitIndicators(read, ruleset);
    if (indicators.isEmpty()) {
      return;
    }
    EvidenceRule rule = ruleset.evidence();
    out.append(wording.get("dry.facts")).append('\n');
    for (Indicator indicator : indicators) {
      var fact = read.unit().fact(indicator.id());
      String line;
      if (fact.isEmpty() || fact.get().answer() instanceof Answer.Blank) {
        line = wording.get("dry.factNotGiven", indicator.id());
      } else if (rule.fails(fact.get().answer(), fact.get().evidence())) {
        line = wording.get("dry.factNoEvidence", indicator.id(), fact.get().answer().raw(), rule.citation());
      } else {
        line = fact.get().evidence().isBlank() ? indicator.id() + ": " + fact.get().answer().raw()
            : wording.get("dry.fact", indicator.id(), fact.get().answer().raw(), fact.get().evidence());
      }
      out.append("  ").append(line).append('\n');
    }
    if (rule.required()) {
      out.append(wording.get("dry.evidenceRule", rule.citation(), rule.text())).append('\n');
    }
  }

  String text(ReadUnit read, LoadedRuleset loaded, Tally tally) {
    return text(read, loaded, tally, true);
  }

  private String text(ReadUnit read, LoadedRuleset loaded, Tally tally, boolean last) {
    Ruleset ruleset = loaded.ruleset();
    Layout layout = read.layout();
    StringBuilder out = new StringBuilder();
    out.append(wording.get("dry.file", layout.file(), layout.format())).append('\n');
    out.append(wording.get("dry.sheet", layout.sheet(), layout.headerRow())).append('\n');
    out.append(wording.get("dry.ruleset", ruleset.id(), ruleset.info().circular(), loaded.origin())).append('\n');
    var profile = read.unit().profile();
    out.append(wording.get("dry.unit", profile.name(), ruleset.authority(profile.authority()).label(),
        ruleset.unitTypeLabel(profile), profile.year())).append('\n');
    out.append(wording.get("dry.columns")).append('\n');
    for (Layout.Column column : layout.columns()) {
      out.append("  ").append(column.letter().isEmpty()
          ? wording.get("dry.missing", column.header())
          : wording.get("dry.column", column.header(), column.letter(), column.found(), column.how())).append('\n');
    }
    if (!layout.ignored().isEmpty()) {
      out.append(wording.get("dry.ignored", String.join(" | ", layout.ignored()))).append('\n');
    }
    for (Population population : ruleset.populations()) {
      long n = tally.count(population.id());
      out.append(wording.get("dry.population", population.label(), n)).append('\n');
    }
    out.append(wording.get("dry.firstRows")).append('\n');
    for (RawRow row : layout.firstRows()) {
      out.append("  ").append(wording.get("position.row", row.number())).append(": ")
          .append(String.join(" | ", row.plainCells())).append('\n');
    }
    unitIndicators(out, read, ruleset);
    for (Diagnostic warning : read.warnings().listed()) {
      out.append(DiagnosticFormatter.withoutSources(wording).format(warning)).append('\n');
    }
    read.warnings().omitted().forEach(o -> out.append(wording.text(o.sentence())).append('\n'));
    if (last) {
      out.append(wording.get("dry.nothingWritten")).append('\n');
    }
    return Visible.lines(out.toString());
  }
}
