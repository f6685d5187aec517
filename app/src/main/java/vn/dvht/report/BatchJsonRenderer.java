package vn.dvht.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The JSON of a batch: every unit as {@code dvht evaluate --json} writes one (plus the ruleset it was
 * evaluated with), then the files that could not be read: {@code {dvht, reportDate, units[], failures[]}}.
 */
public final class BatchJsonRenderer {

  public void render(List<Assessment> assessments, List<FileFailure> failures, String version,
      java.time.LocalDate reportDate, OutputStream out) throws IOException {
    try (JsonGenerator json = JsonRenderer.generator(out)) {
      write(json, assessments, failures, version, reportDate);
    }
  }

  /** Streams the batch JSON to a character stream, without holding the text in memory. */
  public void render(List<Assessment> assessments, List<FileFailure> failures, String version,
      java.time.LocalDate reportDate, java.io.Writer out) throws IOException {
    try (JsonGenerator json = JsonRenderer.generator(out)) {
      write(json, assessments, failures, version, reportDate);
    }
  }

  private static void write(JsonGenerator json, List<Assessment> assessments, List<FileFailure> failures,
      String version, java.time.LocalDate reportDate) throws IOException {
    {
      json.writeStartObject();
      json.writeStringField("dvht", version);
      json.writeStringField("reportDate", reportDate.toString());
      json.writeArrayFieldStart("units");
      for (Assessment assessment : assessments) {
        JsonRenderer.writeUnit(json, assessment, true);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("failures");
      for (FileFailure failure : failures) {
        json.writeStartObject();
        json.writeStringField("file", failure.file());
        JsonRenderer.writeDiagnostics(json, "problems", failure.problems());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }
}
