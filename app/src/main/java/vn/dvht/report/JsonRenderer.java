package vn.dvht.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.SourcePosition;
import vn.dvht.diag.Warnings;
import vn.dvht.diag.Wording;
import vn.dvht.eval.EvaluationResult;
import vn.dvht.eval.LevelDecision;
import vn.dvht.eval.LevelResult;
import vn.dvht.eval.MemberGap;
import vn.dvht.eval.ProcedureResult;
import vn.dvht.eval.Scorecard;
import vn.dvht.json.Envelope;
import vn.dvht.json.ResultJson;
import vn.dvht.model.Dossier;
import vn.dvht.model.Level;
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
 * {@link Envelope#VERSION} says when the shape changed. The document is streamed; each unit, failure and problem list
 * is written as its {@link ResultJson} record, the keys {@code dvht diff} reads back.
 */
public final class JsonRenderer implements Renderer {
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
    return pretty(ResultJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8));
  }

  /** The same generator over a character stream; it leaves {@code out} open. */
  public static JsonGenerator generator(java.io.Writer out) throws IOException {
    return pretty(ResultJson.MAPPER.getFactory().createGenerator(out));
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
    json.writeStringField(Envelope.REPORT_DATE, stamp.reportDate().toString());
    json.writeArrayFieldStart(Envelope.UNITS);
    writeUnit(json, assessment);
    json.writeEndArray();
    writeFailures(words, json, List.of());
    json.writeEndObject();
  }

  /** Opens a document: its {@code schemaVersion}, its {@code kind} (result, dry-run, diff) and the version of dvht. */
  public static void start(JsonGenerator json, String kind, String version) throws IOException {
    json.writeStartObject();
    json.writeNumberField(Envelope.SCHEMA_VERSION, Envelope.VERSION);
    json.writeStringField(Envelope.KIND, kind);
    json.writeStringField(Envelope.DVHT, version);
  }

  /** The files that could not be evaluated, each with its problems. */
  public static void writeFailures(Wording words, JsonGenerator json, List<FileFailure> failures) throws IOException {
    json.writeArrayFieldStart(Envelope.FAILURES);
    for (FileFailure failure : failures) {
      json.writeObject(new ResultJson.Failure(failure.file(), problems(words, failure.problems())));
    }
    json.writeEndArray();
  }

  /**
   * One unit: the ruleset it was evaluated with, its member file as given, the files written for it
   * (none with {@code --no-files}), then its result — one {@link ResultJson.Unit}, written as it comes.
   */
  static void writeUnit(JsonGenerator json, Assessment assessment) throws IOException {
    json.writeObject(unit(assessment));
  }

  /** The unit's record. */
  static ResultJson.Unit unit(Assessment assessment) {
    EvaluationResult result = assessment.result();
    Ruleset ruleset = result.ruleset();
    UnitProfile profile = result.unit().profile();
    Stamp stamp = assessment.stamp();
    Map<String, Long> members = new LinkedHashMap<>();
    for (var population : ruleset.populations()) {
      members.put(population.id(), (long) result.count(population.id()));
    }
    Optional<Scorecard.Scored> scored = result.scorecard() instanceof Scorecard.Scored s ? Optional.of(s)
        : Optional.empty();
    Warnings warnings = assessment.warnings();
    return new ResultJson.Unit(
        new ResultJson.RulesetRef(ruleset.id(), ruleset.info().title(), ruleset.info().circular(),
            stamp.rulesetOrigin(), stamp.rulesetSha256()),
        assessment.files().input(), assessment.files().outputs(), profile.name(), profile.authority(),
        profile.unitType(), profile.ownership().isEmpty() ? null : profile.ownership(), profile.year(),
        stamp.inputs().stream().map(i -> new ResultJson.InputFile(i.file(), i.sha256())).toList(), members,
        result.decision().reached().map(Level::id).orElse(null),
        result.decision().requestable().map(Level::id).orElse(null), held(result.decision()),
        scored.map(s -> s.points().shown()).orElse(null), scored.map(s -> s.points().toString()).orElse(null),
        scored.map(Scorecard.Scored::total).orElse(null), scored.map(s -> s.grade().id()).orElse(null),
        scored.map(s -> s.grade().label()).orElse(null), dossier(result),
        result.levels().stream().map(level -> level(result, level)).toList(), procedures(result.procedures()),
        result.gaps().stream().map(JsonRenderer::gap).toList(), problems(assessment.wording(), warnings.listed()), totals(warnings));
  }

  /**
   * A unit's data warnings: {@code warnings}, the first {@value Warnings#LISTED} of each code, and when
   * that is not all of them {@code warningTotals}, how many of each code were met ({@code {"I211":
   * 1000000, …}}), as {@code gaps[].total} tells a list of failing members given in part.
   */
  public static void writeWarnings(Wording words, JsonGenerator json, Warnings warnings) throws IOException {
    json.writeFieldName(ResultJson.WARNINGS);
    json.writeObject(problems(words, warnings.listed()));
    Map<String, Long> totals = totals(warnings);
    if (totals != null) {
      json.writeFieldName(ResultJson.WARNING_TOTALS);
      json.writeObject(totals);
    }
  }

  /** How many warnings of each code were met, or null (no key) when all are listed. */
  private static Map<String, Long> totals(Warnings warnings) {
    return warnings.complete() ? null : new LinkedHashMap<>(warnings.totals());
  }

  /** {@code heldLevels}: each level whose indicators are all met but that is not the unit's, and why. */
  private static List<ResultJson.Held> held(LevelDecision decision) {
    List<ResultJson.Held> held = new ArrayList<>();
    for (LevelDecision.Standing s : decision.held()) {
      if (s.hold() instanceof LevelDecision.LowerLevelNotReached lower) {
        held.add(new ResultJson.Held(s.level().id(), "lower-level-not-reached", lower.lower().id(), null));
      } else if (s.hold() instanceof LevelDecision.ProcedureNotMet procedure) {
        held.add(new ResultJson.Held(s.level().id(), "procedure-not-met", null, procedure.procedure().procedure().id()));
      } else {
        held.add(new ResultJson.Held(s.level().id(), null, null, null));
      }
    }
    return held;
  }

  /** Where the dossier goes and who decides, as the ruleset says for the unit's authority and year. */
  private static ResultJson.Dossier dossier(EvaluationResult result) {
    var dossier = Dossiers.dossier(result);
    return new ResultJson.Dossier(textOrNull(dossier.map(Dossier::recipient).orElse("")),
        textOrNull(dossier.map(Dossier::decidedBy).orElse("")), textOrNull(dossier.map(Dossier::citation).orElse("")),
        textOrNull(dossier.map(Dossier::note).orElse("")));
  }

  private static String textOrNull(String text) {
    return text.isBlank() ? null : text;
  }

  private static ResultJson.Level level(EvaluationResult result, LevelResult level) {
    return new ResultJson.Level(level.level().id(), level.level().label(), level.criteriaMet(),
        result.decision().standing(level.level()).map(LevelDecision.Standing::reached).orElse(null),
        level.level().plan() ? Boolean.TRUE : null,
        level.indicators().stream().map(row -> IndicatorJson.of(result, row)).toList());
  }

  private static List<ResultJson.Procedure> procedures(List<ProcedureResult> procedures) {
    List<ResultJson.Procedure> list = new ArrayList<>();
    for (ProcedureResult p : procedures) {
      String level = textOrNull(p.procedure().level());
      list.add(p.check() instanceof ProcedureResult.Checked c
          ? new ResultJson.Procedure(p.procedure().id(), level, c.satisfied(), c.decided().toString(),
              c.earliest().toString())
          : new ResultJson.Procedure(p.procedure().id(), level, null, null, null));
    }
    return list;
  }

  private static ResultJson.Gap gap(MemberGap gap) {
    return new ResultJson.Gap(gap.indicator().id(), gap.complete() ? null : (long) gap.total(),
        gap.members().stream().map(m -> new ResultJson.GapMember(m.source().sheet(), m.source().row(), m.name(),
            m.memberId(), m.value())).toList());
  }

  /**
   * A list of problems: a unit's data warnings ({@code warnings}) or why a file could not be evaluated
   * ({@code problems}); each names its file as given and, in a sheet, the cell.
   */
  public static void writeProblems(Wording words, JsonGenerator json, String field, List<Diagnostic> problems) throws IOException {
    json.writeFieldName(field);
    json.writeObject(problems(words, problems));
  }

  static List<ResultJson.Problem> problems(Wording words, List<Diagnostic> problems) {
    List<ResultJson.Problem> list = new ArrayList<>(problems.size());
    for (Diagnostic w : problems) {
      String code = w.code();
      String severity = w.severity().name().toLowerCase(java.util.Locale.ROOT);
      String message = words.text(w.message());
      String file = w.position().file();
      if (w.position() instanceof SourcePosition.InSheet s) {
        list.add(new ResultJson.Problem(code, severity, message, file, s.sheet(), (long) s.row(), null,
            TextNode.valueOf(s.column() >= 0 ? SourcePosition.columnLetters(s.column()) : ""), s.header()));
      } else if (w.position() instanceof SourcePosition.InText t) {
        list.add(new ResultJson.Problem(code, severity, message, file, null, null, (long) t.line(),
            LongNode.valueOf(t.column()), null));
      } else {
        list.add(new ResultJson.Problem(code, severity, message, file, null, null, null, null, null));
      }
    }
    return list;
  }
}
