package vn.dvht.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvht.diag.Diagnostics;
import vn.dvht.diag.Message;
import vn.dvht.model.Answer;
import vn.dvht.model.FactDef;
import vn.dvht.model.Indicator;
import vn.dvht.model.Measure;
import vn.dvht.model.Ruleset;
import vn.dvht.model.RulesetTest;
import vn.dvht.model.UnitProfile;
import vn.dvht.model.UnitType;

/**
 * Reads the {@code tests:} a ruleset carries, checking every id they name against the ruleset:
 *
 * <pre>
 * tests:
 *   - name: TC2.CT1 cấp tỉnh, đúng 90 %
 *     unit: {authority: tinh, unitType: thpt}
 *     facts: {TC3.CT3: tt-ldtt}
 *     withoutEvidence: [TC1.CT1]
 *     members: {thanh-vien: {count: 100, passing: {TC2.CT1: 90}}}
 *     expect: {level: muc-1, statuses: {TC2.CT1@muc-1: dat}}
 * </pre>
 */
final class TestsReader {
  private static final Set<String> STATUSES = Set.of("dat", "khong-dat", "khong-ap-dung");

  private final Diagnostics diagnostics;
  private final Ids ids;

  TestsReader(Diagnostics diagnostics, Ids ids) {
    this.diagnostics = diagnostics;
    this.ids = ids;
  }

  List<RulesetTest> read(MapReader doc, Ruleset ruleset) {
    List<RulesetTest> tests = new ArrayList<>();
    for (MapReader t : doc.maps("tests")) {
      String name = t.text("name");
      UnitProfile profile = profile(t, ruleset);
      Map<String, Answer> facts = facts(t, ruleset);
      Set<String> withoutEvidence = withoutEvidence(t, ruleset);
      List<RulesetTest.Members> members = members(t, ruleset);
      RulesetTest.Expectation expect = expectation(t, ruleset);
      int line = t.position().line();
      t.finish();
      tests.add(new RulesetTest(name, profile, facts, withoutEvidence, members, expect, line));
    }
    return tests;
  }

  private UnitProfile profile(MapReader t, Ruleset ruleset) {
    Optional<MapReader> unit = t.map("unit", true);
    if (unit.isEmpty()) {
      return new UnitProfile("", "", "", ruleset.info().effectiveFrom().getYear(), "");
    }
    MapReader u = unit.get();
    String authority = u.text("authority");
    if (!authority.isEmpty() && ruleset.authorities().stream().noneMatch(a -> a.id().equals(authority))) {
      ids.unknown("authority", authority, u.positionOf("authority"));
    }
    String unitType = u.text("unitType");
    Optional<UnitType> type = ruleset.unitTypes().stream().filter(x -> x.id().equals(unitType)).findFirst();
    if (!unitType.isEmpty() && type.isEmpty()) {
      ids.unknown("unitType", unitType, u.positionOf("unitType"));
    }
    if (type.isPresent() && !authority.isEmpty() && !type.get().belongsTo(authority)) {
      diagnostics.warning("R031", u.positionOf("unitType"), Message.of("ruleset.testTypeAuthority", t.text("name", ""),
          type.get().label(), authority, String.join(", ", type.get().authorities())));
    }
    String ownership = u.text("ownership", type.map(UnitType::defaultOwnership).orElse(""));
    if (type.isPresent() && !type.get().ownerships().contains(ownership) && u.has("ownership")) {
      ids.unknown("ownership", ownership, type.get().ownerships(), u.positionOf("ownership"));
    }
    int year = u.integer("year", false).orElse(Math.max(ruleset.info().effectiveFrom().getYear(),
        Math.min(2025, ruleset.info().effectiveUntil().getYear())));
    u.finish();
    return new UnitProfile(t.text("name", ""), authority, unitType, year, ownership);
  }

  private Map<String, Answer> facts(MapReader t, Ruleset ruleset) {
    Map<String, Answer> facts = new LinkedHashMap<>();
    Optional<MapReader> section = t.map("facts", false);
    if (section.isEmpty()) {
      return facts;
    }
    MapReader f = section.get();
    for (Indicator indicator : ruleset.indicators()) {
      if (!f.has(indicator.id()) || indicator.measure() instanceof Measure.Share) {
        continue;
      }
      if (indicator.measure() instanceof Measure.UnitRank rank) {
        String item = f.text(indicator.id());
        var scale = ruleset.scale(rank.scale());
        int r = scale.items().stream().map(i -> i.id()).toList().indexOf(item) + 1;
        if (r == 0 && !item.equals("none")) {
          ids.unknown("scaleItem", item, scale.items().stream().map(i -> i.id()).toList(), f.positionOf(indicator.id()));
        }
        facts.put(indicator.id(), new Answer.Rank(r, item));
      } else if (f.node(indicator.id()).orElseThrow() instanceof Node.Scalar s && s.type() == Node.ScalarType.NUMBER) {
        MapReader.decimal(s, diagnostics).ifPresent(score -> facts.put(indicator.id(), new Answer.Score(score, s.text())));
      } else {
        boolean yes = f.bool(indicator.id(), true);
        facts.put(indicator.id(), new Answer.Flag(yes, String.valueOf(yes)));
      }
    }
    for (FactDef fact : ruleset.facts()) {
      if (f.has(fact.id()) && fact.type() == FactDef.FactType.DATE) {
        f.date(fact.id()).ifPresent(d -> facts.put(fact.id(), new Answer.Date(d, d.toString())));
      }
    }
    f.finish();
    return facts;
  }

  /** {@code withoutEvidence: [TC1.CT1]}: unit-level indicators answered with an empty "Minh chứng". */
  private Set<String> withoutEvidence(MapReader t, Ruleset ruleset) {
    Set<String> ids = new java.util.LinkedHashSet<>();
    List<String> unitLevel = ruleset.indicators().stream().filter(i -> !(i.measure() instanceof Measure.Share))
        .map(Indicator::id).toList();
    for (Node.Scalar id : t.scalars("withoutEvidence")) {
      if (!unitLevel.contains(id.text())) {
        this.ids.unknown("indicator", id.text(), unitLevel, id.position());
      }
      ids.add(id.text());
    }
    return ids;
  }

  private List<RulesetTest.Members> members(MapReader t, Ruleset ruleset) {
    List<RulesetTest.Members> members = new ArrayList<>();
    Optional<MapReader> section = t.map("members", false);
    if (section.isEmpty()) {
      return members;
    }
    MapReader m = section.get();
    for (var population : ruleset.populations()) {
      Optional<MapReader> spec = m.has(population.id()) ? m.map(population.id(), true) : Optional.empty();
      if (spec.isEmpty()) {
        continue;
      }
      MapReader p = spec.get();
      int count = p.integer("count", true).orElse(0);
      Map<String, Integer> passing = new LinkedHashMap<>();
      p.map("passing", false).ifPresent(pass -> {
        for (Indicator indicator : ruleset.indicators()) {
          if (pass.has(indicator.id())) {
            passing.put(indicator.id(), pass.integer(indicator.id(), true).orElse(0));
          }
        }
        pass.finish();
      });
      p.finish();
      members.add(new RulesetTest.Members(population.id(), count, passing));
    }
    m.finish();
    return members;
  }

  private RulesetTest.Expectation expectation(MapReader t, Ruleset ruleset) {
    Optional<MapReader> section = t.map("expect", true);
    if (section.isEmpty()) {
      return new RulesetTest.Expectation("", "", "", Map.of(), "", "", Map.of());
    }
    MapReader e = section.get();
    String level = levelId(e, "level", ruleset);
    String eligible = levelId(e, "eligible", ruleset);
    String grade = e.text("grade", "");
    String recipient = e.text("recipient", "");
    String decidedBy = e.text("decidedBy", "");
    Map<String, Integer> clauses = new LinkedHashMap<>();
    e.map("clauses", false).ifPresent(c -> {
      for (Indicator indicator : ruleset.indicators()) {
        if (c.has(indicator.id())) {
          clauses.put(indicator.id(), c.integer(indicator.id(), true).orElse(0));
        }
      }
      c.finish();
    });
    Map<String, String> statuses = new LinkedHashMap<>();
    e.map("statuses", false).ifPresent(s -> {
      for (Indicator indicator : ruleset.indicators()) {
        for (var l : ruleset.levels()) {
          String key = indicator.id() + "@" + l.id();
          if (s.has(key)) {
            String status = s.text(key);
            if (!STATUSES.contains(status)) {
              s.badChoice(key, status, List.copyOf(new java.util.TreeSet<>(STATUSES)));
            }
            statuses.put(key, status);
          }
        }
      }
      s.finish();
    });
    e.finish();
    return new RulesetTest.Expectation(level, eligible, grade, statuses, recipient, decidedBy, clauses);
  }

  /** A level id under {@code key}, "none", or "" when absent; an unknown one is reported. */
  private String levelId(MapReader e, String key, Ruleset ruleset) {
    String level = e.text(key, "");
    if (!level.isEmpty() && !level.equals("none") && ruleset.levels().stream().noneMatch(l -> l.id().equals(level))) {
      ids.unknown("level", level, e.positionOf(key));
    }
    return level;
  }
}
