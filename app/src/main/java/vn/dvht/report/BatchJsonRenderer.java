package vn.dvht.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import vn.dvht.diag.Wording;
import vn.dvht.json.Envelope;

/**
 * The JSON of a batch, the same document as one unit's ({@link JsonRenderer}): every unit, then the
 * files that could not be read: {@code {schemaVersion, kind, dvht, reportDate, units[], failures[]}}.
 */
public final class BatchJsonRenderer {
  private BatchJsonRenderer() {}

  /** Writes the batch JSON unit by unit as results arrive, so that no unit has to wait in memory. */
  public static Stream stream(java.io.Writer out, String version, java.time.LocalDate reportDate) throws IOException {
    return new Stream(JsonRenderer.generator(out), version, reportDate);
  }

  /** An open batch JSON: {@link #unit} for each unit in order, then {@link #finish} with the failures. */
  public static final class Stream implements java.io.Closeable {
    private final JsonGenerator json;

    private Stream(JsonGenerator json, String version, java.time.LocalDate reportDate) throws IOException {
      this.json = json;
      JsonRenderer.start(json, "result", version);
      json.writeStringField(Envelope.REPORT_DATE, reportDate.toString());
      json.writeArrayFieldStart(Envelope.UNITS);
    }

    /** One unit, naming its input file as given and the files written for it. */
    public void unit(Assessment assessment, UnitFiles files) throws IOException {
      JsonRenderer.writeUnit(json, assessment.withFiles(files));
      json.flush();
    }

    public void finish(Wording words, List<FileFailure> failures) throws IOException {
      json.writeEndArray();
      JsonRenderer.writeFailures(words, json, failures);
      json.writeEndObject();
      json.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
      json.close();
    }
  }
}
