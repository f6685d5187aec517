package vn.dvht.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Warnings;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.IndicatorResult;
import vn.dvht.eval.LevelDecision;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.MemberGap;
import vn.dvht.eval.Outcome;
import vn.dvht.eval.ProcedureResult;
import vn.dvht.eval.Scorecard;
import vn.dvht.model.Answer;
import vn.dvht.model.Dossier;
import vn.dvht.model.Indicator;
import vn.dvht.model.Level;
import vn.dvht.model.Measure;
import vn.dvht.model.Ruleset;
import vn.dvht.model.UnitProfile;

/**
 * The machine-readable result, the same document for one unit and for a batch (its JSON Schema is
 * {@code dvht schema result}, the resource {@value #SCHEMA}):
 * {@code {schemaVersion, kind, dvht, reportDate, units[{ruleset{…}, input, outputs[], name, authority, unitType,
 * ownership, year, inputs[], level, eligibleLevel, dossier{…}, levels[{id, label, reached, indicators[{id,
 * status, numerator, denominator, percent, threshold, …}]}], procedures[], gaps[], warnings[], warningTotals?}],
 * failures[{file, problems[]}]}}. {@code level} is the level reached and {@code eligibleLevel} the level the unit
 * may request now (after procedures such as 12 months since the level-1 decision), both the result's
 * {@link LevelDecision}; {@code heldLevels} says why a level whose indicators are met is neither.
 * {@link #SCHEMA_VERSION} changes only when a key is removed or renamed or a value changes type or
 * meaning; new keys may appear without it.
 */
public final class JsonRenderer implements Renderer {
  /** The version of the JSON documents' shape, in every document as {@code schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

  /** The resource holding the JSON Schema (draft-07) of every JSON document dvht prints. */
  public static final String SCHEMA = "/vn/dvht/result.schema.json";

  @Override
  public void render(Assessment assessment, OutputStream out) throws IOException {
    try (JsonGenerator json = generator(out)) {
      write(json, assessment);
      json.writeRaw('\n');
    }
  }

  /** The same document written as it is made into a character stream (the console), never whole in memory. */
  public void render(Assessment assessment, java.io.Writer out) throws IOException {
    try (JsonGenerator json = generator(out)) {
      write(json, assessment);
      json.writeRaw('\n');
    }
  }

  /** A pretty-printing generator with LF line ends on every platform; it leaves {@code out} open. */
  static JsonGenerator generator(OutputStream out) throws IOException {
    return pretty(new JsonFactory().createGenerator(out, JsonEncoding.UTF8));
  }

  /** The same generator over a character stream; it leaves {@code out} open. */
  public static JsonGenerator generator(java.io.Writer out) throws IOException {
    return pretty(new JsonFactory().createGenerator(out));
  }

  private static JsonGenerator pretty(JsonGenerator json) {
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    json.setPrettyPrinter(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter));
    return json;
  }

  private static void write(JsonGenerator json, Assessment assessment) throws IOException {
    Wording words = assessment.wording();
    Stamp stamp = assessment.stamp();
    start(json, "result", stamp.version());
    json.writeStringField("reportDate", stamp.reportDate().toString());
    json.writeArrayFieldStart("units");
    writeUnit(json, assessment);
    json.writeEndArray();
    writeFailures(words, json, List.of());
    json.writeEndObject();
  }

  /** Opens a document: its {@code schemaVersion}, its {@code kind} (result, dry-run, diff) and the version of dvht. */
  public static void start(JsonGenerator json, String kind, String version) throws IOException {
    json.writeStartObject();
    json.writeNumberField("schemaVersion", SCHEMA_VERSION);
    json.writeStringField("kind", kind);
    json.writeStringField("dvht", version);
  }

  /** The files that could not be evaluated, each with its problems. */
  public static void writeFailures(Wording words, JsonGenerator json, List<FileFailure> failures) throws IOException {
    json.writeArrayFieldStart("failures");
    for (FileFailure failure : failures) {
      json.writeStartObject();
      json.writeStringField("file", failure.file());
      writeProblems(words, json, "problems", failure.problems());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * One unit: the ruleset it was evaluated with, its member file as given, the files written for it
   * (none with {@code --no-files}), then its result.
   */
  static void writeUnit(JsonGenerator json, Assessment assessment) throws IOException {
    Wording words = assessment.wording();
    EvaluationResult result = assessment.result();
    Ruleset ruleset = result.ruleset();
    UnitProfile profile = result.unit().profile();
    json.writeStartObject();
    json.writeObjectFieldStart("ruleset");
    json.writeStringField("id", ruleset.id());
    json.writeStringField("title", ruleset.info().title());
    json.writeStringField("circular", ruleset.info().circular());
    json.writeStringField("source", assessment.stamp().rulesetOrigin());
    json.writeStringField("sha256", assessment.stamp().rulesetSha256());
    json.writeEndObject();
    json.writeStringField("input", assessment.files().input());
    json.writeArrayFieldStart("outputs");
    for (String output : assessment.files().outputs()) {
      json.writeString(output);
    }
    json.writeEndArray();
    json.writeStringField("name", profile.name());
    json.writeStringField("authority", profile.authority());
    json.writeStringField("unitType", profile.unitType());
    if (profile.ownership().isEmpty()) {
      json.writeNullField("ownership");
    } else {
      json.writeStringField("ownership", profile.ownership());
    }
    json.writeNumberField("year", profile.year());
    json.writeArrayFieldStart("inputs");
    for (Stamp.Input input : assessment.stamp().inputs()) {
      json.writeStartObject();
      json.writeStringField("file", input.file());
      json.writeStringField("sha256", input.sha256());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("members");
    for (var population : result.ruleset().populations()) {
      json.writeNumberField(population.id(), result.count(population.id()));
    }
    json.writeEndObject();
    writeLevelId(json, "level", result.decision().reached());
    writeLevelId(json, "eligibleLevel", result.decision().requestable());
    writeHeld(json, result.decision());
    writeScore(json, result.scorecard());
    writeDossier(json, result);
    json.writeArrayFieldStart("levels");
    for (LevelResult level : result.levels()) {
      writeLevel(json, result, level);
    }
    json.writeEndArray();
    writeProcedures(json, result.procedures());
    writeGaps(json, result.gaps());
    writeWarnings(words, json, assessment.warnings());
    json.writeEndObject();
  }

  /**
   * A unit's data warnings: {@code warnings}, the first {@value Warnings#LISTED} of each code, and when
   * that is not all of them {@code warningTotals}, how many of each code were met ({@code {"I211":
   * 1000000, …}}), as {@code gaps[].total} tells a list of failing members given in part.
   */
  public static void writeWarnings(Wording words, JsonGenerator json, Warnings warnings) throws IOException {
    writeProblems(words, json, "warnings", warnings.listed());
    if (!warnings.complete()) {
      json.writeObjectFieldStart("warningTotals");
      for (Map.Entry<String, Long> total : warnings.totals().entrySet()) {
        json.writeNumberField(total.getKey(), total.getValue());
      }
      json.writeEndObject();
    }
  }

  /** A level's id, or null. */
  private static void writeLevelId(JsonGenerator json, String field, Optional<Level> level)
      throws IOException {
    if (level.isPresent()) {
      json.writeStringField(field, level.get().id());
    } else {
      json.writeNullField(field);
    }
  }

  /**
   * {@code heldLevels}: each level whose indicators are all met but that is not the unit's
   * ({@code lower-level-not-reached}, naming {@code lowerLevel}) or cannot be asked for now
   * ({@code procedure-not-met}, naming {@code procedure}).
   */
  private static void writeHeld(JsonGenerator json, LevelDecision decision) throws IOException {
    json.writeArrayFieldStart("heldLevels");
    for (LevelDecision.Standing s : decision.held()) {
      json.writeStartObject();
      json.writeStringField("level", s.level().id());
      if (s.hold() instanceof LevelDecision.LowerLevelNotReached lower) {
        json.writeStringField("reason", "lower-level-not-reached");
        json.writeStringField("lowerLevel", lower.lower().id());
      } else if (s.hold() instanceof LevelDecision.ProcedureNotMet procedure) {
        json.writeStringField("reason", "procedure-not-met");
        json.writeStringField("procedure", procedure.procedure().procedure().id());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Where the dossier goes and who decides, as the ruleset says for the unit's authority and year. */
  private static void writeDossier(JsonGenerator json, EvaluationResult result) throws IOException {
    var dossier = Dossiers.dossier(result);
    json.writeObjectFieldStart("dossier");
    writeTextOrNull(json, "recipient", dossier.map(Dossier::recipient).orElse(""));
    writeTextOrNull(json, "decidedBy", dossier.map(Dossier::decidedBy).orElse(""));
    writeTextOrNull(json, "citation", dossier.map(Dossier::citation).orElse(""));
    writeTextOrNull(json, "note", dossier.map(Dossier::note).orElse(""));
    json.writeEndObject();
  }

  private static void writeTextOrNull(JsonGenerator json, String field, String text) throws IOException {
    if (text.isBlank()) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, text);
    }
  }

  private static void writeScore(JsonGenerator json, Scorecard scorecard) throws IOException {
    if (scorecard instanceof Scorecard.Scored scored) {
      json.writeNumberField("points", scored.points().shown());
      json.writeStringField("pointsExact", scored.points().toString());
      json.writeNumberField("maxPoints", scored.total());
      json.writeStringField("grade", scored.grade().id());
      json.writeStringField("gradeLabel", scored.grade().label());
    }
  }

  private static void writeLevel(JsonGenerator json, EvaluationResult result, LevelResult level) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", level.level().id());
    json.writeStringField("label", level.level().label());
    json.writeBooleanField("reached", level.criteriaMet());
    var standing = result.decision().standing(level.level());
    if (standing.isPresent()) {
      json.writeBooleanField("counted", standing.get().reached());
    }
    if (level.level().plan()) {
      json.writeBooleanField("plan", true);
    }
    json.writeArrayFieldStart("indicators");
    for (IndicatorResult row : level.indicators()) {
      writeIndicator(json, result, row);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeIndicator(JsonGenerator json, EvaluationResult result, IndicatorResult row)
      throws IOException {
    Ruleset ruleset = result.ruleset();
    Indicator indicator = row.indicator();
    Outcome outcome = row.outcome();
    json.writeStartObject();
    json.writeStringField("id", indicator.id());
    json.writeStringField("criterion", indicator.criterionId());
    json.writeStringField("kind", kind(indicator.measure()));
    json.writeStringField("status", row.status().key());
    if (outcome.missingEvidence()) {
      json.writeStringField("reason", "missing-evidence");
    }
    if (outcome instanceof Outcome.Share s) {
      json.writeStringField("population", ((Measure.Share) indicator.measure()).population());
      json.writeNumberField("numerator", s.numerator());
      json.writeNumberField("denominator", s.denominator());
      json.writeNumberField("percent", s.percent());
      json.writeNumberField("threshold", s.threshold());
      json.writeNumberField("shortfall", s.shortfall());
    } else {
      json.writeNullField("numerator");
      json.writeNullField("denominator");
      if (outcome instanceof Outcome.Rank r) {
        json.writeStringField("threshold", r.requiredItem());
        writeRankValue(json, ruleset, indicator, r.answer());
        json.writeStringField("evidence", r.evidence());
      } else if (outcome instanceof Outcome.Fact f) {
        json.writeNullField("threshold");
        if (f.answer() instanceof Answer.Flag flag) {
          json.writeBooleanField("value", flag.yes());
        } else if (f.answer() instanceof Answer.Score score) {
          json.writeNumberField("value", score.value());
        } else {
          json.writeNullField("value");
        }
        json.writeStringField("evidence", f.evidence());
      } else {
        json.writeNullField("threshold");
      }
    }
    if (result.scorecard() instanceof Scorecard.Scored scored) {
      for (Scorecard.IndicatorScore score : scored.indicators()) {
        if (score.indicator().id().equals(indicator.id())) {
          json.writeNumberField("points", score.earned().shown());
          json.writeNumberField("maxPoints", score.max());
          json.writeStringField("credit", indicator.credit().key());
        }
      }
    }
    var target = Phrases.targetOf(outcome);
    if (target.isPresent()) {
      json.writeStringField("confidence", target.get().confidence().key());
      json.writeStringField("citation", target.get().citation());
      if (!target.get().note().isBlank()) {
        json.writeStringField("note", target.get().note());
      }
    }
    json.writeEndObject();
  }

  private static void writeRankValue(JsonGenerator json, Ruleset ruleset, Indicator indicator, Answer answer)
      throws IOException {
    if (answer instanceof Answer.Rank rank) {
      var item = ruleset.scale(((Measure.UnitRank) indicator.measure()).scale()).itemAt(rank.rank());
      if (item.isPresent()) {
        json.writeStringField("value", item.get().id());
        return;
      }
      json.writeStringField("value", "");
      return;
    }
    json.writeNullField("value");
  }

  private static void writeProcedures(JsonGenerator json, List<ProcedureResult> procedures) throws IOException {
    json.writeArrayFieldStart("procedures");
    for (ProcedureResult p : procedures) {
      json.writeStartObject();
      json.writeStringField("id", p.procedure().id());
      writeTextOrNull(json, "level", p.procedure().level());
      if (p.check() instanceof ProcedureResult.Checked c) {
        json.writeBooleanField("satisfied", c.satisfied());
        json.writeStringField("decided", c.decided().toString());
        json.writeStringField("earliest", c.earliest().toString());
      } else {
        json.writeNullField("satisfied");
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeGaps(JsonGenerator json, List<MemberGap> gaps) throws IOException {
    json.writeArrayFieldStart("gaps");
    for (MemberGap gap : gaps) {
      json.writeStartObject();
      json.writeStringField("indicator", gap.indicator().id());
      if (!gap.complete()) {
        json.writeNumberField("total", gap.total());
      }
      json.writeArrayFieldStart("members");
      for (MemberGap.Entry m : gap.members()) {
        json.writeStartObject();
        json.writeStringField("sheet", m.source().sheet());
        json.writeNumberField("row", m.source().row());
        json.writeStringField("name", m.name());
        json.writeStringField("id", m.memberId());
        json.writeStringField("value", m.value());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * A list of problems: a unit's data warnings ({@code warnings}) or why a file could not be evaluated
   * ({@code problems}); each names its file as given and, in a sheet, the cell.
   */
  public static void writeProblems(Wording words, JsonGenerator json, String field, List<Diagnostic> problems) throws IOException {
    json.writeArrayFieldStart(field);
    for (Diagnostic w : problems) {
      json.writeStartObject();
      json.writeStringField("code", w.code());
      json.writeStringField("severity", w.severity().name().toLowerCase(java.util.Locale.ROOT));
      json.writeStringField("message", words.text(w.message()));
      json.writeStringField("file", w.position().file());
      if (w.position() instanceof SourcePosition.InSheet s) {
        json.writeStringField("sheet", s.sheet());
        json.writeNumberField("row", s.row());
        json.writeStringField("column", s.column() >= 0 ? SourcePosition.columnLetters(s.column()) : "");
        json.writeStringField("header", s.header());
      } else if (w.position() instanceof SourcePosition.InText t) {
        json.writeNumberField("line", t.line());
        json.writeNumberField("column", t.column());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static String kind(Measure measure) {
    return measure.accept(new Measure.Cases<String>() {
      @Override
      public String share(Measure.Share share) {
        return "share";
      }

      @Override
      public String unitFact(Measure.UnitFact fact) {
        return "unit-fact";
      }

      @Override
      public String unitRank(Measure.UnitRank rank) {
        return "unit-rank";
      }
    });
  }
}
