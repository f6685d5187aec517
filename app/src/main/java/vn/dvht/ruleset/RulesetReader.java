package vn.dvht.ruleset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.diag.Wording;
import vn.dvht.model.Authority;
import vn.dvht.model.Criterion;
import vn.dvht.model.Deadline;
import vn.dvht.model.EvidenceRule;
import vn.dvht.model.FactDef;
import vn.dvht.model.Field;
import vn.dvht.model.Indicator;
import vn.dvht.model.Level;
import vn.dvht.model.Ownership;
import vn.dvht.model.Population;
import vn.dvht.model.Procedure;
import vn.dvht.model.ReportLayout;
import vn.dvht.model.Ruleset;
import vn.dvht.model.RulesetInfo;
import vn.dvht.model.RulesetTest;
import vn.dvht.model.Scale;
import vn.dvht.model.Scoring;
import vn.dvht.model.UnitType;
import vn.dvht.model.Vocabulary;

/**
 * Turns a parsed ruleset document into the model. Sections are read in dependency order so
 * that references (fields → scales, targets → levels, …) can be checked as they are met.
 */
final class RulesetReader {
  static final int SCHEMA_VERSION = 1;
  /** The id of the implicit level of a scoring ruleset without {@code levels:}. */
  static final String SCORING_LEVEL = "diem";

  private final Diagnostics diagnostics;
  private final Ids ids;
  private final ReportReader.Files files;

  /** @param files how the files a ruleset names (its report template) are read */
  RulesetReader(Diagnostics diagnostics, ReportReader.Files files) {
    this.diagnostics = diagnostics;
    this.ids = new Ids(diagnostics);
    this.files = files;
  }

  /** The ruleset, or empty when the document is not even a mapping; other problems go to the diagnostics. */
  Optional<Ruleset> read(Node root) {
    Optional<MapReader> top = MapReader.root(root, diagnostics);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    MapReader doc = top.get();
    doc.allow("$schema"); // an editor's pointer to the JSON Schema, as JSON files carry it
    checkSchema(doc);
    RulesetInfo info = readInfo(doc);
    ProfileReader profiles = new ProfileReader(diagnostics, ids);
    List<Authority> authorities = profiles.readAuthorities(doc);
    List<Ownership> ownerships = profiles.readOwnerships(doc);
    List<UnitType> unitTypes = profiles.readUnitTypes(doc);
    Map<String, ScopeReader.Group> groups = ScopeReader.readGroups(doc, unitTypes, diagnostics, ids);
    List<Population> populations = readNamed(doc, "populations", "population",
        (m, id, label, aliases) -> new Population(id, label, aliases, m.bool("default", false)));
    ScaleReader scaleReader = new ScaleReader(diagnostics, ids);
    List<Vocabulary> vocabularies = scaleReader.readVocabularies(doc);
    List<Scale> scales = scaleReader.readScales(doc);
    List<Field> fields = new FieldReader(diagnostics, ids, vocabularies, scales, populations).read(doc);
    ProcedureReader procedureReader = new ProcedureReader(diagnostics, ids);
    List<FactDef> facts = procedureReader.readFacts(doc);
    ScoringReader scoringReader = new ScoringReader(diagnostics, ids);
    Optional<Scoring.Points> points = scoringReader.read(doc);
    boolean implicitLevel = points.isPresent() && !doc.has("levels");
    List<Level> levels = implicitLevel ? List.of(scoringLevel()) : readLevels(doc);
    if (points.isPresent() && levels.size() > 1) { // the plan's level, if any, is added below
      diagnostics.error("R013", doc.positionOf("levels"), Message.of("ruleset.scoredLevels", levels.size()));
    }
    IndicatorReader indicators = new IndicatorReader(diagnostics, ids,
        new IndicatorReader.Context(authorities, unitTypes, ownerships, groups, populations, scales, fields, levels,
            implicitLevel ? SCORING_LEVEL : ""),
        scoringReader, points.isPresent());
    List<Criterion> criteria = indicators.readCriteria(doc);
    Optional<PlanReader.Result> plan = new PlanReader(diagnostics, ids)
        .read(doc, criteria, authorities, scales, levels.size() + 1);
    if (plan.isPresent()) {
      criteria = plan.get().criteria();
      levels = new ArrayList<>(levels);
      levels.add(plan.get().level());
    }
    List<Procedure> procedures = procedureReader.readProcedures(doc, facts);
    List<Deadline> deadlines = procedureReader.readDeadlines(doc, authorities);
    EvidenceRule evidence = procedureReader.readEvidence(doc);
    TextsReader texts = new TextsReader(diagnostics, ids);
    info = new RulesetInfo(info.id(), info.title(), info.circular(), texts.legalBasis(doc, criteria),
        info.effectiveFrom(), info.effectiveUntil(), info.note());
    Map<String, String> english = texts.english(doc);
    for (String key : List.of("authorities", "unitTypes", "populations", "levels", "criteria")) {
      if (!key.equals("levels") || !implicitLevel) {
        requireList(doc, key, diagnostics);
      }
    }
    Scoring scoring = points.isPresent() ? points.get() : new Scoring.None();
    ReportLayout report = new ReportReader(diagnostics, files, FormCheck.items(criteria.size(),
        (int) criteria.stream().mapToLong(c -> c.indicators().size()).sum(), levels.size())).read(doc);
    Ruleset untested = new Ruleset(info, authorities, unitTypes, ownerships, populations, vocabularies, scales, fields, facts,
        levels, criteria, procedures, evidence, scoring, List.of(), report, english, deadlines);
    // Tests name everything in the ruleset: read them only once the rest holds together.
    List<RulesetTest> tests = List.of();
    if (diagnostics.hasErrors()) {
      doc.allow("tests");
    } else {
      tests = new TestsReader(diagnostics, ids).read(doc, untested);
    }
    Ruleset ruleset = new Ruleset(info, authorities, unitTypes, ownerships, populations, vocabularies, scales, fields, facts,
        levels, criteria, procedures, evidence, scoring, tests, report, english, deadlines);
    doc.finish();
    new SemanticChecks(diagnostics, ids, doc.position()).check(ruleset);
    points.ifPresent(p -> scoringReader.checkTotal(p, ruleset.indicators().stream()
        .map(Indicator::points).reduce(BigDecimal.ZERO, BigDecimal::add)));
    return Optional.of(ruleset);
  }

  private void checkSchema(MapReader doc) {
    Optional<Node> schema = doc.require("schema");
    if (schema.isPresent() && !(schema.get() instanceof Node.Scalar s
        && s.type() == Node.ScalarType.NUMBER && s.text().equals(String.valueOf(SCHEMA_VERSION)))) {
      Object found = schema.get() instanceof Node.Scalar s ? s.text() : Message.of(schema.get().kindKey());
      diagnostics.error("R015", schema.get().position(), Message.of("ruleset.schemaVersion", found, SCHEMA_VERSION));
    }
  }

  /** The ruleset's identity and dates; its {@code legalBasis} is read once the indicators it may name are. */
  private RulesetInfo readInfo(MapReader doc) {
    String id = doc.text("id");
    String title = doc.text("title");
    String circular = doc.text("circular");
    String note = doc.text("note", "");
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> until = Optional.empty();
    Optional<MapReader> dates = doc.map("effective", true);
    if (dates.isPresent()) {
      from = dates.get().require("from").isPresent() ? dates.get().date("from") : Optional.empty();
      until = dates.get().date("until");
      if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
        diagnostics.error("R005", dates.get().positionOf("until"),
            Message.of("ruleset.untilBeforeFrom", until.get(), from.get()));
      }
      dates.get().finish();
    }
    return new RulesetInfo(id, title, circular, List.of(), from.orElse(RulesetInfo.OPEN_END),
        until.orElse(RulesetInfo.OPEN_END), note);
  }

  /** Builds one named item from its mapping, id, label and aliases. */
  interface NamedFactory<T> {
    T create(MapReader map, String id, String label, List<String> aliases);
  }

  private <T> List<T> readNamed(MapReader doc, String key, String kind, NamedFactory<T> factory) {
    List<T> out = new ArrayList<>();
    for (MapReader m : doc.maps(key)) {
      String id = m.text("id");
      ids.declare(kind, id, m.positionOf("id"));
      T value = factory.create(m, id, m.text("label"), m.texts("aliases"));
      m.finish();
      out.add(value);
    }
    return out;
  }

  /**
   * The one level of a scoring ruleset that declares none: every indicator is scored there. Its label is
   * in the ruleset's own language, Vietnamese, as every text of a ruleset is; {@link RulesetTranslator} gives
   * its English.
   */
  static Level scoringLevel() {
    return new Level(SCORING_LEVEL, Wording.of(Wording.VI).get("scoring.level"), 1, false);
  }

  private List<Level> readLevels(MapReader doc) {
    List<Level> out = new ArrayList<>();
    for (MapReader m : doc.maps("levels")) {
      String id = m.text("id");
      ids.declare("level", id, m.positionOf("id"));
      out.add(new Level(id, m.text("label"), out.size() + 1, false));
      m.finish();
    }
    return out;
  }

  /** Reports {@code key} when it is missing from {@code m} or holds an empty list. */
  static void requireList(MapReader m, String key, Diagnostics diagnostics) {
    if (!m.has(key)) {
      diagnostics.error("R004", m.position(), Message.of("ruleset.missingKey", key));
    } else if (m.node(key).orElseThrow() instanceof Node.ListNode list && list.items().isEmpty()) {
      diagnostics.error("R004", list.position(), Message.of("ruleset.emptyList", key));
    }
  }

  static boolean isPercent(BigDecimal value) {
    return value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
  }
}
