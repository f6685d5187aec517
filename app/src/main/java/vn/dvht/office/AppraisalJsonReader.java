package vn.dvht.office;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dvht.diag.Diagnostic;
import vn.dvht.diag.FileAccess;
import vn.dvht.diag.Sha256;
import vn.dvht.diag.SourcePosition;
import vn.dvht.input.InputException;
import vn.dvht.json.AppraisalJson;
import vn.dvht.json.Envelope;

/**
 * Reads an office's appraisal JSON ({@code ket-qua-tham-dinh.json}, kind {@code appraisal}) for the
 * upward merge: the office, and each unit — those that sent a dossier with their verdict, and those the
 * office knows of that sent nothing — as a {@link MergedUnit}.
 */
public final class AppraisalJsonReader {
  private AppraisalJsonReader() {}

  /** One document: the office that wrote it and its units. */
  public record Read(MergedSource source, List<MergedUnit> units) {
    public Read {
      units = List.copyOf(units);
    }
  }

  /** The document's office and units; {@code number} is the file's place among those merged. */
  public static Read read(Path path, int number) throws InputException {
    JsonNode root = JsonFile.read(path, "appraisal");
    MergedSource source = source(path, root, number);
    List<MergedUnit> units = new ArrayList<>();
    for (AppraisalJson.Unit u : JsonFile.records(path, root, Envelope.UNITS, AppraisalJson.Unit.class)) {
      String verdict = JsonFile.text(u.verdict());
      String level = JsonFile.text(u.level());
      String category = verdict.equals("cong-nhan") ? Statistics.RECOGNISED + level
          : verdict.equals("con-thoi-han") ? Statistics.STILL : Statistics.NOT;
      units.add(new MergedUnit(source, JsonFile.text(u.name()), JsonFile.text(u.id()), JsonFile.text(u.unitType()),
          JsonFile.text(u.authority()), category, verdict.equals("cong-nhan") ? level : "",
          JsonFile.text(u.recognition()), JsonFile.text(u.validUntil())));
    }
    for (AppraisalJson.Absent a : JsonFile.records(path, root, AppraisalJson.ABSENT, AppraisalJson.Absent.class)) {
      String status = JsonFile.text(a.status());
      String category = status.equals("con-thoi-han") ? Statistics.HOLDING
          : status.equals("het-thoi-han") ? Statistics.LAPSED : Statistics.NEVER;
      units.add(new MergedUnit(source, JsonFile.text(a.name()), JsonFile.text(a.id()), JsonFile.text(a.unitType()),
          source.authority(), category, "", "", JsonFile.text(a.validUntil())));
    }
    return new Read(source, units);
  }

  private static MergedSource source(Path path, JsonNode root, int number) throws InputException {
    String sha;
    try {
      sha = Sha256.of(path);
    } catch (IOException e) {
      throw new InputException(Diagnostic.error("I101", new SourcePosition.InFile(path.toString()), FileAccess.reason(e)));
    }
    AppraisalJson.Office office = JsonFile.record(path, root.path(AppraisalJson.OFFICE), AppraisalJson.OFFICE,
        AppraisalJson.Office.class);
    return new MergedSource(number, path.toString(), sha, JsonFile.text(office.name()),
        JsonFile.text(office.authority()), office.year(), JsonFile.text(root, Envelope.DVHT));
  }
}
