package vn.dvht.model;

import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A validated ruleset: everything dvht needs to evaluate a unit under one circular.
 *
 * <p>Built by {@code RulesetLoader}; every cross-reference inside it (fields, scales,
 * populations, unit types, levels) has already been checked, so lookups that fail here
 * are programming errors. {@code evidence} says whether a unit-level answer needs evidence to count
 * (Thông tư 24/2023 Điều 9, 15 khoản 3). {@code report} says how the Word report is laid out; {@code english} maps
 * the ruleset's Vietnamese texts to English, for {@code --lang en} (see {@code RulesetTranslator}).
 * {@code deadlines} are the procedure's due days ({@link #deadline}).
 */
public record Ruleset(
    RulesetInfo info,
    List<Authority> authorities,
    List<UnitType> unitTypes,
    List<Ownership> ownerships,
    List<Population> populations,
    List<Vocabulary> vocabularies,
    List<Scale> scales,
    List<Field> fields,
    List<FactDef> facts,
    List<Level> levels,
    List<Criterion> criteria,
    List<Procedure> procedures,
    EvidenceRule evidence,
    Scoring scoring,
    List<RulesetTest> tests,
    ReportLayout report,
    Map<String, String> english,
    List<Deadline> deadlines) {

  public Ruleset {
    authorities = List.copyOf(authorities);
    unitTypes = List.copyOf(unitTypes);
    ownerships = List.copyOf(ownerships);
    populations = List.copyOf(populations);
    vocabularies = List.copyOf(vocabularies);
    scales = List.copyOf(scales);
    fields = List.copyOf(fields);
    facts = List.copyOf(facts);
    levels = List.copyOf(levels);
    criteria = List.copyOf(criteria);
    procedures = List.copyOf(procedures);
    tests = List.copyOf(tests);
    english = Map.copyOf(english);
    deadlines = List.copyOf(deadlines);
  }

  /** A ruleset that names no deadline and requires no evidence. */
  public Ruleset(RulesetInfo info, List<Authority> authorities, List<UnitType> unitTypes, List<Ownership> ownerships,
      List<Population> populations, List<Vocabulary> vocabularies, List<Scale> scales, List<Field> fields,
      List<FactDef> facts, List<Level> levels, List<Criterion> criteria, List<Procedure> procedures, Scoring scoring,
      List<RulesetTest> tests, ReportLayout report, Map<String, String> english) {
    this(info, authorities, unitTypes, ownerships, populations, vocabularies, scales, fields, facts, levels, criteria,
        procedures, EvidenceRule.NONE, scoring, tests, report, english, List.of());
  }

  /**
   * The day (of the year after the assessment year) a step is due for units of this authority:
   * {@link Deadline#DOSSIER}, {@link Deadline#APPRAISAL}, {@link Deadline#REPORT}; empty when the ruleset
   * names none.
   */
  public Optional<MonthDay> deadline(String id, String authority) {
    return deadlines.stream().filter(d -> d.id().equals(id) && d.concerns(authority)).findFirst().map(Deadline::day);
  }

  /** The "Căn cứ" lines that concern this unit: every unconditional one, and those backing an indicator it has. */
  public List<String> legalBasisFor(UnitProfile unit) {
    return info.legalBasis().stream()
        .filter(b -> b.indicators().isEmpty()
            || b.indicators().stream().anyMatch(id -> indicator(id).filter(i -> applies(i, unit)).isPresent()))
        .map(LegalBasis::text).toList();
  }

  /** The level holding the unit's own plan targets, if the ruleset has one. */
  public Optional<Level> plan() {
    return levels.stream().filter(Level::plan).findFirst();
  }

  public boolean isScored() {
    return scoring instanceof Scoring.Points;
  }

  public String id() {
    return info.id();
  }

  /** Every indicator, in criterion order. */
  public List<Indicator> indicators() {
    return criteria.stream().flatMap(c -> c.indicators().stream()).toList();
  }

  /**
   * The target an indicator sets for this unit at this level, if it applies there: the one place
   * that decides applicability ("Không áp dụng" is the empty answer). The indicator's unit types, then
   * the target's own scope, must both name the unit; where only dvht's reading of the law names it
   * (a unit group's inferred member), the target is returned as an inference with the reason.
   */
  public Optional<Target> target(Indicator indicator, UnitProfile unit, Level level) {
    return indicator.targetFor(unit, level.id())
        .map(t -> t.scope().reading(unit).or(() -> indicator.reading(unit)).map(t::inferredBecause).orElse(t));
  }

  /** Whether an indicator applies to this unit at some level. */
  public boolean applies(Indicator indicator, UnitProfile unit) {
    return levels.stream().anyMatch(l -> target(indicator, unit, l).isPresent());
  }

  /** The share indicators that apply to this unit at some level, in criterion order: what members are counted for. */
  public List<Indicator> sharesFor(UnitProfile unit) {
    return indicators().stream().filter(i -> i.measure() instanceof Measure.Share && applies(i, unit)).toList();
  }

  public Optional<Indicator> indicator(String id) {
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public Field field(String id) {
    return find(fields, Field::id, id, "field");
  }

  public Scale scale(String id) {
    return find(scales, Scale::id, id, "scale");
  }

  public Vocabulary vocabulary(String id) {
    return find(vocabularies, Vocabulary::id, id, "vocabulary");
  }

  public Population population(String id) {
    return find(populations, Population::id, id, "population");
  }

  public Level level(String id) {
    return find(levels, Level::id, id, "level");
  }

  public Authority authority(String id) {
    return find(authorities, Authority::id, id, "authority");
  }

  public UnitType unitType(String id) {
    return find(unitTypes, UnitType::id, id, "unit type");
  }

  public Ownership ownership(String id) {
    return find(ownerships, Ownership::id, id, "ownership");
  }

  /**
   * "Trường trung học phổ thông (ngoài công lập)": the unit's type, with its ownership when the type
   * may have more than one.
   */
  public String unitTypeLabel(UnitProfile unit) {
    UnitType type = unitType(unit.unitType());
    if (type.ownerships().size() < 2 || unit.ownership().isEmpty()) {
      return type.label();
    }
    return type.label() + " (" + ownership(unit.ownership()).label().toLowerCase(Locale.forLanguageTag("vi"))
        + ")";
  }

  /** The procedures that concern a level: its own and those of every level. */
  public List<Procedure> proceduresFor(String level) {
    return procedures.stream().filter(p -> p.level().isEmpty() || p.level().equals(level)).toList();
  }

  public Criterion criterion(String id) {
    return find(criteria, Criterion::id, id, "criterion");
  }

  public Population defaultPopulation() {
    return populations.stream().filter(Population::isDefault).findFirst().orElse(populations.get(0));
  }

  private static <T> T find(List<T> items, java.util.function.Function<T, String> key, String id, String what) {
    for (T item : items) {
      if (key.apply(item).equals(id)) {
        return item;
      }
    }
    throw new IllegalArgumentException("unknown " + what + ": " + id);
  }
}
