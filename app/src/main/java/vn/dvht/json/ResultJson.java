package vn.dvht.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The pieces of dvht's result JSON ({@code dvht schema result}), each key named once: a record's
 * component is its key, written by the report's JSON renderer through {@link #MAPPER} one record at a
 * time inside a document it streams, and read back into the same record by {@code dvht diff} one piece at a
 * time and by the education office's appraisal one unit at a time. A component that may be {@code null} is a key the
 * document either writes as JSON {@code null} (a {@link JsonNode} component holds {@code NullNode}) or,
 * marked {@code NON_NULL}, leaves out; the few keys a streaming reader looks for are constants here.
 *
 * <pre>{@code
 * json.writeObject(new ResultJson.Gap("TC1.CT1", null, members));
 * ResultJson.Indicator row = parser.readValueAs(ResultJson.Indicator.class);
 * }</pre>
 */
public final class ResultJson {
  /**
   * Writes and reads the records, and the trees they are read from: no field the records do not name, no number
   * turned into text, every decimal kept as written ({@code 100.0} stays {@code 100.0}).
   */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  /** The keys a streaming reader looks for; the envelope's own are {@link Envelope}'s. */
  public static final String INPUT = "input";
  public static final String NAME = "name";
  public static final String LEVEL = "level";
  public static final String LEVELS = "levels";
  public static final String GAPS = "gaps";
  public static final String WARNINGS = "warnings";
  public static final String WARNING_TOTALS = "warningTotals";

  /** The most indicators a level of a result read back may have. */
  public static final int MAX_INDICATORS = 10_000;
  /** The most failing members a result read back lists per indicator: ten times what dvht writes (Evaluator.GAP_LIMIT). */
  public static final int MAX_MEMBERS = 100_000;

  private ResultJson() {}

  /**
   * The view of what {@code dvht diff} compares: a component marked {@code @JsonView(Whole.class)} is written
   * and read back whole, but skipped unread by {@code dvht diff} (read in this view).
   */
  public interface Compared {}

  /** The view of a whole record; see {@link Compared}. */
  public interface Whole {}

  /** The ruleset a unit was evaluated with: its id, title, circular, where it came from, its SHA-256. */
  public record RulesetRef(String id, String title, String circular, String source, String sha256) {}

  /** A file read for the unit, with its SHA-256. */
  public record InputFile(String file, String sha256) {}

  /**
   * A level whose indicators are all met but that is not the unit's: {@code lower-level-not-reached}
   * (naming {@code lowerLevel}) or {@code procedure-not-met} (naming {@code procedure}).
   */
  public record Held(String level, @JsonInclude(Include.NON_NULL) String reason, @JsonInclude(Include.NON_NULL) String lowerLevel,
      @JsonInclude(Include.NON_NULL) String procedure) {}

  /** Where the dossier goes and who decides (null where the ruleset does not say). */
  public record Dossier(String recipient, String decidedBy, String citation, String note) {}

  /**
   * One indicator: its counts and share (JSON null where it has none), its threshold, its value and
   * evidence for a unit fact, its points under a scoring ruleset, its target's confidence and citation.
   */
  public record Indicator(
      String id,
      @JsonView(Whole.class) String criterion,
      @JsonView(Whole.class) String kind,
      String status,
      @JsonView(Whole.class) @JsonInclude(Include.NON_NULL) String reason,
      @JsonView(Whole.class) @JsonInclude(Include.NON_NULL) String population,
      @JsonDeserialize(using = PlainNumber.class) JsonNode numerator,
      @JsonDeserialize(using = PlainNumber.class) JsonNode denominator,
      @JsonInclude(Include.NON_NULL) @JsonDeserialize(using = PlainNumber.class) JsonNode percent,
      @JsonView(Whole.class) @JsonDeserialize(using = PlainNumber.Value.class) JsonNode threshold,
      @JsonView(Whole.class) @JsonInclude(Include.NON_NULL) Long shortfall,
      @JsonInclude(Include.NON_NULL) @JsonDeserialize(using = PlainNumber.Value.class) JsonNode value,
      @JsonView(Whole.class) @JsonInclude(Include.NON_NULL) String evidence,
      @JsonView(Whole.class) @JsonInclude(Include.NON_NULL) BigDecimal points,
      @JsonView(Whole.class) @JsonInclude(Include.NON_NULL) BigDecimal maxPoints,
      @JsonView(Whole.class) @JsonInclude(Include.NON_NULL) String credit,
      @JsonView(Whole.class) @JsonInclude(Include.NON_NULL) String confidence,
      @JsonView(Whole.class) @JsonInclude(Include.NON_NULL) String citation,
      @JsonView(Whole.class) @JsonInclude(Include.NON_NULL) String note) {}

  /**
   * A level: whether its own indicators are met ({@code reached}), whether the level decision counts it
   * ({@code counted}, every lower level met too; absent in results written before it), whether it is a
   * unit plan's ({@code plan}, only when true), and its indicators.
   */
  public record Level(String id, String label, boolean reached, @JsonInclude(Include.NON_NULL) Boolean counted,
      @JsonView(Whole.class) @JsonInclude(Include.NON_NULL) Boolean plan,
      @JsonDeserialize(using = BoundedList.Indicators.class) List<Indicator> indicators) {
    public Level {
      indicators = List.copyOf(indicators);
    }
  }

  /** A procedure such as 12 months since the level-1 decision: satisfied (null when not checked), and its dates. */
  public record Procedure(String id, String level, Boolean satisfied, @JsonInclude(Include.NON_NULL) String decided,
      @JsonInclude(Include.NON_NULL) String earliest) {}

  /** A member failing an indicator: where it is, its name and id, its value. */
  public record GapMember(@JsonView(Whole.class) String sheet, @JsonView(Whole.class) long row, String name, String id,
      @JsonView(Whole.class) String value) {}

  /** The members failing an indicator; {@code total} when the list gives only the first of them. */
  public record Gap(String indicator, @JsonView(Whole.class) @JsonInclude(Include.NON_NULL) Long total,
      @JsonDeserialize(using = BoundedList.Members.class) List<GapMember> members) {
    public Gap {
      members = List.copyOf(members);
    }
  }

  /**
   * A data warning or why a file could not be evaluated: its code, severity, message and file; in a sheet
   * its sheet, row, column letters and header; in a text its line and column (a number).
   */
  public record Problem(String code, String severity, String message, String file,
      @JsonInclude(Include.NON_NULL) String sheet, @JsonInclude(Include.NON_NULL) Long row,
      @JsonInclude(Include.NON_NULL) Long line, @JsonInclude(Include.NON_NULL) @JsonDeserialize(using = PlainNumber.Value.class) JsonNode column,
      @JsonInclude(Include.NON_NULL) String header) {}

  /** A file that could not be evaluated, with its problems. */
  public record Failure(String file, List<Problem> problems) {
    public Failure {
      problems = List.copyOf(problems);
    }
  }

  /**
   * One unit of a result: the ruleset, its input and outputs, who it is, its members per population, the
   * level reached and the one it may ask for now, its score under a scoring ruleset, its dossier, levels,
   * procedures, failing members and data warnings — with {@code warningTotals} when those are listed in part.
   */
  public record Unit(
      RulesetRef ruleset,
      @JsonProperty(INPUT) String input,
      List<String> outputs,
      @JsonProperty(NAME) String name,
      String authority,
      String unitType,
      String ownership,
      int year,
      List<InputFile> inputs,
      Map<String, Long> members,
      @JsonProperty(LEVEL) String level,
      String eligibleLevel,
      List<Held> heldLevels,
      @JsonInclude(Include.NON_NULL) BigDecimal points,
      @JsonInclude(Include.NON_NULL) String pointsExact,
      @JsonInclude(Include.NON_NULL) BigDecimal maxPoints,
      @JsonInclude(Include.NON_NULL) String grade,
      @JsonInclude(Include.NON_NULL) String gradeLabel,
      Dossier dossier,
      @JsonProperty(LEVELS) List<Level> levels,
      List<Procedure> procedures,
      @JsonProperty(GAPS) List<Gap> gaps,
      @JsonProperty(WARNINGS) List<Problem> warnings,
      @JsonProperty(WARNING_TOTALS) @JsonInclude(Include.NON_NULL) Map<String, Long> warningTotals) {}
}
