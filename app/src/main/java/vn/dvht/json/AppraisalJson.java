package vn.dvht.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Map;

/**
 * The pieces of the office's appraisal JSON ({@code kind: "appraisal"}, {@code dvht schema appraisal}),
 * each key named once: written one record at a time by the report's renderer into the document it
 * streams, and read back into the same records by the upward merge (the office's appraisal reader).
 * A component marked {@code NON_NULL} is a key the document leaves out when it is {@code null}.
 *
 * <pre>{@code
 * json.writeFieldName(AppraisalJson.OFFICE);
 * json.writeObject(new AppraisalJson.Office(name, committee, authority, 2025, "2025-06-20", true));
 * }</pre>
 */
public final class AppraisalJson {
  public static final String OFFICE = "office";
  public static final String ABSENT = "absent";

  private AppraisalJson() {}

  /** The office: its name, council's name, authority, year, the sitting's date, whether opinions were written. */
  public record Office(String name, String committee, String authority, int year, String sitting,
      boolean writtenOpinions) {}

  /** A member of the council: name, post, role and whom they represent ("" for none). */
  public record CouncilMember(String name, String post, String role, String represents) {}

  /** The ruleset the office appraised with and its SHA-256. */
  public record RulesetRef(String id, String sha256) {}

  /** The dates the ruleset sets for the office's year: dossiers in, appraisal, report ("" when none). */
  public record Deadlines(String dossier, String appraisal, String report) {}

  /** A file a unit sent: its kind, name as found, SHA-256. */
  public record Source(String kind, String file, String sha256) {}

  /** Why a unit is not recognised: its code, for an unmet indicator the indicator and cause, the sentence. */
  public record Reason(String code, @JsonInclude(Include.NON_NULL) String indicator,
      @JsonInclude(Include.NON_NULL) String cause, String message) {}

  /** What the check of a unit's own files found: its code, whether it is an edit, the sentence. */
  public record Finding(String code, boolean edit, String message) {}

  /** A decision of the register: the level, its number, when it was decided, until when it holds. */
  public record Decision(int level, String number, String decided, String validUntil) {}

  /**
   * A unit that sent a dossier: who it is, the files it sent, what the verdict rests on, the level asked
   * for and reached, the verdict — with the level, the kind of recognition and its term when recognised,
   * the term alone when still recognised — its reasons, findings, notes and register history.
   */
  public record Unit(String name, String id, String authority, String unitType, String ownership, int year,
      List<Source> sources, String basis, String requested, String reached, String verdict,
      @JsonInclude(Include.NON_NULL) String level, @JsonInclude(Include.NON_NULL) String recognition,
      @JsonInclude(Include.NON_NULL) String validUntil, List<Reason> reasons, boolean edited, List<Finding> findings,
      List<String> notes, List<Decision> history) {}

  /** A unit of the office's area that sent nothing: its standing in the register and its term ("" for none). */
  public record Absent(String name, String id, String unitType, String status, int level, String validUntil) {}

  /** A row of a statistics table: its label and its count per column. */
  public record Row(String label, Map<String, Long> counts) {}

  /** The counts reported upward: in all, the files not read, by unit type and by authority. */
  public record Statistics(Map<String, Long> total, long unreadFiles, List<Row> byUnitType, List<Row> byAuthority) {}
}
