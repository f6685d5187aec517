package vn.dvht.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import vn.dvht.diag.Wording;
import vn.dvht.model.Level;
import vn.dvht.office.Absent;
import vn.dvht.office.Appraisal;
import vn.dvht.office.AppraisalBook;
import vn.dvht.office.CouncilMember;
import vn.dvht.office.Deadlines;
import vn.dvht.office.Finding;
import vn.dvht.office.Office;
import vn.dvht.office.Reason;
import vn.dvht.office.RegisterEntry;
import vn.dvht.office.Source;
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
    json.writeStringField("reportDate", context.date().toString());
    json.writeObjectFieldStart("office");
    json.writeStringField("name", office.name());
    json.writeStringField("committee", office.committee());
    json.writeStringField("authority", office.authority());
    json.writeNumberField("year", office.year());
    json.writeStringField("sitting", office.sitting().toString());
    json.writeBooleanField("writtenOpinions", office.written());
    json.writeEndObject();
    json.writeArrayFieldStart("council");
    for (CouncilMember m : book.setup().council().members()) {
      json.writeStartObject();
      json.writeStringField("name", m.name());
      json.writeStringField("post", m.post());
      json.writeStringField("role", m.role().key());
      json.writeStringField("represents", m.group().map(g -> g.key()).orElse(""));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("ruleset");
    json.writeStringField("id", book.ruleset().id());
    json.writeStringField("sha256", book.rulesetSha());
    json.writeEndObject();
    json.writeStringField("register", book.register().file());
    json.writeObjectFieldStart("deadlines");
    json.writeStringField("dossier", Deadlines.dossier(book.ruleset(), office.authority(), office.year()).date().toString());
    json.writeStringField("appraisal", Deadlines.appraisal(book.ruleset(), office.authority(), office.year()).date()
        .toString());
    json.writeStringField("report", Deadlines.report(book.ruleset(), office.authority(), office.year())
        .map(d -> d.date().toString()).orElse(""));
    json.writeEndObject();
    json.writeArrayFieldStart("units");
    for (Appraisal unit : book.units()) {
      unit(words, json, unit);
    }
    json.writeEndArray();
    absent(json, book.absent());
    json.writeArrayFieldStart("failures");
    for (AppraisalBook.Unread unread : book.unread()) {
      json.writeStartObject();
      json.writeStringField("file", unread.file());
      JsonRenderer.writeProblems(words, json, "problems", unread.problems());
      json.writeEndObject();
    }
    json.writeEndArray();
    statistics(json, context.statistics());
    json.writeEndObject();
  }

  private static void unit(Wording words, JsonGenerator json, Appraisal unit) throws IOException {
    var profile = unit.profile();
    json.writeStartObject();
    json.writeStringField("name", profile.name());
    json.writeStringField("id", unit.id());
    json.writeStringField("authority", profile.authority());
    json.writeStringField("unitType", profile.unitType());
    json.writeStringField("ownership", profile.ownership());
    json.writeNumberField("year", profile.year());
    json.writeArrayFieldStart("sources");
    for (Source s : unit.sources()) {
      json.writeStartObject();
      json.writeStringField("kind", s.kind().key());
      json.writeStringField("file", s.file());
      json.writeStringField("sha256", s.sha256());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeStringField("basis", unit.basis().key());
    json.writeStringField("requested", unit.requested().id());
    json.writeStringField("reached", unit.decision().reached().map(Level::id).orElse(""));
    json.writeStringField("verdict", unit.verdict().key());
    if (unit.verdict() instanceof Verdict.Recognised r) {
      json.writeStringField("level", r.level().id());
      json.writeStringField("recognition", r.kind().key());
      json.writeStringField("validUntil", r.validUntil().toString());
    } else if (unit.verdict() instanceof Verdict.StillRecognised s) {
      json.writeStringField("level", "");
      json.writeStringField("validUntil", s.until().toString());
    }
    json.writeArrayFieldStart("reasons");
    for (Reason reason : unit.reasons()) {
      json.writeStartObject();
      json.writeStringField("code", code(reason));
      if (reason instanceof Reason.Unmet u) {
        json.writeStringField("indicator", u.line().id());
        json.writeStringField("cause", u.line().cause().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      }
      json.writeStringField("message", OfficePhrases.reason(words, unit, reason));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeBooleanField("edited", unit.edited());
    json.writeArrayFieldStart("findings");
    for (Finding f : unit.findings()) {
      json.writeStartObject();
      json.writeStringField("code", f.code());
      json.writeBooleanField("edit", f.edit());
      json.writeStringField("message", words.text(f.message()));
      json.writeEndObject();
    }
    json.writeEndArray();
    strings(json, "notes", unit.notes().stream().map(words::text).toList());
    history(json, unit.history());
    json.writeEndObject();
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

  private static void history(JsonGenerator json, List<RegisterEntry> history) throws IOException {
    json.writeArrayFieldStart("history");
    for (RegisterEntry e : history) {
      json.writeStartObject();
      json.writeNumberField("level", e.level());
      json.writeStringField("number", e.number());
      json.writeStringField("decided", e.decided().toString());
      json.writeStringField("validUntil", e.validUntil().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void absent(JsonGenerator json, List<Absent> absent) throws IOException {
    json.writeArrayFieldStart("absent");
    for (Absent a : absent) {
      json.writeStartObject();
      json.writeStringField("name", a.name());
      json.writeStringField("id", a.id());
      json.writeStringField("unitType", a.unitType());
      json.writeStringField("status", a.status().key());
      json.writeNumberField("level", a.level());
      json.writeStringField("validUntil", a.until().map(Object::toString).orElse(""));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void statistics(JsonGenerator json, Statistics stats) throws IOException {
    json.writeObjectFieldStart("statistics");
    counts(json, "total", stats.columns(), stats.total());
    json.writeNumberField("unreadFiles", stats.unread());
    table(json, "byUnitType", stats.columns(), stats.byType());
    table(json, "byAuthority", stats.columns(), stats.byAuthority());
    json.writeEndObject();
  }

  private static void table(JsonGenerator json, String field, List<String> columns, Map<String, long[]> rows)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (Map.Entry<String, long[]> row : rows.entrySet()) {
      json.writeStartObject();
      json.writeStringField("label", row.getKey());
      counts(json, "counts", columns, row.getValue());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void counts(JsonGenerator json, String field, List<String> columns, long[] counts) throws IOException {
    json.writeObjectFieldStart(field);
    for (int i = 0; i < columns.size(); i++) {
      json.writeNumberField(columns.get(i), counts[i]);
    }
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }
}
