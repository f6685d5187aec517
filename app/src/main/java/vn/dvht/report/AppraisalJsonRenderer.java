package vn.dvht.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvht.diag.Wording;
import vn.dvht.json.Envelope;
import vn.dvht.json.ResultJson;
import vn.dvht.model.Level;
import vn.dvht.office.Appraisal;
import vn.dvht.json.AppraisalJson;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.Deadlines;
import vn.dvht.office.Office;
import vn.dvht.office.Reason;
import vn.dvht.office.RegisterEntry;
import vn.dvht.office.Statistics;
import vn.dvht.office.Verdict;

/**
 * The office's appraisal as JSON ({@code kind: "appraisal"}, schema {@code dvht schema appraisal}): the
 * office, its council, the deadlines, every unit with its files, verdict, reasons and findings, the units
 * that sent nothing, the files that could not be read, and the statistics — what {@code dvht tong-hop}
 * merges upward.
 */
final class AppraisalJsonRenderer {
  private AppraisalJsonRenderer() {}

  static void render(OfficeFile.Context context, OutputStream out) throws IOException {
    try (JsonGenerator json = JsonRenderer.generator(out)) {
      write(json, context);
      json.writeRaw('\n');
    }
  }

  /** The document on a character stream (standard output). */
  static void render(OfficeFile.Context context, java.io.Writer out) throws IOException {
    try (JsonGenerator json = JsonRenderer.generator(out)) {
      write(json, context);
      json.writeRaw('\n');
    }
  }

  private static void write(JsonGenerator json, OfficeFile.Context context) throws IOException {
    Wording words = context.wording();
    AppraisalBook book = context.book();
    Office office = book.office();
    JsonRenderer.start(json, "appraisal", context.version());
    json.writeStringField(Envelope.REPORT_DATE, context.date().toString());
    json.writeFieldName(AppraisalJson.OFFICE);
    json.writeObject(new AppraisalJson.Office(office.name(), office.committee(), office.authority(), office.year(),
        office.sitting().toString(), office.written()));
    json.writeFieldName("council");
    json.writeObject(book.setup().council().members().stream().map(m -> new AppraisalJson.CouncilMember(m.name(),
        m.post(), m.role().key(), m.group().map(g -> g.key()).orElse(""))).toList());
    json.writeFieldName("ruleset");
    json.writeObject(new AppraisalJson.RulesetRef(book.ruleset().id(), book.rulesetSha()));
    json.writeStringField("register", book.register().file());
    json.writeFieldName("deadlines");
    json.writeObject(new AppraisalJson.Deadlines(
        Deadlines.dossier(book.ruleset(), office.authority(), office.year()).date().toString(),
        Deadlines.appraisal(book.ruleset(), office.authority(), office.year()).date().toString(),
        Deadlines.report(book.ruleset(), office.authority(), office.year()).map(d -> d.date().toString()).orElse("")));
    json.writeArrayFieldStart(Envelope.UNITS);
    for (Appraisal unit : book.units()) {
      json.writeObject(unit(words, unit));
    }
    json.writeEndArray();
    json.writeFieldName(AppraisalJson.ABSENT);
    json.writeObject(book.absent().stream().map(a -> new AppraisalJson.Absent(a.name(), a.id(), a.unitType(),
        a.status().key(), a.level(), a.until().map(Object::toString).orElse(""))).toList());
    json.writeFieldName(Envelope.FAILURES);
    json.writeObject(book.unread().stream()
        .map(u -> new ResultJson.Failure(u.file(), JsonRenderer.problems(words, u.problems()))).toList());
    json.writeFieldName("statistics");
    json.writeObject(statistics(context.statistics()));
    json.writeEndObject();
  }

  private static AppraisalJson.Unit unit(Wording words, Appraisal unit) {
    var profile = unit.profile();
    String level = null;
    String recognition = null;
    String validUntil = null;
    if (unit.verdict() instanceof Verdict.Recognised r) {
      level = r.level().id();
      recognition = r.kind().key();
      validUntil = r.validUntil().toString();
    } else if (unit.verdict() instanceof Verdict.StillRecognised s) {
      level = "";
      validUntil = s.until().toString();
    }
    List<AppraisalJson.Reason> reasons = unit.reasons().stream().map(reason -> reason instanceof Reason.Unmet u
        ? new AppraisalJson.Reason(code(reason), u.line().id(),
            u.line().cause().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), OfficePhrases.reason(words, unit, reason))
        : new AppraisalJson.Reason(code(reason), null, null, OfficePhrases.reason(words, unit, reason))).toList();
    return new AppraisalJson.Unit(profile.name(), unit.id(), profile.authority(), profile.unitType(),
        profile.ownership(), profile.year(),
        unit.sources().stream().map(s -> new AppraisalJson.Source(s.kind().key(), s.file(), s.sha256())).toList(),
        unit.basis().key(), unit.requested().id(), unit.decision().reached().map(Level::id).orElse(""),
        unit.verdict().key(), level, recognition, validUntil, reasons, unit.edited(),
        unit.findings().stream().map(f -> new AppraisalJson.Finding(f.code(), f.edit(), words.text(f.message()))).toList(),
        unit.notes().stream().map(words::text).toList(), history(unit.history()));
  }

  private static String code(Reason reason) {
    if (reason instanceof Reason.Unmet) {
      return "unmet";
    }
    if (reason instanceof Reason.Waiting) {
      return "waiting";
    }
    if (reason instanceof Reason.NoLevelOne) {
      return "no-level-1";
    }
    if (reason instanceof Reason.StillValid) {
      return "still-valid";
    }
    return reason instanceof Reason.OtherAuthority ? "other-authority" : "other-year";
  }

  private static List<AppraisalJson.Decision> history(List<RegisterEntry> history) {
    return history.stream().map(e -> new AppraisalJson.Decision(e.level(), e.number(), e.decided().toString(),
        e.validUntil().toString())).toList();
  }

  private static AppraisalJson.Statistics statistics(Statistics stats) {
    return new AppraisalJson.Statistics(counts(stats.columns(), stats.total()), stats.unread(),
        table(stats.columns(), stats.byType()), table(stats.columns(), stats.byAuthority()));
  }

  private static List<AppraisalJson.Row> table(List<String> columns, Map<String, long[]> rows) {
    return rows.entrySet().stream().map(row -> new AppraisalJson.Row(row.getKey(), counts(columns, row.getValue())))
        .toList();
  }

  private static Map<String, Long> counts(List<String> columns, long[] counts) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      map.put(columns.get(i), counts[i]);
    }
    return map;
  }
}
