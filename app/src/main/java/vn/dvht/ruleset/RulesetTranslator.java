package vn.dvht.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.dvht.diag.Wording;
import vn.dvht.model.Authority;
import vn.dvht.model.Clause;
import vn.dvht.model.Criterion;
import vn.dvht.model.Deadline;
import vn.dvht.model.Dossier;
import vn.dvht.model.EvidenceRule;
import vn.dvht.model.FactDef;
import vn.dvht.model.Field;
import vn.dvht.model.FieldType;
import vn.dvht.model.Grade;
import vn.dvht.model.Indicator;
import vn.dvht.model.LegalBasis;
import vn.dvht.model.Level;
import vn.dvht.model.Ownership;
import vn.dvht.model.Population;
import vn.dvht.model.Procedure;
import vn.dvht.model.Ruleset;
import vn.dvht.model.RulesetInfo;
import vn.dvht.model.Scale;
import vn.dvht.model.ScaleItem;
import vn.dvht.model.Scope;
import vn.dvht.model.ScoreRule;
import vn.dvht.model.Scoring;
import vn.dvht.model.Target;
import vn.dvht.model.UnitType;

/**
 * The ruleset as an English reader sees it: every text the reports show, taken from the ruleset's
 * {@code english} pairs. A text without a pair stays Vietnamese and is listed in {@link
 * Translated#missing}, so that the run can say so. What a clerk writes keeps matching: each translated
 * label and column header keeps its Vietnamese wording among its aliases.
 *
 * <pre>{@code
 * RulesetTranslator.Translated en = RulesetTranslator.english(loaded.ruleset());
 * en.ruleset().level("muc-2").label(); // "Level 2"
 * }</pre>
 */
public final class RulesetTranslator {
  private final Ruleset ruleset;
  private final Set<String> missing = new LinkedHashSet<>();

  /** The English ruleset, and the Vietnamese texts it has no English for, in reading order. */
  public record Translated(Ruleset ruleset, List<String> missing) {
    public Translated {
      missing = List.copyOf(missing);
    }
  }

  private RulesetTranslator(Ruleset ruleset) {
    this.ruleset = ruleset;
  }

  public static Translated english(Ruleset ruleset) {
    RulesetTranslator t = new RulesetTranslator(ruleset);
    return new Translated(t.translate(), List.copyOf(t.missing));
  }

  private Ruleset translate() {
    RulesetInfo i = ruleset.info();
    RulesetInfo info = new RulesetInfo(i.id(), t(i.title()), t(i.circular()),
        i.legalBasis().stream().map(b -> new LegalBasis(t(b.text()), b.indicators(), b.from())).toList(),
        i.effectiveFrom(), i.effectiveUntil(), t(i.note()));
    List<Authority> authorities = ruleset.authorities().stream().map(a -> new Authority(a.id(), t(a.label()),
        aliases(a.label(), a.aliases()), a.dossiers().stream().map(this::dossier).toList())).toList();
    List<UnitType> unitTypes = ruleset.unitTypes().stream().map(u -> new UnitType(u.id(), t(u.label()),
        aliases(u.label(), u.aliases()), u.ownerships(), u.authorities())).toList();
    List<Ownership> ownerships = ruleset.ownerships().stream()
        .map(o -> new Ownership(o.id(), t(o.label()), aliases(o.label(), o.aliases()))).toList();
    List<Population> populations = ruleset.populations().stream().map(p -> new Population(p.id(), t(p.label()),
        aliases(p.label(), p.aliases()), p.isDefault())).toList();
    List<Scale> scales = ruleset.scales().stream().map(s -> new Scale(s.id(), t(s.label()), s.items().stream()
        .map(it -> new ScaleItem(it.id(), t(it.label()), aliases(it.label(), it.aliases()))).toList(), s.none()))
        .toList();
    List<Field> fields = ruleset.fields().stream().map(f -> new Field(f.id(), t(f.header()),
        aliases(f.header(), f.aliases()), type(f.type()), f.optional())).toList();
    List<FactDef> facts = ruleset.facts().stream()
        .map(f -> new FactDef(f.id(), t(f.label()), aliases(f.label(), f.aliases()), f.type())).toList();
    List<Level> levels = ruleset.levels().stream()
        .map(l -> l.equals(RulesetReader.scoringLevel())
            ? new Level(l.id(), Wording.of(Wording.EN).get("scoring.level"), l.rank(), l.plan())
            : new Level(l.id(), t(l.label()), l.rank(), l.plan())).toList();
    List<Criterion> criteria = ruleset.criteria().stream().map(c -> new Criterion(c.id(), t(c.title()),
        c.indicators().stream().map(this::indicator).toList())).toList();
    List<Procedure> procedures = ruleset.procedures().stream().map(p -> new Procedure(p.id(), p.level(), t(p.text()),
        t(p.citation()), p.dateFact(), p.minMonths())).toList();
    Scoring scoring = ruleset.scoring() instanceof Scoring.Points p
        ? new Scoring.Points(p.total(), p.grades().stream().map(g -> new Grade(g.id(), t(g.label()), g.min())).toList())
        : ruleset.scoring();
    List<Deadline> deadlines = ruleset.deadlines().stream().map(d -> new Deadline(d.id(), t(d.label()), d.day(),
        d.authorities(), t(d.citation()))).toList();
    return new Ruleset(info, authorities, unitTypes, ownerships, populations, ruleset.vocabularies(), scales, fields,
        facts, levels, criteria, procedures, evidence(ruleset.evidence()), scoring, ruleset.tests(), ruleset.report(),
        ruleset.english(), deadlines);
  }

  private Indicator indicator(Indicator i) {
    List<Target> targets = i.targets().stream().map(x -> new Target(x.authorities(), x.level(), x.requirement(),
        x.confidence(), t(x.citation()), t(x.note()), t(x.text()), new Scope(x.scope().unitTypes(),
        x.scope().ownerships(), readings(x.scope().readings())))).toList();
    List<Clause> clauses = i.clauses().stream()
        .map(c -> new Clause(t(c.text()), c.unitTypes(), c.ownerships(), c.authorities())).toList();
    return new Indicator(i.id(), i.criterionId(), t(i.shortText()), t(i.text()), i.measure(), i.unitTypes(),
        i.ownerships(), targets, clauses, t(i.note()), i.points(), i.credit(), readings(i.readings()));
  }

  /** A title's score rule with its source in English; other types as they are. */
  private FieldType type(FieldType type) {
    if (type instanceof FieldType.YesNo y && y.scores().computes()) {
      ScoreRule r = y.scores();
      Map<String, ScoreRule> groups = new LinkedHashMap<>();
      r.groups().forEach((population, g) -> groups.put(population, new ScoreRule(g.parts(), g.minTotal(),
          g.minEach(), g.confidence(), t(g.source()))));
      return new FieldType.YesNo(y.vocabulary(), new ScoreRule(r.parts(), r.minTotal(), r.minEach(), r.confidence(),
          t(r.source()), groups));
    }
    return type;
  }

  /** The reasons of dvht's readings, in English. */
  private Map<String, String> readings(Map<String, String> readings) {
    Map<String, String> out = new LinkedHashMap<>();
    readings.forEach((type, reason) -> out.put(type, t(reason)));
    return out;
  }

  private EvidenceRule evidence(EvidenceRule e) {
    return new EvidenceRule(e.required(), t(e.citation()), t(e.text()));
  }

  private Dossier dossier(Dossier d) {
    return new Dossier(d.fromYear(), d.untilYear(), t(d.recipient()), t(d.decidedBy()), t(d.citation()), t(d.note()));
  }

  /** The Vietnamese label first among the aliases, so that the clerk's Vietnamese words still match. */
  private static List<String> aliases(String vietnamese, List<String> aliases) {
    return Stream.concat(Stream.of(vietnamese), aliases.stream()).distinct().toList();
  }

  /**
   * The English for a text; the text itself, noted as missing, when the ruleset gives none. A text in
   * plain ASCII (an id-like label, or dvht's own English such as the implicit scoring level) needs none.
   */
  private String t(String vietnamese) {
    if (!vietnamese.isBlank()) {
      String english = ruleset.english().get(TextsReader.key(vietnamese));
      if (english != null) {
        return english;
      }
      if (!StandardCharsets.US_ASCII.newEncoder().canEncode(vietnamese)) {
        missing.add(vietnamese);
      }
    }
    return vietnamese;
  }
}
